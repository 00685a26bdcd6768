package com.arworkbench.aging;

import java.math.BigDecimal;
import java.util.Arrays;

/** Totals of one currency. Amounts of different currencies are never added together. */
public final class CurrencyTotals {

    private final String currency;
    private final BigDecimal[] buckets;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal credits = BigDecimal.ZERO;
    private BigDecimal future = BigDecimal.ZERO;
    private long items;
    private long futureItems;

    CurrencyTotals(String currency, int bucketCount) {
        this.currency = currency;
        this.buckets = new BigDecimal[bucketCount];
        Arrays.fill(buckets, BigDecimal.ZERO);
    }

    void add(BigDecimal amount, int bucketIndex) {
        buckets[bucketIndex] = buckets[bucketIndex].add(amount);
        total = total.add(amount);
        if (amount.signum() < 0) {
            credits = credits.add(amount);
        }
        items++;
    }

    void addFuture(BigDecimal amount) {
        future = future.add(amount);
        futureItems++;
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

    public BigDecimal credits() {
        return credits;
    }

    public BigDecimal future() {
        return future;
    }

    public long items() {
        return items;
    }

    public long futureItems() {
        return futureItems;
    }
}
