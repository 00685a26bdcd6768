package com.arworkbench.model;

import java.math.BigDecimal;

/**
 * A total row of a GL export, kept as a control total: of one AR account ({@code account} as the GL
 * lines key it) or of the whole export ({@code account} empty), in {@code currency} ("" when the row
 * names none). {@code amount} is null when the row's amount cannot be read.
 */
public record GlControlTotal(long sourceRow, String label, String account, String currency, BigDecimal amount) {

    public boolean wholeExport() {
        return account.isEmpty();
    }

    /**
     * The reason of a rejected AR line ends with this, so the tie-out of its account's total finds it
     * on Exceptions, which has no account column.
     */
    public static String accountTag(String account) {
        return " [account " + account + "]";
    }
}
