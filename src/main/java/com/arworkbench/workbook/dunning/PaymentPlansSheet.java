package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.CollectionsMemory;
import com.arworkbench.dunning.PlanStatus;
import com.arworkbench.model.PlanInstalment;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.Validations;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Payment plans: one row per instalment, as collectors typed them (customer to note), then how the export shows it
 * going: what is due to date, how much of the instalment is paid, its status and the plan's. A plan on track keeps
 * its customer out of dunning; a missed instalment escalates. Collectors add plans in the rows below.
 */
final class PaymentPlansSheet {

    static final String NAME = WorklistSheets.PAYMENT_PLANS;

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle ID = SCHEMA.text(WorklistSheets.CUSTOMER_ID);
    static final ColumnSchema.Handle NAME_COLUMN = SCHEMA.text(WorklistSheets.CUSTOMER_NAME);
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text(WorklistSheets.CURRENCY);
    static final ColumnSchema.Handle AGREED_ON = SCHEMA.date(WorklistSheets.AGREED_ON);
    static final ColumnSchema.Handle BALANCE_AT_START = SCHEMA.amount(WorklistSheets.BALANCE_AT_START);
    static final ColumnSchema.Handle BALANCE_ON = SCHEMA.date(WorklistSheets.BALANCE_ON);
    static final ColumnSchema.Handle INSTALMENT = SCHEMA.integer(WorklistSheets.INSTALMENT);
    static final ColumnSchema.Handle DUE_DATE = SCHEMA.date(WorklistSheets.DUE_DATE);
    static final ColumnSchema.Handle AMOUNT = SCHEMA.amount(WorklistSheets.AMOUNT);
    static final ColumnSchema.Handle NOTE = SCHEMA.text(WorklistSheets.NOTE);
    static final ColumnSchema.Handle DUE_TO_DATE = SCHEMA.amount("Plan due to date");
    static final ColumnSchema.Handle COVERED = SCHEMA.amount("Paid of instalment");
    static final ColumnSchema.Handle STATUS = SCHEMA.text(WorklistSheets.STATUS);
    static final ColumnSchema.Handle PLAN_PAID = SCHEMA.amount("Plan paid");
    static final ColumnSchema.Handle PLAN_STATUS = SCHEMA.text("Plan status");

    private final StyledWorkbook book;
    private final SheetTable table;

    PaymentPlansSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 3);
    }

    void write(CollectionsMemory memory) {
        int first = table.nextRowIndex();
        for (PlanStatus plan : memory.plans()) {
            for (PlanStatus.Instalment i : plan.instalments()) {
                PlanInstalment p = i.typed();
                SheetTable.RowWriter w = table.row();
                w.text(ID.index(), p.customerId()).text(NAME_COLUMN.index(), p.customerName())
                        .text(CURRENCY.index(), p.currency()).date(AGREED_ON.index(), p.agreedOn())
                        .amount(BALANCE_AT_START.index(), plan.balanceAtStart()).date(BALANCE_ON.index(), plan.balanceOn())
                        .number(INSTALMENT.index(), p.number()).date(DUE_DATE.index(), p.dueDate())
                        .amount(AMOUNT.index(), p.amount()).text(NOTE.index(), p.note())
                        .amount(DUE_TO_DATE.index(), i.dueToDate()).amount(COVERED.index(), i.covered())
                        .text(STATUS.index(), i.status()).amount(PLAN_PAID.index(), plan.paid())
                        .text(PLAN_STATUS.index(), plan.state().label());
            }
        }
        int last = table.nextRowIndex() - 1;
        table.finish();
        Sheet sheet = book.sheet(NAME);
        int typingEnd = Math.max(last, first - 1) + ContactLogSheet.TYPING_ROWS;
        Validations.date(sheet, first, typingEnd, AGREED_ON, "Enter the date the plan was agreed, e.g. 2026-07-03");
        Validations.date(sheet, first, typingEnd, DUE_DATE, "Enter the instalment's due date, e.g. 2026-08-15");
        Validations.amount(sheet, first, typingEnd, AMOUNT, "Enter the instalment's amount as a number, e.g. 1000.00");
    }
}
