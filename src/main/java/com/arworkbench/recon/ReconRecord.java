package com.arworkbench.recon;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the pivot-ready Recon Data table: one record from one source, every dimension in its
 * own column, amounts signed debit positive.
 *
 * @param source "Subledger", "GL", "Register" or "Prior period"
 */
public record ReconRecord(String source, String entity, String account, String period, String customer, String document,
                          String type, String currency, LocalDate date, BigDecimal amount, MatchStatus status,
                          long sourceRow) {

    public static final String SUBLEDGER = "Subledger";
    public static final String GL = "GL";
    public static final String REGISTER = "Register";
    public static final String PRIOR = "Prior period";
}
