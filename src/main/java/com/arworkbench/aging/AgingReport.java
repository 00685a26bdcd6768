package com.arworkbench.aging;

import java.util.List;
import java.util.Map;

/**
 * The result: customers sorted by currency, then largest total first; totals per currency in
 * currency order.
 */
public record AgingReport(AgingParameters parameters, List<CustomerAging> customers,
                          Map<String, CurrencyTotals> currencies) {

    public long itemsAged() {
        return currencies.values().stream().mapToLong(CurrencyTotals::items).sum();
    }

    public long itemsFuture() {
        return currencies.values().stream().mapToLong(CurrencyTotals::futureItems).sum();
    }
}
