package com.arworkbench.cashapp;

import java.math.BigDecimal;

/**
 * How far a payment may fall short of the items it pays and still be applied, the difference
 * recorded as a deduction: an early-payment discount (percent of the items) and a short-pay
 * tolerance (absolute and percent; the smaller one binds).
 */
public record Tolerances(BigDecimal discountPercent, BigDecimal shortPayAbsolute, BigDecimal shortPayPercent) {

    public static Tolerances standard() {
        return new Tolerances(new BigDecimal("2"), new BigDecimal("5.00"), new BigDecimal("0.5"));
    }
}
