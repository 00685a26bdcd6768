package com.arworkbench.workbook.allowance;

import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.allowance.BucketRate;
import com.arworkbench.allowance.CurrencyAllowance;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.Validations;
import java.math.BigDecimal;
import java.util.List;

/**
 * Provision matrix: per currency and bucket, the loss rate and the roll-rate loss rate as live formulas over Loss
 * history, the method used, the outlook adjustment (typed here, read back next run), the rate applied, the balance
 * at the as-of date of the customers without a specific provision (live over Allowance by customer) and the provision.
 */
final class MatrixSheet {

    static final String NAME = "Provision matrix";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle BUCKET_NO = SCHEMA.integer("Bucket no.");
    static final ColumnSchema.Handle BUCKET = SCHEMA.text("Bucket");
    static final ColumnSchema.Handle LOSS_BALANCE = SCHEMA.amount("History balance (loss-rate cut-offs)");
    static final ColumnSchema.Handle WRITTEN_OFF = SCHEMA.amount("Written off");
    static final ColumnSchema.Handle LOSS_RATE = SCHEMA.percent("Loss rate");
    static final ColumnSchema.Handle ROLL_BALANCE = SCHEMA.amount("History balance (roll-rate cut-offs)");
    static final ColumnSchema.Handle STILL_OPEN = SCHEMA.amount("Still open a month later");
    static final ColumnSchema.Handle MONTH_WRITTEN_OFF = SCHEMA.amount("Written off within a month");
    static final ColumnSchema.Handle ROLL_RATE = SCHEMA.percent("Roll rate (still open a month later)");
    static final ColumnSchema.Handle ROLL_LOSS = SCHEMA.percent("Roll-rate loss rate");
    static final ColumnSchema.Handle METHOD = SCHEMA.text("Method used");
    static final ColumnSchema.Handle HISTORICAL = SCHEMA.percent("Historical rate");
    static final ColumnSchema.Handle OUTLOOK = SCHEMA.percent("Outlook adjustment %");
    static final ColumnSchema.Handle APPLIED = SCHEMA.percent("Rate applied");
    static final ColumnSchema.Handle BALANCE = SCHEMA.amount("Balance at as-of (matrix)");
    static final ColumnSchema.Handle PROVISION = SCHEMA.amount("Provision");

    private final StyledWorkbook book;
    private final SheetTable table;

    MatrixSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 3);
    }

    void write(AllowanceParameters p, List<CurrencyAllowance> currencies, CustomersSheet customers) {
        int first = -1;
        int last = -1;
        for (CurrencyAllowance c : currencies) {
            int n = c.matrix().size();
            for (BucketRate r : c.matrix()) {
                SheetTable.RowWriter w = table.row();
                int x = w.rowIndex() + 1;
                first = first < 0 ? w.rowIndex() : first;
                last = w.rowIndex();
                String cur = SheetRefs.exactCriterion(c.currency());
                String hist = SheetRefs.wholeColumn(LossHistorySheet.NAME, LossHistorySheet.CURRENCY.index()) + "," + cur
                        + "," + SheetRefs.wholeColumn(LossHistorySheet.NAME, LossHistorySheet.BUCKET_NO.index()) + ","
                        + BUCKET_NO.letter() + x + ",";
                String loss = hist + SheetRefs.wholeColumn(LossHistorySheet.NAME, LossHistorySheet.LOSS.index()) + ","
                        + SheetRefs.text(LossHistorySheet.YES) + ")";
                String roll = hist + SheetRefs.wholeColumn(LossHistorySheet.NAME, LossHistorySheet.ROLL.index()) + ","
                        + SheetRefs.text(LossHistorySheet.YES) + ")";
                w.text(CURRENCY.index(), c.currency()).number(BUCKET_NO.index(), r.bucket() + 1)
                        .text(BUCKET.index(), r.label())
                        .formula(LOSS_BALANCE.index(), "SUMIFS(" + col(LossHistorySheet.BALANCE) + "," + loss,
                                r.lossBalance().doubleValue())
                        .formula(WRITTEN_OFF.index(), "SUMIFS(" + col(LossHistorySheet.WRITTEN_OFF) + "," + loss,
                                r.lossWrittenOff().doubleValue())
                        .formula(LOSS_RATE.index(), "IF(" + LOSS_BALANCE.letter() + x + "=0," + (r.bucket() == 0 ? "0"
                                : LOSS_RATE.letter() + (x - 1)) + "," + WRITTEN_OFF.letter() + x + "/"
                                + LOSS_BALANCE.letter() + x + ")", r.lossRate().doubleValue())
                        .formula(ROLL_BALANCE.index(), "SUMIFS(" + col(LossHistorySheet.BALANCE) + "," + roll,
                                r.rollBalance().doubleValue())
                        .formula(STILL_OPEN.index(), "SUMIFS(" + col(LossHistorySheet.STILL_OPEN) + "," + roll,
                                r.rollStillOpen().doubleValue())
                        .formula(MONTH_WRITTEN_OFF.index(), "SUMIFS(" + col(LossHistorySheet.MONTH_WRITTEN_OFF) + ","
                                + roll, r.rollWrittenOff().doubleValue())
                        .formula(ROLL_RATE.index(), "IF(" + ROLL_BALANCE.letter() + x + "=0,1," + STILL_OPEN.letter() + x
                                + "/" + ROLL_BALANCE.letter() + x + ")", r.rollRate().doubleValue());
                String direct = "IF(" + ROLL_BALANCE.letter() + x + "=0,0," + MONTH_WRITTEN_OFF.letter() + x + "/"
                        + ROLL_BALANCE.letter() + x + ")";
                if (r.bucket() == n - 1) {
                    // The oldest bucket rolls on into itself: w ÷ (1 − r); nothing ever clearing leaves the loss rate.
                    w.formula(ROLL_LOSS.index(), "MAX(0,MIN(1,IF(" + ROLL_RATE.letter() + x + ">=1," + LOSS_RATE.letter()
                            + x + "," + direct + "/(1-" + ROLL_RATE.letter() + x + "))))", r.rollLossRate().doubleValue());
                } else {
                    w.formula(ROLL_LOSS.index(), "MAX(0,MIN(1," + direct + "+" + ROLL_RATE.letter() + x + "*"
                            + ROLL_LOSS.letter() + (x + 1) + "))", r.rollLossRate().doubleValue());
                }
                w.text(METHOD.index(), p.method().label())
                        .formula(HISTORICAL.index(), "IF(" + METHOD.letter() + x + "=" + SheetRefs.text(
                                com.arworkbench.allowance.RateMethod.LOSS_RATE.label()) + "," + LOSS_RATE.letter() + x + ","
                                + ROLL_LOSS.letter() + x + ")", r.historicalRate().doubleValue())
                        .amount(OUTLOOK.index(), r.outlook())
                        .formula(APPLIED.index(), "MAX(0,MIN(1," + HISTORICAL.letter() + x + "*(1+" + OUTLOOK.letter() + x
                                + ")))", r.appliedRate().doubleValue())
                        .formula(BALANCE.index(), customers.matrixBalance(c.currency(), r.bucket()),
                                r.balance().doubleValue())
                        .formula(PROVISION.index(), "ROUND(MAX(0," + BALANCE.letter() + x + ")*" + APPLIED.letter() + x
                                + ",2)", r.provision().doubleValue());
            }
        }
        table.finish();
        if (first >= 0) {
            Validations.between(book.sheet(NAME), first, last, OUTLOOK, "-1", "10",
                    "A percentage from -100 % to 1000 %: 10 % raises the historical rate by a tenth, -10 % lowers it");
        }
    }

    private static String col(ColumnSchema.Handle h) {
        return SheetRefs.wholeColumn(LossHistorySheet.NAME, h.index());
    }

    /** The live rate applied to a bucket of a currency, for the customers' rows. */
    static String appliedRate(String currency, int bucket) {
        return "SUMIFS(" + SheetRefs.wholeColumn(NAME, APPLIED.index()) + "," + SheetRefs.wholeColumn(NAME, CURRENCY.index())
                + "," + SheetRefs.exactCriterion(currency) + "," + SheetRefs.wholeColumn(NAME, BUCKET_NO.index()) + ","
                + (bucket + 1) + ")";
    }

    static String sumOf(ColumnSchema.Handle column, String currency) {
        return "SUMIFS(" + SheetRefs.wholeColumn(NAME, column.index()) + "," + SheetRefs.wholeColumn(NAME, CURRENCY.index())
                + "," + SheetRefs.exactCriterion(currency) + ")";
    }

}
