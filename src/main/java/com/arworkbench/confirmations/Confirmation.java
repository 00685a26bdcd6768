package com.arworkbench.confirmations;

import java.math.BigDecimal;

/**
 * One customer balance and what became of it: {@code points} the selection points that fell in it (0 for key
 * items and the rest), {@code cumulativeFrom} where its monetary units start in the sampled population (null
 * unless it was in that population), {@code stratum} its stratum in a stratified sample (1 …), else 0.
 */
public record Confirmation(Balance balance, Selection selection, int points, BigDecimal cumulativeFrom, int stratum) {

    /** A balance outside any stratum (key items, the monetary-unit sample, zero and credit balances). */
    public Confirmation(Balance balance, Selection selection, int points, BigDecimal cumulativeFrom) {
        this(balance, selection, points, cumulativeFrom, 0);
    }
}
