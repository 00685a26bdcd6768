package com.arworkbench.confirmations;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * How the confirmations are selected: every customer balance at or above {@code keyItems} (in its own currency),
 * and a sample of the rest ({@code sampling}: monetary-unit, or stratified) sized at {@code confidencePercent}
 * confidence for a {@code tolerable} misstatement, its random start (or draws) from {@code seed}. The same thresholds apply in each currency.
 */
public record ConfirmationParameters(LocalDate asOf, BigDecimal keyItems, int confidencePercent, BigDecimal tolerable,
                                     long seed, Sampling sampling) {

    /** A monetary-unit sample. */
    public ConfirmationParameters(LocalDate asOf, BigDecimal keyItems, int confidencePercent, BigDecimal tolerable,
                                  long seed) {
        this(asOf, keyItems, confidencePercent, tolerable, seed, Sampling.MUS);
    }

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
        if (sampling == null) {
            throw new IllegalArgumentException("the sampling is mus or stratified");
        }
    }

    public BigDecimal reliabilityFactor() {
        return ReliabilityFactors.factor(confidencePercent);
    }
}
