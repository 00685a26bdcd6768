package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.CreditReview;
import com.arworkbench.dunning.CustomerExposure;
import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Credit review: per customer and currency with open items, the master's credit limit against the exposure (live
 * % used and over-limit flag), days beyond terms, broken promises, open disputes, the master's dunning block and the
 * policy's suggested limit ({@link com.arworkbench.dunning.CreditReviewRule}). Its check ties the Exposure column to
 * every open item of the export, per currency.
 */
final class CreditReviewSheet {

    static final String NAME = "Credit review";
    static final String OVER_LIMIT_FLAG = "Over limit";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text(WorklistSheets.CUSTOMER_ID);
    static final ColumnSchema.Handle CUSTOMER_NAME = SCHEMA.text(WorklistSheets.CUSTOMER_NAME);
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text(WorklistSheets.CURRENCY);
    static final ColumnSchema.Handle LIMIT = SCHEMA.amount("Credit limit");
    static final ColumnSchema.Handle EXPOSURE = SCHEMA.amount("Exposure (open balance)");
    static final ColumnSchema.Handle USED = SCHEMA.percent("% used");
    static final ColumnSchema.Handle OVER_LIMIT = SCHEMA.text(OVER_LIMIT_FLAG);
    static final ColumnSchema.Handle DAYS_BEYOND_TERMS = SCHEMA.amount("Days beyond terms (weighted)");
    static final ColumnSchema.Handle BROKEN_PROMISES = SCHEMA.integer("Broken promises");
    static final ColumnSchema.Handle OPEN_DISPUTES = SCHEMA.integer("Open disputes");
    static final ColumnSchema.Handle DISPUTED = SCHEMA.amount("Disputed amount");
    static final ColumnSchema.Handle ON_HOLD = SCHEMA.text("On hold");
    static final ColumnSchema.Handle SUGGESTED = SCHEMA.amount("Suggested limit");
    static final ColumnSchema.Handle NOTE = SCHEMA.text("Note");

    private final SheetTable table;

    /** Declares the sheet: before the book streams. */
    CreditReviewSheet(StyledWorkbook book) {
        this.table = book.table(NAME, SCHEMA.columns(), 3);
    }

    /** Writes the review; {@code disputes} may be null (no dispute log). Returns its checks, one per currency. */
    List<Check> write(DunningReport report, DisputeLogReport disputes) {
        for (CreditReview.Row r : CreditReview.of(report, disputes)) {
            CustomerExposure a = r.account();
            SheetTable.RowWriter w = table.row();
            int excel = w.rowIndex() + 1;
            String limit = LIMIT.letter() + excel;
            String exposure = EXPOSURE.letter() + excel;
            w.text(CUSTOMER_ID.index(), a.customer().id()).text(CUSTOMER_NAME.index(), a.customer().displayName())
                    .text(CURRENCY.index(), a.currency()).amount(LIMIT.index(), r.limit())
                    .amount(EXPOSURE.index(), a.exposure());
            boolean compared = r.limit() != null && r.limit().signum() > 0;
            String hasLimit = "ISNUMBER(" + limit + ")," + limit + ">0";
            String used = "IF(AND(" + hasLimit + ")," + exposure + "/" + limit + ",\"\")";
            if (compared) {
                w.formula(USED.index(), used, a.exposure().doubleValue() / r.limit().doubleValue());
            } else {
                w.formula(USED.index(), used, "");
            }
            w.formula(OVER_LIMIT.index(), "IF(AND(" + hasLimit + "," + exposure + ">" + limit + "),\"" + OVER_LIMIT_FLAG
                    + "\",\"\")", r.overLimit() ? OVER_LIMIT_FLAG : "");
            w.amount(DAYS_BEYOND_TERMS.index(), a.daysBeyondTerms()).number(BROKEN_PROMISES.index(), r.brokenPromises())
                    .number(OPEN_DISPUTES.index(), r.openDisputes()).amount(DISPUTED.index(), r.disputed())
                    .text(ON_HOLD.index(), r.onHold() == null ? null
                            : "yes".equalsIgnoreCase(r.onHold()) ? "On hold" : "On hold (" + r.onHold() + ")")
                    .amount(SUGGESTED.index(), r.suggested()).text(NOTE.index(), r.note());
        }
        List<SheetTable.Part> parts = table.finish();
        return checks(report, parts);
    }

    /** Per currency: the Exposure column adds up to every open item the engine read, credits included. */
    static List<Check> checks(DunningReport report, List<SheetTable.Part> parts) {
        List<Check> list = new ArrayList<>();
        boolean single = report.openTotals().size() <= 1;
        // In currency order whatever map the report holds: the Checks sheet reads the same every run.
        for (Map.Entry<String, BigDecimal> e : new java.util.TreeMap<>(report.openTotals()).entrySet()) {
            String c = e.getKey();
            BigDecimal sheet = report.exposures().stream().filter(x -> x.currency().equals(c))
                    .map(CustomerExposure::exposure).reduce(BigDecimal.ZERO, BigDecimal::add);
            StringBuilder f = new StringBuilder();
            for (SheetTable.Part p : parts) {
                String amount = SheetRefs.wholeColumn(p.sheetName(), EXPOSURE.index());
                f.append(f.length() == 0 ? "" : "+");
                f.append(single ? "SUM(" + amount + ")" : "SUMIF(" + SheetRefs.wholeColumn(p.sheetName(), CURRENCY.index())
                        + "," + SheetRefs.text(c) + "," + amount + ")");
            }
            list.add(Check.of("Credit review exposure" + (c.isEmpty() ? "" : " (" + c + ")")
                            + " = open items", null, e.getValue(), f.toString(), sheet,
                    "Every open item's amount (credits included) summed item by item vs. the Exposure column on Credit review"));
        }
        return list;
    }
}
