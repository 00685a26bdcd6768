package com.arworkbench.kpi;

import java.util.Arrays;

/**
 * A customer's invoices open at one stage date (a back-test cut-off or the as-of date), grouped by days late
 * on that date: how many and how much. They are the censored observations of the
 * customer's delay curve and, at a cut-off, the items the back-test forecasts. Never one entry per invoice.
 */
final class OpenDays {

    private int[] days = new int[2];
    private int[] counts = new int[2];
    private double[] amounts = new double[2];
    private int size;

    void add(int day, double amount) {
        int at = Arrays.binarySearch(days, 0, size, day);
        if (at < 0) {
            at = -at - 1;
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
                amounts = Arrays.copyOf(amounts, size * 2);
            }
            System.arraycopy(days, at, days, at + 1, size - at);
            System.arraycopy(counts, at, counts, at + 1, size - at);
            System.arraycopy(amounts, at, amounts, at + 1, size - at);
            days[at] = day;
            counts[at] = 0;
            amounts[at] = 0;
            size++;
        }
        counts[at]++;
        amounts[at] += amount;
    }

    int size() {
        return size;
    }

    int day(int i) {
        return days[i];
    }

    int count(int i) {
        return counts[i];
    }

    double amount(int i) {
        return amounts[i];
    }

    /** Adds (sign +1) or removes (−1) the counts into {@code dense}, indexed by days late − {@link Curve#MIN}. */
    void addCountsTo(int[] dense, int sign) {
        for (int i = 0; i < size; i++) {
            dense[Curve.clamp(days[i]) - Curve.MIN] += sign * counts[i];
        }
    }
}
