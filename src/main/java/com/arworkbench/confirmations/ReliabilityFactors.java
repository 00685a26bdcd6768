package com.arworkbench.confirmations;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The monetary-unit sampling reliability factors for zero expected errors (Poisson, rounded as the audit guides
 * print them), by confidence level in percent. Only these levels are accepted.
 */
public final class ReliabilityFactors {

    private static final Map<Integer, BigDecimal> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put(99, new BigDecimal("4.6"));
        TABLE.put(95, new BigDecimal("3.0"));
        TABLE.put(90, new BigDecimal("2.3"));
        TABLE.put(85, new BigDecimal("1.9"));
        TABLE.put(80, new BigDecimal("1.6"));
        TABLE.put(75, new BigDecimal("1.4"));
        TABLE.put(70, new BigDecimal("1.2"));
    }

    private ReliabilityFactors() {
    }

    /** The table in its printed order (99 % first), for the sheet. */
    public static Map<Integer, BigDecimal> table() {
        return new LinkedHashMap<>(TABLE);
    }

    /** The factor for a confidence level; an IllegalArgumentException naming the levels for any other. */
    public static BigDecimal factor(int confidencePercent) {
        BigDecimal f = TABLE.get(confidencePercent);
        if (f == null) {
            throw new IllegalArgumentException("confidence must be one of " + TABLE.keySet()
                    + " (percent; the reliability factors for zero expected errors), not " + confidencePercent);
        }
        return f;
    }
}
