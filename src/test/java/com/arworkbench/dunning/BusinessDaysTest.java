package com.arworkbench.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Business days counted by hand on the 2026 calendar: 1 June 2026 is a Monday, 30 June a Tuesday, 18 December a
 * Friday, 1 January 2027 a Friday.
 */
class BusinessDaysTest {

    private static final BusinessDays WEEKDAYS = new BusinessDays(Set.of());

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theOpeningDayItselfDoesNotCount() {
        assertEquals(0, WEEKDAYS.between(d("2026-06-01"), d("2026-06-01")));
        assertEquals(1, WEEKDAYS.between(d("2026-06-01"), d("2026-06-02")));
    }

    @Test
    void aWeekendInBetweenIsSkipped() {
        // Fri 5 Jun → Mon 8 Jun: Saturday and Sunday do not count, Monday does.
        assertEquals(1, WEEKDAYS.between(d("2026-06-05"), d("2026-06-08")));
        // Fri 5 Jun → Fri 12 Jun: Mon..Fri.
        assertEquals(5, WEEKDAYS.between(d("2026-06-05"), d("2026-06-12")));
    }

    @Test
    void openedOnASaturday() {
        // Sat 6 Jun: still 0 on Sunday, 1 on Monday 8 Jun.
        assertEquals(0, WEEKDAYS.between(d("2026-06-06"), d("2026-06-07")));
        assertEquals(1, WEEKDAYS.between(d("2026-06-06"), d("2026-06-08")));
        // SLA of 7 from Saturday 6 Jun: Mon 8 .. Fri 12 (5), Mon 15 (6), Tue 16 (7).
        assertEquals(d("2026-06-16"), WEEKDAYS.add(d("2026-06-06"), 7));
    }

    @Test
    void aWholeMonthWithAndWithoutAHoliday() {
        // June 2026 has 22 weekdays; counted after Mon 1 Jun up to Tue 30 Jun: 21.
        assertEquals(21, WEEKDAYS.between(d("2026-06-01"), d("2026-06-30")));
        // A holiday on Monday 15 Jun takes one off; one on Saturday 13 Jun takes nothing.
        assertEquals(20, new BusinessDays(Set.of(d("2026-06-15"))).between(d("2026-06-01"), d("2026-06-30")));
        assertEquals(21, new BusinessDays(Set.of(d("2026-06-13"))).between(d("2026-06-01"), d("2026-06-30")));
    }

    @Test
    void anEndBeforeTheStartIsZero() {
        assertEquals(0, WEEKDAYS.between(d("2026-06-10"), d("2026-06-01")));
    }

    @Test
    void slaDueDateAndBreach() {
        // Opened Mon 1 Jun, 7 business days: Tue 2 .. Fri 5 (4), Mon 8 (5), Tue 9 (6), Wed 10 (7).
        assertEquals(d("2026-06-10"), WEEKDAYS.add(d("2026-06-01"), 7));
        // On the due date the case is 7 days old, not in breach; the day after it is 8: in breach.
        assertEquals(7, WEEKDAYS.between(d("2026-06-01"), d("2026-06-10")));
        assertEquals(8, WEEKDAYS.between(d("2026-06-01"), d("2026-06-11")));
        // A holiday on Mon 8 Jun moves the due date to Thu 11 Jun.
        assertEquals(d("2026-06-11"), new BusinessDays(Set.of(d("2026-06-08"))).add(d("2026-06-01"), 7));
        assertEquals(d("2026-06-01"), WEEKDAYS.add(d("2026-06-01"), 0));
    }

    @Test
    void christmasAndNewYear() {
        BusinessDays cal = new BusinessDays(Set.of(d("2026-12-24"), d("2026-12-25"), d("2026-12-31"), d("2027-01-01")));
        // From Fri 18 Dec: Mon 21 (1), Tue 22 (2), Wed 23 (3), [24, 25 holidays, weekend], Mon 28 (4), Tue 29 (5),
        // Wed 30 (6), [31, 1 Jan holidays, weekend], Mon 4 Jan (7).
        assertEquals(d("2027-01-04"), cal.add(d("2026-12-18"), 7));
        assertEquals(6, cal.between(d("2026-12-18"), d("2027-01-03")));
        assertFalse(cal.isBusinessDay(d("2026-12-25")));
        assertTrue(cal.isBusinessDay(d("2026-12-28")));
    }
}
