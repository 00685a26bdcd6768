package com.arworkbench.confirmations;

import java.math.BigDecimal;

/**
 * The sample of one currency: key items and their total; the rest's book value (positive balances below the
 * threshold), the sample size n = ceil(rest × RF / tolerable), the interval = rest / n (rounded down to the
 * cent, so that the n points fall inside the rest) and the random start in [0, interval); for a stratified sample
 * its strata instead of the interval and start.
 */
public record CurrencySample(String currency, int keyItems, BigDecimal keyItemsTotal, int restCustomers,
                             BigDecimal restBookValue, int sampleSize, BigDecimal interval, BigDecimal randomStart,
                             int sampledCustomers, BigDecimal sampledTotal, java.util.List<Stratum> strata) {

    /** A monetary-unit sample (no strata). */
    public CurrencySample(String currency, int keyItems, BigDecimal keyItemsTotal, int restCustomers,
                          BigDecimal restBookValue, int sampleSize, BigDecimal interval, BigDecimal randomStart,
                          int sampledCustomers, BigDecimal sampledTotal) {
        this(currency, keyItems, keyItemsTotal, restCustomers, restBookValue, sampleSize, interval, randomStart,
                sampledCustomers, sampledTotal, java.util.List.of());
    }

    /** The balances the sample drew: the points of a monetary-unit sample, the strata's sample sizes otherwise. */
    public int drawn() {
        return strata.isEmpty() ? sampleSize : strata.stream().mapToInt(Stratum::sampleSize).sum();
    }
}
