package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CountbackDsoTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /**
     * Periods April (30 days), May (31), June (30). Sales April 250,000, May 180,000, June 200,000.
     * AR at 30 June = 120,000 (April) + 180,000 (May) + 200,000 (June) = 500,000.
     * Countback: 500,000 − 200,000 (June, 30 days) = 300,000; − 180,000 (May, 31 days) = 120,000;
     * April finishes it: 120,000 ÷ 250,000 × 30 = 14.4 → 30 + 31 + 14.4 = 75.4 days.
     */
    @Test
    void countbackUsesUpEndingArMonthByMonthWithAFractionOfTheLast() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 3, 3, 13, 0));
        e.history(invoice("Acme", "2026-04-10", "2026-05-10", "130000", "2026-05-15"));
        e.history(invoice("Acme", "2026-04-20", "2026-05-20", "120000", null));
        e.history(invoice("Bolt", "2026-05-10", "2026-06-09", "180000", null));
        e.history(invoice("Bolt", "2026-06-15", "2026-07-15", "200000", null));
        CurrencyKpis eur = e.report().currencies().get("EUR");

        MonthKpis june = eur.lastMonth();
        assertEquals(r("500000"), june.endingAr());
        assertEquals(r("75.40"), june.countbackDso());
        assertEquals(3, june.countbackPeriods());
        assertTrue(june.countbackComplete());
        // Simple DSO of the same month for comparison: 500,000 ÷ 200,000 × 30 = 75.
        assertEquals(r("75.00"), june.dso());

        // May: AR 300,000 (April 130,000 was paid on 15 May) − 180,000 (31 days) = 120,000; 120/250 × 30 = 14.4.
        MonthKpis may = eur.months().get(1);
        assertEquals(r("300000"), may.endingAr());
        assertEquals(r("45.40"), may.countbackDso());
        assertEquals(2, may.countbackPeriods());

        // April: AR 250,000 = April's sales exactly → all 30 days, one period.
        MonthKpis april = eur.months().get(0);
        assertEquals(r("30.00"), april.countbackDso());
        assertEquals(1, april.countbackPeriods());
        assertEquals(r("75.40"), eur.window().countbackDso());
    }

    /**
     * Window May–June, but an old unpaid invoice from January keeps AR above two months of sales:
     * AR 300 − 100 (June, 30 days) − 100 (May, 31 days) leaves 100 with no earlier period → 61 days, incomplete.
     */
    @Test
    void countbackRunningOutOfHistoryIsFlaggedIncomplete() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 2, 3, 13, 0));
        e.history(invoice("Acme", "2026-01-15", "2026-02-14", "100", null));
        e.history(invoice("Acme", "2026-05-15", "2026-06-14", "100", null));
        e.history(invoice("Acme", "2026-06-15", "2026-07-15", "100", null));
        MonthKpis june = e.report().currencies().get("EUR").lastMonth();
        assertEquals(r("300"), june.endingAr());
        assertEquals(r("61.00"), june.countbackDso());
        assertEquals(2, june.countbackPeriods());
        assertFalse(june.countbackComplete());
    }

    /** A month without sales adds its full days and the countback carries on. */
    @Test
    void aMonthWithoutSalesAddsItsFullDays() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 3, 3, 13, 0));
        e.history(invoice("Acme", "2026-04-01", "2026-05-01", "400", null)); // April 400, May nothing, June 100
        e.history(invoice("Acme", "2026-06-01", "2026-07-01", "100", null));
        // 500 − 100 (June, 30) − 0 (May, 31) = 400 = April's sales → + 30 → 91 days.
        MonthKpis june = e.report().currencies().get("EUR").lastMonth();
        assertEquals(r("91.00"), june.countbackDso());
        assertTrue(june.countbackComplete());
    }
}
