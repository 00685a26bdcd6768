package com.arworkbench.confirmations;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How the confirmations are selected: every customer balance at or above {@code keyItems} (in its own currency),
 * and a monetary-unit sample of the rest at {@code confidencePercent} confidence for a {@code tolerable}
 * misstatement, its random start drawn from {@code seed}. The same thresholds apply in each currency.
 */
public record ConfirmationParameters(LocalDate asOf, BigDecimal keyItems, int confidencePercent, BigDecimal tolerable,
                                     long seed) {

    /** The seed used when none is given, stated on the sheet. */
    public static final long DEFAULT_SEED = 20261203L;

    public ConfirmationParameters {
        if (asOf == null) {
            throw new IllegalArgumentException("the as-of date is required");
        }
        if (tolerable == null || tolerable.signum() <= 0) {
            throw new IllegalArgumentException("the tolerable misstatement must be an amount above 0");
        }
        if (keyItems == null || keyItems.signum() <= 0) {
            throw new IllegalArgumentException("the key-item threshold must be an amount above 0");
        }
        ReliabilityFactors.factor(confidencePercent);
    }

    public BigDecimal reliabilityFactor() {
        return ReliabilityFactors.factor(confidencePercent);
    }
}
