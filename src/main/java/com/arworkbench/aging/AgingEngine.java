package com.arworkbench.aging;

import com.arworkbench.model.OpenItem;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ages items one at a time and keeps only per-customer sums, so memory grows with customers, not
 * rows. Credits and unapplied cash age by their own date and net within the customer.
 */
public final class AgingEngine {

    private final AgingParameters parameters;
    /** Currency, then customer key: no string is built per row to find the customer's line. */
    private final Map<String, Map<String, CustomerAging>> customers = new HashMap<>();
    private final Map<String, CurrencyTotals> currencies = new TreeMap<>();
    /** Local-currency amounts of the aged items, by bucket; null until an item carries one. */
    private BucketAmounts local;

    public AgingEngine(AgingParameters parameters) {
        this.parameters = parameters;
    }

    public AgedItem age(OpenItem item) {
        LocalDate asOf = parameters.asOf();
        CurrencyTotals totals = currencies.computeIfAbsent(item.currency(),
                c -> new CurrencyTotals(c, parameters.buckets().size()));
        if (item.documentDate() != null && item.documentDate().isAfter(asOf)) {
            totals.addFuture(item.openAmount());
            return new AgedItem(item, ChronoUnit.DAYS.between(item.dueDate(), asOf), null, true);
        }
        LocalDate from = parameters.basis() == AgingBasis.DOCUMENT && item.documentDate() != null
                ? item.documentDate() : item.dueDate();
        long age = ChronoUnit.DAYS.between(from, asOf);
        int index = parameters.buckets().indexOf(age);
        AgedItem aged = new AgedItem(item, age, parameters.buckets().buckets().get(index), false);
        customers.computeIfAbsent(item.currency(), c -> new HashMap<>())
                .computeIfAbsent(item.customer().key(), k -> new CustomerAging(item.customer(), item.currency(),
                        parameters.buckets().size()))
                .add(aged, index);
        totals.add(item.openAmount(), index);
        if (item.localAmount() != null) {
            if (local == null) {
                local = new BucketAmounts(parameters.buckets().size());
            }
            local.add(item.localAmount(), index);
        }
        return aged;
    }

    public AgingReport report() {
        List<CustomerAging> sorted = new ArrayList<>();
        customers.values().forEach(m -> sorted.addAll(m.values()));
        sorted.sort(Comparator.comparing(CustomerAging::currency)
                .thenComparing(CustomerAging::total, Comparator.reverseOrder())
                .thenComparing(c -> c.customer().displayName()));
        return new AgingReport(parameters, List.copyOf(sorted), java.util.Collections.unmodifiableMap(new TreeMap<>(currencies)),
                local);
    }
}
