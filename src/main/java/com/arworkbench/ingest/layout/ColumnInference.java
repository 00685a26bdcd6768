package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.NumberStyle;
import com.arworkbench.ingest.values.ValueShape;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what each column is from its header words <em>and</em> its values. A profile's header
 * match is a strong hint, not the last word: a "Customer" column over {@code C10062} is the customer
 * ID, "Balance Due" beats "Amount" for the open amount, a column whose values are not dates is no
 * date, and an export no profile names ("Trx Number", "Amount Due Remaining") is read from its
 * header words. Where the file leaves the open amount to a guess, it says so instead of guessing.
 */
final class ColumnInference {

    /** How far the starting (profile or user) mapping is trusted. */
    enum Trust {
        /** The user's own mapping or override: never changed. */
        USER,
        /** A named ERP profile recognised by several of its distinctive headers. */
        PROFILE,
        /** The generic profile, or a profile recognised by one header word: values may overrule it. */
        HINT
    }

    record Result(ColumnMapping mapping, List<ColumnEvidence> evidence, List<AmbiguousMappingException.Choice> uncertain,
                  List<String> notes, int score) {
    }

    /** Fields read from header words and values when no profile names them. */
    private static final Set<Field> OPEN_ITEM_FIELDS = EnumSet.of(Field.CUSTOMER_ID, Field.CUSTOMER_NAME,
            Field.DOCUMENT_NUMBER, Field.DOCUMENT_TYPE, Field.DOCUMENT_DATE, Field.POSTING_DATE, Field.DUE_DATE,
            Field.OPEN_AMOUNT, Field.LOCAL_AMOUNT, Field.ORIGINAL_AMOUNT, Field.CURRENCY, Field.CLEARING_DATE, Field.DISPUTE, Field.ENTITY);
    /** Minimum values in the sample before they may overrule a header. */
    private static final int MIN_VALUES = 3;

    private record Candidate(int column, Field field, double score, String source) {
    }

    private final List<String> headers;
    private final List<String> folded;
    private final List<RawRow> sample;
    private final ColumnProfile[] profiles;
    private final TableKind kind;
    private final List<String> notes = new ArrayList<>();
    private Set<Field> fixed = Set.of();

    private ColumnInference(List<String> headers, List<RawRow> sample, TableKind kind) {
        this.headers = headers;
        this.folded = headers.stream().map(Field::normalizeHeader).toList();
        this.sample = sample;
        this.kind = kind;
        int width = headers.size();
        for (RawRow r : sample) {
            width = Math.max(width, r.width());
        }
        this.profiles = new ColumnProfile[width];
        for (int c = 0; c < width; c++) {
            profiles[c] = ColumnProfile.of(sample, c);
        }
    }

    /**
     * Refines a starting mapping with what the values say.
     *
     * @param start  the profile's or user's mapping (may be empty)
     * @param sample data rows below the header (structural rows may be among them: values decide by majority)
     */
    static Result refine(ColumnMapping start, Trust trust, List<RawRow> sample, TableKind kind) {
        return refine(start, trust, Map.of(), sample, kind);
    }

    /**
     * @param fixed fields the user named (a partial mapping or --column): kept as given, the rest inferred
     */
    static Result refine(ColumnMapping start, Trust trust, Map<Field, Integer> fixed, List<RawRow> sample, TableKind kind) {
        return new ColumnInference(start.headers(), sample, kind).run(start.columns(), trust, fixed);
    }

    /** Infers a mapping from header words and values alone, for a header row no profile recognises. */
    static Result infer(RawRow header, List<RawRow> sample, TableKind kind) {
        List<String> headers = header.values().stream().map(s -> s == null ? "" : s.strip()).toList();
        return new ColumnInference(headers, sample, kind).run(Map.of(), Trust.HINT, Map.of());
    }

    /** Whether a row could be a header: mostly words, no dates or money. */
    static boolean headerLike(RawRow row) {
        int words = 0;
        int values = 0;
        for (String c : row.cells()) {
            ValueShape s = ValueShape.of(c);
            switch (s) {
                case EMPTY -> {
                }
                case WORD, NAME, OTHER, CURRENCY, FLAG, CODE -> words++; // "0-30", "P.O.#" are header text too
                default -> values++;
            }
        }
        return words >= 3 && values <= words / 4;
    }

    private Result run(Map<Field, Integer> start, Trust trust, Map<Field, Integer> fixed) {
        this.fixed = fixed.keySet();
        List<Candidate> candidates = new ArrayList<>();
        fixed.forEach((f, c) -> candidates.add(new Candidate(c, f, 100, "your mapping")));
        for (Map.Entry<Field, Integer> e : start.entrySet()) {
            Field f = e.getKey();
            int c = e.getValue();
            if (fixed.containsKey(f) || fixed.containsValue(c)) {
                continue;
            }
            if (trust == Trust.USER) {
                candidates.add(new Candidate(c, f, 100, "your mapping"));
                continue;
            }
            ColumnProfile p = profile(c);
            if (p.nonEmpty() >= MIN_VALUES && p.fit(f) < 0.6) {
                notes.add("'" + headers.get(c) + "' was not read as " + f.label() + ": " + p.describe(f) + ".");
                continue;
            }
            double score = trust == Trust.PROFILE ? 6 : 4;
            if (f == Field.OPEN_AMOUNT && trust == Trust.HINT && !HeaderWords.saysOpen(folded(c))) {
                score = 2; // "Amount" in the generic profile: any "Balance"/"Remaining" column beats it
            }
            candidates.add(new Candidate(c, f, score + p.strength(f), trust == Trust.PROFILE ? "profile" : "header"));
        }
        if (trust != Trust.USER && (kind == TableKind.OPEN_ITEMS || kind == TableKind.INVOICE_HISTORY)) {
            boolean customerKnown = hasCustomer(start) || hasCustomer(fixed);
            boolean idKnown = hasCustomerId(start) || hasCustomerId(fixed);
            for (int c = 0; c < profiles.length; c++) {
                for (Field f : OPEN_ITEM_FIELDS) {
                    wordCandidate(c, f, customerKnown, idKnown).ifPresent(candidates::add);
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::column));
        Map<Field, Integer> found = new EnumMap<>(Field.class);
        Map<Field, Candidate> why = new EnumMap<>(Field.class);
        boolean[] used = new boolean[profiles.length];
        for (Candidate cand : candidates) {
            if (!found.containsKey(cand.field()) && !used[cand.column()] && !conflicts(found, cand.field())) {
                found.put(cand.field(), cand.column());
                why.put(cand.field(), cand);
                used[cand.column()] = true;
            }
        }
        if (kind == TableKind.OPEN_ITEMS && trust != Trust.USER && !found.containsKey(Field.OPEN_AMOUNT)) {
            onlyAmountIsOpen(found, why);
        }
        if (trust != Trust.USER) {
            customerIdentity(found, why);
            if (kind == TableKind.OPEN_ITEMS) {
                openNotOriginal(found, why);
            }
        }
        List<AmbiguousMappingException.Choice> uncertain = kind == TableKind.OPEN_ITEMS && trust != Trust.USER
                ? openAmountChoice(found, why, trust) : List.of();
        List<ColumnEvidence> evidence = new ArrayList<>();
        double total = 0;
        for (Map.Entry<Field, Integer> e : found.entrySet()) {
            Candidate cand = why.get(e.getKey());
            total += cand.score();
            evidence.add(evidence(cand));
        }
        evidence.sort(Comparator.comparingInt(ColumnEvidence::column));
        return new Result(new ColumnMapping(found, headers), List.copyOf(evidence), uncertain, List.copyOf(notes),
                (int) Math.round(total));
    }

    /** A combined customer column is not kept beside its own ID and name columns. */
    private static boolean conflicts(Map<Field, Integer> found, Field field) {
        return field == Field.CUSTOMER && found.containsKey(Field.CUSTOMER_ID) && found.containsKey(Field.CUSTOMER_NAME);
    }

    private static boolean hasCustomerId(Map<Field, Integer> m) {
        return m.containsKey(Field.CUSTOMER) || m.containsKey(Field.CUSTOMER_ID);
    }

    private static boolean hasCustomer(Map<Field, Integer> m) {
        return m.containsKey(Field.CUSTOMER) || m.containsKey(Field.CUSTOMER_ID) || m.containsKey(Field.CUSTOMER_NAME);
    }

    /**
     * @param customerKnown the profile or user already named a customer column: a bare "Account" or
     *                      "Customer" header then adds nothing (in Odoo, "Account" is the GL account)
     * @param idKnown       a customer ID (or combined customer) column is already named: without one, a bare header
     *                      that names the party ("Debitor", "Kunde", "Customer") over codes is the customer's ID
     *                      beside a known name column, not a column to drop
     */
    private Optional<Candidate> wordCandidate(int c, Field f, boolean customerKnown, boolean idKnown) {
        String h = folded(c);
        int words = HeaderWords.score(f, h);
        if (words == 0) {
            return Optional.empty();
        }
        ColumnProfile p = profile(c);
        if (p.nonEmpty() == 0) {
            return words >= 3 ? Optional.of(new Candidate(c, f, words, "header words")) : Optional.empty();
        }
        if (p.fit(f) < 0.8) {
            return Optional.empty();
        }
        if (f.isAmount() && p.strength(f) < 0.3 && words < 3) {
            return Optional.empty(); // whole numbers under "Total" may be counts, not money
        }
        boolean partyCodes = f == Field.CUSTOMER_ID && !idKnown && HeaderWords.namesParty(h) && p.looksLikeCodes()
                && p.nonEmpty() >= MIN_VALUES;
        if ((f == Field.CUSTOMER_ID || f == Field.CUSTOMER_NAME) && words < 2 && customerKnown && !partyCodes) {
            return Optional.empty();
        }
        if (f == Field.CUSTOMER_ID && words < 3 && !p.looksLikeCodes()) {
            return Optional.empty();
        }
        if (f == Field.CUSTOMER_NAME && words < 3 && !p.looksLikeNames()) {
            return Optional.empty();
        }
        if (f == Field.DOCUMENT_NUMBER && p.share(ValueShape.DATE, ValueShape.MONEY) > 0.2) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(c, f, words + p.strength(f), "header words and values"));
    }

    /**
     * No header says "balance" or "remaining": in an open-items export the amount column is what is open.
     * With several candidates the first is taken and {@link #openAmountChoice} asks the user.
     */
    private void onlyAmountIsOpen(Map<Field, Integer> found, Map<Field, Candidate> why) {
        for (int c = 0; c < profiles.length && c < headers.size(); c++) {
            boolean free = !found.containsValue(c) || isField(found, c, Field.ORIGINAL_AMOUNT);
            ColumnProfile p = profile(c);
            if (free && p.nonEmpty() > 0 && p.share(ValueShape.MONEY, ValueShape.INTEGER) >= 0.8
                    && p.strength(Field.OPEN_AMOUNT) >= 0.5 && !HeaderWords.otherAmount(folded(c)) && !saysOriginal(folded(c))
                    && !headers.get(c).isBlank()) {
                if (isField(found, c, Field.ORIGINAL_AMOUNT)) {
                    found.remove(Field.ORIGINAL_AMOUNT);
                    why.remove(Field.ORIGINAL_AMOUNT);
                }
                found.put(Field.OPEN_AMOUNT, c);
                why.put(Field.OPEN_AMOUNT, new Candidate(c, Field.OPEN_AMOUNT, 2 + p.strength(Field.OPEN_AMOUNT),
                        "the export's amount column (no header says balance or remaining)"));
                return;
            }
        }
    }

    /**
     * Customer identity from the values: codes are IDs, names are names. A "Customer" column of codes
     * beside a "Customer Name" column is the ID, so two customers who share a name stay two.
     */
    private void customerIdentity(Map<Field, Integer> found, Map<Field, Candidate> why) {
        Integer combined = found.get(Field.CUSTOMER);
        if (combined != null && !found.containsKey(Field.CUSTOMER_ID)) {
            ColumnProfile p = profile(combined);
            Integer name = found.get(Field.CUSTOMER_NAME);
            boolean codes = p.looksLikeCodes();
            boolean besideName = name != null && !sameValues(combined, name);
            if (codes || besideName) {
                move(found, why, Field.CUSTOMER, Field.CUSTOMER_ID, codes
                        ? "its values are codes (" + p.describe(Field.CUSTOMER_ID) + ")"
                        : "a separate name column ('" + headers.get(name) + "') holds the names");
            } else if (name != null && !fixed.contains(Field.CUSTOMER)) {
                found.remove(Field.CUSTOMER);
                why.remove(Field.CUSTOMER);
            }
        }
        Integer name = found.get(Field.CUSTOMER_NAME);
        if (name != null && !found.containsKey(Field.CUSTOMER_ID) && !found.containsKey(Field.CUSTOMER)
                && profile(name).looksLikeCodes() && profile(name).nonEmpty() >= MIN_VALUES) {
            move(found, why, Field.CUSTOMER_NAME, Field.CUSTOMER_ID, "its values are codes, not names");
        }
        Integer id = found.get(Field.CUSTOMER_ID);
        if (id != null && !found.containsKey(Field.CUSTOMER_NAME) && !found.containsKey(Field.CUSTOMER)
                && profile(id).looksLikeNames() && profile(id).nonEmpty() >= MIN_VALUES
                && profile(id).share(ValueShape.NAME) >= 0.5) {
            move(found, why, Field.CUSTOMER_ID, Field.CUSTOMER_NAME, "its values are names, not codes");
        }
    }

    private void move(Map<Field, Integer> found, Map<Field, Candidate> why, Field from, Field to, String because) {
        if (fixed.contains(from) || fixed.contains(to)) {
            return;
        }
        int c = found.remove(from);
        Candidate old = why.remove(from);
        found.put(to, c);
        why.put(to, new Candidate(c, to, old.score(), old.source() + ", corrected by values"));
        notes.add("'" + headers.get(c) + "' is read as " + to.label() + ", not " + from.label() + ": " + because + ".");
    }

    private boolean sameValues(int a, int b) {
        int same = 0;
        int both = 0;
        for (RawRow r : sample) {
            String x = r.cell(a).strip();
            String y = r.cell(b).strip();
            if (!x.isEmpty() && !y.isEmpty()) {
                both++;
                if (x.equalsIgnoreCase(y)) {
                    same++;
                }
            }
        }
        return both > 0 && same * 5 >= both * 4;
    }

    /**
     * The open amount is what is still owed: never more than the original amount. Where the row
     * check shows the two were taken the wrong way round, they are swapped.
     */
    private void openNotOriginal(Map<Field, Integer> found, Map<Field, Candidate> why) {
        Integer open = found.get(Field.OPEN_AMOUNT);
        Integer original = found.get(Field.ORIGINAL_AMOUNT);
        if (open == null || original == null || fixed.contains(Field.OPEN_AMOUNT) || fixed.contains(Field.ORIGINAL_AMOUNT)) {
            return;
        }
        int openAbove = 0;
        int originalAbove = 0;
        for (RawRow r : sample) {
            BigDecimal o = money(r.cell(open));
            BigDecimal g = money(r.cell(original));
            if (o == null || g == null) {
                continue;
            }
            int cmp = o.abs().compareTo(g.abs());
            if (cmp > 0) {
                openAbove++;
            } else if (cmp < 0) {
                originalAbove++;
            }
        }
        if (openAbove > 0 && originalAbove == 0) {
            found.put(Field.OPEN_AMOUNT, original);
            found.put(Field.ORIGINAL_AMOUNT, open);
            Candidate a = why.get(Field.OPEN_AMOUNT);
            Candidate b = why.get(Field.ORIGINAL_AMOUNT);
            why.put(Field.OPEN_AMOUNT, new Candidate(original, Field.OPEN_AMOUNT, b.score(), "values: never above '" + headers.get(open) + "'"));
            why.put(Field.ORIGINAL_AMOUNT, new Candidate(open, Field.ORIGINAL_AMOUNT, a.score(), "values"));
            notes.add("'" + headers.get(original) + "' is the open amount and '" + headers.get(open)
                    + "' the original: in " + openAbove + " sample rows the other way round the open amount would exceed the original.");
        } else if (openAbove > 0) {
            notes.add("In " + openAbove + " sample rows the open amount ('" + headers.get(open) + "') exceeds the original amount ('"
                    + headers.get(original) + "').");
        }
    }

    /**
     * When the open amount was chosen without a header that says "balance", "remaining", "due" or
     * "outstanding", and another money column could be it as well, the user decides.
     */
    private List<AmbiguousMappingException.Choice> openAmountChoice(Map<Field, Integer> found, Map<Field, Candidate> why,
                                                                    Trust trust) {
        Integer open = found.get(Field.OPEN_AMOUNT);
        if (open == null || fixed.contains(Field.OPEN_AMOUNT) || trust == Trust.PROFILE && why.get(Field.OPEN_AMOUNT).source().equals("profile")
                || HeaderWords.saysOpen(folded(open))) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        names.add(headers.get(open));
        for (int c = 0; c < profiles.length; c++) {
            if (c == open || c >= headers.size() || found.containsValue(c) && !isField(found, c, Field.ORIGINAL_AMOUNT)) {
                continue;
            }
            String h = folded(c);
            ColumnProfile p = profile(c);
            if (p.nonEmpty() > 0 && p.share(ValueShape.MONEY, ValueShape.INTEGER) >= 0.8 && p.strength(Field.OPEN_AMOUNT) >= 0.5
                    && !HeaderWords.otherAmount(h) && !saysOriginal(h) && !headers.get(c).isBlank()) {
                names.add(headers.get(c));
            }
        }
        return names.size() < 2 ? List.of() : List.of(new AmbiguousMappingException.Choice(Field.OPEN_AMOUNT, names));
    }

    private static boolean isField(Map<Field, Integer> found, int c, Field f) {
        Integer at = found.get(f);
        return at != null && at == c;
    }

    private static boolean saysOriginal(String folded) {
        for (String t : folded.split(" ")) {
            if (Set.of("original", "orig", "invoiced", "billed", "gross").contains(t)) {
                return true;
            }
        }
        return false;
    }

    private ColumnEvidence evidence(Candidate cand) {
        int c = cand.column();
        ColumnProfile p = profile(c);
        String confidence;
        if (cand.score() >= 100) {
            confidence = "high";
        } else if (cand.score() >= 3.8 && p.fit(cand.field()) >= 0.9) {
            confidence = "high";
        } else if (cand.score() >= 2.5 && p.fit(cand.field()) >= 0.8) {
            confidence = "medium";
        } else {
            confidence = "low";
        }
        return new ColumnEvidence(c, header(c), cand.field(), cand.source(), confidence,
                cand.source() + "; " + p.describe(cand.field()));
    }

    private ColumnProfile profile(int c) {
        return c < profiles.length ? profiles[c] : new ColumnProfile();
    }

    private String folded(int c) {
        return c < folded.size() ? folded.get(c) : "";
    }

    private String header(int c) {
        return c < headers.size() ? headers.get(c) : "";
    }

    private static BigDecimal money(String text) {
        Optional<AmountParser.Amount> a = AmountParser.parse(text, NumberStyle.POINT_DECIMAL);
        if (a.isEmpty()) {
            a = AmountParser.parse(text, NumberStyle.COMMA_DECIMAL);
        }
        return a.map(AmountParser.Amount::value).orElse(null);
    }
}
