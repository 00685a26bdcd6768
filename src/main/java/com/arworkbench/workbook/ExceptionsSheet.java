package com.arworkbench.workbook;

import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every source row that is not a record: source row number, category, reason, the amount that could
 * still be read, and the raw values under the source's own headers. Shared by every job.
 */
public final class ExceptionsSheet {

    public static final String NAME = "Exceptions";
    /** The fixed columns, declared once; the source's raw columns and "Further values" follow them. */
    private static final ColumnSchema FIXED = new ColumnSchema();
    /** The source row number; a text reference ("file row n") for rows of other inputs, which COUNT skips. */
    public static final ColumnSchema.Handle SOURCE_ROW = FIXED.integer("Source row");
    static final ColumnSchema.Handle CATEGORY = FIXED.text("Category");
    static final ColumnSchema.Handle REASON = FIXED.text("Reason");
    static final ColumnSchema.Handle AMOUNT = FIXED.amount("Amount read");
    static final ColumnSchema.Handle CURRENCY = FIXED.text("Currency");
    static final int FIXED_COLUMNS = FIXED.size();

    private final SheetTable table;
    private final int rawColumns;
    /** Amounts still readable on rejected / not-open rows, per currency: the tie-out to the export's total needs them. */
    private final Map<String, BigDecimal> unusedAmounts = new TreeMap<>();
    /** Numbered rows (of the open-items export) and text-referenced rows (of other inputs) listed. */
    private long exportRows;
    private long otherFileRows;
    /** Rows of each other input listed, and their rejected rows that still have an amount (few): their tie-outs need them. */
    private final Map<String, Long> rowsByOtherFile = new TreeMap<>();
    private final List<Map.Entry<String, RejectedRow>> otherFileRejected = new ArrayList<>();

    /** Declare before streaming starts. {@code sourceHeaders} label the raw value columns. */
    public ExceptionsSheet(StyledWorkbook book, List<String> sourceHeaders) {
        List<Column> columns = new ArrayList<>(FIXED.columns());
        for (int i = 0; i < sourceHeaders.size(); i++) {
            String h = sourceHeaders.get(i) == null || sourceHeaders.get(i).isBlank() ? "Column " + (i + 1) : sourceHeaders.get(i);
            columns.add(Column.text(h));
        }
        columns.add(Column.text("Further values"));
        this.rawColumns = sourceHeaders.size();
        this.table = book.table(NAME, columns, 1);
    }

    public void add(RejectedRow r) {
        SheetTable.RowWriter w = table.row();
        w.number(SOURCE_ROW.index(), r.sourceRow());
        rest(w, r);
        exportRows++;
    }

    /**
     * A row of another input (e.g. the customer master). Its reference is text ("customers.csv row
     * 12"), so the count of the main export's rows on the Checks sheet stays exact; its values go to
     * "Further values" because the columns carry the main export's headers.
     */
    public void addFromOtherFile(RejectedRow r, String fileName) {
        SheetTable.RowWriter w = table.row();
        w.text(SOURCE_ROW.index(), fileName + " row " + r.sourceRow());
        w.text(CATEGORY.index(), r.disposition().label()).text(REASON.index(), r.reason()).amount(AMOUNT.index(), r.amount())
                .text(CURRENCY.index(), r.currency());
        w.text(FIXED_COLUMNS + rawColumns, String.join(" | ", r.rawValues().stream().filter(v -> v != null && !v.isEmpty()).toList()));
        otherFileRows++;
        rowsByOtherFile.merge(fileName, 1L, Long::sum);
        if (r.disposition() == RowDisposition.REJECTED && r.amount() != null) {
            otherFileRejected.add(Map.entry(fileName, r));
        }
    }

    /** Rows of one other input listed so far. */
    public long otherFileRows(String fileName) {
        return rowsByOtherFile.getOrDefault(fileName, 0L);
    }

    /** {@code COUNTIF} of one other input's rows: their references read "{@code fileName} row N". */
    public static String otherFileRowsFormula(String fileName) {
        return "COUNTIF(" + SheetRefs.wholeColumn(NAME, SOURCE_ROW.index()) + "," + SheetRefs.prefixCriterion(fileName + " row ") + ")";
    }

    /**
     * Amounts of one other input's rejected rows: of one currency unless null, and only those whose
     * reason ends with {@code reasonEnd} unless null (a GL names the account there).
     */
    public BigDecimal otherFileRejectedAmount(String fileName, String currency, String reasonEnd) {
        return otherFileRejected.stream().filter(e -> e.getKey().equals(fileName)).map(Map.Entry::getValue)
                .filter(r -> (currency == null || currency.equals(r.currency())) && (reasonEnd == null || r.reason().endsWith(reasonEnd)))
                .map(RejectedRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The formula of {@link #otherFileRejectedAmount}. */
    public static String otherFileRejectedAmountFormula(String fileName, String currency, String reasonEnd) {
        return "SUMIFS(" + SheetRefs.wholeColumn(NAME, AMOUNT.index()) + "," + SheetRefs.wholeColumn(NAME, CATEGORY.index()) + ","
                + SheetRefs.text(RowDisposition.REJECTED.label()) + "," + SheetRefs.wholeColumn(NAME, SOURCE_ROW.index()) + ","
                + SheetRefs.prefixCriterion(fileName + " row ")
                + (currency == null ? "" : "," + SheetRefs.wholeColumn(NAME, CURRENCY.index()) + "," + SheetRefs.exactCriterion(currency))
                + (reasonEnd == null ? "" : "," + SheetRefs.wholeColumn(NAME, REASON.index()) + "," + SheetRefs.suffixCriterion(reasonEnd))
                + ")";
    }

    /**
     * Rows of the open-items export listed so far: what COUNT over column A finds. In a pack every
     * section ties its rows read to this one count, whoever listed the rows.
     */
    public long exportRows() {
        return exportRows;
    }

    /** Rows of other inputs listed so far (text references, which COUNT skips). */
    public long otherFileRows() {
        return otherFileRows;
    }

    private void rest(SheetTable.RowWriter w, RejectedRow r) {
        w.text(CATEGORY.index(), r.disposition().label()).text(REASON.index(), r.reason()).amount(AMOUNT.index(), r.amount())
                .text(CURRENCY.index(), r.currency());
        List<String> raw = r.rawValues();
        StringBuilder more = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            if (i < rawColumns) {
                w.text(FIXED_COLUMNS + i, raw.get(i));
            } else if (raw.get(i) != null && !raw.get(i).isEmpty()) {
                more.append(more.length() == 0 ? "" : " | ").append(raw.get(i));
            }
        }
        w.text(FIXED_COLUMNS + rawColumns, more.toString());
        if (countsAgainstTotal(r.disposition()) && r.amount() != null) {
            unusedAmounts.merge(r.currency(), r.amount(), BigDecimal::add);
        }
    }

    public static boolean countsAgainstTotal(RowDisposition d) {
        return d == RowDisposition.REJECTED || d == RowDisposition.NOT_OPEN;
    }

    public BigDecimal unusedAmount(String currency) {
        return unusedAmounts.getOrDefault(currency, BigDecimal.ZERO);
    }

    public BigDecimal unusedAmountAll() {
        return unusedAmounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Formula summing the amounts of the export's rejected and not-open rows, optionally of one
     * currency. Only numbered rows count (the "&gt;0" criterion on column A skips the text references of
     * other inputs), as in
     * {@link #unusedAmount}.
     */
    public static String unusedAmountFormula(String currency) {
        String amounts = SheetRefs.wholeColumn(NAME, AMOUNT.index());
        String crit = (currency == null ? "" : "," + SheetRefs.wholeColumn(NAME, CURRENCY.index()) + "," + SheetRefs.exactCriterion(currency))
                + "," + SheetRefs.wholeColumn(NAME, SOURCE_ROW.index()) + ",\">0\"";
        String category = SheetRefs.wholeColumn(NAME, CATEGORY.index());
        return "SUMIFS(" + amounts + "," + category + "," + SheetRefs.text(RowDisposition.REJECTED.label()) + crit + ")"
                + "+SUMIFS(" + amounts + "," + category + "," + SheetRefs.text(RowDisposition.NOT_OPEN.label()) + crit + ")";
    }

    public List<SheetTable.Part> finish() {
        return table.finish();
    }
}
