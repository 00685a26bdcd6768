package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.d;
import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.open;
import static com.arworkbench.kpi.Records.openItem;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CollectionForecastTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** Paid invoices of 100, each due 30 days after its date and paid {@code late} days after the due date. */
    private static void payingHabit(KpiEngine e, String customer, int late, String... documentDates) {
        for (String doc : documentDates) {
            LocalDate due = d(doc).plusDays(30);
            e.history(invoice(customer, doc, due.toString(), "100", due.plusDays(late).toString()));
        }
    }

    private static KpiEngine engineWithHabits() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        payingHabit(e, "Always10", 10, "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01");
        payingHabit(e, "Late20", 20, "2026-01-05", "2026-02-05", "2026-03-05", "2026-04-05");
        payingHabit(e, "OneTimer", 30, "2026-02-10");
        // Portfolio (EUR): 10,10,10,10,20,20,20,20,30 → median 20.
        return e;
    }

    /**
     * <pre>
     * item                          expected = due + lag      days after 30 Jun   week
     * Always10 due  5 Jul, 1,000    15 Jul (own median 10)    15                  3
     * Always10 due 27 Jun,   100     7 Jul                     7                  1 (last day of week 1)
     * Always10 due 28 Jun,   200     8 Jul                     8                  2 (first day of week 2)
     * Always10 due 19 Sep,   300    29 Sep                    91                  13
     * Always10 due 20 Sep,   400    30 Sep                    92                  later
     * Always10 disputed,     500    —                                             not forecast
     * Always10 credit,      −250    —                                             not forecast
     * Late20   due  1 Jun,   600    21 Jun (own median 20)   −9                  1, already passed
     * Late20   due 10 Jun,   700    30 Jun                     0                  1, already passed
     * Late20   disputed credit −60  —                                             disputed (not credit)
     * OneTimer due 25 Jun,   800    25 Jul (own median 30)    25                  4
     * Always10 dated 2 Jul (future), due 1 Aug, 50  11 Aug    42                  6
     * Total open 4,340 = weeks 1,400 + 200 + 1,000 + 800 + 50 + 300 + later 400 + disputed 440 + credits −250.
     * </pre>
     * The back-test from 31 March chooses baseline (b): there Always10 had only 2 paid invoices, so the model
     * used the portfolio median 15 for it, while (b) used its own 10 (exact). So OneTimer gets its own 30 days.
     */
    @Test
    void customersAreForecastFromTheirOwnHabitOrThePortfolioAndEverythingTiesOut() {
        KpiEngine e = engineWithHabits();
        ExpectedPayment own = e.openItem(open("Always10", "2026-06-05", "2026-07-05", "1000"));
        assertEquals(d("2026-07-15"), own.date());
        assertEquals(3, own.week());
        assertEquals("customer median 10 days late (4 paid invoices)", own.basis());
        assertFalse(own.expectedDatePassed());

        assertEquals(1, e.openItem(open("Always10", "2026-05-28", "2026-06-27", "100")).week());
        assertEquals(2, e.openItem(open("Always10", "2026-05-29", "2026-06-28", "200")).week());
        assertEquals(13, e.openItem(open("Always10", "2026-06-20", "2026-09-19", "300")).week());
        assertEquals(ExpectedPayment.LATER, e.openItem(open("Always10", "2026-06-21", "2026-09-20", "400")).week());

        ExpectedPayment disputed = e.openItem(openItem("Always10", "2026-06-01", "2026-07-01", "500", "EUR", "price"));
        assertEquals(ExpectedPayment.NOT_FORECAST, disputed.week());
        assertNull(disputed.date());
        assertEquals("disputed: not forecast", disputed.basis());
        ExpectedPayment credit = e.openItem(open("Always10", "2026-06-01", "2026-06-01", "-250"));
        assertEquals(ExpectedPayment.NOT_FORECAST, credit.week());
        assertEquals("credit: not forecast", credit.basis());

        ExpectedPayment passed = e.openItem(open("Late20", "2026-05-01", "2026-06-01", "600"));
        assertEquals(d("2026-06-21"), passed.date());
        assertEquals(1, passed.week());
        assertTrue(passed.expectedDatePassed());
        assertTrue(e.openItem(open("Late20", "2026-05-10", "2026-06-10", "700")).expectedDatePassed());
        assertEquals("disputed: not forecast",
                e.openItem(openItem("Late20", "2026-06-01", "2026-06-01", "-60", "EUR", "yes")).basis());

        ExpectedPayment portfolio = e.openItem(open("OneTimer", "2026-05-25", "2026-06-25", "800"));
        assertEquals(d("2026-07-25"), portfolio.date());
        assertEquals(4, portfolio.week());
        assertEquals("customer median 30 days late (1 paid invoice)", portfolio.basis());

        ExpectedPayment future = e.openItem(open("Always10", "2026-07-02", "2026-08-01", "50"));
        assertEquals(6, future.week());

        ExpectedPayment nobody = e.openItem(openItem("Nobody", "2026-06-01", "2026-07-01", "900", "USD", null));
        assertEquals(d("2026-07-01"), nobody.date());
        assertEquals(1, nobody.week());
        assertEquals("no payment history: due date", nobody.basis());

        KpiReport report = e.report();
        CollectionForecast f = report.currencies().get("EUR").forecast();
        assertEquals(d("2026-07-01"), f.weeks().get(0).from());
        assertEquals(d("2026-07-07"), f.weeks().get(0).to());
        assertEquals(d("2026-09-23"), f.weeks().get(12).from());
        assertEquals(d("2026-09-29"), f.weeks().get(12).to());
        assertEquals(r("1400"), f.weeks().get(0).amount());
        assertEquals(r("1300"), f.weeks().get(0).alreadyPassed());
        assertEquals(2, f.weeks().get(0).alreadyPassedItems());
        assertEquals(r("200"), f.weeks().get(1).amount());
        assertEquals(r("1000"), f.weeks().get(2).amount());
        assertEquals(r("800"), f.weeks().get(3).amount());
        assertEquals(ForecastMethod.MEDIAN_LAG, f.method());
        assertEquals(r("50"), f.weeks().get(5).amount());
        assertEquals(r("300"), f.weeks().get(12).amount());
        assertEquals(r("400"), f.later());
        assertEquals(r("440"), f.disputed());
        assertEquals(2, f.disputedItems());
        assertEquals(r("-250"), f.credits());
        assertEquals(r("4340"), f.totalOpenAr());
        assertEquals(r("0"), f.difference());
        assertTrue(f.tiesOut());
        assertEquals(r("50"), f.futureDated());
        assertEquals(r("4290"), f.kpiOpenAr());
        assertEquals(r("4290"), report.currencies().get("EUR").lastMonth().ledgerEndingAr()); // the ledger, not the KPIs' rebuilt AR
        assertTrue(f.futureDatedNote().contains("4340 = KPI ending AR 4290 + future-dated 50"), f.futureDatedNote());
        assertTrue(report.currencies().get("USD").forecast().tiesOut());
        assertTrue(report.tiesOut());

        CustomerKpis always10 = report.currencies().get("EUR").customers().stream()
                .filter(c -> c.customer().displayName().equals("Always10")).findFirst().orElseThrow();
        assertEquals(4, always10.paidInvoices());
        assertEquals(r("10"), always10.medianDaysLate());
        assertEquals(10, always10.forecastLag().days());
        assertEquals(ForecastLag.Source.CUSTOMER_MEDIAN, always10.forecastLag().source());
    }

    @Test
    void earlyPayersGetANegativeLag() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        payingHabit(e, "Early", -5, "2026-01-01", "2026-02-01", "2026-03-01");
        ExpectedPayment p = e.openItem(open("Early", "2026-06-20", "2026-07-20", "100"));
        assertEquals(d("2026-07-15"), p.date());
        assertEquals("customer median 5 days early (3 paid invoices)", p.basis());
    }

    @Test
    void anEvenCountMedianOfHalfADayRoundsHalfUp() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        payingHabit(e, "Half", 10, "2026-01-01", "2026-02-01");
        payingHabit(e, "Half", 13, "2026-03-01", "2026-04-01");
        // 10, 10, 13, 13 → median 11.5 → lag 12.
        ExpectedPayment p = e.openItem(open("Half", "2026-06-20", "2026-07-20", "100"));
        assertEquals(d("2026-08-01"), p.date());
        assertEquals("customer median 11.5 days late, lag 12 days (4 paid invoices)", p.basis());
    }

    /**
     * Customer KPIs: "Slower" paid 100 five days late in January (earlier periods), 300 fifteen days late in May
     * (last 3 periods), and 100 two days late in May 2025, before the window.
     * <pre>
     * window: 2 invoices, 400; days late (100×5 + 300×15) ÷ 400 = 12.50; days to pay (100×35 + 300×45) ÷ 400 = 42.50
     * recent 15.00 − earlier 5.00 = trend +10.00 (paying later than before)
     * median over all paid history 2, 5, 15 → 5
     * </pre>
     */
    @Test
    void customerHabitsAveragesMedianAndTrend() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        e.history(invoice("Slower", "2025-04-01", "2025-05-01", "100", "2025-05-03"));
        e.history(invoice("Slower", "2025-12-15", "2026-01-14", "100", "2026-01-19"));
        e.history(invoice("Slower", "2026-04-01", "2026-05-01", "300", "2026-05-16"));
        e.openItem(open("Slower", "2026-06-01", "2026-07-01", "250"));
        e.openItem(open("Slower", "2026-01-01", "2026-01-31", "40"));
        CustomerKpis c = e.report().currencies().get("EUR").customers().get(0);
        assertEquals(2, c.paidInWindow());
        assertEquals(r("400"), c.paidAmountInWindow());
        assertEquals(r("12.50"), c.averageDaysLate());
        assertEquals(r("42.50"), c.averageDaysToPay());
        assertEquals(r("15.00"), c.recentDaysLate());
        assertEquals(r("5.00"), c.earlierDaysLate());
        assertEquals(r("10.00"), c.trendDaysLate());
        assertEquals(3, c.paidInvoices());
        assertEquals(r("5"), c.medianDaysLate());
        assertEquals(r("290"), c.openAr());
        assertEquals(r("250"), c.currentAr());
        assertEquals(r("40"), c.over90Ar());
        assertEquals(2, c.openItems());
    }
}
