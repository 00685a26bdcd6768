package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One general-ledger row for an AR control account: a trial balance line (an account's balance, no
 * date or document) or a detail line (a posting with date and document reference).
 *
 * @param amount signed, debit positive: the same sign as an open invoice in the subledger
 */
public record GlLine(long sourceRow, String account, String accountName, String entity, String currency, String period,
                     LocalDate date, String documentNumber, String description, String customer, BigDecimal amount) {
}
