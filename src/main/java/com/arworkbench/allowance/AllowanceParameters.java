package com.arworkbench.allowance;

import com.arworkbench.aging.BucketScheme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One allowance run.
 *
 * @param outcomeMonths  how long after a month end its balances are followed for write-offs: a month end is a
 *                       loss-rate cut-off only when that window has passed by the as-of date
 * @param lookbackMonths how many month ends before the as-of date the history table covers
 * @param method         the method whose rates the provision uses (both are shown)
 */
public record AllowanceParameters(LocalDate asOf, BucketScheme buckets, int outcomeMonths, int lookbackMonths,
                                  RateMethod method) {

    public static final int DEFAULT_OUTCOME_MONTHS = 6;
    public static final int DEFAULT_LOOKBACK_MONTHS = 24;

    public AllowanceParameters {
        Objects.requireNonNull(asOf, "as-of date");
        Objects.requireNonNull(buckets, "buckets");
        Objects.requireNonNull(method, "method");
        if (outcomeMonths < 1 || outcomeMonths > 36) {
            throw new IllegalArgumentException("the outcome window is 1 to 36 months, not " + outcomeMonths);
        }
        if (lookbackMonths < 2 || lookbackMonths > 120) {
            throw new IllegalArgumentException("the look-back is 2 to 120 months, not " + lookbackMonths);
        }
    }

    public static AllowanceParameters defaults(LocalDate asOf) {
        return new AllowanceParameters(asOf, BucketScheme.standard(), DEFAULT_OUTCOME_MONTHS, DEFAULT_LOOKBACK_MONTHS,
                RateMethod.LOSS_RATE);
    }

    /** The month ends before the as-of date, oldest first, at most {@link #lookbackMonths}. */
    public List<LocalDate> monthEnds() {
        List<LocalDate> out = new ArrayList<>();
        LocalDate end = asOf.withDayOfMonth(1).minusDays(1);
        for (int i = 0; i < lookbackMonths; i++) {
            out.add(0, end);
            end = end.withDayOfMonth(1).minusDays(1);
        }
        return out;
    }

    /** The end of the outcome window of a month end: the month end {@link #outcomeMonths} later. */
    public LocalDate windowEnd(LocalDate monthEnd) {
        LocalDate d = monthEnd.plusMonths(outcomeMonths);
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    /** A month end whose whole outcome window lies on or before the as-of date. */
    public boolean inLossWindow(LocalDate monthEnd) {
        return !windowEnd(monthEnd).isAfter(asOf);
    }
}
