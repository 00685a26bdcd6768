package com.arworkbench.cli;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ar-workbench dunning} through {@link Main#run}: exit codes, the one summary line, one-line errors. */
class DunningCliTest {

    private static final Path DIR = Path.of("src/test/resources/dunning");
    private static final Path OPEN_ITEMS = DIR.resolve("open-items.csv");
    private static final Path CUSTOMERS = DIR.resolve("customers.csv");
    private static final String AS_OF = "2026-06-30";

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A non-zero code, exactly one "error:" line on stderr, no stack trace, nothing on stdout. */
    private static String assertOneErrorLine(Result r) {
        assertNotEquals(0, r.code(), "exit code");
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "stderr lines: " + r.err());
        assertTrue(lines.get(0).startsWith("error:"), lines.get(0));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        return lines.get(0);
    }

    @Test
    void dunningWritesTheWorklistAndOneSummaryLine() throws Exception {
        Path out = tmp.resolve("worklist.xlsx");
        Result r = run("dunning", OPEN_ITEMS.toString(), "--as-of", AS_OF, "--customers", CUSTOMERS.toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.size(), r.out());
        String line = lines.get(0);
        for (String part : List.of("open-items.csv: 27 rows read", "5 customers to contact (8 items)",
                "5 overdue items excluded", "7 not overdue", "EUR 4820.00 dunned / 818.50 excluded",
                "USD 6450.00 dunned / 5990.00 excluded", "ALL CHECKS OK", "-> " + out)) {
            assertTrue(line.contains(part), "'" + part + "' in: " + line);
        }
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ws = wb.getSheet("Worklist");
            assertEquals(5, Workbooks.dataRows(ws, Workbooks.headerRow(ws, "Rank")).size());
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
        assertEquals(List.of(), partFiles(tmp), "no partial files left");
    }

    @Test
    void missingAsOfIsAUsageError() {
        Path out = tmp.resolve("x.xlsx");
        Result r = run("dunning", OPEN_ITEMS.toString(), "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(2, r.code());
        assertTrue(line.contains("--as-of"), line);
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingCustomerMasterIsOneErrorLine() throws IOException {
        Path out = tmp.resolve("x.xlsx");
        Path missing = tmp.resolve("crm-export.csv");
        Result r = run("dunning", OPEN_ITEMS.toString(), "--as-of", AS_OF, "--customers", missing.toString(),
                "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertTrue(line.contains("crm-export.csv"), line);
        assertTrue(line.contains("--customers"), "says which option: " + line);
        assertFalse(Files.exists(out));
        assertEquals(List.of(), partFiles(tmp));
    }

    @Test
    void aBadPolicyIsOneErrorLineNamingThePolicy() throws IOException {
        Path policy = Files.writeString(tmp.resolve("collections-policy.json"), "{\"name\": \"Ours\", \"levels\": ",
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("x.xlsx");
        Result r = run("dunning", OPEN_ITEMS.toString(), "--as-of", AS_OF, "--policy", policy.toString(),
                "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(1, r.code());
        assertTrue(line.contains("dunning policy"), line);
        assertTrue(line.contains("collections-policy.json"), line);
        assertFalse(Files.exists(out), "no workbook after a failed run");
        assertEquals(List.of(), partFiles(tmp));
    }

    @Test
    void aPreviousWorklistThatIsNotOursIsOneErrorLine() {
        Path out = tmp.resolve("x.xlsx");
        Result r = run("dunning", OPEN_ITEMS.toString(), "--as-of", AS_OF, "--previous", CUSTOMERS.toString(),
                "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(1, r.code());
        assertTrue(line.contains("previous worklist"), line);
        assertFalse(Files.exists(out));
    }

    private static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".ar-workbench-")).toList();
        }
    }
}
