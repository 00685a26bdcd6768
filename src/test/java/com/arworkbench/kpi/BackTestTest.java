package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * As of 30 June with 3 back-test months the cut-off is 31 March; the horizon is 13 weeks, 1 April – 30 June.
 * A pays 10 days late and B on the due date, each on three invoices paid before the cut-off.
 */
class BackTestTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static KpiEngine habitsBeforeCutoff() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        for (String doc : List.of("2025-10-01", "2025-11-01", "2025-12-01")) {
            LocalDate due = LocalDate.parse(doc).plusDays(30);
            e.history(invoice("A", doc, due.toString(), "100", due.plusDays(10).toString()));
        }
        for (String doc : List.of("2025-10-05", "2025-11-05", "2025-12-05")) {
            LocalDate due = LocalDate.parse(doc).plusDays(30);
            e.history(invoice("B", doc, due.toString(), "100", due.toString()));
        }
        return e;
    }

    private static BigDecimal[] column(BackTest t, boolean forecast) {
        return t.weeks().stream().map(w -> forecast ? w.forecast() : w.actual()).toArray(BigDecimal[]::new);
    }

    /**
     * Open at 31 March and paid exactly per habit: A due 5 Apr paid 15 Apr (day 15, week 3), A due 1 May paid
     * 11 May (day 41, week 6), B due 20 Apr paid 20 Apr (day 20, week 3). Forecast = actual in every week.
     */
    @Test
    void customersPayingExactlyTheirHabitGiveZeroError() {
        KpiEngine e = habitsBeforeCutoff();
        e.history(invoice("A", "2026-03-06", "2026-04-05", "100", "2026-04-15"));
        e.history(invoice("A", "2026-03-15", "2026-05-01", "200", "2026-05-11"));
        e.history(invoice("B", "2026-03-21", "2026-04-20", "300", "2026-04-20"));
        e.history(invoice("B", "2026-04-02", "2026-05-02", "999", "2026-05-02")); // dated after the cut-off: not in it
        KpiReport report = e.report();
        assertEquals(LocalDate.of(2026, 3, 31), report.backTestCutoff());
        BackTest t = report.currencies().get("EUR").backTest();

        assertTrue(t.available(), t.reason());
        assertTrue(t.horizonComplete());
        assertEquals(LocalDate.of(2026, 6, 30), t.horizonEnd());
        assertEquals(r("600"), t.openAtCutoff());
        assertEquals(3, t.itemsOpenAtCutoff());
        assertEquals(r("400"), t.weeks().get(2).forecast());
        assertEquals(r("200"), t.weeks().get(5).forecast());
        for (BackTestWeek w : t.weeks()) {
            assertEquals(0, w.forecast().compareTo(w.actual()), "week " + w.week());
            assertEquals(0, w.absoluteError().signum());
        }
        assertEquals(r("0.00"), t.weightedAbsolutePercentError());
        assertEquals(0, t.bias().signum());
        assertTrue(t.tiesOut());
    }

    /**
     * After the cut-off A starts paying 30 days late instead of 10, and leaves one invoice unpaid.
     * <pre>
     *                               forecast (due + 10)      actual
     * A due  5 Apr, 100             15 Apr → week 3          paid  5 May, day 35 → week 5
     * A due  1 May, 200             11 May → week 6          paid 31 May, day 61 → week 9
     * A due 20 Jun,  50             30 Jun → week 13         not paid in the horizon
     * B due 20 Apr, 300             20 Apr → week 3          paid 20 Apr → week 3
     * week      3     5     6     9    13
     * forecast 400    0   200     0    50
     * actual   300  100     0   200     0     (+ 50 not paid)
     * error   +100 −100  +200  −200   +50     Σ|error| 650, Σ actual 600
     * weighted absolute % error = 650 ÷ 600 × 100 = 108.33; bias = +50 = 8.33 % of actual
     * </pre>
     */
    @Test
    void aChangedHabitShowsUpAsErrorInTheRightWeeks() {
        KpiEngine e = habitsBeforeCutoff();
        e.history(invoice("A", "2026-03-06", "2026-04-05", "100", "2026-05-05"));
        e.history(invoice("A", "2026-03-15", "2026-05-01", "200", "2026-05-31"));
        e.history(invoice("A", "2026-03-20", "2026-06-20", "50", null));
        e.history(invoice("B", "2026-03-21", "2026-04-20", "300", "2026-04-20"));
        BackTest t = e.report().currencies().get("EUR").backTest();

        BigDecimal[] forecast = column(t, true);
        BigDecimal[] actual = column(t, false);
        assertEquals(r("400"), forecast[2]);
        assertEquals(r("200"), forecast[5]);
        assertEquals(r("50"), forecast[12]);
        assertEquals(r("300"), actual[2]);
        assertEquals(r("100"), actual[4]);
        assertEquals(r("200"), actual[8]);
        assertEquals(r("100"), t.weeks().get(2).error());
        assertEquals(r("-200"), t.weeks().get(8).error());
        assertEquals(r("50"), t.actualNotPaidInHorizon());
        assertEquals(r("0"), t.forecastLater());
        assertEquals(r("650"), t.absoluteErrorTotal());
        assertEquals(r("600"), t.actualTotal());
        assertEquals(r("108.33"), t.weightedAbsolutePercentError());
        assertEquals(r("50"), t.bias());
        assertEquals(r("8.33"), t.biasPercent());
        assertTrue(t.tiesOut());
    }

    @Test
    void tooLittleHistoryBeforeTheCutoffMeansNoBackTest() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        e.history(invoice("A", "2026-03-15", "2026-04-14", "100", "2026-04-20"));
        BackTest t = e.report().currencies().get("EUR").backTest();
        assertFalse(t.available());
        assertTrue(t.reason().startsWith("history starts on 2026-03-15"), t.reason());
        assertNull(t.weightedAbsolutePercentError());

        KpiEngine off = new KpiEngine(new KpiParameters(AS_OF, 12, 3, 13, 0));
        off.history(invoice("A", "2025-03-15", "2025-04-14", "100", "2025-04-20"));
        KpiReport report = off.report();
        assertNull(report.backTestCutoff());
        assertFalse(report.currencies().get("EUR").backTest().available());
    }
}
