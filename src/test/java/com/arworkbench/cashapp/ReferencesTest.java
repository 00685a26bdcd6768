package com.arworkbench.cashapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Document numbers read out of references as people write them; the expected keys are worked out by hand. */
class ReferencesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Invoices 7002 and 7003", "Inv 7002/7003", "RE 7002, 7003", "INV7002-7003",
            "Rechnungen 0007002 0007003", "INV-7002 + INV-7003", "RE-NR 7002;7003"})
    void twoDocumentNumbersWrittenAnyWayNameBoth(String reference) {
        Set<String> keys = References.referenceKeys(reference);
        assertTrue(keys.contains("7002"), reference + " -> " + keys);
        assertTrue(keys.contains("7003"), reference + " -> " + keys);
    }

    @Test
    void aDocumentIsFoundUnderItsWholeNumberAndItsDigits() {
        assertEquals(Set.of("INV7002", "7002"), References.documentKeys("INV-7002"));
        assertEquals(Set.of("90001234"), References.documentKeys("0090001234"), "leading zeros dropped");
        assertEquals(Set.of("INV20260412", "20260412"), References.documentKeys("INV-2026-0412"),
                "the last group, 412, is too short to be a key of its own");
    }

    @Test
    void amountsDatesAndShortNumbersAreNoDocumentNumbers() {
        Set<String> keys = References.referenceKeys("Zahlung 1.845,00 EUR vom 12.06.2026 Pos 12 Kd 42");
        assertFalse(keys.contains("1845"), keys.toString());
        assertFalse(keys.contains("2026"), keys.toString());
        assertFalse(keys.contains("845"), keys.toString());
        assertTrue(References.referenceKeys("Valuta 2026-06-12").stream().noneMatch(k -> k.startsWith("2026")));
    }

    @Test
    void nearMissesAreOneKeystrokeAway() {
        assertEquals("two adjacent digits swapped", References.nearMiss("17054", "17045"));
        assertEquals("one digit off", References.nearMiss("17702", "17002"));
        assertNull(References.nearMiss("17002", "17002"), "equal is no near-miss");
        assertNull(References.nearMiss("17540", "17045"), "two digits apart is no near-miss");
        assertNull(References.nearMiss("1702", "17002"), "a dropped digit is not tried");
        assertNull(References.nearMiss("INV7002", "INV7003"), "digits only");
    }
}
