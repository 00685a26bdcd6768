package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.util.Arrays;

/**
 * A small sorted map from a day offset to an amount, in two parallel arrays. Used for a customer's
 * invoices open at the back-test cut-off, keyed by due date − cut-off: the forecast lag is only known
 * at report time, so amounts are kept by due day (clamped by the caller), never one entry per invoice.
 */
final class AmountsByDay {

    private int[] days = new int[2];
    private BigDecimal[] amounts = new BigDecimal[2];
    private int size;

    void add(int day, BigDecimal amount) {
        int at = Arrays.binarySearch(days, 0, size, day);
        if (at >= 0) {
            amounts[at] = amounts[at].add(amount);
            return;
        }
        int insert = -at - 1;
        if (size == days.length) {
            days = Arrays.copyOf(days, size * 2);
            amounts = Arrays.copyOf(amounts, size * 2);
        }
        System.arraycopy(days, insert, days, insert + 1, size - insert);
        System.arraycopy(amounts, insert, amounts, insert + 1, size - insert);
        days[insert] = day;
        amounts[insert] = amount;
        size++;
    }

    int size() {
        return size;
    }

    int day(int i) {
        return days[i];
    }

    BigDecimal amount(int i) {
        return amounts[i];
    }
}
