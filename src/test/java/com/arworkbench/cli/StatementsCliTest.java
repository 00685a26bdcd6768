package com.arworkbench.cli;

import static com.arworkbench.cli.CliRun.assertOneErrorLine;
import static com.arworkbench.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ar-workbench statements} through {@link Main#run}: the summary line, --pdf, --from, one-line errors. */
class StatementsCliTest {

    private static final Path DIR = Path.of("src/test/resources/statements");

    @TempDir
    Path tmp;

    @Test
    void writesTheWorkbookAndAPdfPerCustomerAndCurrency() throws Exception {
        Path out = tmp.resolve("statements.xlsx");
        Path pdf = tmp.resolve("pdf/out");
        Result r = run("statements", DIR.resolve("open-items.csv").toString(), "--as-of", "2026-06-30", "--customers",
                DIR.resolve("customers.csv").toString(), "--history", DIR.resolve("history.csv").toString(), "--from",
                "2026-06-01", "--out", out.toString(), "--pdf", pdf.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 statements (open items and activity)"), r.out());
        assertTrue(r.out().contains("balances EUR 1700.00, PLN 1300.00"), r.out());
        assertTrue(r.out().contains("4 PDFs (8 characters the PDF font lacks shown as ?)"), r.out());
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
        assertTrue(Files.isRegularFile(out));
        try (var files = Files.list(pdf)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(4, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.matches("statement-\\d{5}-[\\p{L}\\p{N}_]+-(EUR|PLN)\\.pdf")), names.toString());
        }
    }

    @Test
    void withoutPdfNoPdfIsWritten() {
        Path out = tmp.resolve("statements.xlsx");
        Result r = run("statements", DIR.resolve("open-items.csv").toString(), "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("open items only, no history"), r.out());
        assertTrue(r.out().contains("0 PDFs"), r.out());
    }

    @Test
    void aPeriodStartingAfterTheAsOfDateIsOneErrorLine() {
        Path out = tmp.resolve("statements.xlsx");
        Result r = run("statements", DIR.resolve("open-items.csv").toString(), "--as-of", "2026-06-30", "--from",
                "2026-07-01", "--history", DIR.resolve("history.csv").toString(), "--out", out.toString());
        assertFalse(r.code() == 0);
        assertTrue(assertOneErrorLine(r).contains("after the as-of date"), r.err());
        assertFalse(Files.exists(out), "no workbook for a failed run");
    }
}
