package com.arworkbench.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SavedMappingsTest {

    private static final List<String> HEADER = List.of("Customer", "Invoice", "Invoice Date", "Due Date", "Invoice Amount",
            "Still Owed");

    @TempDir
    Path dir;

    @Test
    void theSignatureIgnoresCaseSpacingPunctuationAndTrailingEmptyCells() {
        String sig = SavedMappings.signature(HEADER);
        assertEquals(64, sig.length());
        assertTrue(sig.matches("[0-9a-f]{64}"), sig);
        assertEquals(sig, SavedMappings.signature(List.of("CUSTOMER ", " invoice", "Invoice  date", "due_date",
                "InvoiceAmount", "still-owed", "", "")));
        assertNotEquals(sig, SavedMappings.signature(List.of("Customer", "Invoice", "Invoice Date", "Due Date",
                "Still Owed", "Invoice Amount")), "the order of the columns counts");
        assertNotEquals(sig, SavedMappings.signature(HEADER.subList(0, 5)), "so does every column");
    }

    @Test
    void savesFindsAndListsByHeader() throws Exception {
        SavedMappings saved = new SavedMappings(dir.resolve("mappings"));
        assertTrue(saved.list().isEmpty(), "a folder that does not exist yet lists nothing");
        assertTrue(saved.find(HEADER).isEmpty());

        MappingSpec spec = MappingSpec.partial("page", Map.of(Field.OPEN_AMOUNT, "Still Owed", Field.ORIGINAL_AMOUNT, "Invoice Amount"));
        SavedMappings.Entry e = saved.save("Harbor layout", HEADER, spec);
        assertEquals("Harbor layout", e.name());
        assertTrue(Files.isRegularFile(dir.resolve("mappings").resolve(SavedMappings.signature(HEADER) + ".json")));

        MappingSpec found = saved.find(List.of("customer", "INVOICE", "invoice date", "due date", "invoice amount",
                "still owed")).orElseThrow();
        assertEquals("Harbor layout", found.name());
        assertTrue(found.partial());
        assertEquals("Still Owed", found.columns().get(Field.OPEN_AMOUNT));
        assertEquals("Invoice Amount", found.columns().get(Field.ORIGINAL_AMOUNT));

        // saved again for the same header: replaced, not duplicated
        saved.save("Harbor layout v2", HEADER, MappingSpec.partial("page", Map.of(Field.OPEN_AMOUNT, "Invoice Amount")));
        List<SavedMappings.Entry> list = saved.list();
        assertEquals(1, list.size());
        assertEquals("Harbor layout v2", list.get(0).name());
        assertEquals(HEADER, list.get(0).headers());
        assertNull(list.get(0).problem());

        saved.save("Other", List.of("Kunde", "Beleg", "Fällig", "Betrag"), MappingSpec.partial("p", Map.of(Field.OPEN_AMOUNT, "Betrag")));
        assertEquals(List.of("Harbor layout v2", "Other"), saved.list().stream().map(SavedMappings.Entry::name).toList());
    }

    @Test
    void aBrokenFileInTheFolderIsReportedAndSkippedNotFatal() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("m"));
        SavedMappings saved = new SavedMappings(folder);
        saved.save("Good", HEADER, MappingSpec.partial("p", Map.of(Field.OPEN_AMOUNT, "Still Owed")));
        Files.writeString(folder.resolve("broken.json"), "{\"name\": \"half");
        Files.writeString(folder.resolve("no-columns.json"), "{\"name\": \"x\", \"mapping\": {}}");
        String sig = SavedMappings.signature(List.of("a", "b"));
        Files.writeString(folder.resolve(sig + ".json"), "not json at all");

        List<SavedMappings.Entry> list = saved.list();
        assertEquals(4, list.size(), list.toString());
        List<SavedMappings.Entry> bad = list.stream().filter(e -> e.problem() != null).toList();
        assertEquals(3, bad.size(), bad.toString());
        assertTrue(bad.stream().anyMatch(e -> e.problem().contains("broken.json") && e.problem().contains("not valid JSON")),
                bad.toString());
        assertTrue(saved.find(List.of("a", "b")).isEmpty(), "a broken file for a header is skipped");
        assertTrue(saved.find(HEADER).isPresent(), "the good one still works");
    }

    @Test
    void refusesAMappingWithoutANameOrHeader() {
        SavedMappings saved = new SavedMappings(dir);
        MappingSpec spec = MappingSpec.partial("p", Map.of(Field.OPEN_AMOUNT, "Still Owed"));
        assertThrows(IllegalArgumentException.class, () -> saved.save("  ", HEADER, spec));
        assertThrows(IllegalArgumentException.class, () -> saved.save("x", List.of("", " "), spec));
    }
}
