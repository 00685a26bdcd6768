package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an open-items export, normalized. Amounts are signed: credits and unapplied payments
 * are negative. {@code dueDate} is never null: a missing due date falls back to the document date
 * (recorded in {@code dueDateFromDocumentDate}).
 *
 * @param dispute      null when not disputed, else "yes" or the dispute reason as the export gives it
 * @param dunningBlock null when the item may be dunned, else "yes" or the block code/reason
 * @param sourceRow 1-based row number in the source file (line number for text, row for sheets)
 * @param localAmount  the open amount in the company's local currency ("Remaining Amt. (LCY)"), signed like
 *                     {@code openAmount}; null when the export has no such column
 */
public record OpenItem(
        long sourceRow,
        Customer customer,
        String documentNumber,
        DocumentType type,
        String typeText,
        LocalDate documentDate,
        LocalDate dueDate,
        boolean dueDateFromDocumentDate,
        BigDecimal openAmount,
        BigDecimal originalAmount,
        String currency,
        String entity,
        String reference,
        String dispute,
        String dunningBlock,
        BigDecimal localAmount) {

    /** An item from an export without a local-currency column. */
    public OpenItem(long sourceRow, Customer customer, String documentNumber, DocumentType type, String typeText,
                    LocalDate documentDate, LocalDate dueDate, boolean dueDateFromDocumentDate, BigDecimal openAmount,
                    BigDecimal originalAmount, String currency, String entity, String reference, String dispute,
                    String dunningBlock) {
        this(sourceRow, customer, documentNumber, type, typeText, documentDate, dueDate, dueDateFromDocumentDate, openAmount,
                originalAmount, currency, entity, reference, dispute, dunningBlock, null);
    }

    public boolean isCredit() {
        return openAmount.signum() < 0;
    }
}
