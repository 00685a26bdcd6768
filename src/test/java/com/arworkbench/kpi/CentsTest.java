package com.arworkbench.kpi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Spreading an exact amount by shares: the parts always add up to it, the odd cents go to the largest remainders. */
class CentsTest {

    private static BigDecimal[] amounts(String... values) {
        BigDecimal[] out = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = new BigDecimal(values[i]);
        }
        return out;
    }

    @Test
    void thirdsOfOneHundred() {
        // 33.333… each: 33.33 × 3 = 99.99, the last cent to the first of the equal remainders.
        assertArrayEquals(amounts("33.34", "33.33", "33.33"), Cents.allocate(new BigDecimal("100"), new double[] {1, 1, 1}));
    }

    @Test
    void theLargestRemainderGetsTheCent() {
        // 2/3 and 1/3 of 200.00 = 133.333… and 66.666…: 66.67 takes the cent.
        assertArrayEquals(amounts("133.33", "66.67"), Cents.allocate(new BigDecimal("200.00"), new double[] {2, 1}));
    }

    @Test
    void threeDecimalCurrenciesKeepTheirMils() {
        assertArrayEquals(amounts("3.334", "3.333", "3.333"), Cents.allocate(new BigDecimal("10.000"), new double[] {1, 1, 1}));
    }

    @Test
    void noSharesPutEverythingInTheLastSlot() {
        assertArrayEquals(amounts("0.00", "0.00", "12.50"), Cents.allocate(new BigDecimal("12.5"), new double[] {0, 0, 0}));
    }

    @Test
    void aNegativeTotalSplitsToo() {
        assertArrayEquals(amounts("-33.33", "-33.33", "-33.34"), Cents.allocate(new BigDecimal("-100"), new double[] {1, 1, 1}));
    }
}
