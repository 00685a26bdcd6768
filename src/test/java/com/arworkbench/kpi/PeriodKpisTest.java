package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.open;
import static com.arworkbench.kpi.Records.openItem;
import static com.arworkbench.kpi.Records.r;
import static com.arworkbench.kpi.Records.record;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.arworkbench.model.DocumentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodKpisTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /**
     * One period, June (30 days).
     * <pre>
     *   A1 15 Jan, due 14 Feb,   400, open          → 136 days past due: over 90
     *   A2  1 Jun, due  1 Jul, 1,000, open          → current
     *   A3  5 Jun, due 20 Jun,   600, open          → 10 days past due
     *   A4  1 May, due 31 May, 2,000, paid 10 Jun   → 10 days late (not a June sale)
     *   A5  2 Jun, due 12 Jun,   500, paid  7 Jun   → 5 days early
     *   W1 write-off 15 Jun, −50, cleared 15 Jun; plus 25 from the write-offs export on 20 Jun
     * Sales June = 1,000 + 600 + 500 = 2,100.  AR 30 Jun = 400 + 1,000 + 600 = 2,000; current 1,000; over 90 400.
     * DSO   = 2,000 ÷ 2,100 × 30 = 28.571… → 28.57
     * BPDSO = 1,000 ÷ 2,100 × 30 = 14.285… → 14.29;  ADD = 28.57 − 14.29 = 14.28
     * % current = 1,000 ÷ 2,000 = 50.00;  % over 90 = 400 ÷ 2,000 = 20.00
     * bad-debt % = (50 + 25) ÷ 2,100 × 100 = 3.571… → 3.57
     * payment delay = (2,000 × 10 + 500 × −5) ÷ (2,000 + 500) = 17,500 ÷ 2,500 = 7.00
     * </pre>
     */
    @Test
    void dsoBestPossibleDsoAddPercentagesBadDebtsAndPaymentDelay() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 1, 3, 13, 0));
        e.history(invoice("A", "2026-01-15", "2026-02-14", "400", null));
        e.history(invoice("A", "2026-06-01", "2026-07-01", "1000", null));
        e.history(invoice("A", "2026-06-05", "2026-06-20", "600", null));
        e.history(invoice("A", "2026-05-01", "2026-05-31", "2000", "2026-06-10"));
        e.history(invoice("A", "2026-06-02", "2026-06-12", "500", "2026-06-07"));
        e.history(record("A", DocumentType.WRITE_OFF, "2026-06-15", "2026-06-15", "-50", "2026-06-15", "EUR"));
        e.writeOff(record("A", DocumentType.WRITE_OFF, "2026-06-20", null, "25", null, "EUR"));
        MonthKpis june = e.report().currencies().get("EUR").lastMonth();

        assertEquals(30, june.days());
        assertEquals(r("2100"), june.creditSales());
        assertEquals(r("2000"), june.endingAr());
        assertEquals(r("1000"), june.currentAr());
        assertEquals(r("400"), june.over90Ar());
        assertNull(june.ledgerEndingAr());   // no open-items export: no reconciling line
        assertNull(june.ledgerGap());
        assertEquals(r("28.57"), june.dso());
        assertEquals(r("14.29"), june.bestPossibleDso());
        assertEquals(r("14.28"), june.averageDaysDelinquent());
        assertEquals(r("50.00"), june.percentCurrent());
        assertEquals(r("20.00"), june.percentOver90());
        assertEquals(r("75"), june.badDebts());
        assertEquals(r("3.57"), june.badDebtPercent());
        assertEquals(r("17500"), june.paymentDelayNumerator());
        assertEquals(r("2500"), june.paymentDelayDenominator());
        assertEquals(2, june.paidInvoices());
        assertEquals(r("7.00"), june.averagePaymentDelay());
    }

    @Test
    void ratiosWithAZeroDenominatorAreEmptyNotZero() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 1, 3, 13, 0));
        e.history(invoice("A", "2026-01-15", "2026-02-14", "400", null)); // AR but no June sales, no payments
        MonthKpis june = e.report().currencies().get("EUR").lastMonth();
        assertNull(june.dso());
        assertNull(june.bestPossibleDso());
        assertNull(june.averageDaysDelinquent());
        assertNull(june.badDebtPercent());
        assertNull(june.averagePaymentDelay());
        assertEquals(r("100.00"), june.percentOver90());
    }

    /**
     * The open items (the ledger) and the prior-period export do not replace the rebuilt AR in the last period: they
     * are reconciling figures beside it. Earlier periods have none.
     * <pre>
     *   history: A dated 10 May, due 9 Jun, 1,000, open → rebuilt 1,000 at 31 May and at 30 Jun
     *   prior export at 31 May: 1,100 (+ 999 dated 2 Jun: after 31 May, left out)
     *   open items at 30 Jun: 1,050 + 200 = 1,250 (+ 70 dated 3 Jul: future-dated, left out; + 30 USD)
     *   June: beginning AR 1,000 (rebuilt), prior export 1,100, gap 100; ending AR 1,000 (rebuilt), ledger 1,250, gap 250
     * </pre>
     */
    @Test
    void ledgerAndPriorExportAreReconcilingFiguresOfTheLastPeriodOnly() {
        KpiEngine e = new KpiEngine(new KpiParameters(AS_OF, 2, 3, 13, 0));
        e.history(invoice("A", "2026-05-10", "2026-06-09", "1000", null));    // rebuilt: 1,000 at 31 May and 30 Jun
        e.prior(open("A", "2026-05-10", "2026-06-09", "1100"));              // prior ledger at 31 May says 1,100
        e.prior(open("A", "2026-06-02", "2026-06-09", "999"));               // dated after 31 May: not in it
        e.openItem(open("A", "2026-05-10", "2026-06-09", "1050"));           // 21 days past due
        e.openItem(open("A", "2026-06-20", "2026-07-20", "200"));            // current
        e.openItem(open("A", "2026-07-03", "2026-08-02", "70"));             // future-dated: not in the ledger AR
        e.openItem(openItem("A", "2026-01-10", "2026-02-09", "30", "USD", null));
        KpiReport report = e.report();
        CurrencyKpis eur = report.currencies().get("EUR");

        MonthKpis may = eur.months().get(0);
        assertEquals(r("1000"), may.endingAr());
        assertNull(may.ledgerEndingAr());
        assertNull(may.priorExportAr());
        assertNull(may.ledgerGap());
        assertNull(may.priorExportGap());

        MonthKpis june = eur.lastMonth();
        assertEquals(r("1000"), june.beginningAr());
        assertEquals(r("1100"), june.priorExportAr());
        assertEquals(r("100"), june.priorExportGap());
        assertEquals(r("1000"), june.endingAr());
        assertEquals(r("0"), june.currentAr());
        assertEquals(r("1250"), june.ledgerEndingAr());
        assertEquals(r("250"), june.ledgerGap());
        assertEquals(1, report.counts().priorFutureDated());
        assertEquals(1, report.counts().openItemsFutureDated());
        assertEquals(r("1320"), eur.forecast().totalOpenAr());
        assertEquals(r("1250"), eur.forecast().kpiOpenAr());

        // USD exists only in the open items: nothing rebuilt (no history behind it), the ledger's 30 is all gap.
        CurrencyKpis usd = report.currencies().get("USD");
        assertEquals(r("0"), usd.endingAr());
        assertEquals(r("0"), usd.lastMonth().over90Ar());
        assertEquals(r("30"), usd.lastMonth().ledgerEndingAr());
        assertEquals(r("30"), usd.lastMonth().ledgerGap());
        assertNull(usd.lastMonth().percentOver90());
        // Currencies are ordered by the ledger's AR, largest first.
        assertEquals(List.of("EUR", "USD"), List.copyOf(report.currencies().keySet()));
    }

    @Test
    void midMonthAsOfMakesTheLastPeriodMonthToDate() {
        KpiEngine e = new KpiEngine(new KpiParameters(LocalDate.of(2026, 6, 15), 3, 3, 13, 0));
        e.history(invoice("A", "2026-06-01", "2026-07-01", "150", null));
        KpiReport report = e.report();
        assertEquals(List.of(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 6, 15)), report.monthEnds());
        MonthKpis last = report.currencies().get("EUR").lastMonth();
        assertEquals(15, last.days());
        assertEquals(LocalDate.of(2026, 6, 1), last.firstDay());
        assertEquals(r("15.00"), last.dso()); // 150 ÷ 150 × 15
    }
}
