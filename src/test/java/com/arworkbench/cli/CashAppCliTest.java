package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import static com.arworkbench.cli.CliRun.assertOneErrorLine;
import static com.arworkbench.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CashAppCliTest {

    private static final Path DIR = Path.of("src/test/resources/cashapp");

    @TempDir
    Path tmp;

    @Test
    void oneSummaryLineAndTheWorkbook() {
        Path out = tmp.resolve("cash.xlsx");
        CliRun.Result r = run("cashapp", DIR.resolve("open-items.csv").toString(), "--payments",
                DIR.resolve("payments.bai2.txt").toString(), "--remittances", DIR.resolve("remittance-advice.csv").toString(),
                "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.outLines().size(), r.out());
        assertTrue(r.out().contains("BAI2") && r.out().contains("auto-applied") && r.out().contains("ALL CHECKS OK"), r.out());
        assertTrue(Files.exists(out));
    }

    /** A BAI2 file whose trailer control totals do not reconcile fails the master check, not only a note on About. */
    @Test
    void aBai2FileWhoseTrailersDoNotReconcileFailsTheMasterCheck() throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(DIR.resolve("payments.bai2.txt")));
        int last = lines.size() - 1;
        while (!lines.get(last).startsWith("99,")) {
            last--;
        }
        String[] f = lines.get(last).split(",");
        f[1] = String.valueOf(Long.parseLong(f[1]) + 100); // one dollar more than the file holds
        lines.set(last, String.join(",", f));
        Path bai2 = Files.write(tmp.resolve("altered.bai2.txt"), lines);
        Path out = tmp.resolve("cash.xlsx");
        CliRun.Result r = run("cashapp", DIR.resolve("open-items.csv").toString(), "--payments", bai2.toString(),
                "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("ALL CHECKS OK"), r.out());
        try (var wb = com.arworkbench.support.Workbooks.open(out)) {
            var checks = wb.getSheet("Checks");
            var row = com.arworkbench.support.Workbooks.rowWithText(checks, 0, "Payments file: its own control totals (trailers) reconcile");
            assertEquals("DIFFERENCE", row.getCell(4).getStringCellValue(), "the trailer line fails");
        }
    }

    @Test
    void missingPaymentsIsAUsageErrorAndABadRulesFileIsOneLine() throws Exception {
        CliRun.Result r = run("cashapp", DIR.resolve("open-items.csv").toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("x.xlsx").toString());
        assertEquals(2, r.code());
        assertTrue(assertOneErrorLine(r).contains("--payments"));
        Path rules = tmp.resolve("rules.json");
        Files.writeString(rules, "{ not json");
        CliRun.Result bad = run("cashapp", DIR.resolve("open-items.csv").toString(), "--payments",
                DIR.resolve("payments.bank.csv").toString(), "--rules", rules.toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("y.xlsx").toString());
        assertTrue(assertOneErrorLine(bad).contains("rules file"));
        assertTrue(Files.notExists(tmp.resolve("y.xlsx")));
    }
}
