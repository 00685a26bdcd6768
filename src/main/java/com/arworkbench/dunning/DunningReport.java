package com.arworkbench.dunning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The worklist: notices ranked by score, every overdue item not dunned with its reason, totals per
 * currency, and counts of the items that were not overdue (used, but nothing to chase); for the credit-limit review,
 * every customer with open items ({@code exposures}) and every open item's amount per currency ({@code openTotals}).
 */
public record DunningReport(DunningParameters parameters, List<Notice> notices, List<ExcludedItem> excluded,
                            Map<String, CurrencySummary> currencies, long itemsNotOverdue, long customersMatchedInMaster,
                            long customersNotInMaster, CollectionsMemory memory, List<CustomerExposure> exposures,
                            Map<String, BigDecimal> openTotals) {

    /** A report without the credit review's figures (every customer's exposure, open totals per currency). */
    public DunningReport(DunningParameters parameters, List<Notice> notices, List<ExcludedItem> excluded,
                         Map<String, CurrencySummary> currencies, long itemsNotOverdue, long customersMatchedInMaster,
                         long customersNotInMaster, CollectionsMemory memory) {
        this(parameters, notices, excluded, currencies, itemsNotOverdue, customersMatchedInMaster, customersNotInMaster,
                memory, List.of(), Map.of());
    }

    public DunningReport(DunningParameters parameters, List<Notice> notices, List<ExcludedItem> excluded,
                         Map<String, CurrencySummary> currencies, long itemsNotOverdue, long customersMatchedInMaster,
                         long customersNotInMaster) {
        this(parameters, notices, excluded, currencies, itemsNotOverdue, customersMatchedInMaster, customersNotInMaster,
                CollectionsMemory.empty());
    }

    public long itemsDunned() {
        return notices.stream().mapToLong(n -> n.items().size()).sum();
    }
}
