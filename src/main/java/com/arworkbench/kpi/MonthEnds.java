package com.arworkbench.kpi;

import java.time.LocalDate;
import java.util.List;

/**
 * The month ends E_-1 &lt; E_0 &lt; … &lt; E_{months-1} = as-of, as epoch days so a record finds its
 * position by binary search instead of looping over periods. Index j here is E_{j-1}: index 0 is the
 * month end before the window (beginning AR of the first period), index {@code months} is the as-of date.
 * Period k (0-based) is (end(k), end(k+1)].
 */
final class MonthEnds {

    private final LocalDate[] dates;
    private final long[] epochDays;

    MonthEnds(LocalDate asOf, int months) {
        dates = new LocalDate[months + 1];
        dates[months] = asOf;
        for (int j = months - 1; j >= 0; j--) {
            // The calendar month end before the next one (asOf mid-month gives a month-to-date last period).
            dates[j] = dates[j + 1].withDayOfMonth(1).minusDays(1);
        }
        epochDays = new long[dates.length];
        for (int j = 0; j < dates.length; j++) {
            epochDays[j] = dates[j].toEpochDay();
        }
    }

    /** Number of month ends, months + 1. */
    int size() {
        return dates.length;
    }

    LocalDate date(int index) {
        return dates[index];
    }

    List<LocalDate> all() {
        return List.of(dates);
    }

    /** Index of the first month end on or after {@code day}; size() if none. */
    int firstAtOrAfter(LocalDate day) {
        return firstAtOrAfter(day.toEpochDay());
    }

    /** Index of the first month end strictly after {@code day} (= how many month ends are on or before it). */
    int firstAfter(LocalDate day) {
        return firstAtOrAfter(day.toEpochDay() + 1);
    }

    private int firstAtOrAfter(long day) {
        int lo = 0;
        int hi = epochDays.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (epochDays[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The 0-based period whose (start, end] holds {@code day}, or -1 when it lies outside the window. */
    int periodOf(LocalDate day) {
        long d = day.toEpochDay();
        if (d <= epochDays[0] || d > epochDays[epochDays.length - 1]) {
            return -1;
        }
        return firstAtOrAfter(d) - 1;
    }

    /** Days in period k: E_k − E_{k-1}. */
    int days(int period) {
        return (int) (epochDays[period + 1] - epochDays[period]);
    }
}
