package com.arworkbench.kpi;

import static com.arworkbench.kpi.Records.invoice;
import static com.arworkbench.kpi.Records.r;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * CEI = (beginning AR + credit sales ÷ N − ending AR) ÷ (beginning AR + credit sales ÷ N − ending current AR) × 100.
 *
 * <pre>
 * Window May (31 days) + June (30 days), E_-1 = 30 April.
 *   X  10 Apr, due 10 May, 1,000, paid 20 May
 *   Y  15 Apr, due 15 May,   500, open
 *   Z   5 May, due  4 Jun, 2,000, paid 10 Jun
 *   W  25 May, due 24 Jun,   800, open
 *   V  10 Jun, due 10 Jul, 1,200, open
 *   U  20 Jun, due 25 Jun,   300, paid 28 Jun
 * AR 30 Apr = X + Y = 1,500.
 * AR 31 May = Y + Z + W = 3,300; current (due ≥ 31 May) = Z + W = 2,800. May sales = 2,800.
 * AR 30 Jun = Y + W + V = 2,500; current (due ≥ 30 Jun) = V = 1,200.  June sales = 1,500.
 * CEI May  = (1,500 + 2,800 − 3,300) ÷ (1,500 + 2,800 − 2,800) × 100 = 1,000 ÷ 1,500 × 100 = 66.67
 * CEI June = (3,300 + 1,500 − 2,500) ÷ (3,300 + 1,500 − 1,200) × 100 = 2,300 ÷ 3,600 × 100 = 63.89
 * CEI 2 months: sales ÷ N = 4,300 ÷ 2 = 2,150;
 *          (1,500 + 2,150 − 2,500) ÷ (1,500 + 2,150 − 1,200) × 100 = 1,150 ÷ 2,450 × 100 = 46.94
 * </pre>
 */
class CollectionEffectivenessIndexTest {

    @Test
    void monthlyAndWindowCeiMatchTheHandComputation() {
        KpiEngine e = new KpiEngine(new KpiParameters(LocalDate.of(2026, 6, 30), 2, 3, 13, 0));
        e.history(invoice("Acme", "2026-04-10", "2026-05-10", "1000", "2026-05-20"));
        e.history(invoice("Acme", "2026-04-15", "2026-05-15", "500", null));
        e.history(invoice("Bolt", "2026-05-05", "2026-06-04", "2000", "2026-06-10"));
        e.history(invoice("Bolt", "2026-05-25", "2026-06-24", "800", null));
        e.history(invoice("Crux", "2026-06-10", "2026-07-10", "1200", null));
        e.history(invoice("Crux", "2026-06-20", "2026-06-25", "300", "2026-06-28"));
        CurrencyKpis eur = e.report().currencies().get("EUR");

        MonthKpis may = eur.months().get(0);
        assertEquals(r("1500"), may.beginningAr());
        assertEquals(r("2800"), may.creditSales());
        assertEquals(r("3300"), may.endingAr());
        assertEquals(r("2800"), may.currentAr());
        assertEquals(r("66.67"), may.cei());

        MonthKpis june = eur.months().get(1);
        assertEquals(r("3300"), june.beginningAr());
        assertEquals(r("1500"), june.creditSales());
        assertEquals(r("2500"), june.endingAr());
        assertEquals(r("1200"), june.currentAr());
        assertEquals(r("63.89"), june.cei());

        WindowKpis window = eur.window();
        assertEquals(r("1500"), window.beginningAr());
        assertEquals(r("4300"), window.totalCreditSales());
        assertEquals(r("46.94"), window.cei());
    }
}
