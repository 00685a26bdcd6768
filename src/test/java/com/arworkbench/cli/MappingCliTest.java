package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inspect --write-mapping, --mapping reading it back, --column overrides and the message on an uncertain column. */
class MappingCliTest {

    private static final Path DIR = Path.of("src/test/resources/mapping");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void inspectWritesACompleteMappingThatReadsTheFileTheSameWay() throws Exception {
        for (String file : new String[] {"examples/sap-fbl5n-de.csv", "examples/netsuite-ar-aging-detail.csv",
                "src/test/resources/corpus/oracle-receivables-aging.csv"}) {
            Path out = tmp.resolve(Path.of(file).getFileName() + ".mapping.json");
            CliRun.Result first = CliRun.run("inspect", file, "--write-mapping", out.toString());
            assertEquals(0, first.code(), first.err());
            JsonNode spec = JSON.readTree(out.toFile());
            assertTrue(spec.get("headerRow").asInt() > 0, spec.toString());
            assertFalse(spec.path("partial").asBoolean(), "a complete mapping: " + spec);
            assertTrue(spec.get("columns").has("openAmount"), spec.toString());

            CliRun.Result again = CliRun.run("inspect", file, "--mapping", out.toString());
            assertEquals(0, again.code(), again.err());
            JsonNode a = JSON.readTree(first.out());
            JsonNode b = JSON.readTree(again.out());
            for (String same : new String[] {"headerRow", "rowsRead", "dataRows", "rejectedRows", "structuralRows",
                    "currencies", "controlTotals", "documentDates"}) {
                assertEquals(a.get(same), b.get(same), file + " " + same);
            }
            for (int i = 0; i < a.get("columns").size(); i++) {
                assertEquals(a.get("columns").get(i).get("fieldKey"), b.get("columns").get(i).get("fieldKey"), file + " column " + i);
            }
            assertEquals("custom", b.get("profile").get("id").asText(), "read by the mapping, not the profile");

            Path x1 = tmp.resolve("a.xlsx");
            Path x2 = tmp.resolve("b.xlsx");
            CliRun.Result w1 = CliRun.run("aging", file, "--as-of", "2026-06-30", "--out", x1.toString());
            CliRun.Result w2 = CliRun.run("aging", file, "--as-of", "2026-06-30", "--out", x2.toString(), "--mapping", out.toString());
            assertEquals(0, w1.code(), w1.err());
            assertEquals(0, w2.code(), w2.err());
            assertEquals(total(w1.out()), total(w2.out()), file);
        }
    }

    /** A mapping saved on the page is used by the CLI too, by itself, for a file with the same header. */
    @Test
    void theCliUsesAMappingSavedForTheSameHeader() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mappings"));
        java.util.List<String> header = java.util.List.of("Customer", "Invoice", "Invoice Date", "Due Date", "Currency",
                "Invoice Amount", "Still Owed");
        new com.arworkbench.ingest.layout.SavedMappings(dir).save("Harbor open items", header,
                com.arworkbench.ingest.layout.MappingSpec.partial("page", java.util.Map.of(
                        com.arworkbench.ingest.layout.Field.OPEN_AMOUNT, "Still Owed")));
        CliRun.Result r = CliRun.run("aging", DIR.resolve("guessed.csv").toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("saved.xlsx").toString(), "--mappings-dir", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("total USD 3000.00") && r.out().contains("Saved mapping (Harbor open items)"), r.out());
    }

    @Test
    void columnOverridesOneFieldAndTheRestIsDetected() throws Exception {
        Path guessed = DIR.resolve("guessed.csv");
        // "Invoice Amount" or "Still Owed": no header says balance or remaining, so the CLI stops and names both.
        CliRun.Result plain = CliRun.run("aging", guessed.toString(), "--as-of", "2026-06-30", "--out", tmp.resolve("p.xlsx").toString());
        assertNotEquals(0, plain.code(), plain.out());
        assertTrue(plain.err().contains("'Invoice Amount', 'Still Owed'") && plain.err().contains("--column openAmount="),
                plain.err());
        assertFalse(Files.exists(tmp.resolve("p.xlsx")), "no workbook from a guess");

        CliRun.Result fixed = CliRun.run("aging", guessed.toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("f.xlsx").toString(), "--column", "openAmount=\"Still Owed\"", "--column", "originalAmount=Invoice Amount");
        assertEquals(0, fixed.code(), fixed.err());
        assertTrue(fixed.out().contains("total USD 3000.00"), fixed.out());

        CliRun.Result inspect = CliRun.run("inspect", guessed.toString(), "--column", "openAmount=Still Owed");
        JsonNode cols = JSON.readTree(inspect.out()).get("columns");
        assertEquals("openAmount", cols.get(6).get("fieldKey").asText());
        assertEquals("dueDate", cols.get(3).get("fieldKey").asText(), "detected as before");

        // the same override on the other jobs that read open items
        CliRun.Result pack = CliRun.run("pack", guessed.toString(), "--as-of", "2026-06-30", "--out", tmp.resolve("k.xlsx").toString(),
                "--column", "openAmount=Still Owed");
        assertEquals(0, pack.code(), pack.err());

        String bad = CliRun.assertOneErrorLine(CliRun.run("aging", guessed.toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("x.xlsx").toString(), "--column", "balanceDue=Still Owed"));
        assertTrue(bad.contains("unknown field 'balanceDue'"), bad);
    }

    @Test
    void anUncertainColumnStopsWithTheCandidatesAndTheFlagThatDecides() throws Exception {
        Path two = DIR.resolve("two-amount-columns.csv");
        String plain = CliRun.assertOneErrorLine(CliRun.run("aging", two.toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("x.xlsx").toString()));
        assertTrue(plain.contains("open amount is uncertain") && plain.contains("--column openAmount="), plain);
        String line = CliRun.assertOneErrorLine(CliRun.run("aging", two.toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("x.xlsx").toString(), "--column", "openAmount=Amount"));
        assertTrue(line.contains("column 6") && line.contains("column 7"), line);
        assertTrue(line.contains("--column openAmount=\"6\"") && line.contains("--mapping"), line);

        CliRun.Result decided = CliRun.run("aging", two.toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("y.xlsx").toString(), "--column", "openAmount=7");
        assertEquals(0, decided.code(), decided.err());
        assertTrue(decided.out().contains("total USD 2900.00"), decided.out());
    }

    private static String total(String summaryLine) {
        int i = summaryLine.indexOf("total ");
        return summaryLine.substring(i, summaryLine.indexOf(';', i));
    }
}
