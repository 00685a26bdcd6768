package com.arworkbench.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The worklist's amounts in words and rules are written by hand: the same text as the format they replaced. */
class MoneyTextTest {

    @Test
    void sameAsTheFormatItReplaced() {
        Random random = new Random(17);
        for (int n = 0; n < 200_000; n++) {
            BigDecimal v = BigDecimal.valueOf(random.nextLong() % (random.nextBoolean() ? 1_000L : 1_000_000_000_000L),
                    random.nextInt(5));
            String expected = String.format(Locale.ROOT, "%,.2f", v);
            assertEquals(expected, DunningEngine.money(v), v::toPlainString);
        }
        for (String s : new String[] {"0", "-0.001", "-0.005", "0.005", "999.995", "-999.995", "1000", "-1234567.891", "1E+3",
            "12345678901234567890.125"}) {
            BigDecimal v = new BigDecimal(s);
            assertEquals(String.format(Locale.ROOT, "%,.2f", v), DunningEngine.money(v), s);
        }
        assertEquals("0.00", DunningEngine.money(null));
    }
}
