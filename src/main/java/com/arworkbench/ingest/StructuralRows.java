package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ColumnMapping;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The rows of an AR export that are not data: blank lines, report preamble, the header and its
 * repeats, group headings, subtotals and grand totals. Shared by every reader of document lines
 * (open items, invoice history) so both treat a report's furniture the same way.
 *
 * <p>A bare "Total" row is held until the table ends: a data row after it shows it was a subtotal;
 * the last one per currency is the export's grand total and becomes a control total. Rows listed
 * while a total is held wait with it, so the sink still sees rows in source order.
 */
final class StructuralRows {

    /** Header cells a row may miss before it can no longer be a repeated header (half of them). */
    private final int repeatedHeaderMisses;
    private final Layout layout;
    private final ColumnMapping map;
    /** The column whose value a total or heading row carries (open amount, or a history's document amount). */
    private final int amountColumn;
    private final Consumer<RejectedRow> sink;
    private final List<String> headerRaw;
    private final List<String> headerFolded;
    private final int[] amountColumns;
    private final Map<RowDisposition, Long> counts = new EnumMap<>(RowDisposition.class);
    private final Map<String, BigDecimal> controlTotals = new LinkedHashMap<>();
    private final Map<String, Long> controlTotalRows = new LinkedHashMap<>();
    private final List<PendingTotal> pendingTotals = new ArrayList<>();
    private final Deque<RejectedRow> held = new ArrayDeque<>();
    private String headingContext;

    StructuralRows(Layout layout, Field amountField, Consumer<RejectedRow> sink) {
        this.layout = layout;
        this.map = layout.mapping();
        this.amountColumn = map.index(amountField);
        this.sink = sink;
        this.headerRaw = map.headers();
        this.headerFolded = headerRaw.stream().map(Field::normalizeHeader).toList();
        this.repeatedHeaderMisses = (int) headerFolded.stream().filter(h -> !h.isEmpty()).count() / 2;
        // A total's label is never read from a money column.
        this.amountColumns = map.columns().entrySet().stream().filter(e -> e.getKey().isAmount())
                .mapToInt(Map.Entry::getValue).toArray();
    }

    /**
     * Counts or lists the row if it is structural.
     *
     * @return false for a data row; any held totals were then demoted to subtotals, so the caller
     *         may {@link #emit} its own rejections at once
     */
    boolean handle(RawRow row) {
        if (row.isBlank()) {
            count(RowDisposition.BLANK);
            return true;
        }
        if (row.rowNumber() < layout.headerRow()) {
            list(row, RowDisposition.PREAMBLE, "Above the header row");
            return true;
        }
        if (row.rowNumber() == layout.headerRow()) {
            count(RowDisposition.HEADER);
            return true;
        }
        if (isRepeatedHeader(row)) {
            list(row, RowDisposition.REPEATED_HEADER, "Repeated header row");
            return true;
        }
        String totalLabel = totalLabel(row);
        if (totalLabel != null) {
            if (TotalRows.GRAND_TOTAL.matcher(totalLabel).matches()) {
                pendingTotals.add(new PendingTotal(row, totalLabel));
            } else {
                list(row, RowDisposition.SUBTOTAL, "Subtotal row '" + totalLabel + "' (not an item)");
            }
            return true;
        }
        int filled = 0;
        int onlyAt = -1;
        for (int i = 0; i < row.width() && filled < 2; i++) {
            if (!row.cell(i).isBlank()) {
                filled++;
                onlyAt = i;
            }
        }
        String only = filled == 1 ? row.cell(onlyAt).strip() : null;
        if (filled == 1 && row.cell(amountColumn).isBlank()) {
            headingContext = only;
            list(row, RowDisposition.GROUP_HEADING, map.hasCustomer() ? "Heading or note row (one cell, no amount)"
                    : "Customer heading: the items below belong to '" + only + "'");
            return true;
        }
        demotePendingTotals();
        return false;
    }

    /** The last one-cell heading seen: the customer of the rows below it when the export has no customer column. */
    String headingContext() {
        return headingContext;
    }

    /** Lists a data row that was not used (rejected, not open). */
    void emit(RejectedRow r) {
        count(r.disposition());
        sink.accept(r);
    }

    /** Settles the held totals at the end of the table: the last per currency is the grand total. */
    void finish() {
        Map<String, PendingTotal> lastPerCurrency = new LinkedHashMap<>();
        Map<PendingTotal, BigDecimal> amounts = new LinkedHashMap<>();
        for (PendingTotal t : pendingTotals) {
            Optional<AmountParser.Amount> a = AmountParser.parse(t.row.cell(amountColumn), layout.numberStyle());
            if (a.isPresent()) {
                amounts.put(t, a.get().value());
                lastPerCurrency.put(currency(t.row, a.get()), t);
            }
        }
        List<RejectedRow> tail = new ArrayList<>();
        for (PendingTotal t : pendingTotals) {
            String currency = null;
            for (Map.Entry<String, PendingTotal> e : lastPerCurrency.entrySet()) {
                if (e.getValue() == t) {
                    currency = e.getKey();
                }
            }
            if (currency != null) {
                controlTotals.put(currency, amounts.get(t));
                controlTotalRows.put(currency, t.row.rowNumber());
                tail.add(rejected(t.row, RowDisposition.TOTAL, "Export's grand total" + (currency.isEmpty() ? "" : " (" + currency + ")")
                        + ": used as the control total", amounts.get(t), currency));
            } else {
                tail.add(rejected(t.row, RowDisposition.SUBTOTAL, "Total row '" + t.label + "' (not the last total)", null, ""));
            }
        }
        pendingTotals.clear();
        List<RejectedRow> ordered = new ArrayList<>(held);
        held.clear();
        ordered.addAll(tail);
        ordered.sort((a, b) -> Long.compare(a.sourceRow(), b.sourceRow()));
        ordered.forEach(this::emit);
    }

    Map<RowDisposition, Long> counts() {
        return java.util.Collections.unmodifiableMap(new EnumMap<>(counts)); // fixed order: About lists them
    }

    Map<String, BigDecimal> controlTotals() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(controlTotals)); // in file order
    }

    Map<String, Long> controlTotalRows() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(controlTotalRows));
    }

    /** The row's currency: its currency column, else the code written with the amount, else "". */
    String currency(RawRow row, AmountParser.Amount amount) {
        String c = map.has(Field.CURRENCY) ? row.cell(map.index(Field.CURRENCY)).strip().toUpperCase(Locale.ROOT) : "";
        if (!c.isEmpty()) {
            return c;
        }
        if (amount != null && amount.currency() != null) {
            return amount.currency();
        }
        return layout.baseCurrency() != null ? layout.baseCurrency() : "";
    }

    /** The label of a total row, or null. A row with a document number or a real date is never a total. */
    private String totalLabel(RawRow row) {
        if (map.has(Field.DOCUMENT_NUMBER) && !row.cell(map.index(Field.DOCUMENT_NUMBER)).isBlank()) {
            return null;
        }
        for (Field f : new Field[] {Field.DUE_DATE, Field.DOCUMENT_DATE}) {
            String t = map.has(f) ? row.cell(map.index(f)).strip() : "";
            if (!t.isEmpty() && DateParser.parse(t, layout.dateOrder(f)).isPresent()) {
                return null;
            }
        }
        return TotalRows.label(row, amountColumns);
    }

    /**
     * A cheap pre-test before folding (a regex and a Unicode normalisation): a cell that starts with an ASCII
     * letter or digit folds to text starting with that character in lower case, so a different first character
     * rules it out. Everything else is folded and compared.
     */
    static boolean mayFoldTo(String cell, String folded) {
        if (cell.isEmpty() || folded.isEmpty()) {
            return true;
        }
        char c = cell.charAt(0);
        boolean asciiWord = c < 0x80 && Character.isLetterOrDigit(c);
        return !asciiWord || Character.toLowerCase(c) == folded.charAt(0);
    }

    private boolean isRepeatedHeader(RawRow row) {
        int same = 0;
        int headerCells = 0;
        int misses = 0;
        for (int i = 0; i < headerFolded.size(); i++) {
            if (headerFolded.get(i).isEmpty()) {
                continue;
            }
            headerCells++;
            if (same == 0 && misses > repeatedHeaderMisses) {
                return false; // too many cells differ for this to be a copy of the header
            }
            // Repeated headers are copies of the header: compare the text before paying for folding.
            String cell = row.cell(i).strip();
            if (cell.equalsIgnoreCase(headerRaw.get(i)) || (cell.length() == headerRaw.get(i).length()
                    && mayFoldTo(cell, headerFolded.get(i)) && Field.normalizeHeader(cell).equals(headerFolded.get(i)))) {
                same++;
            } else {
                misses++;
            }
        }
        return same >= 2 && same * 2 >= headerCells;
    }

    private void demotePendingTotals() {
        for (PendingTotal t : pendingTotals) {
            emit(rejected(t.row, RowDisposition.SUBTOTAL, "Subtotal row '" + t.label + "' (more items follow it)", null, ""));
        }
        pendingTotals.clear();
        while (!held.isEmpty()) {
            emit(held.poll());
        }
    }

    private void list(RawRow row, RowDisposition d, String reason) {
        RejectedRow r = rejected(row, d, reason, null, "");
        if (pendingTotals.isEmpty()) {
            emit(r);
        } else {
            held.add(r);
        }
    }

    static RejectedRow rejected(RawRow row, RowDisposition d, String reason, BigDecimal amount, String currency) {
        return new RejectedRow(row.rowNumber(), d, reason, row.values(), amount, currency);
    }

    private void count(RowDisposition d) {
        counts.merge(d, 1L, Long::sum);
    }

    private record PendingTotal(RawRow row, String label) {
    }
}
