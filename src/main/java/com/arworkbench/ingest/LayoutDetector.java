package com.arworkbench.ingest;

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
    static final int HEADER_SEARCH_ROWS = 60;

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
                if (head.size() >= HEADER_SEARCH_ROWS) {
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
            return true;
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
                    int[] votes = orderVotes.computeIfAbsent(e.getKey(), k -> new int[3]);
                    DateOrder o = DateParser.orderEvidence(text);
                    if (o == DateOrder.DAY_FIRST) {
                        votes[0]++;
                    } else if (o == DateOrder.MONTH_FIRST) {
                        votes[1]++;
                    }
                    if (DateParser.separator(text) == '.') {
                        votes[2]++;
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
                int[] v = orderVotes.getOrDefault(f, new int[3]);
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
            if (kind == TableKind.OPEN_ITEMS && !header.mapping.hasCustomer()) {
                warnings.add("No customer column: customers are taken from the group heading rows above their items.");
            }
            return new Layout(sniff, header.profile, header.label, header.how, header.row, header.mapping, orders,
                    String.join("; ", reasons), style, styleReason, warnings);
        }

        private Header findHeader() throws UnreadableFileException {
            if (options.mapping() != null && options.mapping().partial()) {
                MappingSpec spec = options.mapping();
                return partialHeader(spec, "Custom mapping (" + spec.name() + ")", "custom mapping", null);
            }
            if (options.mapping() == null && kind == TableKind.OPEN_ITEMS && options.savedMappings() != null
                    && (options.profileId() == null || options.profileId().isBlank())) {
                Header saved = savedHeader();
                if (saved != null) {
                    return saved;
                }
            }
            if (options.mapping() != null) {
                MappingSpec spec = options.mapping();
                for (RawRow r : head) {
                    if (spec.headerRow() != null && r.rowNumber() != spec.headerRow()) {
                        continue;
                    }
                    ColumnMapping m = spec.apply(r);
                    if (m != null) {
                        return new Header(r.rowNumber(), m, null, "Custom mapping (" + spec.name() + ")", "custom mapping");
                    }
                }
                throw new UnreadableFileException("The column mapping " + spec.name() + " names headers "
                        + spec.columns().values() + " but no row in the first " + HEADER_SEARCH_ROWS
                        + " rows has them all" + (spec.headerRow() != null ? " (looked at row " + spec.headerRow() + ")" : "")
                        + ". First row found: " + firstNonBlank());
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
            Optional<HeaderMatch> best = bestHeader(head, kind, candidates);
            if (best.isEmpty()) {
                return null;
            }
            HeaderMatch b = best.get();
            if (kind == TableKind.OPEN_ITEMS) {
                refuseDuplicateAmountHeader(b);
            }
            return new Header(b.row(), b.mapping(), b.profile(), b.profile().name(), how);
        }

        /** The first head row with a mapping the user saved for exactly that header. */
        private Header savedHeader() throws UnreadableFileException {
            for (RawRow r : head) {
                if (r.isBlank()) {
                    continue;
                }
                Optional<MappingSpec> found = options.savedMappings().find(r.values());
                if (found.isPresent()) {
                    MappingSpec spec = found.get();
                    String label = "Saved mapping (" + spec.name() + ")";
                    if (spec.partial()) {
                        Header h = partialHeader(spec, label, "saved mapping", r.rowNumber());
                        if (h != null) {
                            return h;
                        }
                    } else {
                        ColumnMapping m = spec.apply(r);
                        if (m != null && kind.usable(m)) {
                            return new Header(r.rowNumber(), m, null, label, "saved mapping");
                        }
                    }
                }
            }
            return null;
        }

        /**
         * A partial spec over detection: the row detection picks (or the first that has every named header),
         * detected as usual, then the named fields moved to their columns.
         *
         * @param onlyRow look at this row only, and answer null instead of failing
         */
        private Header partialHeader(MappingSpec spec, String label, String how, Long onlyRow) throws UnreadableFileException {
            List<ErpProfile> candidates = ErpProfiles.all(kind);
            if (kind == TableKind.OPEN_ITEMS && options.profileId() != null && !options.profileId().isBlank()) {
                candidates = List.of(ErpProfiles.byId(options.profileId()).orElseThrow(() -> new UnreadableFileException(
                        "Unknown profile '" + options.profileId() + "'. Known profiles: " + ErpProfiles.ids())));
            }
            List<RawRow> order = new ArrayList<>();
            Optional<HeaderMatch> best = bestHeader(head, kind, candidates);
            for (RawRow r : head) {
                if (best.isPresent() && r.rowNumber() == best.get().row()) {
                    order.add(0, r);
                } else {
                    order.add(r);
                }
            }
            for (RawRow r : order) {
                if (r.isBlank() || onlyRow != null && r.rowNumber() != onlyRow
                        || spec.headerRow() != null && r.rowNumber() != spec.headerRow()) {
                    continue;
                }
                ColumnMapping.Match detected = null;
                for (ErpProfile p : candidates) {
                    ColumnMapping.Match m = ColumnMapping.match(p, r);
                    if (detected == null || m.score() > detected.score()) {
                        detected = m;
                    }
                }
                ColumnMapping m = spec.overlay(r, detected == null ? null : detected.mapping());
                if (m != null && kind.usable(m)) {
                    return new Header(r.rowNumber(), m, detected == null ? null : detected.profile(), label, how);
                }
            }
            if (onlyRow != null) {
                return null;
            }
            throw new UnreadableFileException("The column mapping " + spec.name() + " names headers "
                    + spec.columns().values().stream().filter(v -> !v.isBlank()).toList() + " but no row in the first "
                    + HEADER_SEARCH_ROWS + " rows has them all and, with them, " + kind.expectedHeaders()
                    + ". First row found: " + firstNonBlank());
        }

        /**
         * Two columns under the very header the open amount was matched by (say "Amount" twice, document and
         * local currency): taking the first would be a guess, so the user is asked.
         */
        private void refuseDuplicateAmountHeader(HeaderMatch b) throws AmbiguousMappingException {
            int index = b.mapping().index(Field.OPEN_AMOUNT);
            String folded = Field.normalizeHeader(b.mapping().header(index));
            List<String> same = new ArrayList<>();
            List<String> headers = b.mapping().headers();
            for (int i = 0; i < headers.size(); i++) {
                if (!folded.isEmpty() && Field.normalizeHeader(headers.get(i)).equals(folded)) {
                    same.add(String.valueOf(i + 1));
                }
            }
            if (same.size() > 1) {
                throw new AmbiguousMappingException(List.of(new AmbiguousMappingException.Choice(Field.OPEN_AMOUNT, same)));
            }
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

    private record Header(long row, ColumnMapping mapping, ErpProfile profile, String label, String how) {
    }

    /**
     * A usable header row and how strongly it matched: 2 per mapped column, 3 per header distinctive
     * of the profile's ERP.
     */
    record HeaderMatch(long row, ColumnMapping mapping, ErpProfile profile, int score) {
    }

    /** The best-scoring usable header of the kind among the rows (the first on a tie), or empty. */
    static Optional<HeaderMatch> bestHeader(List<RawRow> rows, TableKind kind, List<ErpProfile> candidates) {
        ColumnMapping.Match best = null;
        long bestRow = -1;
        for (RawRow r : rows) {
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
        return best == null ? Optional.empty()
                : Optional.of(new HeaderMatch(bestRow, best.mapping(), best.profile(), best.score()));
    }
}
