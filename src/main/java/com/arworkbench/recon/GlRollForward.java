package com.arworkbench.recon;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The roll-forward from the GL side, per entity and currency: the opening balance, the period's
 * debits (invoices, debit memos) and credits (receipts, credit memos, signed negative), against the
 * GL balance at the cut-off. From GL detail: opening-balance lines and lines dated before the period,
 * then the period's postings; lines dated after the cut-off are in neither. From a trial balance: its
 * own Initial balance, Debit and Credit columns.
 *
 * @param periodStart the first day of the period: the cut-off's month
 * @param closing     the GL balance at the cut-off (every line not dated after it)
 * @param undated     period lines without a date, in the closing but in no movement: the check says so
 * @param fromTrialBalance the opening, debits and credits are the trial balance's own columns, not
 *                    sums of postings on Recon Data
 */
public record GlRollForward(LedgerKey key, LocalDate periodStart, BigDecimal opening, BigDecimal debits, BigDecimal credits,
                            BigDecimal closing, long undated, boolean fromTrialBalance) {

    public BigDecimal computedClosing() {
        return opening.add(debits).add(credits);
    }

    public BigDecimal difference() {
        return closing.subtract(computedClosing());
    }
}
