package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Deduction;
import com.arworkbench.model.CashAppSheets;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;

/** Deductions: short payments accepted within tolerance (early-payment discounts, short pays), each on its invoice. */
final class DeductionsSheet {

    static final String NAME = CashAppSheets.DEDUCTIONS;
    static final String AUTO_APPLIED = "Auto-applied";
    static final String FOR_REVIEW = "For review";
    /** Applied by a previous workbook: on its ERP Import, not on this one's. */
    static final String PREVIOUS_RUN = "Previous run";
    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle PAYMENT_ID = COLUMNS.text(CashAppSheets.PAYMENT_ID);
    private static final ColumnSchema.Handle PAYMENT_DATE = COLUMNS.date("Payment date");
    private static final ColumnSchema.Handle INVOICE = COLUMNS.text(CashAppSheets.INVOICE);
    private static final ColumnSchema.Handle CUSTOMER_ID = COLUMNS.text("Customer ID");
    private static final ColumnSchema.Handle CUSTOMER_NAME = COLUMNS.text("Customer name");
    static final ColumnSchema.Handle CURRENCY = COLUMNS.text(CashAppSheets.CURRENCY);
    static final ColumnSchema.Handle AMOUNT = COLUMNS.amount("Amount");
    private static final ColumnSchema.Handle REASON_CODE = COLUMNS.text(CashAppSheets.REASON_CODE);
    private static final ColumnSchema.Handle REASON = COLUMNS.text("Reason");
    /** The rules file's code for the ERP (reasonCodes); a code it does not list is its UNKNOWN. */
    private static final ColumnSchema.Handle ERP_REASON_CODE = COLUMNS.text("ERP reason code");
    /** Auto-applied with its high-confidence match, or for review with a suggestion. */
    static final ColumnSchema.Handle STATUS = COLUMNS.text("Status");

    private final SheetTable table;

    DeductionsSheet(StyledWorkbook book) {
        this.table = book.table(NAME, COLUMNS.columns(), 1);
    }

    void write(CashAppFacts facts) {
        for (Deduction d : facts.report().deductions()) {
            Payment p = d.payment();
            OpenItem i = d.item();
            table.row().text(PAYMENT_ID.index(), p.id()).date(PAYMENT_DATE.index(), CashAppFacts.date(p))
                    .text(INVOICE.index(), i.documentNumber()).text(CUSTOMER_ID.index(), i.customer().id())
                    .text(CUSTOMER_NAME.index(), i.customer().displayName()).text(CURRENCY.index(), CashAppFacts.currency(p))
                    .amount(AMOUNT.index(), d.amount()).text(REASON_CODE.index(), d.reasonCode())
                    .text(REASON.index(), d.reason()).text(STATUS.index(), facts.previousRun(d) ? PREVIOUS_RUN : facts.autoApplied(d) ? AUTO_APPLIED : FOR_REVIEW)
                    .text(ERP_REASON_CODE.index(), facts.rules().erpCode(d.reasonCode()));
        }
        table.finish();
    }
}
