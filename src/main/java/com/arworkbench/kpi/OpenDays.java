package com.arworkbench.kpi;

import java.util.Arrays;

/**
 * A customer's invoices open at one stage date (a back-test cut-off or the as-of date), grouped by days late
 * on that date: how many and how much. They are the censored observations of the customer's delay curve and,
 * at a cut-off, the items the back-test forecasts. Never one entry per invoice: new entries are appended and,
 * when the arrays fill, sorted and merged by day (histories arrive in date order, so a sorted insert would move
 * the whole array on every invoice).
 */
final class OpenDays {

    private int[] days = new int[4];
    private int[] counts = new int[4];
    private double[] amounts = new double[4];
    private int size;
    private boolean compact = true;

    void add(int day, double amount) {
        if (size > 0 && days[size - 1] == day) {
            counts[size - 1]++;
            amounts[size - 1] += amount;
            return;
        }
        if (size == days.length) {
            compact();
            if (size > days.length / 2) {
                days = Arrays.copyOf(days, days.length * 2);
                counts = Arrays.copyOf(counts, counts.length * 2);
                amounts = Arrays.copyOf(amounts, amounts.length * 2);
            }
        }
        if (size > 0 && day < days[size - 1]) {
            compact = false;
        }
        days[size] = day;
        counts[size] = 1;
        amounts[size] = amount;
        size++;
    }

    /** Sorts the entries by day and merges equal days. */
    private void compact() {
        if (compact) {
            return;
        }
        // Sort (day, position) pairs packed in longs: no boxing on the history's hot path.
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = ((long) days[i] << 32) | i;
        }
        Arrays.sort(order);
        int[] d = new int[days.length];
        int[] c = new int[days.length];
        double[] m = new double[days.length];
        int n = 0;
        for (int k = 0; k < size; k++) {
            int i = (int) order[k];
            if (n > 0 && d[n - 1] == days[i]) {
                c[n - 1] += counts[i];
                m[n - 1] += amounts[i];
            } else {
                d[n] = days[i];
                c[n] = counts[i];
                m[n] = amounts[i];
                n++;
            }
        }
        days = d;
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
        return days[i];
    }

    int count(int i) {
        compact();
        return counts[i];
    }

    double amount(int i) {
        compact();
        return amounts[i];
    }

    /** Adds (sign +1) or removes (−1) the counts into {@code dense}, indexed by days late − {@link Curve#MIN}. */
    void addCountsTo(int[] dense, int sign) {
        for (int i = 0; i < size; i++) {
            dense[Curve.clamp(days[i]) - Curve.MIN] += sign * counts[i];
        }
    }
}
