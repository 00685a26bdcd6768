package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An incoming payment from a bank statement, lockbox file, bank CSV or payment-processor export, normalized for
 * cash application. Amounts are positive for money received.
 *
 * @param id                 a stable id within the file (bank reference, entry reference, or "line N")
 * @param sourceRow          line or entry number in the source file, for the audit trail
 * @param amount             what the payer paid (a processor's gross amount), which is what settles invoices
 * @param payerAccount       the payer's IBAN or account number (or e-mail address at a processor), if given
 * @param remittance         free remittance text (unstructured, BAI2 88 continuations joined)
 * @param structuredRefs     structured creditor references (camt.053 Strd/CdtrRefInf/Ref, RF references)
 * @param statementAccount   our account the money arrived on
 * @param charges            what the bank or processor kept (a PayPal fee), positive; zero when none. The
 *                           account received {@code amount - charges}; the charge is our cost, not a short payment.
 */
public record Payment(String id, long sourceRow, LocalDate bookingDate, LocalDate valueDate, BigDecimal amount,
                      String currency, String payerName, String payerAccount, String remittance,
                      List<String> structuredRefs, String bankReference, String statementAccount, BigDecimal charges) {

    /** A payment nothing was deducted from on its way (banks: the whole amount reached the account). */
    public Payment(String id, long sourceRow, LocalDate bookingDate, LocalDate valueDate, BigDecimal amount,
                   String currency, String payerName, String payerAccount, String remittance,
                   List<String> structuredRefs, String bankReference, String statementAccount) {
        this(id, sourceRow, bookingDate, valueDate, amount, currency, payerName, payerAccount, remittance, structuredRefs,
                bankReference, statementAccount, BigDecimal.ZERO);
    }

    /** What reached the account. */
    public BigDecimal net() {
        return amount.subtract(charges);
    }
}
