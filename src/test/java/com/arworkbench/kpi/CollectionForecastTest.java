package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.d;
import static com.arworkbench.kpi.Records.disputedInvoice;
import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.open;
import static com.arworkbench.kpi.Records.openItem;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The model forecast, by hand. "Split" paid 100 twice 5 days late and twice 19 days late, and one invoice due
 * 21 May is still open at the as-of date, 40 days late (censored). Kaplan–Meier:
 * <pre>
 * days late 5:  at risk 5 (4 paid + 1 open), 2 paid → S = 1 × (1 − 2/5) = 0.6
 * days late 19: at risk 3, 2 paid               → S = 0.6 × (1 − 2/3) = 0.2, and 0.2 from then on (never paid)
 * </pre>
 * With one customer the portfolio curve is the same, so the blend changes nothing. An item d days late on
 * 30 June gets P(week w) = (S(d + 7(w−1)) − S(d + 7w)) ÷ S(d) and later = S(d + 91) ÷ S(d).
 */
class CollectionForecastTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private static KpiEngine split() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        e.forceMethod(ForecastMethod.MODEL);
        paid(e, "Split", 5, "2026-01-01", "2026-02-01");
        paid(e, "Split", 19, "2026-03-01", "2026-04-01");
        e.history(invoice("Split", "2026-04-21", "2026-05-21", "100", null));
        return e;
    }

    /** Invoices of 100, due 30 days after their date and paid {@code late} days after the due date. */
    private static void paid(KpiEngine e, String customer, int late, String... documentDates) {
        for (String doc : documentDates) {
            LocalDate due = d(doc).plusDays(30);
            e.history(invoice(customer, doc, due.toString(), "100", due.plusDays(late).toString()));
        }
    }

    /**
     * <pre>
     * item               days late   week 1   week 2    week 3   week 6  week 8   later
     * due 28 Jun, 1,000      2        400       0        400                      200      (0.4, 0, 0.4; 0.2)
     * due 20 Jun,   500     10          0     333.33                              166.67   (S(10) = 0.6: 0.4 ÷ 0.6)
     * due  1 May,   300     60                                                    300      (S flat after 19)
     * due  1 Aug,   100    −32                                   40      40       20
     * credit −150: taken from week 1 (400 → 250)
     * OnlyCredit −80: no expected payment to take it from → not forecast
     * weeks 250 + 333.33 + 400 + 40 + 40 = 1,063.33; later 686.67 (cents by largest remainder); not forecast −80
     * total 1,063.33 + 686.67 − 80 = 1,670 = 1,000 + 500 + 300 + 100 − 150 − 80
     * </pre>
     */
    @Test
    void itemsAreSpreadByTheCustomersDelaysGivenTheyAreStillUnpaid() {
        KpiEngine e = split();
        ExpectedPayment first = e.openItem(open("Split", "2026-05-29", "2026-06-28", "1000"));
        // Cumulative 0.4 by day 9 late, 0.8 by day 19: more likely than not paid on 17 July (19 days late).
        assertEquals(d("2026-07-17"), first.date());
        assertEquals(3, first.week());
        assertEquals(r("0.8000"), first.probability());
        assertEquals("customer days late (4 paid, weight 57%) + portfolio (4 paid)", first.basis());
        ExpectedPayment overdue = e.openItem(open("Split", "2026-05-21", "2026-06-20", "500"));
        assertEquals(d("2026-07-09"), overdue.date());
        assertEquals(2, overdue.week());
        assertEquals(r("0.6667"), overdue.probability());
        ExpectedPayment old = e.openItem(open("Split", "2026-04-01", "2026-05-01", "300"));
        assertNull(old.date());
        assertEquals(ExpectedPayment.LATER, old.week());
        assertEquals(0, old.probability().signum());
        e.openItem(open("Split", "2026-06-25", "2026-08-01", "100"));
        ExpectedPayment credit = e.openItem(open("Split", "2026-06-01", "2026-06-01", "-150"));
        assertEquals(ExpectedPayment.NOT_FORECAST, credit.week());
        e.openItem(open("OnlyCredit", "2026-06-01", "2026-06-01", "-80"));

        CollectionForecast f = e.report().currencies().get("EUR").forecast();
        assertEquals(r("400.00"), f.weeks().get(0).undisputed());
        assertEquals(r("-150.00"), f.weeks().get(0).credits());
        assertEquals(r("250.00"), f.weeks().get(0).amount());
        assertEquals(r("333.33"), f.weeks().get(1).amount());
        assertEquals(r("400.00"), f.weeks().get(2).amount());
        assertEquals(r("40.00"), f.weeks().get(5).amount());
        assertEquals(r("0.00"), f.weeks().get(6).amount());
        assertEquals(r("40.00"), f.weeks().get(7).amount());
        assertEquals(r("1063.33"), f.weeksTotal());
        assertEquals(r("686.67"), f.later().amount());
        assertEquals(r("-80.00"), f.notForecast());
        assertEquals(1, f.netCreditCustomers());
        assertEquals(r("1670"), f.totalOpenAr());
        assertTrue(f.tiesOut(), f.difference().toPlainString());

        CustomerForecast split = e.report().currencies().get("EUR").customers().stream()
                .filter(c -> c.customer().displayName().equals("Split")).findFirst().orElseThrow().forecast();
        assertEquals(r("1063.33"), split.expectedInHorizon());
        assertEquals(d("2026-07-09"), split.nextDate());
        assertEquals(r("500"), split.nextAmount());
        assertEquals(r("0.6667"), split.nextProbability());
    }

    /**
     * A promise of 600 for 20 July (day 20, week 3) on the 1,000 item overrides the model for 600; the other 400
     * is spread 160 / 160 / later 80. A promise already past on 25 June is broken: the 500 item stays on the model.
     */
    @Test
    void promisesFromTheWorklistOverrideTheModel() {
        KpiEngine e = split();
        ExpectedPayment promised = e.openItem(open("Split", "2026-05-29", "2026-06-28", "1000"),
                new Promise(d("2026-07-20"), r("600")));
        assertEquals(d("2026-07-20"), promised.date());
        assertEquals(3, promised.week());
        assertEquals(BigDecimal.ONE, promised.probability());
        ExpectedPayment broken = e.openItem(open("Split", "2026-05-21", "2026-06-20", "500"),
                new Promise(d("2026-06-25"), null));
        assertEquals(d("2026-07-09"), broken.date());

        CollectionForecast f = e.report().currencies().get("EUR").forecast();
        assertEquals(r("160.00"), f.weeks().get(0).undisputed());
        assertEquals(r("600"), f.weeks().get(2).promised());
        assertEquals(r("760.00"), f.weeks().get(2).amount());
        assertEquals(r("333.33"), f.weeks().get(1).amount());
        assertEquals(r("246.67"), f.later().amount());
        assertEquals(r("600"), f.promisedOpen());
        assertTrue(f.tiesOut());
    }

    /**
     * "D" paid four invoices on the due date and three disputed ones 60 days late. Its disputed open item
     * (10 days late) is expected 60 days late, in week 8 (days 57–63 after 30 June); its undisputed item due
     * 10 July on the due date, in week 2.
     */
    @Test
    void disputedItemsAreForecastOnDisputedDelays() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        e.forceMethod(ForecastMethod.MODEL);
        paid(e, "D", 0, "2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01");
        for (String doc : new String[] {"2025-10-01", "2025-11-01", "2025-12-01"}) {
            LocalDate due = d(doc).plusDays(30);
            e.history(disputedInvoice("D", doc, due.toString(), "100", due.plusDays(60).toString()));
        }
        ExpectedPayment disputed = e.openItem(openItem("D", "2026-05-21", "2026-06-20", "700", "EUR", "price"));
        assertEquals(8, disputed.week());
        assertEquals("disputed: customer disputed invoices' days late (3 paid, weight 50%) + portfolio (3 paid)",
                disputed.basis());
        assertEquals(2, e.openItem(open("D", "2026-06-10", "2026-07-10", "100")).week());
        CollectionForecast f = e.report().currencies().get("EUR").forecast();
        assertEquals(r("700.00"), f.weeks().get(7).disputed());
        assertEquals(r("100.00"), f.weeks().get(1).undisputed());
        assertEquals(r("700"), f.disputedOpen());
        assertTrue(f.tiesOut());
    }

    @Test
    void withoutDisputedHistoryDisputedItemsUseTheUndisputedDelaysAndSaySo() {
        KpiEngine e = split();
        ExpectedPayment p = e.openItem(openItem("Split", "2026-05-29", "2026-06-28", "1000", "EUR", "yes"));
        assertEquals(d("2026-07-17"), p.date());
        assertTrue(p.basis().startsWith("disputed, but no disputed invoice was paid in the history: "), p.basis());
    }

    /**
     * A customer with no history falls back to the portfolio of invoices like its own when the history supports it
     * (at least 50 paid): fifty small invoices on 30-day terms were paid on the due date, fifty large ones 30 days
     * late. A new customer's large item due 10 July is expected 30 days late (day 40, week 6); its small one on the
     * due date (day 10, week 2). The portfolio as a whole would have split each half and half.
     */
    @Test
    void withoutOwnHistoryTheSegmentOfTheInvoiceDecides() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        e.forceMethod(ForecastMethod.MODEL);
        for (int i = 0; i < 50; i++) {
            e.history(invoice("Small" + i, "2026-01-05", "2026-02-04", "500", "2026-02-04"));
            e.history(invoice("Large" + i, "2026-01-05", "2026-02-04", "20000", "2026-03-06"));
        }
        ExpectedPayment large = e.openItem(open("New", "2026-06-10", "2026-07-10", "20000"));
        assertEquals(6, large.week());
        assertEquals("portfolio days late of invoices 10,000–99,999, terms 21–45 days (50 paid; customer none)",
                large.basis());
        assertEquals(2, e.openItem(open("New", "2026-06-10", "2026-07-10", "500")).week());
        CollectionForecast f = e.report().currencies().get("EUR").forecast();
        assertEquals(r("20000.00"), f.weeks().get(5).amount());
        assertEquals(r("500.00"), f.weeks().get(1).amount());
    }

    /** Amounts with three decimals (KWD) are spread to the mil and still tie; so does the back-test. */
    @Test
    void threeDecimalAmountsTieExactly() {
        KpiEngine e = new KpiEngine(KpiParameters.defaults(AS_OF));
        for (String doc : new String[] {"2025-10-01", "2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01"}) {
            LocalDate due = d(doc).plusDays(30);
            e.history(Records.record("K", com.arworkbench.model.DocumentType.INVOICE, doc, due.toString(), "100.125",
                    due.plusDays(doc.endsWith("10-01") ? 3 : 17).toString(), "KWD"));
        }
        e.history(Records.record("K", com.arworkbench.model.DocumentType.INVOICE, "2026-03-10", "2026-04-09", "33.333",
                null, "KWD"));
        e.openItem(openItem("K", "2026-06-01", "2026-07-01", "10.001", "KWD", null));
        e.openItem(openItem("K", "2026-05-01", "2026-05-31", "20.002", "KWD", null));
        e.openItem(openItem("K", "2026-06-02", "2026-06-02", "-1.001", "KWD", null));
        KpiReport report = e.report();
        CollectionForecast f = report.currencies().get("KWD").forecast();
        assertEquals(r("29.002"), f.totalOpenAr());
        assertTrue(f.tiesOut(), f.difference().toPlainString());
        assertEquals(3, f.later().amount().scale());
        assertTrue(report.currencies().get("KWD").backTest().tiesOut());
    }

    /** Baseline (b): due date + the customer's median days late (5, 5, 19, 19 → 12); overdue items in week 1. */
    @Test
    void theMedianBaselinePutsEachItemOnOneDate() {
        KpiEngine e = split();
        e.forceMethod(ForecastMethod.MEDIAN_LAG);
        ExpectedPayment p = e.openItem(open("Split", "2026-06-20", "2026-07-20", "100"));
        assertEquals(d("2026-08-01"), p.date());
        assertEquals("due date + customer median 12 days late (4 paid) (baseline (b))", p.basis());
        ExpectedPayment passed = e.openItem(open("Split", "2026-05-01", "2026-06-01", "100"));
        assertEquals(1, passed.week());
        assertTrue(passed.expectedDatePassed());
        ExpectedPayment nobody = e.openItem(openItem("Nobody", "2026-06-01", "2026-07-01", "900", "USD", null));
        assertEquals(d("2026-07-01"), nobody.date());
        assertEquals("no payment history: due date (baseline (b))", nobody.basis());
        assertTrue(e.report().tiesOut());
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
