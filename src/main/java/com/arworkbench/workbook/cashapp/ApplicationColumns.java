package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Application;
import com.arworkbench.cashapp.Confidence;
import com.arworkbench.model.CashAppSheets;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.workbook.Column;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Applied and Review: the same columns, declared once; they differ only in {@link #outcome}
 * (Applied: "Payment fully auto-applied", Review: "Decision").
 */
final class ApplicationColumns {

    final ColumnSchema schema = new ColumnSchema();
    final ColumnSchema.Handle paymentId;
    final ColumnSchema.Handle paymentDate;
    final ColumnSchema.Handle payer;
    final ColumnSchema.Handle payerAccount;
    final ColumnSchema.Handle invoice;
    final ColumnSchema.Handle customerId;
    final ColumnSchema.Handle customerName;
    final ColumnSchema.Handle currency;
    final ColumnSchema.Handle amount;
    final ColumnSchema.Handle deduction;
    final ColumnSchema.Handle remaining;
    final ColumnSchema.Handle rule;
    final ColumnSchema.Handle confidence;
    final ColumnSchema.Handle evidence;
    /** The one column in which Applied and Review differ. */
    final ColumnSchema.Handle outcome;
    /** What a reviewer writes; read back by the next run (--previous) and carried into its workbook. */
    final ColumnSchema.Handle note;
    final ColumnSchema.Handle paymentLine;
    final ColumnSchema.Handle invoiceLine;

    ApplicationColumns(Column outcome) {
        // The headers the next run reads back are named once, in CashAppSheets.
        paymentId = schema.text(CashAppSheets.PAYMENT_ID);
        paymentDate = schema.date("Payment date");
        payer = schema.text("Payer");
        payerAccount = schema.text("Payer account");
        invoice = schema.text(CashAppSheets.INVOICE);
        customerId = schema.text(CashAppSheets.CUSTOMER_ID);
        customerName = schema.text(CashAppSheets.CUSTOMER_NAME);
        currency = schema.text(CashAppSheets.CURRENCY);
        amount = schema.amount(CashAppSheets.APPLIED_AMOUNT);
        deduction = schema.amount(CashAppSheets.DEDUCTION);
        remaining = schema.amount(CashAppSheets.REMAINING_OPEN);
        rule = schema.text(CashAppSheets.RULE);
        confidence = schema.text(CashAppSheets.CONFIDENCE);
        evidence = schema.text(CashAppSheets.EVIDENCE);
        this.outcome = schema.add(outcome);
        note = schema.text(CashAppSheets.NOTE);
        paymentLine = schema.integer("Payment line");
        invoiceLine = schema.integer("Invoice line");
    }

    /** A row of one match, every column filled but {@link #outcome}, which the sheet fills. */
    SheetTable.RowWriter row(SheetTable table, Application a, CashAppFacts facts) {
        Payment p = a.payment();
        OpenItem i = a.item();
        BigDecimal taken = facts.deduction(p, i);
        return table.row().text(paymentId.index(), p.id()).date(paymentDate.index(), CashAppFacts.date(p))
                .text(payer.index(), p.payerName()).text(payerAccount.index(), p.payerAccount())
                .text(invoice.index(), i.documentNumber()).text(customerId.index(), i.customer().id())
                .text(customerName.index(), i.customer().displayName()).text(currency.index(), CashAppFacts.currency(p))
                .amount(amount.index(), a.amount()).amount(deduction.index(), taken.signum() == 0 ? null : taken)
                .amount(remaining.index(), facts.remaining(a)).text(rule.index(), a.rule().label())
                .text(confidence.index(), label(a.confidence())).text(evidence.index(), a.evidence())
                .text(note.index(), facts.note(a))
                .number(paymentLine.index(), facts.paymentLine(a)).number(invoiceLine.index(), facts.invoiceLine(a));
    }

    /** "High", "Medium", "Low". */
    private static String label(Confidence c) {
        String n = c.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }
}
