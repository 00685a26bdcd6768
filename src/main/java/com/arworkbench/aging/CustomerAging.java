package com.arworkbench.aging;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer's balance in one currency, split by bucket. Mutable while the engine runs. */
public final class CustomerAging {

    private final Customer customer;
    private final String currency;
    private final BucketAmounts amounts;
    private LocalDate oldestOpenDue;

    CustomerAging(Customer customer, String currency, int bucketCount) {
        this.customer = customer;
        this.currency = currency;
        this.amounts = new BucketAmounts(bucketCount);
    }

    void add(AgedItem aged, int bucketIndex) {
        BigDecimal amount = aged.item().openAmount();
        amounts.add(amount, bucketIndex);
        if (amount.signum() > 0 && (oldestOpenDue == null || aged.item().dueDate().isBefore(oldestOpenDue))) {
            oldestOpenDue = aged.item().dueDate();
        }
    }

    public Customer customer() {
        return customer;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal bucket(int index) {
        return amounts.bucket(index);
    }

    public BigDecimal total() {
        return amounts.total();
    }

    public BigDecimal credits() {
        return amounts.credits();
    }

    public long items() {
        return amounts.items();
    }

    /** Oldest due date among the customer's debit items; null if it has only credits. */
    public LocalDate oldestOpenDue() {
        return oldestOpenDue;
    }
}
