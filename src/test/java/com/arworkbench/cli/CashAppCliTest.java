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

    /**
     * The rules file's reason codes and GL account reach ERP Import, and the unapplied target the Summary. On the
     * BAI2 example the one deduction is SHORT_PAY 2.50 (BR26061000112, INV-2026-0421) and 1,550.00 stays unapplied
     * against an open AR of 100,529.16 (the sum of the export's Amount column): 1.54 %, above 1 % and 1.5 %,
     * within 2 %. The option beats the rules file.
     */
    @Test
    void reasonCodesAccountsAndTheUnappliedTargetComeFromTheRulesFileAndTheOption() throws Exception {
        Path rules = tmp.resolve("rules.json");
        Files.writeString(rules, "{\"reasonCodes\": {\"short_pay\": \"SP01\"}, \"glAccount\": \"1010\", "
                + "\"bankAccount\": \"unused: the file names its own\", \"unappliedTargetPercent\": 1.5}");
        Path ex = Path.of("examples/cashapp");
        List<String> base = List.of("cashapp", ex.resolve("open-items.csv").toString(), "--payments",
                ex.resolve("payments.bai2.txt").toString(), "--remittances", ex.resolve("remittance-advice.csv").toString(),
                "--customers", ex.resolve("customers.csv").toString(), "--as-of", "2026-06-30");
        String[][] cases = {{null, null, "ABOVE TARGET"}, {"rules", null, "ABOVE TARGET"}, {null, "2", "WITHIN TARGET"},
                {"rules", "2", "WITHIN TARGET"}};
        for (String[] c : cases) {
            Path out = tmp.resolve("cash-" + c[0] + "-" + c[1] + ".xlsx");
            List<String> args = new java.util.ArrayList<>(base);
            args.addAll(List.of("--out", out.toString()));
            if (c[0] != null) {
                args.addAll(List.of("--rules", rules.toString()));
            }
            if (c[1] != null) {
                args.addAll(List.of("--unapplied-target", c[1]));
            }
            CliRun.Result r = run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            try (var wb = com.arworkbench.support.Workbooks.open(out)) {
                var summary = com.arworkbench.support.CashAppWorkbooks.rows(wb, "Summary", "Currency").get(0);
                assertEquals(c[2], summary.get("Unapplied vs target"), java.util.Arrays.toString(c));
                assertEquals("1550", summary.get("Unapplied 0-30 days"), "every payment of the example is from June");
                assertEquals("0.0154", new java.math.BigDecimal(summary.get("Unapplied % of AR"))
                        .setScale(4, java.math.RoundingMode.HALF_UP).toPlainString());
                var deducted = com.arworkbench.support.CashAppWorkbooks.rows(wb, "ERP Import").stream()
                        .filter(e -> e.get("Invoice").equals("INV-2026-0421")).findFirst().orElseThrow();
                assertEquals("2.5", deducted.get("Deduction amount"));
                assertEquals("SHORT_PAY", deducted.get("Deduction code"));
                assertEquals(c[0] == null ? "SHORT_PAY" : "SP01", deducted.get("ERP reason code"));
                assertEquals(c[0] == null ? "" : "1010", deducted.get("GL account"));
                assertEquals("DE02120300000000202051", deducted.get("Bank account"), "the BAI2 file's own account");
            }
        }
    }
}
