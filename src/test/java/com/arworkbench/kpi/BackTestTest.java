package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rolling back-test by hand. As of 30 June with 2 back-test months the cut-offs are 28 February and 31 March
 * (each with 13 weeks of payments after it by 30 June). Customer C, invoices of 100 (h5: 200):
 * <pre>
 *      due      paid      days late  open at 28 Feb (days late)  open at 31 Mar
 * h1   1 Dec    11 Dec    10
 * h2  31 Dec    10 Jan    10
 * h3   9 Feb    11 Mar    30          19 → paid day 11, week 2
 * h4   3 Mar     2 Apr    30          −3 → paid day 33, week 5    28 → paid day 2, week 1
 * h5  14 Apr    14 May    30                                      −14 → paid day 44, week 7
 * </pre>
 * At 28 February only h1, h2 were paid (10, 10): h3's 30 days is not known yet (no lookahead).
 * <pre>
 * 28 Feb  KM: at risk at 10 = 2 paid + h3 open at 19 → S(10) = 1/3, flat after.
 *         model: h3 (19 late) S stays 1/3 → later; h4 (−3): week 2 (days 5–11 late) 2/3 → 66.67, later 33.33
 *         (a) due date: h3, h4 week 1          (b) median 10: h3 week 1, h4 day 13 → week 2
 * 31 Mar  KM: at risk at 10 = 3 paid + h4 open at 28 → S(10) = 1/2; at 30: 1 at risk, 1 paid → S(30) = 0
 *         model: h4 (28 late) week 1; h5 (−14) half in week 4 (8–14 late), half in week 7 (29–35 late)
 *         (a): h4 week 1, h5 day 14 → week 2  (b) median 10 (10, 10, 30): h4 week 1, h5 day 24 → week 4
 *
 *                  |error| 28 Feb               |error| 31 Mar              Σ|error|  ÷ Σ actual 500
 * model            w2 33.33 + w5 100            w4 100 + w7 100              333.33    66.67 %
 * (a)              w1 200 + w2 100 + w5 100     w2 200 + w7 200              800.00   160.00 %
 * (b)              w1 100 + w5 100              w4 200 + w7 200              600.00   120.00 %
 * </pre>
 */
class BackTestTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static KpiEngine history() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 12, 3, 13, 2));
        e.history(invoice("C", "2025-11-01", "2025-12-01", "100", "2025-12-11"));
        e.history(invoice("C", "2025-12-01", "2025-12-31", "100", "2026-01-10"));
        e.history(invoice("C", "2026-01-10", "2026-02-09", "100", "2026-03-11"));
        e.history(invoice("C", "2026-02-01", "2026-03-03", "100", "2026-04-02"));
        e.history(invoice("C", "2026-03-15", "2026-04-14", "200", "2026-05-14"));
        return e;
    }

    @Test
    void eachCutoffIsForecastFromWhatWasKnownThenAndComparedWithWhatWasPaid() {
        BackTest t = history().report().currencies().get("EUR").backTest();
        assertTrue(t.available(), t.reason());
        assertEquals(2, t.cutoffs().size());
        BackTestCutoff feb = t.cutoffs().get(0);
        BackTestCutoff mar = t.cutoffs().get(1);
        assertEquals(LocalDate.of(2026, 2, 28), feb.cutoff());
        assertEquals(LocalDate.of(2026, 3, 31), mar.cutoff());
        assertEquals(r("200.00"), feb.openAtCutoff());
        assertEquals(2, feb.items());
        assertEquals(r("300.00"), mar.openAtCutoff());

        assertEquals(r("100.00"), feb.actual().get(1));
        assertEquals(r("100.00"), feb.actual().get(4));
        assertEquals(r("66.67"), feb.forecast().get(ForecastMethod.MODEL).get(1));
        assertEquals(r("133.33"), feb.forecastLater().get(ForecastMethod.MODEL));
        assertEquals(r("200.00"), feb.forecast().get(ForecastMethod.DUE_DATE).get(0));
        assertEquals(r("100.00"), feb.forecast().get(ForecastMethod.MEDIAN_LAG).get(0));
        assertEquals(r("100.00"), feb.forecast().get(ForecastMethod.MEDIAN_LAG).get(1));

        assertEquals(r("100.00"), mar.actual().get(0));
        assertEquals(r("200.00"), mar.actual().get(6));
        List<java.math.BigDecimal> model = mar.forecast().get(ForecastMethod.MODEL);
        assertEquals(r("100.00"), model.get(0));
        assertEquals(r("100.00"), model.get(3));
        assertEquals(r("100.00"), model.get(6));
        assertEquals(r("200.00"), mar.forecast().get(ForecastMethod.DUE_DATE).get(1));
        assertEquals(r("200.00"), mar.forecast().get(ForecastMethod.MEDIAN_LAG).get(3));

        assertEquals(r("500.00"), t.actualTotal());
        assertEquals(r("333.33"), t.absoluteError(ForecastMethod.MODEL));
        assertEquals(r("66.67"), t.wape(ForecastMethod.MODEL));
        assertEquals(r("160.00"), t.wape(ForecastMethod.DUE_DATE));
        assertEquals(r("120.00"), t.wape(ForecastMethod.MEDIAN_LAG));
        assertEquals(r("0.00"), t.wape(ForecastMethod.MODEL, 1));
        assertEquals(r("200.00"), t.wape(ForecastMethod.DUE_DATE, 1));
        assertEquals(ForecastMethod.MODEL, t.chosen());
        assertTrue(t.choice().startsWith("lowest back-tested WAPE over 2 month end(s) from 2026-02-28 to 2026-03-31"),
                t.choice());
        assertTrue(t.tiesOut());
    }

    @Test
    void tooLittleHistoryMeansNoBackTestAndTheMedianBaseline() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        e.history(invoice("A", "2026-03-15", "2026-04-14", "100", "2026-04-20"));
        BackTest t = e.report().currencies().get("EUR").backTest();
        assertFalse(t.available());
        assertTrue(t.reason().startsWith("the history starts on 2026-03-15"), t.reason());
        assertNull(t.wape(ForecastMethod.MODEL));
        assertEquals(ForecastMethod.MEDIAN_LAG, t.chosen());

        KpiEngine off = new KpiEngine(new KpiParameters(AS_OF, 12, 3, 13, 0));
        off.history(invoice("A", "2025-03-15", "2025-04-14", "100", "2025-04-20"));
        BackTest none = off.report().currencies().get("EUR").backTest();
        assertFalse(none.available());
        assertEquals("back-test switched off (0 months)", none.reason());
    }
}
