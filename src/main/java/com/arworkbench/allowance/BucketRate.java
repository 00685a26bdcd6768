package com.arworkbench.allowance;

import java.math.BigDecimal;

/**
 * One line of a currency's provision matrix: the bucket's rates by both methods from the history table, the one
 * used, the outlook adjustment, the balance at the as-of date (customers without a specific provision) and its
 * provision. Each figure is what the sheet's live formula computes.
 *
 * @param lossFromYounger the history has no balance in this bucket: its loss rate is the next younger bucket's
 * @param rollRate        the share of the bucket still open a month later (rolled on)
 * @param rollLossRate    what the roll rates lose of the bucket: written off within a month, plus what rolls on
 *                        times the next bucket's roll-rate loss rate; the oldest bucket rolls on into itself
 */
public record BucketRate(int bucket, String label, BigDecimal lossBalance, BigDecimal lossWrittenOff,
                         BigDecimal lossRate, boolean lossFromYounger, BigDecimal rollBalance, BigDecimal rollStillOpen,
                         BigDecimal rollWrittenOff, BigDecimal rollRate, BigDecimal rollLossRate, BigDecimal historicalRate, BigDecimal outlook,
                         BigDecimal appliedRate, BigDecimal balance, BigDecimal provision) {
}
