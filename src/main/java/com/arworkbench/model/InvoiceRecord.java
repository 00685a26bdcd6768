package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an invoice history (sales register, "invoices and payments", cleared items): what was
 * billed when, when it fell due and, once settled, when it was paid. Credit sales, payment habits and
 * past month-end balances are all derived from these lines.
 *
 * @param amount     signed document amount: invoices positive, credit memos and write-offs negative
 * @param openAmount what is still open at the export date, or null when the export does not say
 * @param paidDate   the date the document was fully settled (paid / cleared / closed), or null when not settled
 * @param sourceRow  1-based row number in the source file
 * @param dispute    null when the export does not mark the document disputed, else "yes" or the reason
 */
public record InvoiceRecord(
        long sourceRow,
        Customer customer,
        String documentNumber,
        DocumentType type,
        LocalDate documentDate,
        LocalDate dueDate,
        BigDecimal amount,
        BigDecimal openAmount,
        String currency,
        LocalDate paidDate,
        String dispute) {

    /** A line of an export without a dispute column. */
    public InvoiceRecord(long sourceRow, Customer customer, String documentNumber, DocumentType type,
                         LocalDate documentDate, LocalDate dueDate, BigDecimal amount, BigDecimal openAmount,
                         String currency, LocalDate paidDate) {
        this(sourceRow, customer, documentNumber, type, documentDate, dueDate, amount, openAmount, currency, paidDate,
                null);
    }

    public boolean disputed() {
        return dispute != null && !dispute.isBlank();
    }

    public boolean settled() {
        return paidDate != null;
    }

    /** Write-offs are bad debts; credit memos and payments are not sales. */
    public boolean isSale() {
        return amount.signum() > 0 && (type == DocumentType.INVOICE || type == DocumentType.DEBIT_MEMO
                || type == DocumentType.FINANCE_CHARGE || type == DocumentType.OTHER);
    }
}
