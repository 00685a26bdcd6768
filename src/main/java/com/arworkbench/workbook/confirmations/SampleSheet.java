package com.arworkbench.workbook.confirmations;

import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.confirmations.CurrencySample;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Sample: one row per currency: the key items, the rest's book value, the sample size and the interval as live
 * formulas over the stated confidence, reliability factor and tolerable misstatement, the seed and the random
 * start, what was sampled, and the projected misstatement added up from Confirmations against the tolerable.
 */
final class SampleSheet {

    static final String NAME = "Sample";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle THRESHOLD = SCHEMA.amount("Key-item threshold");
    static final ColumnSchema.Handle KEY_ITEMS = SCHEMA.integer("Key items");
    static final ColumnSchema.Handle KEY_TOTAL = SCHEMA.amount("Key items total");
    static final ColumnSchema.Handle REST = SCHEMA.integer("Other positive balances");
    static final ColumnSchema.Handle REST_TOTAL = SCHEMA.amount("Book value sampled from");
    static final ColumnSchema.Handle CONFIDENCE = SCHEMA.integer("Confidence %");
    static final ColumnSchema.Handle FACTOR = SCHEMA.amount("Reliability factor");
    static final ColumnSchema.Handle TOLERABLE = SCHEMA.amount("Tolerable misstatement");
    static final ColumnSchema.Handle SIZE = SCHEMA.integer("Sample size n");
    static final ColumnSchema.Handle INTERVAL = SCHEMA.amount("Sampling interval");
    static final ColumnSchema.Handle SEED = SCHEMA.text("Seed");
    static final ColumnSchema.Handle START = SCHEMA.amount("Random start");
    static final ColumnSchema.Handle SAMPLED = SCHEMA.integer("Balances sampled");
    static final ColumnSchema.Handle SAMPLED_TOTAL = SCHEMA.amount("Sampled total");
    static final ColumnSchema.Handle PROJECTED = SCHEMA.amount("Projected misstatement");
    static final ColumnSchema.Handle HEADROOM = SCHEMA.amount("Tolerable less projected");

    private final SheetTable table;

    SampleSheet(StyledWorkbook book, String name) {
        this.table = book.table(name, SCHEMA.columns(), 1);
    }

    List<SheetTable.Part> write(ConfirmationReport report, List<SheetTable.Part> tracker, Map<String, BigDecimal> projected) {
        ConfirmationParameters p = report.parameters();
        for (CurrencySample s : report.samples()) {
            SheetTable.RowWriter w = table.row();
            int r = w.rowIndex() + 1;
            BigDecimal proj = projected.getOrDefault(s.currency(), BigDecimal.ZERO);
            w.text(CURRENCY.index(), s.currency()).amount(THRESHOLD.index(), p.keyItems())
                    .number(KEY_ITEMS.index(), s.keyItems()).amount(KEY_TOTAL.index(), s.keyItemsTotal())
                    .number(REST.index(), s.restCustomers()).amount(REST_TOTAL.index(), s.restBookValue())
                    .number(CONFIDENCE.index(), p.confidencePercent()).amount(FACTOR.index(), p.reliabilityFactor())
                    .amount(TOLERABLE.index(), p.tolerable())
                    .formula(SIZE.index(), "ROUNDUP(" + REST_TOTAL.letter() + r + "*" + FACTOR.letter() + r + "/"
                            + TOLERABLE.letter() + r + ",0)", s.sampleSize())
                    .text(SEED.index(), Long.toString(p.seed()))
                    .number(SAMPLED.index(), s.sampledCustomers()).amount(SAMPLED_TOTAL.index(), s.sampledTotal())
                    .formula(PROJECTED.index(), sumIfs(tracker, TrackerSheet.PROJECTED.index(), s.currency()),
                            proj.doubleValue())
                    .formula(HEADROOM.index(), "ROUND(" + TOLERABLE.letter() + r + "-" + PROJECTED.letter() + r + ",2)",
                            p.tolerable().subtract(proj).doubleValue());
            if (s.interval() != null) {
                w.formula(INTERVAL.index(), "ROUNDDOWN(" + REST_TOTAL.letter() + r + "/" + SIZE.letter() + r + ",2)",
                        s.interval().doubleValue());
                w.amount(START.index(), s.randomStart());
            }
        }
        return table.finish();
    }

    static String sumIfs(List<SheetTable.Part> parts, int column, String currency) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part part : parts) {
            sb.append(sb.length() == 0 ? "" : "+").append("SUMIFS(")
                    .append(SheetRefs.wholeColumn(part.sheetName(), column)).append(",")
                    .append(SheetRefs.wholeColumn(part.sheetName(), TrackerSheet.CURRENCY.index())).append(",")
                    .append(SheetRefs.exactCriterion(currency)).append(")");
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
