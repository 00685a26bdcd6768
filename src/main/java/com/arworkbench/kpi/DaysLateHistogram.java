package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * Count of paid invoices by whole days late (paid date − due date), for a count-based median without
 * keeping a list per invoice. Days are clamped to [{@link #MIN_DAYS}, {@link #MAX_DAYS}]: beyond that the
 * exact value does not move a median used for forecasting. The array covers only the range actually
 * seen and grows on demand, so a customer who always pays 0–15 days late costs 16 ints.
 */
final class DaysLateHistogram {

    static final int MIN_DAYS = -120;
    static final int MAX_DAYS = 400;

    private int first;        // days late of counts[0]
    private int[] counts;     // null until the first invoice
    private long total;

    void add(long daysLate) {
        int d = (int) Math.max(MIN_DAYS, Math.min(MAX_DAYS, daysLate));
        if (counts == null) {
            first = d;
            counts = new int[1];
        } else if (d < first) {
            int grow = first - d;
            int[] bigger = new int[counts.length + grow];
            System.arraycopy(counts, 0, bigger, grow, counts.length);
            counts = bigger;
            first = d;
        } else if (d >= first + counts.length) {
            counts = Arrays.copyOf(counts, d - first + 1);
        }
        counts[d - first]++;
        total++;
    }

    long count() {
        return total;
    }

    /** Adds every count into {@code dense}, indexed by days late − {@link #MIN_DAYS}. */
    void addTo(int[] dense) {
        if (counts != null) {
            for (int i = 0; i < counts.length; i++) {
                dense[first - MIN_DAYS + i] += counts[i];
            }
        }
    }

    /** Lowest and highest days late seen; only meaningful when {@link #count()} &gt; 0. */
    int lowest() {
        return first;
    }

    int highest() {
        return first + counts.length - 1;
    }

    /**
     * The middle value; for an even count the mean of the two middle values (whole days, or ending in .5).
     * Null when empty.
     */
    BigDecimal median() {
        if (total == 0) {
            return null;
        }
        int lower = valueAtRank((total + 1) / 2);
        int upper = valueAtRank(total / 2 + 1);
        long twice = (long) lower + upper;
        // Whole days print without decimals; only a true half-day median carries ".5".
        return twice % 2 == 0 ? BigDecimal.valueOf(twice / 2) : BigDecimal.valueOf(twice * 5, 1);
    }

    /** Value of the rank-th smallest invoice, rank 1-based. */
    private int valueAtRank(long rank) {
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return first + i;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + total);
    }
}
