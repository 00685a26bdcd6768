package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An incoming payment from a bank statement, lockbox file or bank CSV, normalized for cash
 * application. Amounts are positive for money received.
 *
 * @param id                 a stable id within the file (bank reference, entry reference, or "line N")
 * @param sourceRow          line or entry number in the source file, for the audit trail
 * @param payerAccount       the payer's IBAN or account number, if the bank gives it
 * @param remittance         free remittance text (unstructured, BAI2 88 continuations joined)
 * @param structuredRefs     structured creditor references (camt.053 Strd/CdtrRefInf/Ref, RF references)
 * @param statementAccount   our account the money arrived on
 */
public record Payment(String id, long sourceRow, LocalDate bookingDate, LocalDate valueDate, BigDecimal amount,
                      String currency, String payerName, String payerAccount, String remittance,
                      List<String> structuredRefs, String bankReference, String statementAccount) {
}
