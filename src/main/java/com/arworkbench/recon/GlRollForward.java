package com.arworkbench.recon;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The roll-forward from the GL detail's AR-account lines, per entity and currency: the opening
 * balance (opening-balance lines and lines dated before the period), the period's debits (invoices,
 * debit memos) and credits (receipts, credit memos, signed negative), against the GL balance at the
 * cut-off. Lines dated after the cut-off are in neither.
 *
 * @param periodStart the first day of the period: the cut-off's month
 * @param closing     the GL balance at the cut-off (every line not dated after it)
 * @param undated     period lines without a date, in the closing but in no movement: the check says so
 */
public record GlRollForward(LedgerKey key, LocalDate periodStart, BigDecimal opening, BigDecimal debits, BigDecimal credits,
                            BigDecimal closing, long undated) {

    public BigDecimal computedClosing() {
        return opening.add(debits).add(credits);
    }

    public BigDecimal difference() {
        return closing.subtract(computedClosing());
    }
}
