package com.arworkbench.cli;

import static com.arworkbench.cli.CliRun.assertOneErrorLine;
import static com.arworkbench.cli.CliRun.partFiles;
import static com.arworkbench.cli.CliRun.run;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun.Result;
import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ar-workbench recon} through {@link Main#run}: exit codes, the one summary line, one-line errors.
 * Figures as computed in {@code ReconJobTest}: the SAP case differs by −3,677.88 (1000 EUR) and +1,200.00
 * (2000 USD), every cent explained.
 */
class ReconCliTest {

    private static final Path DIR = Path.of("src/test/resources/recon");
    private static final Path SUBLEDGER = DIR.resolve("subledger-sap.txt");
    private static final Path GL = DIR.resolve("gl-detail-sap.csv");
    private static final String AS_OF = "2026-06-30";

    @TempDir
    Path tmp;

    @Test
    void reconWritesTheWorkbookAndOneSummaryLine() throws Exception {
        Path out = tmp.resolve("recon.xlsx");
        Result r = run("recon", SUBLEDGER.toString(), "--gl", GL.toString(), "--as-of", AS_OF, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.outLines();
        assertEquals(1, lines.size(), r.out());
        String line = lines.get(0);
        for (String part : List.of("subledger-sap.txt vs gl-detail-sap.csv", "20 subledger rows read", "28 GL rows read",
                "12 on AR accounts 140000",
                "1000 EUR: subledger 33414.80, GL 29736.92, difference -3677.88, identified -1527.88, to investigate -2150.00",
                "2000 USD: subledger 21690.24, GL 22890.24, difference 1200.00, identified 0.00, to investigate 1200.00",
                "reconciliation TO INVESTIGATE: 1000 EUR -2150.00; 2000 USD 1200.00 (materiality 0.00)",
                "ALL CHECKS OK", "-> " + out)) {
            assertTrue(line.contains(part), "'" + part + "' in: " + line);
        }
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
        assertEquals(List.of(), partFiles(tmp), "no partial files left");
    }

    @Test
    void withRegisterPriorAndAccountsGivenItStillIsOneLine() {
        Path out = tmp.resolve("recon.xlsx");
        Result r = run("recon", DIR.resolve("subledger-agree.csv").toString(), "--gl", DIR.resolve("gl-agree.csv").toString(),
                "--as-of", AS_OF, "--gl-accounts", "11000", "--register", DIR.resolve("register.csv").toString(),
                "--prior", DIR.resolve("prior-open-items.csv").toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.outLines().size(), r.out());
        assertTrue(r.out().contains("USD: subledger 5140.00, GL 5140.00, difference 0.00, identified 0.00, to investigate 0.00"),
                r.out());
        assertTrue(r.out().contains("reconciliation RECONCILED (materiality 0.00); ALL CHECKS OK"), r.out());
    }

    /**
     * The auditor's case: the NetSuite open items (1,445,788.38) against the AR detail of another example company
     * (5,140.00), no document in common. The whole difference, 5,140.00 − 1,445,788.38 = −1,440,648.38, is to
     * investigate, the line says why, and the integrity checks stay OK: they are about the workbook.
     */
    @Test
    void aGlOfAnotherCompanyIsToInvestigateInFullAndSaysSo() throws Exception {
        Path out = tmp.resolve("unrelated.xlsx");
        Result r = run("recon", "examples/netsuite-ar-aging-detail.csv", "--gl", "examples/recon/netsuite-gl-detail.csv",
                "--as-of", AS_OF, "--materiality", "1000", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String line = r.outLines().get(0);
        assertTrue(line.contains("The two ledgers share almost no documents (0 of "), line);
        assertTrue(line.contains("difference -1440648.38, identified 0.00, to investigate -1440648.38"), line);
        assertTrue(line.contains("reconciliation TO INVESTIGATE: -1440648.38 (materiality 1000.00). The two ledgers share"),
                line);
        assertTrue(line.endsWith("to investigate, not explained; ALL CHECKS OK -> " + out), line);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            String top = text(wb.getSheet("Summary").getRow(3).getCell(0));
            assertTrue(top.startsWith("The two ledgers share almost no documents"), top);
            assertTrue(top.contains("Reconciliation status: TO INVESTIGATE: -1440648.38"), top);
        }
    }

    @Test
    void aNegativeMaterialityIsAUsageError() {
        Result r = run("recon", SUBLEDGER.toString(), "--gl", GL.toString(), "--as-of", AS_OF, "--materiality", "-5",
                "--out", tmp.resolve("x.xlsx").toString());
        assertEquals(2, r.code());
        assertTrue(assertOneErrorLine(r).contains("materiality must be an amount of 0 or more"), r.err());
    }

    @Test
    void missingGlIsAUsageError() {
        Path out = tmp.resolve("x.xlsx");
        Result r = run("recon", SUBLEDGER.toString(), "--as-of", AS_OF, "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(2, r.code());
        assertTrue(line.contains("--gl"), line);
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingGlFileIsOneErrorLine() throws Exception {
        Path out = tmp.resolve("x.xlsx");
        Path missing = tmp.resolve("fbl3n-june.csv");
        Result r = run("recon", SUBLEDGER.toString(), "--gl", missing.toString(), "--as-of", AS_OF, "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(1, r.code());
        assertTrue(line.contains("fbl3n-june.csv"), line);
        assertTrue(line.contains("--gl"), "says which option: " + line);
        assertFalse(Files.exists(out));
        assertEquals(List.of(), partFiles(tmp));
    }

    @Test
    void aGlOfRandomBytesIsOneErrorLine() throws Exception {
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        Path gl = Files.write(tmp.resolve("gl-export.csv"), noise);
        Path out = tmp.resolve("x.xlsx");
        Result r = run("recon", SUBLEDGER.toString(), "--gl", gl.toString(), "--as-of", AS_OF, "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(1, r.code());
        assertTrue(line.contains("GL export"), "names the GL: " + line);
        assertFalse(Files.exists(out), "no workbook after a failed run");
        assertEquals(List.of(), partFiles(tmp));
    }

    @Test
    void aWrongGlAccountIsOneErrorLineListingTheAccounts() {
        Path out = tmp.resolve("x.xlsx");
        Result r = run("recon", DIR.resolve("subledger-tb.csv").toString(), "--gl", DIR.resolve("gl-trial-balance.csv").toString(),
                "--as-of", AS_OF, "--gl-accounts", "1300", "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(1, r.code());
        assertTrue(line.contains("1300") && line.contains("1200 Accounts Receivable"), line);
        assertFalse(Files.exists(out));
    }
}
