package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * One customer's expected cash from its open items at the as-of date, by week (the last slot is "later"):
 * probability-weighted shares while items stream past, turned into exact cents per customer at the end, then its
 * credits taken against its earliest expected payments (a customer pays its invoices net of its credit notes).
 */
final class ExpectedCash {

    static final int UNDISPUTED = 0;
    static final int DISPUTED = 1;
    static final int PROMISED = 2;
    static final int CREDITS = 3;

    private final int weeks;
    private final double[][] shares;
    private final BigDecimal[] debits = {BigDecimal.ZERO, BigDecimal.ZERO};
    private BigDecimal[] promised;
    private BigDecimal credits = BigDecimal.ZERO;
    // The segment of the largest item: the customer's basis is stated for it.
    private BigDecimal largest = BigDecimal.ZERO;
    private int segment;
    // The items expected first: their week, amount and Σ amount × P(paid by the end of that week).
    private int nextWeek = Integer.MAX_VALUE;
    private LocalDate nextDate;
    private BigDecimal nextAmount = BigDecimal.ZERO;
    private double nextMass;

    ExpectedCash(int weeks) {
        this.weeks = weeks;
        this.shares = new double[2][weeks + 1];
    }

    /** An open debit item (or its part not promised) spread by {@code bins} (shares of weeks 1..n, then later). */
    void item(int cls, int itemSegment, BigDecimal amount, double[] bins, ExpectedPayment expected) {
        debits[cls] = debits[cls].add(amount);
        if (amount.compareTo(largest) > 0) {
            largest = amount;
            segment = itemSegment;
        }
        double a = amount.doubleValue();
        for (int w = 0; w <= weeks; w++) {
            shares[cls][w] += a * bins[w];
        }
        if (expected.date() != null && expected.week() >= 1) {
            double byThen = 0;
            for (int w = 0; w < expected.week(); w++) {
                byThen += bins[w];
            }
            next(expected.week(), expected.date(), amount, a * byThen);
        }
    }

    /** A promised payment: the amount in the promise's week (1..n, or later when beyond the horizon). */
    void promise(int week, LocalDate date, BigDecimal amount) {
        if (promised == null) {
            promised = new BigDecimal[weeks + 1];
            Arrays.fill(promised, BigDecimal.ZERO);
        }
        int slot = week >= 1 ? week - 1 : weeks;
        promised[slot] = promised[slot].add(amount);
        if (week >= 1) {
            next(week, date, amount, amount.doubleValue());
        }
    }

    void credit(BigDecimal amount) {
        credits = credits.add(amount);
    }

    private void next(int week, LocalDate date, BigDecimal amount, double mass) {
        if (week < nextWeek) {
            nextWeek = week;
            nextDate = date;
            nextAmount = BigDecimal.ZERO;
            nextMass = 0;
        }
        if (week == nextWeek) {
            nextDate = date.isBefore(nextDate) ? date : nextDate;
            nextAmount = nextAmount.add(amount);
            nextMass += mass;
        }
    }

    /** Exact amounts: [UNDISPUTED, DISPUTED, PROMISED, CREDITS][week 1..n, later]; the credits left over are returned apart. */
    Settled settle() {
        BigDecimal[][] out = new BigDecimal[4][];
        out[UNDISPUTED] = Cents.allocate(debits[UNDISPUTED], shares[UNDISPUTED]);
        out[DISPUTED] = Cents.allocate(debits[DISPUTED], shares[DISPUTED]);
        out[PROMISED] = promised != null ? promised.clone() : zeros();
        out[CREDITS] = zeros();
        BigDecimal remaining = credits.negate();
        for (int w = 0; w <= weeks && remaining.signum() > 0; w++) {
            BigDecimal available = out[UNDISPUTED][w].add(out[DISPUTED][w]).add(out[PROMISED][w]);
            BigDecimal take = available.min(remaining);
            out[CREDITS][w] = take.negate();
            remaining = remaining.subtract(take);
        }
        return new Settled(out, remaining.negate());
    }

    private BigDecimal[] zeros() {
        BigDecimal[] z = new BigDecimal[weeks + 1];
        Arrays.fill(z, BigDecimal.ZERO);
        return z;
    }

    int segment() {
        return segment;
    }

    BigDecimal promisedTotal() {
        return promised == null ? BigDecimal.ZERO : Arrays.stream(promised).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    LocalDate nextDate() {
        return nextDate;
    }

    BigDecimal nextAmount() {
        return nextDate == null ? null : nextAmount;
    }

    /** Amount-weighted P(paid by the end of the next week), 4 decimals; null when nothing is expected in the horizon. */
    BigDecimal nextProbability() {
        if (nextDate == null || nextAmount.signum() == 0) {
            return null;
        }
        return BigDecimal.valueOf(Math.min(1.0, nextMass / nextAmount.doubleValue()))
                .setScale(4, java.math.RoundingMode.HALF_UP);
    }

    /**
     * @param amounts  [kind][week 1..n, later]
     * @param netCredit credits beyond the customer's expected payments (≤ 0): not forecast
     */
    record Settled(BigDecimal[][] amounts, BigDecimal netCredit) {

        BigDecimal total(int week) {
            BigDecimal t = BigDecimal.ZERO;
            for (BigDecimal[] kind : amounts) {
                t = t.add(kind[week]);
            }
            return t;
        }
    }
}
