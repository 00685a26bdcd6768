package com.arworkbench.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The KPI engine's result.
 *
 * @param monthEnds       E_-1 … E_{months-1}: the month end before the window, then each period's end
 * @param currencies      by absolute ending AR, largest first (currency "" when the export has none)
 * @param openItemsGiven  the last period's ending balances come from the open-items export
 * @param priorGiven      the last period's beginning AR comes from the prior-period export
 */
public record KpiReport(
        KpiParameters parameters,
        List<LocalDate> monthEnds,
        Map<String, CurrencyKpis> currencies,
        InputCounts counts,
        boolean openItemsGiven,
        boolean priorGiven,
        List<Kpi.MethodStatement> methods) {

    public List<Kpi> definitions() {
        return List.of(Kpi.values());
    }

    /** True when every currency's forecast ties out to its open AR and every back-test ties out. */
    public boolean tiesOut() {
        return currencies.values().stream().allMatch(c -> c.forecast().tiesOut()
                && (!c.backTest().available() || c.backTest().tiesOut()));
    }
}
