package com.arworkbench.statements;

import com.arworkbench.aging.BucketScheme;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the statements are made for: the as-of date (the items are aged at it, the activity period ends on it),
 * the first day of the activity period (default: the first day of the as-of month) and the aging buckets.
 */
public record StatementParameters(LocalDate asOf, LocalDate from, BucketScheme buckets) {

    public StatementParameters {
        Objects.requireNonNull(asOf, "as-of date");
        Objects.requireNonNull(buckets, "buckets");
        if (from == null) {
            from = asOf.withDayOfMonth(1);
        }
        if (from.isAfter(asOf)) {
            throw new IllegalArgumentException("the activity period starts (" + from + ") after the as-of date (" + asOf + ")");
        }
    }
}
