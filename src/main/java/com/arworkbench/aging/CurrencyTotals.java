package com.arworkbench.aging;

import java.math.BigDecimal;

/** Totals of one currency. Amounts of different currencies are never added together. */
public final class CurrencyTotals {

    private final String currency;
    private final BucketAmounts amounts;
    private BigDecimal future = BigDecimal.ZERO;
    private long futureItems;

    CurrencyTotals(String currency, int bucketCount) {
        this.currency = currency;
        this.amounts = new BucketAmounts(bucketCount);
    }

    void add(BigDecimal amount, int bucketIndex) {
        amounts.add(amount, bucketIndex);
    }

    void addFuture(BigDecimal amount) {
        future = future.add(amount);
        futureItems++;
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

    /** Items dated after the as-of date: counted and tied out, not aged. */
    public BigDecimal future() {
        return future;
    }

    public long items() {
        return amounts.items();
    }

    public long futureItems() {
        return futureItems;
    }
}
