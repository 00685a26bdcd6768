package com.arworkbench.workbook.confirmations;

import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.confirmations.CurrencySample;
import com.arworkbench.confirmations.Selection;
import com.arworkbench.confirmations.Stratum;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Strata (stratified sampling only): per currency and stratum, its balances' range, number and book value, the
 * sample size it was given, and live over the tracker: the book value sampled, the projection factor (book value ÷
 * sampled book value, ratio estimation) and the projected misstatement.
 */
final class StrataSheet {

    static final String NAME = "Strata";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle STRATUM = SCHEMA.integer("Stratum");
    static final ColumnSchema.Handle FROM = SCHEMA.amount("Smallest balance");
    static final ColumnSchema.Handle TO = SCHEMA.amount("Largest balance");
    static final ColumnSchema.Handle BALANCES = SCHEMA.integer("Balances");
    static final ColumnSchema.Handle BOOK = SCHEMA.amount("Book value");
    static final ColumnSchema.Handle SIZE = SCHEMA.integer("Sample size");
    static final ColumnSchema.Handle SAMPLED = SCHEMA.integer("Balances sampled");
    static final ColumnSchema.Handle SAMPLED_BOOK = SCHEMA.amount("Book value sampled");
    static final ColumnSchema.Handle FACTOR = SCHEMA.amount("Projection factor");
    static final ColumnSchema.Handle PROJECTED = SCHEMA.amount("Projected misstatement");

    private final SheetTable table;
    private final String name;

    StrataSheet(StyledWorkbook book, String name) {
        this.name = name;
        this.table = book.table(name, SCHEMA.columns(), 2);
    }

    String name() {
        return name;
    }

    void write(ConfirmationReport report, String tracker, Map<String, BigDecimal> projected) {
        for (CurrencySample s : report.samples()) {
            for (Stratum h : s.strata()) {
                SheetTable.RowWriter w = table.row();
                int x = w.rowIndex() + 1;
                String rows = SheetRefs.wholeColumn(tracker, TrackerSheet.CURRENCY.index()) + ","
                        + SheetRefs.exactCriterion(s.currency()) + "," + SheetRefs.wholeColumn(tracker,
                        TrackerSheet.STRATUM.index()) + "," + STRATUM.letter() + x;
                String sampledRows = rows + "," + SheetRefs.wholeColumn(tracker, TrackerSheet.SELECTION.index()) + ","
                        + SheetRefs.text(Selection.SAMPLED_STRATUM.label());
                w.text(CURRENCY.index(), s.currency()).number(STRATUM.index(), h.number())
                        .amount(FROM.index(), h.from()).amount(TO.index(), h.to()).number(BALANCES.index(), h.balances())
                        .amount(BOOK.index(), h.bookValue()).number(SIZE.index(), h.sampleSize())
                        .formula(SAMPLED.index(), "SUMIFS(" + SheetRefs.wholeColumn(tracker, TrackerSheet.POINTS.index())
                                + "," + sampledRows + ")", h.sampleSize()) // one point per balance drawn
                        .formula(SAMPLED_BOOK.index(), "SUMIFS(" + SheetRefs.wholeColumn(tracker, TrackerSheet.BOOK.index())
                                + "," + sampledRows + ")", h.sampledBook().doubleValue())
                        .formula(FACTOR.index(), "IF(" + SAMPLED_BOOK.letter() + x + "=0,0," + BOOK.letter() + x + "/"
                                + SAMPLED_BOOK.letter() + x + ")", h.factor().doubleValue())
                        .formula(PROJECTED.index(), "SUMIFS(" + SheetRefs.wholeColumn(tracker,
                                TrackerSheet.PROJECTED.index()) + "," + rows + ")",
                                projected.getOrDefault(s.currency() + "\u0000" + h.number(), BigDecimal.ZERO).doubleValue());
            }
        }
        table.finish();
    }

    /** The live factor of a stratum, for the tracker's projection. */
    static String factor(String sheet, String currency, String stratumCell) {
        return "SUMIFS(" + SheetRefs.wholeColumn(sheet, FACTOR.index()) + "," + SheetRefs.wholeColumn(sheet, CURRENCY.index())
                + "," + SheetRefs.exactCriterion(currency) + "," + SheetRefs.wholeColumn(sheet, STRATUM.index()) + ","
                + stratumCell + ")";
    }
}
