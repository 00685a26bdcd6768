package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Application;
import com.arworkbench.cashapp.CashAppRules;
import com.arworkbench.cashapp.Unapplied;
import com.arworkbench.model.Customer;
import com.arworkbench.model.Payment;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;

/**
 * ERP Import: one flat row per amount this run applies, for an ERP's loader (no title, no formulas, no blank
 * rows): each invoice applied (auto-applied or accepted on review), with its deduction and reason codes, and the
 * cash of known customers that nothing applied, on account, and the fee a payment processor kept of a payment
 * (PROCESSOR_FEE lines). One neutral layout; docs/cash-application.md maps
 * its columns to NetSuite, SAP, QuickBooks and Business Central. What a previous workbook applied is not repeated.
 */
final class ErpImportSheet {

    static final String NAME = "ERP Import";
    static final String INVOICE_LINE = "INVOICE";
    static final String ON_ACCOUNT_LINE = "ON_ACCOUNT";
    static final String FEE_LINE = "PROCESSOR_FEE";
    private static final ColumnSchema COLUMNS = new ColumnSchema();
    static final ColumnSchema.Handle LINE_TYPE = COLUMNS.text("Line type");
    private static final ColumnSchema.Handle PAYMENT_ID = COLUMNS.text("Payment id");
    private static final ColumnSchema.Handle PAYMENT_DATE = COLUMNS.date("Payment date");
    private static final ColumnSchema.Handle CUSTOMER = COLUMNS.text("Customer ID");
    private static final ColumnSchema.Handle CUSTOMER_NAME = COLUMNS.text("Customer name");
    private static final ColumnSchema.Handle INVOICE = COLUMNS.text("Invoice");
    static final ColumnSchema.Handle CURRENCY = COLUMNS.text("Currency");
    static final ColumnSchema.Handle AMOUNT = COLUMNS.amount("Amount applied");
    static final ColumnSchema.Handle DEDUCTION = COLUMNS.amount("Deduction amount");
    private static final ColumnSchema.Handle REASON_CODE = COLUMNS.text("Deduction code");
    private static final ColumnSchema.Handle ERP_REASON_CODE = COLUMNS.text("ERP reason code");
    private static final ColumnSchema.Handle BANK_ACCOUNT = COLUMNS.text("Bank account");
    private static final ColumnSchema.Handle GL_ACCOUNT = COLUMNS.text("GL account");
    private static final ColumnSchema.Handle MEMO = COLUMNS.text("Memo");
    private static final ColumnSchema.Handle SOURCE = COLUMNS.text("Source");

    private final SheetTable table;

    ErpImportSheet(StyledWorkbook book) {
        this.table = book.table(NAME, COLUMNS.columns(), 0);
    }

    void write(CashAppFacts facts) {
        CashAppRules rules = facts.rules();
        for (Application a : facts.imported()) {
            Payment p = a.payment();
            BigDecimal deduction = facts.deduction(p, a.item());
            String code = deduction.signum() == 0 ? null : facts.deductionCode(p, a.item());
            line(facts, p, a.item().customer(), INVOICE_LINE).text(INVOICE.index(), a.item().documentNumber())
                    .amount(AMOUNT.index(), a.amount()).amount(DEDUCTION.index(), deduction)
                    .text(REASON_CODE.index(), code).text(ERP_REASON_CODE.index(), code == null ? null : rules.erpCode(code))
                    .text(SOURCE.index(), facts.trail().accepted.contains(a) ? "Accepted on review" : "Auto-applied");
        }
        for (Unapplied u : facts.report().unapplied()) {
            if (facts.onAccountNow(u)) {
                line(facts, u.payment(), facts.customerOf(u), ON_ACCOUNT_LINE).amount(AMOUNT.index(), u.amount())
                        .amount(DEDUCTION.index(), BigDecimal.ZERO).text(SOURCE.index(), "Unapplied: " + u.reason());
            }
        }
        // The customer paid the gross and settled the invoice; the processor kept a fee: our cost, a deduction
        // line of its own so the deposit (the net) and the receipt (the gross) both tie.
        facts.feesNow().forEach((p, c) -> line(facts, p, c, FEE_LINE).amount(AMOUNT.index(), BigDecimal.ZERO)
                .amount(DEDUCTION.index(), p.charges()).text(REASON_CODE.index(), CashAppRules.PROCESSOR_FEE)
                .text(ERP_REASON_CODE.index(), rules.erpCode(CashAppRules.PROCESSOR_FEE))
                .text(SOURCE.index(), "Processor fee: gross " + p.amount().toPlainString() + ", net " + p.net().toPlainString()));
        table.finish();
    }

    private SheetTable.RowWriter line(CashAppFacts facts, Payment p, Customer c, String type) {
        CashAppRules rules = facts.rules();
        String bank = p.statementAccount() != null && !p.statementAccount().isBlank() ? p.statementAccount()
                : rules.bankAccount();
        // A customer without an ID is loaded by name rather than left blank.
        return table.row().text(LINE_TYPE.index(), type).text(PAYMENT_ID.index(), p.id())
                .date(PAYMENT_DATE.index(), CashAppFacts.date(p)).text(CUSTOMER.index(), c.id() != null ? c.id() : c.displayName())
                .text(CUSTOMER_NAME.index(), c.displayName()).text(CURRENCY.index(), CashAppFacts.currency(p))
                .text(BANK_ACCOUNT.index(), bank).text(GL_ACCOUNT.index(), rules.glAccount())
                .text(MEMO.index(), memo(p));
    }

    /** The bank's reference for the payment, so the ERP's record leads back to the statement line. */
    private static String memo(Payment p) {
        return p.bankReference() != null && !p.bankReference().isBlank() ? p.bankReference() : p.id();
    }
}
