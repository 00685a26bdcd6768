package com.arworkbench.kpi;

import java.util.Arrays;

/**
 * A customer's invoices open at one stage date (a back-test cut-off or the as-of date), grouped by days late
 * on that date and {@link Segment}: how many and how much. They are the censored observations of the
 * customer's delay curve and, at a cut-off, the items the back-test forecasts. Never one entry per invoice: new
 * entries are appended and, when the arrays fill, sorted and merged (histories arrive in date order, so a
 * sorted insert would move the whole array on every invoice).
 */
final class OpenDays {

    /** Days late are kept within ±100,000 by the caller; shifted to be non-negative in the key. */
    private static final int OFFSET = 1 << 17;

    private int[] keys = new int[4];      // (days late + OFFSET) << 8 | segment
    private int[] counts = new int[4];
    private double[] amounts = new double[4];
    private int size;
    private boolean compact = true;

    void add(int day, int segment, double amount) {
        int key = ((day + OFFSET) << 8) | segment;
        if (size > 0 && keys[size - 1] == key) {
            counts[size - 1]++;
            amounts[size - 1] += amount;
            return;
        }
        if (size == keys.length) {
            compact();
            if (size > keys.length / 2) {
                keys = Arrays.copyOf(keys, keys.length * 2);
                counts = Arrays.copyOf(counts, counts.length * 2);
                amounts = Arrays.copyOf(amounts, amounts.length * 2);
            }
        }
        if (size > 0 && key < keys[size - 1]) {
            compact = false;
        }
        keys[size] = key;
        counts[size] = 1;
        amounts[size] = amount;
        size++;
    }

    /** Sorts the entries by day and segment and merges equal ones. */
    private void compact() {
        if (compact) {
            return;
        }
        // (key, position) packed in longs: a primitive sort, no boxing on the history's hot path.
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = ((long) keys[i] << 32) | i;
        }
        Arrays.sort(order);
        int[] k = new int[keys.length];
        int[] c = new int[keys.length];
        double[] m = new double[keys.length];
        int n = 0;
        for (long o : order) {
            int i = (int) o;
            if (n > 0 && k[n - 1] == keys[i]) {
                c[n - 1] += counts[i];
                m[n - 1] += amounts[i];
            } else {
                k[n] = keys[i];
                c[n] = counts[i];
                m[n] = amounts[i];
                n++;
            }
        }
        keys = k;
        counts = c;
        amounts = m;
        size = n;
        compact = true;
    }

    int size() {
        compact();
        return size;
    }

    int day(int i) {
        compact();
        return (keys[i] >> 8) - OFFSET;
    }

    int segment(int i) {
        compact();
        return keys[i] & 0xFF;
    }

    double amount(int i) {
        compact();
        return amounts[i];
    }

    /** Adds (sign +1) or removes (−1) the counts into {@code dense}, indexed by days late − {@link Curve#MIN}. */
    void addCountsTo(int[] dense, int sign) {
        for (int i = 0; i < size; i++) {
            dense[Curve.clamp((keys[i] >> 8) - OFFSET) - Curve.MIN] += sign * counts[i];
        }
    }
}
