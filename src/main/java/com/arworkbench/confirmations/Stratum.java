package com.arworkbench.confirmations;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One stratum of a stratified sample: the balances from {@code from} to {@code to}, their number and book value,
 * the sample size it was given (in proportion to its book value) and what was sampled.
 */
public record Stratum(int number, BigDecimal from, BigDecimal to, int balances, BigDecimal bookValue, int sampleSize,
                      BigDecimal sampledBook) {

    /** Ratio estimation: each sampled difference stands for book value ÷ sampled book value of the stratum. */
    public BigDecimal factor() {
        return sampledBook.signum() == 0 ? BigDecimal.ZERO : bookValue.divide(sampledBook, MathContext.DECIMAL64);
    }
}
