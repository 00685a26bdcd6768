package com.arworkbench.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DaysLateHistogramTest {

    @Test
    void medianOfOddAndEvenCountsGrowingInBothDirections() {
        DaysLateHistogram h = new DaysLateHistogram();
        assertNull(h.median());
        h.add(10);
        h.add(-3);      // grows downwards
        h.add(40);      // grows upwards
        assertEquals(new BigDecimal("10"), h.median());
        h.add(11);      // -3, 10, 11, 40 → (10 + 11) ÷ 2
        assertEquals(new BigDecimal("10.5"), h.median());
        assertEquals(4, h.count());
    }

    @Test
    void extremeDaysAreClampedNotLost() {
        DaysLateHistogram h = new DaysLateHistogram();
        h.add(5_000);
        h.add(-5_000);
        h.add(3_000);
        assertEquals(new BigDecimal(DaysLateHistogram.MAX_DAYS), h.median());
        assertEquals(3, h.count());
    }
}
