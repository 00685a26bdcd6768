package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.open;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The forecast uses the method with the lowest back-tested WAPE, even when that is a baseline. As of 30 June
 * with 1 back-test month the cut-off is 31 March; day 1 = 1 April.
 */
class ForecastMethodChoiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /**
     * Clockwork payers: A always 10 days late, B always on the due date (three paid invoices each before the
     * cut-off). Open at the cut-off: A 100 due 5 April, paid 15 April (day 15, week 3); B 200 due 10 April, paid
     * on it (day 10, week 2).
     * <ul>
     * <li>(b) due + own median: A day 15 → week 3, B day 10 → week 2: exact, 0.00 %;</li>
     * <li>(a) due date: A day 5 → week 1 (|100 − 0| + |0 − 100| in week 3), B exact: 200 ÷ 300 = 66.67 %;</li>
     * <li>the model blends each customer's delays with the portfolio's (3 paid: weight 50 %), so it spreads
     *     part of each item into the other customer's week: above 0.</li>
     * </ul>
     */
    @Test
    void clockworkPayersMakeTheMedianBaselineWinAndTheForecastUsesIt() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 12, 3, 13, 1));
        for (String due : new String[] {"2025-11-01", "2025-12-01", "2026-01-01"}) {
            LocalDate d = LocalDate.parse(due);
            e.history(invoice("A", d.minusDays(30).toString(), due, "100", d.plusDays(10).toString()));
            e.history(invoice("B", d.minusDays(30).toString(), due, "100", due));
        }
        e.history(invoice("A", "2026-03-06", "2026-04-05", "100", "2026-04-15"));
        e.history(invoice("B", "2026-03-11", "2026-04-10", "200", "2026-04-10"));

        // A's own median at the as-of date is 10: due 10 July + 10 → day 20 → week 3.
        ExpectedPayment a = e.openItem(open("A", "2026-06-10", "2026-07-10", "50"));
        assertEquals(3, a.week());
        KpiReport report = e.report();
        BackTest t = report.currencies().get("EUR").backTest();
        assertTrue(t.available(), t.reason());
        assertEquals(r("0.00"), t.wape(ForecastMethod.MEDIAN_LAG));
        assertEquals(r("66.67"), t.wape(ForecastMethod.DUE_DATE));
        assertTrue(t.wape(ForecastMethod.MODEL).signum() > 0, t.wape(ForecastMethod.MODEL).toPlainString());
        assertEquals(ForecastMethod.MEDIAN_LAG, t.chosen());
        CollectionForecast f = report.currencies().get("EUR").forecast();
        assertEquals(ForecastMethod.MEDIAN_LAG, f.method());
        assertTrue(f.methodReason().startsWith("lowest back-tested WAPE over 1 month end(s)"), f.methodReason());
        assertEquals(r("50.00"), f.weeks().get(2).amount());
        assertTrue(f.tiesOut());
    }
}
