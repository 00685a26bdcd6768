package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Unapplied;
import com.arworkbench.model.CashAppSheets;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Unapplied: payments, or what is left of them, that no rule applied, with the reason and the best candidates. */
final class UnappliedSheet {

    static final String NAME = CashAppSheets.UNAPPLIED;
    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle PAYMENT_ID = COLUMNS.text(CashAppSheets.PAYMENT_ID);
    private static final ColumnSchema.Handle PAYMENT_DATE = COLUMNS.date("Payment date");
    private static final ColumnSchema.Handle PAYER = COLUMNS.text("Payer");
    private static final ColumnSchema.Handle PAYER_ACCOUNT = COLUMNS.text("Payer account");
    private static final ColumnSchema.Handle REMITTANCE = COLUMNS.text("Remittance");
    static final ColumnSchema.Handle CURRENCY = COLUMNS.text(CashAppSheets.CURRENCY);
    private static final ColumnSchema.Handle PAYMENT_AMOUNT = COLUMNS.amount("Payment amount");
    static final ColumnSchema.Handle AMOUNT = COLUMNS.amount(CashAppSheets.UNAPPLIED_AMOUNT);
    private static final ColumnSchema.Handle REASON = COLUMNS.text(CashAppSheets.REASON);
    private static final ColumnSchema.Handle CANDIDATES = COLUMNS.text("Best candidates");
    static final ColumnSchema.Handle PAYMENT_LINE = COLUMNS.integer("Payment line");
    /** The customer the cash belongs to, when known (the payment's other rows, or the payer's account in the master). */
    private static final ColumnSchema.Handle CUSTOMER_ID = COLUMNS.text(CashAppSheets.CUSTOMER_ID);
    private static final ColumnSchema.Handle CUSTOMER_NAME = COLUMNS.text(CashAppSheets.CUSTOMER_NAME);
    /** As-of date − payment date: the unapplied-cash aging on Summary counts by it. */
    static final ColumnSchema.Handle DAYS = COLUMNS.integer("Days since receipt");
    static final ColumnSchema.Handle ON_ACCOUNT = COLUMNS.text(CashAppSheets.ON_ACCOUNT);
    private static final ColumnSchema.Handle NOTE = COLUMNS.text(CashAppSheets.NOTE);

    private final SheetTable table;

    UnappliedSheet(StyledWorkbook book) {
        this.table = book.table(NAME, COLUMNS.columns(), 1);
    }

    void write(CashAppFacts facts) {
        for (Unapplied u : facts.report().unapplied()) {
            Payment p = u.payment();
            table.row().text(PAYMENT_ID.index(), p.id()).date(PAYMENT_DATE.index(), CashAppFacts.date(p))
                    .text(PAYER.index(), p.payerName()).text(PAYER_ACCOUNT.index(), p.payerAccount())
                    .text(REMITTANCE.index(), remittance(p)).text(CURRENCY.index(), CashAppFacts.currency(p))
                    .amount(PAYMENT_AMOUNT.index(), p.amount()).amount(AMOUNT.index(), u.amount())
                    .text(REASON.index(), u.reason()).text(CANDIDATES.index(), candidates(u.candidates()))
                    .number(PAYMENT_LINE.index(), facts.paymentLine(u))
                    .text(CUSTOMER_ID.index(), customer(u, facts, true)).text(CUSTOMER_NAME.index(), customer(u, facts, false))
                    .number(DAYS.index(), facts.daysSinceReceipt(p)).text(ON_ACCOUNT.index(), facts.onAccount(u))
                    .text(NOTE.index(), facts.note(u)).style(NOTE.index(), com.arworkbench.workbook.StyleRole.TEXT);
        }
        table.finish();
    }

    private static String customer(Unapplied u, CashAppFacts facts, boolean id) {
        com.arworkbench.model.Customer c = facts.customerOf(u);
        return c == null ? null : id ? c.id() : c.displayName();
    }

    /** The structured references and the free text, as the bank gave them. */
    private static String remittance(Payment p) {
        List<String> parts = new ArrayList<>();
        if (p.structuredRefs() != null) {
            p.structuredRefs().stream().filter(s -> s != null && !s.isBlank()).forEach(parts::add);
        }
        if (p.remittance() != null && !p.remittance().isBlank()) {
            parts.add(p.remittance().strip());
        }
        return String.join(" | ", parts);
    }

    /** "X1 250.00 (Acme GmbH); X2 99.00 (Beta Ltd)". */
    static String candidates(List<OpenItem> items) {
        List<String> parts = new ArrayList<>();
        for (OpenItem i : items) {
            parts.add(i.documentNumber() + " " + money(i.openAmount()) + " (" + i.customer().displayName() + ")");
        }
        return String.join("; ", parts);
    }

    private static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }
}
