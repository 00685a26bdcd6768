package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.open;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Model choice by back-test. As of 30 June 2026 with 3 back-test months the cut-off is 31 March; week w
 * after it covers days 7w−6 … 7w (day 1 = 1 April), so day 5 → week 1, day 10 → week 2, day 15 and 20 →
 * week 3, day 30 → week 5.
 */
class ForecastMethodChoiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /**
     * Before the cut-off: A paid three invoices 10 days late; B one invoice 20 days late. Portfolio median
     * to the cut-off: {10, 10, 10, 20} → 10.
     * <ul>
     * <li>model (needs 3 paid invoices): A lag 10 (own), B lag 10 (portfolio);</li>
     * <li>baseline (a): lag 0 for both;</li>
     * <li>baseline (b) (own median from any paid invoice): A lag 10, B lag 20.</li>
     * </ul>
     * Open at the cut-off: A 100 due 5 Apr (day 5) paid 15 Apr (day 15, week 3); B 200 due 10 Apr (day 10)
     * paid 30 Apr (day 30, week 5). Actual: week 3 = 100, week 5 = 200, Σ actual = 300.
     * <ul>
     * <li>model: A day 15 → wk 3, B day 20 → wk 3: wk 3 = 300. |300−100| + |0−200| = 400 → 400/300 = 133.33 %</li>
     * <li>(a): A day 5 → wk 1, B day 10 → wk 2: |100−0| + |200−0| + |0−100| + |0−200| = 600 → 200.00 %</li>
     * <li>(b): A day 15 → wk 3, B day 30 → wk 5: exact → 0.00 %</li>
     * </ul>
     * So baseline (b) wins and the forecast uses B's own 20 days.
     */
    @Test
    void wapeOfEachMethodByHandAndTheMedianLagBaselineWins() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        for (String due : new String[] {"2025-11-01", "2025-12-01", "2026-01-01"}) {
            LocalDate d = LocalDate.parse(due);
            e.history(invoice("A", d.minusDays(30).toString(), due, "100", d.plusDays(10).toString()));
        }
        e.history(invoice("B", "2025-12-02", "2026-01-01", "100", "2026-01-21"));
        e.history(invoice("A", "2026-03-06", "2026-04-05", "100", "2026-04-15"));
        e.history(invoice("B", "2026-03-11", "2026-04-10", "200", "2026-04-30"));

        // At the as-of date B has paid 2 invoices, both 20 days late: its own median is 20 under (b);
        // the model (3 needed) would use the portfolio median {10,10,10,10,20,20} → 10.
        // Due 10 July: day 10 after 30 June; + 20 → day 30 → week 5 (the model would say day 20 → week 3).
        ExpectedPayment b = e.openItem(open("B", "2026-06-10", "2026-07-10", "50"));
        assertEquals(5, b.week());
        KpiReport report = e.report();
        BackTest t = report.currencies().get("EUR").backTest();

        assertTrue(t.available(), t.reason());
        assertEquals(r("133.33"), t.wape(ForecastMethod.MODEL));
        assertEquals(r("133.33"), t.weightedAbsolutePercentError());
        assertEquals(r("200.00"), t.wape(ForecastMethod.DUE_DATE));
        assertEquals(r("0.00"), t.wape(ForecastMethod.MEDIAN_LAG));
        assertEquals(ForecastMethod.MEDIAN_LAG, t.chosen());
        CollectionForecast f = report.currencies().get("EUR").forecast();
        assertEquals(ForecastMethod.MEDIAN_LAG, f.method());
        assertTrue(f.methodReason().startsWith("lowest back-tested WAPE"), f.methodReason());
        assertEquals(r("50"), f.weeks().get(4).amount());
        assertTrue(f.tiesOut());
        assertTrue(report.tiesOut());
    }

    /**
     * A paid three invoices 10 days late before the cut-off, then pays the one open at the cut-off on its due
     * date: 100 due 5 Apr (day 5, week 1) paid 5 Apr. Σ actual = 100 in week 1.
     * model and (b): lag 10 → day 15 → week 3: |0−100| + |100−0| = 200 → 200.00 %; (a): day 5 → week 1: 0.00 %.
     * Baseline (a) has the lowest WAPE, so the forecast puts every open item on its due date.
     */
    @Test
    void theChosenMethodIsTheOneWithTheLowestWape() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        for (String due : new String[] {"2025-11-01", "2025-12-01", "2026-01-01"}) {
            LocalDate d = LocalDate.parse(due);
            e.history(invoice("A", d.minusDays(30).toString(), due, "100", d.plusDays(10).toString()));
        }
        e.history(invoice("A", "2026-03-06", "2026-04-05", "100", "2026-04-05"));
        ExpectedPayment a = e.openItem(open("A", "2026-06-10", "2026-07-10", "70")); // due day 10 → week 2
        assertEquals(2, a.week());
        KpiReport report = e.report();
        BackTest t = report.currencies().get("EUR").backTest();

        assertEquals(r("200.00"), t.wape(ForecastMethod.MODEL));
        assertEquals(r("0.00"), t.wape(ForecastMethod.DUE_DATE));
        assertEquals(r("200.00"), t.wape(ForecastMethod.MEDIAN_LAG));
        assertEquals(ForecastMethod.DUE_DATE, t.chosen());
        for (ForecastMethod m : ForecastMethod.values()) {
            assertTrue(t.wape(t.chosen()).compareTo(t.wape(m)) <= 0, m.name());
        }
        CollectionForecast f = report.currencies().get("EUR").forecast();
        assertEquals(ForecastMethod.DUE_DATE, f.method());
        assertEquals(r("70"), f.weeks().get(1).amount());
        assertTrue(f.tiesOut());
    }

    /** With 2 back-test months the horizon from 30 April ends after 30 June: too short, baseline (b) is used. */
    @Test
    void tooShortAHistoryUsesTheMedianLagBaseline() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 12, 3, 13, 2));
        for (String due : new String[] {"2025-11-01", "2025-12-01", "2026-01-01"}) {
            LocalDate d = LocalDate.parse(due);
            e.history(invoice("A", d.minusDays(30).toString(), due, "100", d.plusDays(10).toString()));
        }
        e.history(invoice("A", "2026-04-06", "2026-05-05", "100", "2026-05-05"));
        e.openItem(open("A", "2026-06-10", "2026-07-10", "70"));
        KpiReport report = e.report();
        BackTest t = report.currencies().get("EUR").backTest();
        assertFalse(t.horizonComplete());
        assertEquals(ForecastMethod.MEDIAN_LAG, t.chosen());
        assertTrue(t.choice().startsWith("too little history"), t.choice());
        assertEquals(ForecastMethod.MEDIAN_LAG, report.currencies().get("EUR").forecast().method());
    }
}
