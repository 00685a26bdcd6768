package com.arworkbench.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.UnreadableFileException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The dispute keys of the dunning policy: defaults, the shipped file, one's own values, and refusals. */
class DisputeSettingsTest {

    private static DisputeSettings parse(String json) throws UnreadableFileException {
        return DisputeSettings.parse(json.getBytes(StandardCharsets.UTF_8), "p.json");
    }

    @Test
    void aPolicyWithoutTheKeysGetsTheDefaults() throws Exception {
        DisputeSettings s = parse("{\"levels\": []}");
        assertEquals(7, s.slaBusinessDays());
        assertEquals(Set.of(), s.holidays());
        assertEquals(8, s.reasonCodes().size());
        assertTrue(s.customerPays("valid - customer to pay "), "compared ignoring case and outer spaces");
        assertFalse(s.customerPays("Credit note issued"));
        assertFalse(s.customerPays(null));
    }

    @Test
    void theShippedPolicyHasTheDefaults() throws Exception {
        DisputeSettings s = DisputeSettings.load(Path.of("workbook-templates/dunning-policy.json"), "dunning-policy.json", null);
        assertEquals(DisputeSettings.defaults(), s);
    }

    @Test
    void ownValues() throws Exception {
        DisputeSettings s = parse("{\"disputeSlaBusinessDays\": 10, \"holidays\": [\"2026-12-25\", \"2026-12-24\"],"
                + " \"disputeReasonCodes\": [\"Price\", \"Goods\"], \"disputeOutcomes\": [\"Credited\", \"Pay\"],"
                + " \"disputeOutcomesCustomerPays\": [\"Pay\"]}");
        assertEquals(10, s.slaBusinessDays());
        assertEquals(List.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25)), s.sortedHolidays());
        assertEquals(List.of("Price", "Goods"), s.reasonCodes());
        assertTrue(s.customerPays("Pay"));
        assertFalse(s.customerPays("Credited"));
    }

    @Test
    void badValuesAreRefusedWithTheKey() {
        String m1 = assertThrows(UnreadableFileException.class, () -> parse("{\"holidays\": [\"25.12.2026\"]}")).getMessage();
        assertTrue(m1.contains("holidays") && m1.contains("25.12.2026"), m1);
        String m2 = assertThrows(UnreadableFileException.class, () -> parse("{\"disputeSlaBusinessDays\": 0}")).getMessage();
        assertTrue(m2.contains("disputeSlaBusinessDays"), m2);
        String m3 = assertThrows(UnreadableFileException.class, () -> parse("{\"disputeReasonCodes\": \"Pricing\"}")).getMessage();
        assertTrue(m3.contains("disputeReasonCodes"), m3);
    }
}
