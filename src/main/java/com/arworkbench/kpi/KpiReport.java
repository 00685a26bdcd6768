package com.arworkbench.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The KPI engine's result.
 *
 * @param monthEnds       E_-1 … E_{months-1}: the month end before the window, then each period's end
 * @param currencies      by absolute AR, largest first (the ledger's when open items were given, else the rebuilt) (currency "" when the export has none)
 * @param openItemsGiven  an open-items export was given: the last period carries its AR as a reconciling figure
 *                        ({@link MonthKpis#ledgerEndingAr()}); the KPIs still use the rebuilt AR
 * @param priorGiven      a prior-period export was given: the last period carries its AR as a reconciling figure
 *                        ({@link MonthKpis#priorExportAr()}); the KPIs still use the rebuilt AR
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
