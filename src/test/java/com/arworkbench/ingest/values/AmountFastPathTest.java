package com.arworkbench.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick reading of plain numbers gives what the general parser gives (value and scale), for random strings of
 * digits, marks and signs in both styles; where it declines, the general parser still decides.
 */
class AmountFastPathTest {

    @Test
    void quickAndGeneralAgreeOnEveryStringTheQuickPathAccepts() {
        Random random = new Random(11);
        String alphabet = "0123456789012345678901234567.,-";
        int accepted = 0;
        for (int trial = 0; trial < 300_000; trial++) {
            StringBuilder sb = new StringBuilder();
            int len = 1 + random.nextInt(24);
            for (int i = 0; i < len; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            for (NumberStyle style : NumberStyle.values()) {
                BigDecimal quick = AmountParser.plainNumber(s, style);
                if (quick != null) {
                    accepted++;
                    Optional<AmountParser.Amount> general = AmountParser.parseGeneral(s, style);
                    assertEquals(Optional.of(new AmountParser.Amount(quick, null)), general, s + " in " + style);
                }
            }
        }
        assertEquals(true, accepted > 10_000, "the quick path was exercised: " + accepted);
    }

    @Test
    void typicalExportValues() {
        assertEquals(new BigDecimal("4498.84"), AmountParser.plainNumber("4,498.84", NumberStyle.POINT_DECIMAL));
        assertEquals(new BigDecimal("-1234567.00"), AmountParser.plainNumber("-1.234.567,00", NumberStyle.COMMA_DECIMAL));
        assertEquals(new BigDecimal("12"), AmountParser.plainNumber("12", NumberStyle.POINT_DECIMAL));
        assertNull(AmountParser.plainNumber("1,23", NumberStyle.POINT_DECIMAL)); // not a grouping: the general path decides
        assertNull(AmountParser.plainNumber("(12.00)", NumberStyle.POINT_DECIMAL));
        assertNull(AmountParser.plainNumber("1234567890123456789", NumberStyle.POINT_DECIMAL));
        assertNotNull(AmountParser.parse("1234567890123456789", NumberStyle.POINT_DECIMAL).orElse(null));
        assertEquals(new BigDecimal("-12.00"), AmountParser.parse("(12.00)", NumberStyle.POINT_DECIMAL).orElseThrow().value());
    }
}
