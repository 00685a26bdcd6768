package com.arworkbench.dunning;

import java.util.List;
import java.util.Map;

/**
 * The worklist: notices ranked by score, every overdue item not dunned with its reason, totals per
 * currency, and counts of the items that were not overdue (used, but nothing to chase).
 */
public record DunningReport(DunningParameters parameters, List<Notice> notices, List<ExcludedItem> excluded,
                            Map<String, CurrencySummary> currencies, long itemsNotOverdue, long customersMatchedInMaster,
                            long customersNotInMaster, CollectionsMemory memory) {

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
