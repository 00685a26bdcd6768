package com.arworkbench.aging;

import java.util.List;
import java.util.Map;

/**
 * The result: customers sorted by currency, then largest total first; totals per currency in
 * currency order.
 *
 * @param local the aged items' open amounts in the company's local currency, by bucket: one figure across all
 *              document currencies that ties to a GL kept in local currency; null when the export has none
 */
public record AgingReport(AgingParameters parameters, List<CustomerAging> customers,
                          Map<String, CurrencyTotals> currencies, BucketAmounts local) {

    public long itemsAged() {
        return currencies.values().stream().mapToLong(CurrencyTotals::items).sum();
    }

    public long itemsFuture() {
        return currencies.values().stream().mapToLong(CurrencyTotals::futureItems).sum();
    }
}
