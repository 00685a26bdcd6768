package com.arworkbench.recon;

import com.arworkbench.model.DocumentNumbers;

import com.arworkbench.model.DocumentType;
import com.arworkbench.model.GlLine;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares the AR subledger (open items at the cut-off) with the GL AR control account(s), per
 * entity and currency, and explains the difference GL − subledger document by document.
 *
 * <p>With GL detail lines, documents are matched on their normalised reference (case, punctuation
 * and leading zeros ignored). A document in both with equal amounts is Matched. Identified reconciling
 * items, backed by evidence: Timing (posted to the GL after the cut-off, or dated after it in the
 * subledger), In transit (on one side only, but in the period's register with the same amount), FX revaluation (the GL
 * line says so) and Documented manual adjustment (a GL line whose memo names the adjustment and its
 * reason, see {@link #DOCUMENTED_ADJUSTMENT}). To investigate, without evidence: Amount differs, In
 * subledger only (e.g. an unposted invoice), Unapplied cash (payments in the subledger only), In GL
 * only and GL line without reference. GL lines dated after the cut-off are not part of the GL
 * balance. Each category's effect on the difference is Σ its GL amounts − Σ its subledger amounts, so
 * Matched nets to zero and Difference = identified + to investigate. With a trial balance nothing can
 * be matched one by one; only timing is identified and the rest is to investigate.
 *
 * <p>The engine holds both ledgers' records: matching needs every document of both sides.
 */
public final class ReconEngine {

    private static final Pattern FX = Pattern.compile("\\bfx\\b|revaluation|exchange|kursdifferenz|umbewertung|w[äa]hrungs",
            Pattern.CASE_INSENSITIVE);
    /**
     * A documented manual adjustment: the memo names the adjustment (adjustment, adj., reclass,
     * correction; Umbuchung, Korrektur, Berichtigung) and, after a colon or a dash, its reason in at
     * least two words, e.g. "Manual adjustment: bad-debt provision release per CFO memo". A bare
     * "Adjustment" says nothing an auditor can check and stays to investigate.
     */
    static final Pattern DOCUMENTED_ADJUSTMENT = Pattern.compile(
            "\\b(?:adjustment|reclass(?:ification)?|correction|umbuchung|korrektur|berichtigung|adj)\\b\\.?\\s*[:\\-\u2013\u2014]\\s*"
                    + "\\p{L}{2,}\\S*\\s+\\S*\\p{L}{2,}", Pattern.CASE_INSENSITIVE);
    private static final BigDecimal ZERO = BigDecimal.ZERO;
    /** GL lines that carry the balance brought forward rather than a posting of the period. */
    private static final Pattern OPENING = Pattern.compile(
            "opening\\s+balance|beginning\\s+balance|balance\\s+(brought\\s+)?forward|brought\\s+forward|saldovortrag"
                    + "|anfangs(bestand|saldo)|er[öo]ffnungs(saldo|bilanz)|report\\s+nouveau", Pattern.CASE_INSENSITIVE);
    /** The types of GL records on Recon Data. */
    public static final String GL_POSTING_TYPE = "GL posting";
    public static final String GL_OPENING_TYPE = "GL opening balance";
    public static final String GL_BALANCE_TYPE = "GL balance";

    private final ReconParameters parameters;
    private final boolean glHasDocuments;
    private final List<OpenItem> subledger = new ArrayList<>();
    private final List<GlLine> ledger = new ArrayList<>();
    private final List<OpenItem> register = new ArrayList<>();
    private final List<OpenItem> prior = new ArrayList<>();
    private boolean rollForwardRequested;
    private GlExport glExport;

    public ReconEngine(ReconParameters parameters, boolean glHasDocuments) {
        this.parameters = parameters;
        this.glHasDocuments = glHasDocuments;
    }

    public void subledger(OpenItem item) {
        subledger.add(item);
    }

    public void gl(GlLine line) {
        ledger.add(line);
    }

    /** What reading the GL export established (its rows, its own totals): carried to the report for its checks. */
    public void glExport(GlExport export) {
        this.glExport = export;
    }

    /** A movement of the period (invoice, receipt, credit, adjustment, write-off) for the roll-forward. */
    public void register(OpenItem movement) {
        register.add(movement);
        rollForwardRequested = true;
    }

    /** An open item of the prior period's closing subledger: the roll-forward's opening balance. */
    public void prior(OpenItem item) {
        prior.add(item);
        rollForwardRequested = true;
    }

    /** Builds the report once; the engine's inputs are released afterwards. */
    public ReconReport report() {
        Aligner entity = new Aligner(subledger.stream().map(OpenItem::entity), ledger.stream().map(GlLine::entity));
        Aligner currency = new Aligner(subledger.stream().map(OpenItem::currency), ledger.stream().map(GlLine::currency));
        LocalDate asOf = parameters.asOf();

        // Each record's ledger key, document key and (GL) description tests, worked out once: the passes below
        // ask for them again, and a million records made that a second of the run.
        // The two ledgers' passes are independent until they meet in the sums: each step runs the subledger's
        // half and the GL's half side by side (InTwo), with the same result as one after the other.
        LedgerKeys ledgerKeys = new LedgerKeys();
        LedgerKey[] slKey = new LedgerKey[subledger.size()];
        String[] slDoc = new String[subledger.size()];
        LedgerKey[] glKey = new LedgerKey[ledger.size()];
        String[] glDoc = new String[ledger.size()];
        boolean[] glFx = new boolean[ledger.size()];
        String[] glTypes = glHasDocuments ? new String[ledger.size()] : null;
        InTwo.run(() -> {
            for (int n = 0; n < slKey.length; n++) {
                OpenItem i = subledger.get(n);
                slKey[n] = ledgerKeys.of(entity.sl(i.entity()), currency.sl(i.currency()));
                slDoc[n] = docKey(slKey[n], i.documentNumber());
            }
        }, () -> {
            for (int n = 0; n < glKey.length; n++) {
                GlLine l = ledger.get(n);
                glKey[n] = ledgerKeys.of(entity.gl(l.entity()), currency.gl(l.currency()));
                glDoc[n] = docKey(glKey[n], l.documentNumber());
                glFx[n] = l.description() != null && FX.matcher(l.description()).find();
                if (glTypes != null) {
                    glTypes[n] = glType(l);
                }
            }
        });

        // GL documents in the period and after the cut-off, and subledger documents, by document key: one entry
        // per document and side, not one per question asked of it (a million records made that 150 MB).
        Documents docs = new Documents();
        InTwo.run(() -> {
            for (int n = 0; n < glKey.length; n++) {
                GlLine l = ledger.get(n);
                GlDocument d = docs.gl.computeIfAbsent(glDoc[n], k -> new GlDocument());
                if (l.date() != null && l.date().isAfter(asOf)) {
                    d.after = true;
                } else {
                    d.amount = d.amount == null ? l.amount() : d.amount.add(l.amount());
                    d.fx |= glFx[n];
                }
            }
        }, () -> {
            // The register's documents: one on one side only that the register posted with the same amount is in
            // transit (the subledger posted it, the transfer to the GL, or back, is pending).
            for (OpenItem m : register) {
                if (!m.documentNumber().isBlank()) {
                    docs.register.merge(docKey(key(entity.sl(m.entity()), currency.sl(m.currency())), m.documentNumber()),
                            m.openAmount(), BigDecimal::add);
                }
            }
            for (int n = 0; n < slKey.length; n++) {
                OpenItem i = subledger.get(n);
                SubledgerDocument d = docs.sl.computeIfAbsent(slDoc[n], k -> new SubledgerDocument());
                d.amount = d.amount == null ? i.openAmount() : d.amount.add(i.openAmount());
                d.onlyPayments &= i.type() == DocumentType.PAYMENT;
                LocalDate date = i.documentDate() != null ? i.documentDate() : i.dueDate();
                d.after |= date.isAfter(asOf);
            }
        });

        List<ReconRecord> slRecords = new ArrayList<>(subledger.size());
        List<ReconRecord> glRecords = new ArrayList<>(ledger.size());
        Map<LedgerKey, Sums> slSums = new TreeMap<>();
        Map<LedgerKey, Sums> glSums = new TreeMap<>();
        InTwo.run(() -> subledgerRecords(slKey, slDoc, docs, slRecords, slSums),
                () -> glRecords(glKey, glDoc, glFx, glTypes, docs, glRecords, glSums));
        List<ReconRecord> records = new ArrayList<>(subledger.size() + ledger.size() + register.size() + prior.size());
        records.addAll(slRecords);
        records.addAll(glRecords);
        slRecords.clear();
        glRecords.clear();
        Map<LedgerKey, Sums> sums = new TreeMap<>(slSums);
        glSums.forEach((k, g) -> sums.merge(k, g, Sums::plus));
        List<RollForward> rollForwards = new ArrayList<>();
        if (rollForwardRequested) {
            Map<LedgerKey, BigDecimal[]> moves = new TreeMap<>();
            java.util.Set<String> knownDocs = new java.util.HashSet<>();
            for (OpenItem p : prior) {
                knownDocs.add(docKey(key(entity.sl(p.entity()), currency.sl(p.currency())), p.documentNumber()));
            }
            for (OpenItem m : register) {
                knownDocs.add(docKey(key(entity.sl(m.entity()), currency.sl(m.currency())), m.documentNumber()));
            }
            for (OpenItem p : prior) {
                LedgerKey k = key(entity.sl(p.entity()), currency.sl(p.currency()));
                moves.computeIfAbsent(k, x -> zeros())[0] = moves.get(k)[0].add(p.openAmount());
                records.add(new ReconRecord(ReconRecord.PRIOR, k.entity(), "", "prior", p.customer().displayName(),
                        p.documentNumber(), p.type().label(), k.currency(), p.documentDate(), p.openAmount(),
                        MatchStatus.PRIOR_PERIOD, p.sourceRow()));
            }
            for (OpenItem m : register) {
                LedgerKey k = key(entity.sl(m.entity()), currency.sl(m.currency()));
                BigDecimal[] v = moves.computeIfAbsent(k, x -> zeros());
                int slot = switch (m.type()) {
                    case INVOICE, DEBIT_MEMO, FINANCE_CHARGE -> 1;
                    case PAYMENT -> 2;
                    case CREDIT_MEMO -> 3;
                    case WRITE_OFF -> 5;
                    default -> 4;
                };
                v[slot] = v[slot].add(m.openAmount());
                records.add(new ReconRecord(ReconRecord.REGISTER, k.entity(), "", m.documentDate() == null ? "" : period(m.documentDate()),
                        m.customer().displayName(), m.documentNumber(), m.type().label(), k.currency(), m.documentDate(),
                        m.openAmount(), MatchStatus.REGISTER, m.sourceRow()));
            }
            Set<LedgerKey> keys = new TreeSet<>(moves.keySet());
            keys.addAll(sums.keySet());
            Map<LedgerKey, List<ReconRecord>> behind = new TreeMap<>();
            for (ReconRecord rec : records) {
                if (ReconRecord.SUBLEDGER.equals(rec.source())) {
                    LedgerKey k = key(rec.entity(), rec.currency());
                    if (!knownDocs.contains(docKey(k, rec.document()))) {
                        behind.computeIfAbsent(k, x -> new ArrayList<>()).add(rec);
                    }
                }
            }
            for (LedgerKey k : keys) {
                BigDecimal[] v = moves.getOrDefault(k, zeros());
                Sums s = sums.get(k);
                rollForwards.add(new RollForward(k, v[0], v[1], v[2], v[3], v[4], v[5], s == null ? ZERO : s.subledger,
                        List.copyOf(behind.getOrDefault(k, List.of()))));
            }
        }
        List<LedgerComparison> comparisons = new ArrayList<>();
        sums.forEach((k, s) -> {
            Map<MatchStatus, BigDecimal> categories = new EnumMap<>(MatchStatus.class);
            for (MatchStatus c : MatchStatus.IDENTIFIED) {
                categories.put(c, s.effects.getOrDefault(c, ZERO));
            }
            for (MatchStatus c : MatchStatus.TO_INVESTIGATE) {
                categories.put(c, s.effects.getOrDefault(c, ZERO));
            }
            comparisons.add(new LedgerComparison(k, s.subledger, s.gl, categories, s.unapplied));
        });
        Object[] overlapAndRollForwards = new Object[2];
        InTwo.run(() -> overlapAndRollForwards[0] = overlap(docs.sl.keySet(), docs.gl.keySet()),
                () -> overlapAndRollForwards[1] = glHasDocuments ? glRollForwards(glKey, glTypes)
                        : glExport != null && !glExport.movements().isEmpty() ? trialBalanceRollForwards(entity, currency) : List.of());
        DocumentOverlap overlap = (DocumentOverlap) overlapAndRollForwards[0];
        @SuppressWarnings("unchecked")
        List<GlRollForward> glRollForwards = (List<GlRollForward>) overlapAndRollForwards[1];
        List<OpenItem> credits = subledger.stream().filter(i -> i.openAmount().signum() < 0)
                .sorted(Comparator.comparing(OpenItem::dueDate)).toList();
        // The records carry everything the workbook needs: let the inputs go before it is written.
        subledger.clear();
        ledger.clear();
        register.clear();
        prior.clear();
        return new ReconReport(parameters, glHasDocuments, records, comparisons, credits, rollForwards, overlap,
                glRollForwards, glExport);
    }

    /** Each subledger item's status against the GL's documents, its record, and its ledger key's sums. */
    private void subledgerRecords(LedgerKey[] slKey, String[] slDoc, Documents docs, List<ReconRecord> records,
                                  Map<LedgerKey, Sums> sums) {
        LocalDate asOf = parameters.asOf();
        for (int n = 0; n < slKey.length; n++) {
            OpenItem i = subledger.get(n);
            LedgerKey k = slKey[n];
            String doc = slDoc[n];
            SubledgerDocument sd = docs.sl.get(doc);
            GlDocument gd = docs.gl.get(doc);
            MatchStatus status;
            if (!glHasDocuments) {
                status = sd.after ? MatchStatus.TIMING : MatchStatus.NOT_MATCHED;
            } else if (!i.documentNumber().isBlank() && gd != null && gd.amount != null) {
                status = gd.amount.compareTo(sd.amount) == 0 ? MatchStatus.MATCHED
                        : gd.fx ? MatchStatus.FX : MatchStatus.AMOUNT_DIFFERS;
            } else if (gd != null && gd.after || sd.after) {
                status = MatchStatus.TIMING;
            } else if (sameAmount(docs.register.get(doc), sd.amount)) {
                status = MatchStatus.IN_TRANSIT;
            } else if (sd.onlyPayments) {
                status = MatchStatus.UNAPPLIED_CASH;
            } else {
                status = MatchStatus.SUBLEDGER_ONLY;
            }
            Sums s = sums.computeIfAbsent(k, x -> new Sums());
            s.subledger = s.subledger.add(i.openAmount());
            s.effect(status, i.openAmount().negate());
            if (i.type() == DocumentType.PAYMENT) {
                s.unapplied = s.unapplied.add(i.openAmount());
            }
            records.add(new ReconRecord(ReconRecord.SUBLEDGER, k.entity(), "", period(asOf), i.customer().displayName(),
                    i.documentNumber(), i.type().label(), k.currency(), i.documentDate() != null ? i.documentDate() : i.dueDate(),
                    i.openAmount(), status, i.sourceRow()));
        }
    }

    /** Each GL line's status against the subledger's documents, its record, and its ledger key's sums. */
    private void glRecords(LedgerKey[] glKey, String[] glDoc, boolean[] glFx, String[] glTypes, Documents docs,
                           List<ReconRecord> records, Map<LedgerKey, Sums> sums) {
        LocalDate asOf = parameters.asOf();
        for (int n = 0; n < glKey.length; n++) {
            GlLine l = ledger.get(n);
            LedgerKey k = glKey[n];
            String doc = glDoc[n];
            GlDocument gd = docs.gl.get(doc);
            SubledgerDocument sd = docs.sl.get(doc);
            Sums s = sums.computeIfAbsent(k, x -> new Sums());
            MatchStatus status;
            if (l.date() != null && l.date().isAfter(asOf)) {
                status = MatchStatus.AFTER_CUT_OFF; // not in the balance at the cut-off
            } else {
                s.gl = s.gl.add(l.amount());
                if (!glHasDocuments) {
                    status = MatchStatus.GL_BALANCE;
                } else if (l.documentNumber().isBlank()) {
                    status = gd.fx && glFx[n] ? MatchStatus.FX
                            : documented(l) ? MatchStatus.MANUAL_ADJUSTMENT : MatchStatus.NO_REFERENCE;
                } else if (sd != null) {
                    status = gd.amount.compareTo(sd.amount) == 0 ? MatchStatus.MATCHED
                            : gd.fx ? MatchStatus.FX : MatchStatus.AMOUNT_DIFFERS;
                } else if (glFx[n]) {
                    status = MatchStatus.FX;
                } else if (documented(l)) {
                    status = MatchStatus.MANUAL_ADJUSTMENT;
                } else {
                    status = sameAmount(docs.register.get(doc), gd.amount) ? MatchStatus.IN_TRANSIT : MatchStatus.GL_ONLY;
                }
                s.effect(status, l.amount());
            }
            records.add(new ReconRecord(ReconRecord.GL, k.entity(), l.account(), l.period().isEmpty()
                    ? (l.date() == null ? period(asOf) : period(l.date())) : l.period(), l.customer(), l.documentNumber(),
                    glTypes == null ? GL_BALANCE_TYPE : glTypes[n], k.currency(), l.date(), l.amount(), status, l.sourceRow()));
        }
    }

    private static boolean sameAmount(BigDecimal a, BigDecimal b) {
        return a != null && b != null && a.compareTo(b) == 0;
    }

    private static boolean documented(GlLine l) {
        return l.description() != null && DOCUMENTED_ADJUSTMENT.matcher(l.description()).find();
    }

    /** Distinct documents with a reference on each side and how many are on both. */
    private static DocumentOverlap overlap(Set<String> sl, Set<String> glDocuments) {
        Set<String> gl = new java.util.HashSet<>(glDocuments);
        gl.removeIf(ReconEngine::noReference);
        long slCount = 0;
        long shared = 0;
        for (String d : sl) {
            if (!noReference(d)) {
                slCount++;
                if (gl.contains(d)) {
                    shared++;
                }
            }
        }
        return new DocumentOverlap(shared, slCount, gl.size());
    }

    private static boolean noReference(String docKey) {
        return docKey.endsWith("\u0000");
    }

    /** The type of a GL record on Recon Data: the roll-forward sums opening-balance lines by it. */
    private String glType(GlLine l) {
        return !glHasDocuments ? GL_BALANCE_TYPE : OPENING.matcher(l.description() + " " + l.documentNumber()).find()
                ? GL_OPENING_TYPE : GL_POSTING_TYPE;
    }

    /** Per entity and currency, the GL detail rolled from its opening balance to its balance at the cut-off. */
    private List<GlRollForward> glRollForwards(LedgerKey[] glKey, String[] glTypes) {
        LocalDate asOf = parameters.asOf();
        LocalDate start = periodStart(asOf);
        Map<LedgerKey, BigDecimal[]> sums = new TreeMap<>(); // opening, debits, credits, closing
        Map<LedgerKey, Long> undated = new HashMap<>();
        for (int n = 0; n < glKey.length; n++) {
            GlLine l = ledger.get(n);
            LedgerKey k = glKey[n];
            BigDecimal[] v = sums.computeIfAbsent(k, x -> new BigDecimal[] {ZERO, ZERO, ZERO, ZERO});
            if (l.date() != null && l.date().isAfter(asOf)) {
                continue;
            }
            v[3] = v[3].add(l.amount());
            if (GL_OPENING_TYPE.equals(glTypes[n]) || (l.date() != null && l.date().isBefore(start))) {
                v[0] = v[0].add(l.amount());
            } else if (l.date() == null) {
                undated.merge(k, 1L, Long::sum);
            } else {
                int slot = l.amount().signum() >= 0 ? 1 : 2;
                v[slot] = v[slot].add(l.amount());
            }
        }
        List<GlRollForward> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new GlRollForward(k, start, v[0], v[1], v[2], v[3], undated.getOrDefault(k, 0L), false)));
        return out;
    }

    /** Per entity and currency, a trial balance's own opening + debits − credits against its balances (the lines). */
    private List<GlRollForward> trialBalanceRollForwards(Aligner entity, Aligner currency) {
        Map<LedgerKey, BigDecimal[]> sums = new TreeMap<>(); // opening, debits, credits, closing
        for (com.arworkbench.model.GlMovement mv : glExport.movements()) {
            BigDecimal[] v = sums.computeIfAbsent(key(entity.gl(mv.entity()), currency.gl(mv.currency())),
                    x -> new BigDecimal[] {ZERO, ZERO, ZERO, ZERO});
            v[0] = v[0].add(mv.opening());
            v[1] = v[1].add(mv.debits());
            v[2] = v[2].subtract(mv.credits());
        }
        for (GlLine l : ledger) {
            BigDecimal[] v = sums.computeIfAbsent(key(entity.gl(l.entity()), currency.gl(l.currency())),
                    x -> new BigDecimal[] {ZERO, ZERO, ZERO, ZERO});
            v[3] = v[3].add(l.amount());
        }
        List<GlRollForward> out = new ArrayList<>();
        sums.forEach((k, v) -> out.add(new GlRollForward(k, periodStart(parameters.asOf()), v[0], v[1], v[2], v[3], 0, true)));
        return out;
    }

    /** The period the GL roll-forward covers ends at the cut-off and starts on the first of its month. */
    public static LocalDate periodStart(LocalDate asOf) {
        return asOf.withDayOfMonth(1);
    }

    private static BigDecimal[] zeros() {
        return new BigDecimal[] {ZERO, ZERO, ZERO, ZERO, ZERO, ZERO};
    }

    private static LedgerKey key(String entity, String currency) {
        return new LedgerKey(entity, currency);
    }

    /** Document references compare without case, punctuation or leading zeros (SAP pads to ten digits). */
    static String docKey(LedgerKey k, String document) {
        String d = DocumentNumbers.normalize(document);
        return k.entity() + "\u0000" + k.currency() + "\u0000" + d;
    }

    /** "2026-06": built by hand, String.format cost a second over a million records. */
    private static String period(LocalDate d) {
        int y = d.getYear();
        int m = d.getMonthValue();
        if (y < 1000 || y > 9999) {
            return String.format("%04d-%02d", y, m);
        }
        return y + (m < 10 ? "-0" : "-") + m;
    }

    private static String blank(String s) {
        return s == null ? "" : s.strip();
    }

    /** One LedgerKey per entity and currency: a million records share a handful. */
    private static final class LedgerKeys {
        private final Map<String, Map<String, LedgerKey>> byEntity = new java.util.concurrent.ConcurrentHashMap<>();

        LedgerKey of(String entity, String currency) {
            return byEntity.computeIfAbsent(entity, e -> new java.util.concurrent.ConcurrentHashMap<>())
                    .computeIfAbsent(currency, c -> key(entity, c));
        }
    }

    /** The documents of each side by document key, and the register's amounts. */
    private static final class Documents {
        final Map<String, GlDocument> gl = new HashMap<>();
        final Map<String, SubledgerDocument> sl = new HashMap<>();
        final Map<String, BigDecimal> register = new HashMap<>();
    }

    /** One document's GL lines: the sum of those in the period (null if none), and what else they say. */
    private static final class GlDocument {
        BigDecimal amount;
        /** A line in the period says FX revaluation. */
        boolean fx;
        /** A line is dated after the cut-off. */
        boolean after;
    }

    /** One document's subledger items: their sum, whether all are payments, and whether one is dated after the cut-off. */
    private static final class SubledgerDocument {
        BigDecimal amount;
        boolean onlyPayments = true;
        boolean after;
    }

    /** Running sums of one ledger key. */
    private static final class Sums {
        BigDecimal subledger = ZERO;
        BigDecimal gl = ZERO;
        BigDecimal unapplied = ZERO;
        final Map<MatchStatus, BigDecimal> effects = new EnumMap<>(MatchStatus.class);

        void effect(MatchStatus status, BigDecimal amount) {
            effects.merge(status, amount, BigDecimal::add);
        }

        /** This ledger key's sums with another pass's over the same key added (exact: the order does not matter). */
        Sums plus(Sums other) {
            subledger = subledger.add(other.subledger);
            gl = gl.add(other.gl);
            unapplied = unapplied.add(other.unapplied);
            other.effects.forEach(this::effect);
            return this;
        }
    }

    /**
     * One ledger often leaves a dimension blank that the other fills (a subledger without company
     * code against a GL of one entity; a GL in local currency without a currency column): a blank
     * side takes the other side's value when that value is unique.
     */
    private static final class Aligner {
        private final String slDefault;
        private final String glDefault;

        /** From each side's raw values: a few distinct ones among a million, so they are made distinct first. */
        Aligner(java.util.stream.Stream<String> slValues, java.util.stream.Stream<String> glValues) {
            Set<String> slFilled = filled(slValues);
            Set<String> glFilled = filled(glValues);
            slDefault = glFilled.size() == 1 ? glFilled.iterator().next() : "";
            glDefault = slFilled.size() == 1 ? slFilled.iterator().next() : "";
        }

        private static Set<String> filled(java.util.stream.Stream<String> values) {
            Set<String> distinct = new java.util.HashSet<>();
            values.forEach(distinct::add);
            Set<String> out = new TreeSet<>();
            distinct.forEach(v -> out.add(blank(v)));
            out.remove("");
            return out;
        }

        String sl(String v) {
            String b = blank(v);
            return b.isEmpty() ? slDefault : b;
        }

        String gl(String v) {
            String b = blank(v);
            return b.isEmpty() ? glDefault : b;
        }
    }
}
