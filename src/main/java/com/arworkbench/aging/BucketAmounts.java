package com.arworkbench.aging;

import java.math.BigDecimal;
import java.util.Arrays;

/** Amounts per bucket with their total and the credits among them: what a customer line and a currency total share. */
public final class BucketAmounts {

    private final BigDecimal[] buckets;
    private BigDecimal total = BigDecimal.ZERO;
    private BigDecimal credits = BigDecimal.ZERO;
    private long items;

    BucketAmounts(int bucketCount) {
        buckets = new BigDecimal[bucketCount];
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
}
