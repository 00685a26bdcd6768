package com.arworkbench.workbook.allowance;

import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.allowance.CurrencyAllowance;
import com.arworkbench.allowance.CutoffRow;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.List;

/**
 * Loss history: the table every rate is a live formula over. Per currency, month end and bucket: the balance of
 * sales invoices open then (rebuilt from the invoice history), what of it was written off within the outcome window,
 * what was still open a month later, and whether the row counts for the loss rates and for the roll rates.
 */
final class LossHistorySheet {

    static final String NAME = "Loss history";
    static final String YES = "Yes";
    static final String NO = "No";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle MONTH_END = SCHEMA.date("Month end");
    static final ColumnSchema.Handle BUCKET_NO = SCHEMA.integer("Bucket no.");
    static final ColumnSchema.Handle BUCKET = SCHEMA.text("Bucket");
    static final ColumnSchema.Handle BALANCE = SCHEMA.amount("Balance then");
    static final ColumnSchema.Handle WRITTEN_OFF = SCHEMA.amount("Written off within the window");
    static final ColumnSchema.Handle STILL_OPEN = SCHEMA.amount("Still open a month later");
    static final ColumnSchema.Handle MONTH_WRITTEN_OFF = SCHEMA.amount("Written off within a month");
    static final ColumnSchema.Handle WINDOW_END = SCHEMA.date("Window ends");
    static final ColumnSchema.Handle LOSS = SCHEMA.text("Loss-rate cut-off");
    static final ColumnSchema.Handle ROLL = SCHEMA.text("Roll-rate cut-off");
    static final ColumnSchema.Handle SHARE = SCHEMA.percent("Written off share");

    private final SheetTable table;

    LossHistorySheet(StyledWorkbook book) {
        this.table = book.table(NAME, SCHEMA.columns(), 4);
    }

    void write(AllowanceParameters p, List<CurrencyAllowance> currencies) {
        for (CurrencyAllowance c : currencies) {
            for (CutoffRow r : c.history()) {
                SheetTable.RowWriter w = table.row();
                int excel = w.rowIndex() + 1;
                w.text(CURRENCY.index(), c.currency()).date(MONTH_END.index(), r.monthEnd())
                        .number(BUCKET_NO.index(), r.bucket() + 1).text(BUCKET.index(), r.bucketLabel())
                        .amount(BALANCE.index(), r.balance()).amount(WRITTEN_OFF.index(), r.writtenOff())
                        .amount(STILL_OPEN.index(), r.stillOpen())
                        .amount(MONTH_WRITTEN_OFF.index(), r.writtenOffInMonth()).date(WINDOW_END.index(), p.windowEnd(r.monthEnd()))
                        .text(LOSS.index(), r.inLossWindow() ? YES : NO).text(ROLL.index(), r.inRollWindow() ? YES : NO);
                String bal = BALANCE.letter() + excel;
                if (r.balance().signum() == 0) {
                    w.formula(SHARE.index(), "IF(" + bal + "=0,\"\"," + WRITTEN_OFF.letter() + excel + "/" + bal + ")", "");
                } else {
                    w.formula(SHARE.index(), "IF(" + bal + "=0,\"\"," + WRITTEN_OFF.letter() + excel + "/" + bal + ")",
                            r.writtenOff().doubleValue() / r.balance().doubleValue());
                }
            }
        }
        table.finish();
    }
}
