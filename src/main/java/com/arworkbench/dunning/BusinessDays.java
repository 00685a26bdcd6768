package com.arworkbench.dunning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Business-day arithmetic for the dispute log: Monday to Friday, minus the holidays given. Pure, and the same rule
 * as the sheet's live formulas, so the cached values are what a recalculation gives:
 * <ul>
 *   <li>{@link #between}(opened, end) = the business days d with opened &lt; d &le; end, i.e. Excel's
 *       {@code IF(end <= opened, 0, NETWORKDAYS(opened+1, end, holidays))}. The opening day itself does not count (a case opened
 *       and looked at the same day is 0 days old); a case opened on a Saturday is 1 business day old on Monday.</li>
 *   <li>{@link #add}(opened, n) = the n-th business day after opened, Excel's {@code WORKDAY(opened, n, holidays)}:
 *       the SLA due date. A case is in breach once {@code between(opened, asOf) > n}, i.e. once the as-of date is
 *       after the due date.</li>
 * </ul>
 */
public final class BusinessDays {

    private final Set<LocalDate> holidays;

    public BusinessDays(Set<LocalDate> holidays) {
        this.holidays = new TreeSet<>(holidays);
    }

    public boolean isBusinessDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** Business days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
    public long between(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The {@code n}-th business day after {@code from} ({@code n} &ge; 0; 0 gives {@code from} itself). */
    public LocalDate add(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be >= 0");
        }
        LocalDate d = from;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                left--;
            }
        }
        return d;
    }
}
