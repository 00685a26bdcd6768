package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateOrder;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.ingest.values.NumberStyle;
import com.arworkbench.ingest.values.ValueShape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header row under a report preamble, picks the profile, and decides each column's date
 * order and number style from all its values. One pass over the file.
 */
public final class LayoutDetector {

    /** Report titles, filters and blank lines above the header: real exports have fewer than this. */
    public static final int HEADER_SEARCH_ROWS = 60;
    /** Rows read before deciding: the header search plus a sample of values for column inference. */
    static final int SAMPLE_ROWS = 300;
    /** Rows looked at before the scan may stop early on decisive evidence (see {@code Scan.decided}). */
    static final long DECIDE_AFTER_ROWS = 10_000;
    /** Distinct deciding values per date column (a date counts once however often it repeats), and amounts. */
    static final int DECISIVE_VOTES = 20;
    /** What a layout read from header words and values alone is called. */
    static final ErpProfile INFERRED = new ErpProfile("inferred", "Inferred from header words and values", java.util.Set.of(),
            Map.of(), Map.of());

    private LayoutDetector() {
    }

    public static Layout detect(TableReader reader, SniffResult sniff, IngestOptions options)
            throws IOException, UnreadableFileException {
        return detect(reader, sniff, options, TableKind.OPEN_ITEMS);
    }

    public static Layout detect(TableReader reader, SniffResult sniff, IngestOptions options, TableKind kind)
            throws IOException, UnreadableFileException {
        Scan scan = new Scan(sniff, options, kind);
        reader.read(scan::accept);
        return scan.finish();
    }

    private static final class Scan {
        private final SniffResult sniff;
        private final IngestOptions options;
        private final TableKind kind;
        private final List<RawRow> head = new ArrayList<>();
        private Header header;
        private final Map<Field, int[]> orderVotes = new EnumMap<>(Field.class); // [dayFirst, monthFirst, dotSeparated]
        private int pointVotes;
        private int commaVotes;
        private long rowsSeen;
        private final java.util.Set<String> seenDates = new java.util.HashSet<>();
        private UnreadableFileException failure;

        Scan(SniffResult sniff, IngestOptions options, TableKind kind) {
            this.sniff = sniff;
            this.options = options;
            this.kind = kind;
        }

        boolean accept(RawRow row) {
            rowsSeen++;
            if (header == null) {
                head.add(row);
                if (head.size() >= SAMPLE_ROWS) {
                    try {
                        header = findHeader();
                    } catch (UnreadableFileException e) {
                        failure = e;
                        return false;
                    }
                    if (header == null) {
                        return false;
                    }
                    for (RawRow r : head) {
                        if (r.rowNumber() > header.row) {
                            observe(r);
                        }
                    }
                }
                return true;
            }
            observe(row);
            return rowsSeen < DECIDE_AFTER_ROWS || (rowsSeen & 0x3FF) != 0 || !decided();
        }

        /**
         * The evidence already settles everything the rest of the file could: every date column has values that
         * fix its day/month order (or is year-first) and the amounts their decimal mark, each at least
         * {@link #DECISIVE_VOTES} times (distinct dates) and never the other way. Scanning on (a second full parse of a big export)
         * could then only add votes to the same side; a file that mixes orders or styles, or whose values do not
         * decide yet, is still read to the end, so its warnings and majorities stay whole-file.
         */
        private boolean decided() {
            if (!decisive(pointVotes, commaVotes)) {
                return false;
            }
            for (Field f : header.mapping.columns().keySet()) {
                if (!f.isDate()) {
                    continue;
                }
                int[] v = orderVotes.get(f);
                if (v == null || !(decisive(v[0], v[1]) || v[3] == 0 && v[0] == 0 && v[1] == 0 && seenDates.size() >= DECISIVE_VOTES)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean decisive(int one, int other) {
            return one >= DECISIVE_VOTES && other == 0 || other >= DECISIVE_VOTES && one == 0;
        }

        private void observe(RawRow row) {
            ColumnMapping m = header.mapping;
            for (Map.Entry<Field, Integer> e : m.columns().entrySet()) {
                String text = row.cell(e.getValue());
                if (text.isEmpty()) {
                    continue;
                }
                if (e.getKey().isDate()) {
                    if (!seenDates.add(text) ) {
                        continue; // the same value gives the same evidence
                    }
                    if (seenDates.size() > 100_000) {
                        seenDates.clear();
                    }
                    int[] votes = orderVotes.computeIfAbsent(e.getKey(), k -> new int[4]);
                    DateOrder o = DateParser.orderEvidence(text);
                    if (o == DateOrder.DAY_FIRST) {
                        votes[0]++;
                    } else if (o == DateOrder.MONTH_FIRST) {
                        votes[1]++;
                    }
                    char separator = DateParser.separator(text);
                    if (separator == '.') {
                        votes[2]++;
                    }
                    if (separator != 0) {
                        votes[3]++;
                    }
                } else if (e.getKey().isAmount()) {
                    int v = AmountParser.styleEvidence(text);
                    if (v > 0) {
                        pointVotes++;
                    } else if (v < 0) {
                        commaVotes++;
                    }
                }
            }
        }

        Layout finish() throws UnreadableFileException {
            if (failure != null) {
                throw failure;
            }
            if (rowsSeen == 0) {
                throw new UnreadableFileException("The file is empty: expected a " + kind.label()
                        + " with a header row naming " + kind.expectedHeaders() + ", and data rows.");
            }
            if (header == null) {
                header = findHeader();
                if (header == null) {
                    throw noHeader();
                }

                for (RawRow r : head) {
                    if (r.rowNumber() > header.row) {
                        observe(r);
                    }
                }
            }
            List<String> warnings = new ArrayList<>();
            NumberStyle style;
            String styleReason;
            if (pointVotes > 0 && commaVotes > 0) {
                style = pointVotes >= commaVotes ? NumberStyle.POINT_DECIMAL : NumberStyle.COMMA_DECIMAL;
                styleReason = "mixed: " + pointVotes + " values read as point decimal, " + commaVotes
                        + " as comma decimal; the majority wins";
                warnings.add("Amounts mix decimal styles (" + styleReason + "). Values that do not fit are rejected.");
            } else if (pointVotes > 0) {
                style = NumberStyle.POINT_DECIMAL;
                styleReason = "seen in " + pointVotes + " values";
            } else if (commaVotes > 0) {
                style = NumberStyle.COMMA_DECIMAL;
                styleReason = "seen in " + commaVotes + " values";
            } else if (sniff.delimiter() == ';') {
                style = NumberStyle.COMMA_DECIMAL;
                styleReason = "no value decides it; ';'-separated files use comma decimals";
            } else {
                style = NumberStyle.POINT_DECIMAL;
                styleReason = "no value decides it; assumed point decimal";
            }

            int fileDay = 0;
            int fileMonth = 0;
            int fileDot = 0;
            for (int[] v : orderVotes.values()) {
                fileDay += v[0];
                fileMonth += v[1];
                fileDot += v[2];
            }
            Map<Field, DateOrder> orders = new EnumMap<>(Field.class);
            List<String> reasons = new ArrayList<>();
            for (Field f : header.mapping.columns().keySet()) {
                if (!f.isDate()) {
                    continue;
                }
                int[] v = orderVotes.getOrDefault(f, new int[4]);
                DateOrder order;
                String why;
                if (v[0] > 0 && v[1] > 0) {
                    order = v[0] >= v[1] ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
                    why = "mixed (" + v[0] + " day-first, " + v[1] + " month-first values); majority wins";
                    warnings.add(f.label() + " mixes day/month orders; values that do not fit " + order.label()
                            + " are rejected.");
                } else if (v[0] > 0 || v[1] > 0) {
                    order = v[0] > 0 ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
                    why = "a value above 12 in the " + (v[0] > 0 ? "first" : "second") + " position";
                } else if (v[3] == 0 && orderVotes.containsKey(f)) {
                    order = style == NumberStyle.COMMA_DECIMAL ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
                    reasons.add(f.label() + ": year first (ISO) or with month names, so day/month order does not arise");
                    orders.put(f, order);
                    continue;
                } else if (fileDay > 0 || fileMonth > 0) {
                    order = fileDay >= fileMonth ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
                    why = "decided by the file's other date columns";
                } else if (v[2] > 0 || fileDot > 0) {
                    order = DateOrder.DAY_FIRST;
                    why = "dates written with '.' are day first";
                } else if (style == NumberStyle.COMMA_DECIMAL) {
                    order = DateOrder.DAY_FIRST;
                    why = "no value decides it; comma-decimal (European) export, so day first";
                } else {
                    order = DateOrder.MONTH_FIRST;
                    why = "no value decides it; point-decimal (US) export, so month first";
                }
                orders.put(f, order);
                reasons.add(f.label() + ": " + order.label() + " (" + why + ")");
            }
            List<AmbiguousMappingException.Choice> uncertain = header.uncertain;
            if (kind == TableKind.OPEN_ITEMS && !header.mapping.hasCustomer()) {
                List<RawRow> below = sampleBelow(head, header.row);
                if (!below.isEmpty() && !isHeading(below.get(0), header.mapping)) {
                    // Items before any customer heading would all be rejected, with every check passing on an aging
                    // of nothing: the user names the customer column instead.
                    uncertain = new ArrayList<>(uncertain);
                    uncertain.add(new AmbiguousMappingException.Choice(Field.CUSTOMER, customerCandidates(below)));
                    warnings.add("No customer column, and the items are not grouped under customer headings: name the "
                            + "column that holds the customer.");
                } else {
                    warnings.add("No customer column: customers are taken from the group heading rows above their items.");
                }
            }
            warnings.addAll(header.notes);
            return new Layout(sniff, header.profile, header.label, header.how, header.row, header.mapping, orders,
                    String.join("; ", reasons), style, styleReason, warnings, header.evidence,
                    options.baseCurrency() == null || options.baseCurrency().isBlank() ? null
                            : options.baseCurrency().strip().toUpperCase(java.util.Locale.ROOT), sampleCurrencies(),
                    List.copyOf(uncertain));
        }

        /** A customer heading as the row reader takes it (StructuralRows): one filled cell, the amount cell empty. */
        private static boolean isHeading(RawRow row, ColumnMapping mapping) {
            int filled = 0;
            for (int i = 0; i < row.width(); i++) {
                if (!row.cell(i).isBlank()) {
                    filled++;
                }
            }
            int amount = mapping.has(Field.OPEN_AMOUNT) ? mapping.index(Field.OPEN_AMOUNT) : -1;
            return filled == 1 && (amount < 0 || row.cell(amount).isBlank());
        }

        /** The unmapped columns whose values are names or codes: where a customer could be. */
        private List<String> customerCandidates(List<RawRow> below) {
            List<String> headers = header.mapping.headers();
            java.util.Collection<Integer> mapped = header.mapping.columns().values();
            List<String> out = new ArrayList<>();
            for (int c = 0; c < headers.size(); c++) {
                if (mapped.contains(c) || headers.get(c).isBlank()) {
                    continue;
                }
                int text = 0;
                int filled = 0;
                for (RawRow r : below) {
                    ValueShape shape = ValueShape.of(r.cell(c).strip());
                    if (shape != ValueShape.EMPTY) {
                        filled++;
                        if (shape == ValueShape.NAME || shape == ValueShape.CODE || shape == ValueShape.WORD) {
                            text++;
                        }
                    }
                }
                if (filled > 0 && text * 5 >= filled * 4) {
                    // a header text that is not unique is named by its position, as a mapping names it
                    out.add(headers.indexOf(headers.get(c)) == headers.lastIndexOf(headers.get(c)) ? headers.get(c)
                            : String.valueOf(c + 1));
                }
            }
            return out;
        }

        private java.util.Set<String> sampleCurrencies() {
            java.util.Set<String> out = new java.util.TreeSet<>();
            if (header.mapping.has(Field.CURRENCY)) {
                int c = header.mapping.index(Field.CURRENCY);
                for (RawRow r : sampleBelow(head, header.row)) {
                    String v = r.cell(c).strip().toUpperCase(java.util.Locale.ROOT);
                    if (ValueShape.of(v) == ValueShape.CURRENCY) {
                        out.add(v);
                    }
                }
            }
            return java.util.Set.copyOf(out);
        }

        private Header findHeader() throws UnreadableFileException {
            List<RawRow> search = head.subList(0, Math.min(HEADER_SEARCH_ROWS, head.size()));
            MappingSpec spec = options.mapping();
            if (spec != null && !spec.partial()) {
                for (RawRow r : search) {
                    if (spec.headerRow() != null && r.rowNumber() != spec.headerRow()) {
                        continue;
                    }
                    ColumnMapping m = spec.apply(r);
                    if (m != null) {
                        return refined(r.rowNumber(), m, null, ColumnInference.Trust.USER, Map.of(),
                                "Custom mapping (" + spec.name() + ")", "custom mapping");
                    }
                }
                throw missingHeaders(spec);
            }
            List<ErpProfile> candidates;
            String how;
            if (kind == TableKind.OPEN_ITEMS && options.profileId() != null && !options.profileId().isBlank()) {
                ErpProfile forced = ErpProfiles.byId(options.profileId()).orElseThrow(() -> new UnreadableFileException(
                        "Unknown profile '" + options.profileId() + "'. Known profiles: " + ErpProfiles.ids()));
                candidates = List.of(forced);
                how = "forced";
            } else {
                candidates = ErpProfiles.all(kind);
                how = "detected";
            }
            if (spec == null && kind == TableKind.OPEN_ITEMS && options.savedMappings() != null && how.equals("detected")) {
                for (RawRow r : search) {
                    if (r.isBlank()) {
                        continue;
                    }
                    Optional<MappingSpec> saved = options.savedMappings().find(r.values());
                    if (saved.isEmpty()) {
                        continue;
                    }
                    String label = "Saved mapping (" + saved.get().name() + ")";
                    Header h;
                    if (saved.get().partial()) {
                        h = partial(r, saved.get(), candidates, how, label, "saved mapping");
                    } else {
                        ColumnMapping m = saved.get().apply(r);
                        h = m == null ? null : refined(r.rowNumber(), m, null, ColumnInference.Trust.USER, Map.of(), label,
                                "saved mapping");
                    }
                    if (h != null && kind.usable(h.mapping)) {
                        return h;
                    }
                }
            }
            if (spec != null) {
                // A partial mapping: the user's columns are fixed, the rest is read as usual on that header row.
                Optional<HeaderMatch> detected = bestHeader(head, kind, candidates, false);
                List<RawRow> order = new ArrayList<>(search);
                detected.ifPresent(d -> order.sort(java.util.Comparator.comparing(r -> r.rowNumber() != d.row())));
                for (RawRow r : order) {
                    if (r.isBlank() || spec.headerRow() != null && r.rowNumber() != spec.headerRow()) {
                        continue;
                    }
                    Header h = partial(r, spec, candidates, how, "Custom mapping (" + spec.name() + ")", "custom mapping");
                    if (h != null && kind.usable(h.mapping)) {
                        return h;
                    }
                }
                throw new UnreadableFileException("The column mapping " + spec.name() + " names headers "
                        + spec.columns().values().stream().filter(v -> !v.isBlank()).toList() + " but no row in the first "
                        + HEADER_SEARCH_ROWS + " rows has them all and, with them, " + kind.expectedHeaders()
                        + ". First row found: " + firstNonBlank());
            }
            Optional<HeaderMatch> best = bestHeader(head, kind, candidates, how.equals("detected"));
            if (best.isEmpty()) {
                return null;
            }
            HeaderMatch b = best.get();
            if (how.equals("detected")) {
                RawRow headerRow = head.stream().filter(r -> r.rowNumber() == b.row()).findFirst().orElseThrow();
                Optional<String> foreign = ForeignTables.lookalike(headerRow, head, kind);
                if (foreign.isPresent()) {
                    throw new UnreadableFileException("This file looks like " + foreign.get() + ", not an " + kind.label()
                            + ". " + (kind == TableKind.OPEN_ITEMS ? "Give the ERP's open-items (A/R aging detail) export here"
                            : "Give the ERP's invoice register or cleared-items export here")
                            + "; payments belong in cash application.");
                }
            }
            List<AmbiguousMappingException.Choice> duplicate = kind == TableKind.OPEN_ITEMS && b.profile() != INFERRED
                    ? duplicateAmountHeader(b) : List.of();
            if (b.profile() == INFERRED) {
                return new Header(b.row(), b.mapping(), INFERRED, INFERRED.name(), "inferred", b.inference().evidence(),
                        b.inference().notes(), b.inference().uncertain());
            }
            ColumnInference.Trust trust = trust(b, how);
            Header h = refined(b.row(), b.mapping(), b.profile(), trust, Map.of(), b.profile().name(), how);
            if (trust == ColumnInference.Trust.HINT && !b.profile().isGeneric()
                    && !h.mapping.columns().equals(b.mapping().columns())) {
                // One header word matched a named ERP's profile ("Balance" for Sage) and the values said more:
                // do not call a Dynamics AX export "Sage".
                h = new Header(h.row, h.mapping, h.profile, INFERRED.name() + " (nearest profile: " + b.profile().name() + ")",
                        "inferred", h.evidence, h.notes, h.uncertain);
            }
            if (!duplicate.isEmpty()) {
                h = new Header(h.row, h.mapping, h.profile, h.label, h.how, h.evidence, h.notes, duplicate);
            }
            if (!kind.usable(h.mapping)) {
                // The values contradict the header (e.g. the open amount column holds text): read by the header and
                // let every row that does not fit be listed on Exceptions, with what the values looked like.
                return new Header(b.row(), b.mapping(), b.profile(), b.profile().name(), how, h.evidence, h.notes, List.of());
            }
            return h;
        }

        private Header refined(long row, ColumnMapping start, ErpProfile profile, ColumnInference.Trust trust,
                               Map<Field, Integer> fixed, String label, String how) {
            ColumnInference.Result r = ColumnInference.refine(start, trust, fixed, sampleBelow(head, row), kind);
            return new Header(row, r.mapping(), profile, label, how, r.evidence(), r.notes(), r.uncertain());
        }

        /**
         * A partial spec (the page's drop-down changes, --column, a partial saved mapping) on one header row:
         * the named fields are fixed, a field named with an empty text is not used, the rest is inferred.
         *
         * @return null when a named header is not in the row
         */
        private Header partial(RawRow r, MappingSpec spec, List<ErpProfile> candidates, String how, String label,
                               String howLabel) throws AmbiguousMappingException {
            ColumnMapping fixed = spec.overlay(r, null);
            if (fixed == null) {
                return null;
            }
            ColumnMapping.Match m = bestOnRow(r, candidates);
            ColumnInference.Result res = ColumnInference.refine(m == null ? fixed : m.mapping(), trust(m, how), fixed.columns(),
                    sampleBelow(head, r.rowNumber()), kind);
            java.util.Set<Field> dropped = java.util.EnumSet.noneOf(Field.class);
            spec.columns().forEach((f, v) -> {
                if (v == null || v.isBlank()) {
                    dropped.add(f);
                }
            });
            java.util.Map<Field, Integer> kept = new java.util.EnumMap<>(Field.class);
            kept.putAll(res.mapping().columns());
            kept.keySet().removeAll(dropped);
            List<ColumnEvidence> evidence = res.evidence().stream().filter(e -> !dropped.contains(e.field())).toList();
            return new Header(r.rowNumber(), new ColumnMapping(kept, res.mapping().headers()), m == null ? INFERRED : m.profile(),
                    label, howLabel, evidence, res.notes(), res.uncertain());
        }

        /**
         * Two columns under the very header the open amount was matched by (say "Amount" twice, document and
         * local currency): taking the first would be a guess, so the user is asked.
         */
        private List<AmbiguousMappingException.Choice> duplicateAmountHeader(HeaderMatch b) {
            int index = b.mapping().index(Field.OPEN_AMOUNT);
            String folded = Field.normalizeHeader(b.mapping().header(index));
            List<String> same = new ArrayList<>();
            List<String> headers = b.mapping().headers();
            for (int i = 0; i < headers.size(); i++) {
                if (!folded.isEmpty() && Field.normalizeHeader(headers.get(i)).equals(folded)) {
                    same.add(String.valueOf(i + 1));
                }
            }
            return same.size() > 1 ? List.of(new AmbiguousMappingException.Choice(Field.OPEN_AMOUNT, same)) : List.of();
        }

        private UnreadableFileException missingHeaders(MappingSpec spec) {
            return new UnreadableFileException("The column mapping " + spec.name() + " names headers "
                    + spec.columns().values() + " but no row in the first " + HEADER_SEARCH_ROWS
                    + " rows has them all" + (spec.headerRow() != null ? " (looked at row " + spec.headerRow() + ")" : "")
                    + ". First row found: " + firstNonBlank());
        }

        private UnreadableFileException noHeader() {
            String forced = kind == TableKind.OPEN_ITEMS && options.profileId() != null && !options.profileId().isBlank()
                    ? " for profile '" + options.profileId() + "'" : "";
            return new UnreadableFileException("No header row found" + forced + " in the first " + HEADER_SEARCH_ROWS
                    + " rows of the " + kind.label() + ": expected column headers naming " + kind.expectedHeaders()
                    + ". First row found: " + firstNonBlank() + "."
                    + (kind == TableKind.OPEN_ITEMS ? " Use --profile or a --mapping file if the export is laid out differently." : ""));
        }

        private String firstNonBlank() {
            for (RawRow r : head) {
                if (!r.isBlank()) {
                    String text = String.join(" | ", r.values().stream().filter(s -> s != null && !s.isBlank()).toList());
                    return "'" + (text.length() > 120 ? text.substring(0, 120) + "…" : text) + "'";
                }
            }
            return "(only blank rows)";
        }
    }

    private record Header(long row, ColumnMapping mapping, ErpProfile profile, String label, String how,
                          List<ColumnEvidence> evidence, List<String> notes,
                          List<AmbiguousMappingException.Choice> uncertain) {
    }

    /** A named ERP profile recognised by two or more of its distinctive headers (or forced) is trusted over values. */
    private static ColumnInference.Trust trust(ColumnMapping.Match m, String how) {
        return m != null && !m.profile().isGeneric() && (m.signatureHits() >= 2 || how.equals("forced"))
                ? ColumnInference.Trust.PROFILE : ColumnInference.Trust.HINT;
    }

    private static ColumnInference.Trust trust(HeaderMatch m, String how) {
        return !m.profile().isGeneric() && (m.signatureHits() >= 2 || how.equals("forced"))
                ? ColumnInference.Trust.PROFILE : ColumnInference.Trust.HINT;
    }

    private static ColumnMapping.Match bestOnRow(RawRow r, List<ErpProfile> candidates) {
        ColumnMapping.Match best = null;
        for (ErpProfile p : candidates) {
            ColumnMapping.Match m = ColumnMapping.match(p, r);
            if (best == null || m.score() > best.score()) {
                best = m;
            }
        }
        return best;
    }

    /** Up to {@link #SAMPLE_ROWS} rows below the header row: the values column inference looks at. */
    static List<RawRow> sampleBelow(List<RawRow> rows, long headerRow) {
        List<RawRow> out = new ArrayList<>();
        for (RawRow r : rows) {
            if (r.rowNumber() > headerRow && !r.isBlank()) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * A usable header row and how strongly it matched: 2 per mapped column, 3 per header distinctive
     * of the profile's ERP. A header no profile matches but whose words and values say enough is
     * {@link #INFERRED}, with the inference behind it.
     */
    public record HeaderMatch(long row, ColumnMapping mapping, ErpProfile profile, int score, int signatureHits,
                       ColumnInference.Result inference) {
    }

    /** The best-scoring usable header of the kind among the rows (the first on a tie), or empty. */
    public static Optional<HeaderMatch> bestHeader(List<RawRow> rows, TableKind kind, List<ErpProfile> candidates) {
        return bestHeader(rows, kind, candidates, true);
    }

    /**
     * The best-scoring usable header in the first {@link #HEADER_SEARCH_ROWS} rows; the later rows are a
     * sample of values. Without a profile match, open items and histories are read from header words and
     * values when {@code infer} allows.
     */
    static Optional<HeaderMatch> bestHeader(List<RawRow> rows, TableKind kind, List<ErpProfile> candidates, boolean infer) {
        List<RawRow> search = rows.subList(0, Math.min(rows.size(), HEADER_SEARCH_ROWS));
        ColumnMapping.Match best = null;
        long bestRow = -1;
        for (RawRow r : search) {
            if (r.isBlank()) {
                continue;
            }
            for (ErpProfile p : candidates) {
                ColumnMapping.Match m = ColumnMapping.match(p, r);
                if (kind.usable(m.mapping()) && (best == null || m.score() > best.score())) {
                    best = m;
                    bestRow = r.rowNumber();
                }
            }
        }
        if (best != null) {
            return Optional.of(new HeaderMatch(bestRow, best.mapping(), best.profile(), best.score(), best.signatureHits(), null));
        }
        if (!infer || kind != TableKind.OPEN_ITEMS && kind != TableKind.INVOICE_HISTORY) {
            return Optional.empty();
        }
        HeaderMatch inferred = null;
        for (RawRow r : search) {
            if (r.isBlank() || !ColumnInference.headerLike(r)) {
                continue;
            }
            ColumnInference.Result res = ColumnInference.infer(r, sampleBelow(rows, r.rowNumber()), kind);
            if (kind.usable(res.mapping()) && (inferred == null || res.score() > inferred.score())) {
                inferred = new HeaderMatch(r.rowNumber(), res.mapping(), INFERRED, res.score(), 0, res);
            }
        }
        return Optional.ofNullable(inferred);
    }
}
