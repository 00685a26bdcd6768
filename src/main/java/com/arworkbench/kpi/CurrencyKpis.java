package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything for one currency; amounts of different currencies are never added together.
 *
 * @param earliestHistoryDate earliest document date in the history for this currency, null without history
 * @param months              one entry per period, oldest first
 * @param customers           by open AR, largest first
 */
public record CurrencyKpis(
        String currency,
        LocalDate earliestHistoryDate,
        List<MonthKpis> months,
        WindowKpis window,
        List<CustomerKpis> customers,
        CollectionForecast forecast,
        BackTest backTest) {

    public MonthKpis lastMonth() {
        return months.get(months.size() - 1);
    }

    /** The AR rebuilt from the history at the as-of date: the AR of the KPIs (not the ledger's). */
    public BigDecimal endingAr() {
        return lastMonth().endingAr();
    }
}
