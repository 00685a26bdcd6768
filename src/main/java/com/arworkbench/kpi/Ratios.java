package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one place where KPI figures are rounded. Numerators and denominators are exact BigDecimals
 * (multiplications first), then a single division rounds to {@link #SCALE} decimals, half-up. A zero
 * denominator gives null, never zero: "no sales" is not "DSO 0".
 */
final class Ratios {

    static final int SCALE = 2;
    static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    static BigDecimal divide(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || numerator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.divide(denominator, SCALE, ROUNDING);
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return divide(part.multiply(HUNDRED), whole);
    }

    /** balance ÷ sales × days, multiplied out first so there is one rounding. */
    static BigDecimal days(BigDecimal balance, BigDecimal sales, int days) {
        return divide(balance.multiply(BigDecimal.valueOf(days)), sales);
    }

    static BigDecimal minus(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.subtract(b);
    }
}
