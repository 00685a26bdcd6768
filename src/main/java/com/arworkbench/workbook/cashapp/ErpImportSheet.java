package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Application;
import com.arworkbench.model.Customer;
import com.arworkbench.model.Payment;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;

/** ERP Import: one flat row per auto-applied match, for an ERP's loader: no title, no formulas, no blank rows. */
final class ErpImportSheet {

    static final String NAME = "ERP Import";
    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle PAYMENT_ID = COLUMNS.text("Payment id");
    private static final ColumnSchema.Handle PAYMENT_DATE = COLUMNS.date("Payment date");
    private static final ColumnSchema.Handle CUSTOMER = COLUMNS.text("Customer ID");
    private static final ColumnSchema.Handle INVOICE = COLUMNS.text("Invoice");
    static final ColumnSchema.Handle AMOUNT = COLUMNS.amount("Amount applied");
    static final ColumnSchema.Handle DEDUCTION = COLUMNS.amount("Deduction amount");
    static final ColumnSchema.Handle CURRENCY = COLUMNS.text("Currency");

    private final SheetTable table;

    ErpImportSheet(StyledWorkbook book) {
        this.table = book.table(NAME, COLUMNS.columns(), 0);
    }

    void write(CashAppFacts facts) {
        for (Application a : facts.report().autoApplied()) {
            Payment p = a.payment();
            Customer c = a.item().customer();
            // A customer without an ID is loaded by name rather than left blank.
            table.row().text(PAYMENT_ID.index(), p.id()).date(PAYMENT_DATE.index(), CashAppFacts.date(p))
                    .text(CUSTOMER.index(), c.id() != null ? c.id() : c.displayName())
                    .text(INVOICE.index(), a.item().documentNumber()).amount(AMOUNT.index(), a.amount())
                    .amount(DEDUCTION.index(), facts.deduction(p, a.item())).text(CURRENCY.index(), CashAppFacts.currency(p));
        }
        table.finish();
    }
}
