package com.arworkbench.confirmations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ProjectionTest {

    private static Confirmation c(String amount, Selection s) {
        return new Confirmation(new Balance(new Customer("X", "X"), "EUR", new BigDecimal(amount)), s, 1, null);
    }

    @Test
    void taintingTimesIntervalBelowTheIntervalActualDifferenceOtherwise() {
        BigDecimal interval = new BigDecimal("5000.00");
        // 100 of 400 overstated: tainting 25 %, × 5,000 = 1,250.00
        assertEquals(new BigDecimal("1250.00"), Projection.projected(c("400.00", Selection.SAMPLED), interval,
                new BigDecimal("100.00")));
        // 10 of 3,000: 0.3333… % × 5,000 = 16.666… -> 16.67
        assertEquals(new BigDecimal("16.67"), Projection.projected(c("3000.00", Selection.SAMPLED), interval,
                new BigDecimal("10.00")));
        // at least the interval: the difference itself
        assertEquals(new BigDecimal("70.00"), Projection.projected(c("6000.00", Selection.SAMPLED), interval,
                new BigDecimal("70.00")));
        assertEquals(new BigDecimal("900.00"), Projection.projected(c("80000.00", Selection.KEY_ITEM), interval,
                new BigDecimal("900.00")));
        assertEquals(BigDecimal.ZERO, Projection.projected(c("400.00", Selection.NOT_SELECTED), interval,
                new BigDecimal("100.00")));
        assertEquals(BigDecimal.ZERO, Projection.projected(c("400.00", Selection.SAMPLED), interval, null));
        assertEquals(new BigDecimal("75.00"), new Reply(Reply.DIFFERS, new BigDecimal("325.00"), "").difference(
                new BigDecimal("400.00")));
    }
}
