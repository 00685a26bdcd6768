package com.arworkbench.confirmations;

import java.math.BigDecimal;

/**
 * The sample of one currency: key items and their total; the rest's book value (positive balances below the
 * threshold), the sample size n = ceil(rest × RF / tolerable), the interval = rest / n (rounded down to the
 * cent, so that the n points fall inside the rest) and the random start in [0, interval).
 */
public record CurrencySample(String currency, int keyItems, BigDecimal keyItemsTotal, int restCustomers,
                             BigDecimal restBookValue, int sampleSize, BigDecimal interval, BigDecimal randomStart,
                             int sampledCustomers, BigDecimal sampledTotal) {
}
