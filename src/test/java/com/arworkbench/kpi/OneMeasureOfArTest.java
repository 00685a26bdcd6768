package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.open;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, point 3: one measure of AR per month. The as-of month's KPIs use the AR rebuilt from the history, like
 * every other month, even when the open-items export (the ledger) and the prior-period export disagree with it;
 * those are only reconciling figures.
 *
 * <pre>
 * Window May (31 days) + June (30 days), E_-1 = 30 April.
 * History:
 *   P  10 Apr, due 10 May, 1,000, paid 20 May
 *   Q   5 May, due  4 Jun, 2,000, open            (the ledger knows of a partial payment: 1,200 left)
 *   R  10 Jun, due 10 Jul,   900, open
 *   S  15 Jun, due 20 Jun,   600, paid 25 Jun
 * Rebuilt AR: 30 Apr P = 1,000;  31 May Q = 2,000, current 2,000 (due 4 Jun ≥ 31 May);
 *             30 Jun Q + R = 2,900, current R = 900, over 90 = 0.
 * Sales: May Q = 2,000; June R + S = 1,500.
 * Prior-period export at 31 May: Q 2,000 + U 250 (not in the history) = 2,250.
 * Open items at 30 Jun (ledger): Q 1,200 + R 900 + T 300 (not in the history) − 100 (unapplied cash) = 2,300.
 *
 * June, all on the rebuilt AR:
 *   beginning AR = 2,000 (May's ending, not the prior export's 2,250)
 *   DSO       = 2,900 ÷ 1,500 × 30 = 58.00;  BPDSO = 900 ÷ 1,500 × 30 = 18.00;  ADD = 40.00
 *   countback = June's 1,500 used up (30 days), 1,400 left of May's 2,000: 30 + 1,400 ÷ 2,000 × 31 = 51.70
 *   CEI       = (2,000 + 1,500 − 2,900) ÷ (2,000 + 1,500 − 900) × 100 = 600 ÷ 2,600 × 100 = 23.0769… → 23.08
 *   % current = 900 ÷ 2,900 × 100 = 31.034… → 31.03;  % over 90 = 0.00
 * Window CEI (N = 2): sales ÷ N = 3,500 ÷ 2 = 1,750;
 *   (1,000 + 1,750 − 2,900) ÷ (1,000 + 1,750 − 900) × 100 = −150 ÷ 1,850 × 100 = −8.108… → −8.11
 * Reconciling lines: ledger 2,300 − rebuilt 2,900 = gap −600; prior export 2,250 − rebuilt beginning 2,000 = gap 250.
 * (Mixing the measures, as before, gave June CEI (2,250 + 1,500 − 2,300) ÷ (2,250 + 1,500 − 1,200) = 56.86 and
 * DSO 2,300 ÷ 1,500 × 30 = 46.00.)
 * </pre>
 */
class OneMeasureOfArTest {

    @Test
    void asOfMonthKpisAndRollForwardUseTheRebuiltArAndTheGapIsLedgerMinusRebuilt() {
        KpiEngine e = new KpiEngine(new KpiParameters(LocalDate.of(2026, 6, 30), 2, 3, 13, 0));
        e.history(invoice("P", "2026-04-10", "2026-05-10", "1000", "2026-05-20"));
        e.history(invoice("Q", "2026-05-05", "2026-06-04", "2000", null));
        e.history(invoice("R", "2026-06-10", "2026-07-10", "900", null));
        e.history(invoice("S", "2026-06-15", "2026-06-20", "600", "2026-06-25"));
        e.prior(open("Q", "2026-05-05", "2026-06-04", "2000"));
        e.prior(open("U", "2026-05-20", "2026-06-19", "250"));
        e.openItem(open("Q", "2026-05-05", "2026-06-04", "1200"));
        e.openItem(open("R", "2026-06-10", "2026-07-10", "900"));
        e.openItem(open("T", "2026-06-15", "2026-07-15", "300"));
        e.openItem(open("Q", "2026-06-25", "2026-06-25", "-100"));
        CurrencyKpis eur = e.report().currencies().get("EUR");

        MonthKpis may = eur.months().get(0);
        assertEquals(r("1000"), may.beginningAr());
        assertEquals(r("2000"), may.endingAr());
        assertEquals(r("100.00"), may.cei());

        MonthKpis june = eur.lastMonth();
        // The roll-forward: June starts where May ended.
        assertEquals(may.endingAr(), june.beginningAr());
        assertEquals(r("2000"), june.beginningAr());
        assertEquals(r("1500"), june.creditSales());
        assertEquals(r("2900"), june.endingAr());
        assertEquals(r("900"), june.currentAr());
        assertEquals(r("0"), june.over90Ar());
        assertEquals(r("58.00"), june.dso());
        assertEquals(r("18.00"), june.bestPossibleDso());
        assertEquals(r("40.00"), june.averageDaysDelinquent());
        assertEquals(r("51.70"), june.countbackDso());
        assertTrue(june.countbackComplete());
        assertEquals(r("23.08"), june.cei());
        assertEquals(r("31.03"), june.percentCurrent());
        assertEquals(r("0.00"), june.percentOver90());

        // The reconciling lines.
        assertEquals(r("2300"), june.ledgerEndingAr());
        assertEquals(r("-600"), june.ledgerGap());
        assertEquals(r("2250"), june.priorExportAr());
        assertEquals(r("250"), june.priorExportGap());

        WindowKpis window = eur.window();
        assertEquals(r("1000"), window.beginningAr());
        assertEquals(r("2900"), window.endingAr());
        assertEquals(r("900"), window.endingCurrentAr());
        assertEquals(r("58.00"), window.dso());
        assertEquals(r("-8.11"), window.cei());
    }
}
