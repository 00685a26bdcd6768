package com.arworkbench.aging;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/** One customer's balance in one currency, split by bucket. Mutable while the engine runs. */
public final class CustomerAging {

    private final Customer customer;
    private final String currency;
    private final BigDecimal[] buckets;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal credits = BigDecimal.ZERO;
    private long items;
    private LocalDate oldestOpenDue;

    CustomerAging(Customer customer, String currency, int bucketCount) {
        this.customer = customer;
        this.currency = currency;
        this.buckets = new BigDecimal[bucketCount];
        Arrays.fill(buckets, BigDecimal.ZERO);
    }

    void add(AgedItem aged, int bucketIndex) {
        BigDecimal amount = aged.item().openAmount();
        buckets[bucketIndex] = buckets[bucketIndex].add(amount);
        total = total.add(amount);
        if (amount.signum() < 0) {
            credits = credits.add(amount);
        } else if (oldestOpenDue == null || aged.item().dueDate().isBefore(oldestOpenDue)) {
            oldestOpenDue = aged.item().dueDate();
        }
        items++;
    }

    public Customer customer() {
        return customer;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal bucket(int index) {
        return buckets[index];
    }

    public BigDecimal total() {
        return total;
    }

    /** Credits and unapplied cash (negative), also included in the buckets by their own dates. */
    public BigDecimal credits() {
        return credits;
    }

    public long items() {
        return items;
    }

    /** Oldest due date among the customer's debit items; null if it has only credits. */
    public LocalDate oldestOpenDue() {
        return oldestOpenDue;
    }
}
