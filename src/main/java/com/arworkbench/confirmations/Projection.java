package com.arworkbench.confirmations;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The MUS projection of one difference: a key item, or a sampled balance of at least the interval, counts its
 * actual difference; a sampled balance below the interval projects its tainting (difference / book value) over
 * the interval, rounded to the cent. Balances that were not confirmed project nothing.
 */
public final class Projection {

    private Projection() {
    }

    public static BigDecimal projected(Confirmation c, BigDecimal interval, BigDecimal difference) {
        return projected(c, interval, null, difference);
    }

    /**
     * The projection in a stratified sample too: a balance of stratum {@code stratum} projects its difference times
     * the stratum's book value ÷ its sampled book value (ratio estimation), rounded to the cent.
     */
    public static BigDecimal projected(Confirmation c, BigDecimal interval, Stratum stratum, BigDecimal difference) {
        if (difference == null || !c.selection().confirmed()) {
            return BigDecimal.ZERO;
        }
        if (c.selection() == Selection.SAMPLED_STRATUM && stratum != null) {
            return difference.multiply(stratum.bookValue()).divide(stratum.sampledBook(), 2, RoundingMode.HALF_UP);
        }
        BigDecimal book = c.balance().amount();
        if (c.selection() == Selection.KEY_ITEM || interval == null || book.compareTo(interval) >= 0) {
            return difference;
        }
        return difference.multiply(interval).divide(book, 2, RoundingMode.HALF_UP);
    }
}
