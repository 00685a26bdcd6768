package com.arworkbench.allowance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the history table: at a month end, one bucket's balance of sales invoices open then, what of it was
 * written off within the outcome window, what was still open a month later and what was written off before then.
 *
 * @param inLossWindow the outcome window has passed by the as-of date: the row counts for the loss rates
 * @param inRollWindow the next month end is known: the row counts for the roll rates
 */
public record CutoffRow(LocalDate monthEnd, int bucket, String bucketLabel, BigDecimal balance, BigDecimal writtenOff,
                        BigDecimal stillOpen, BigDecimal writtenOffInMonth, boolean inLossWindow, boolean inRollWindow) {
}
