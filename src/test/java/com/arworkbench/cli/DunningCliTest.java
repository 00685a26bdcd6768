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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /**
     * A names-only export (the NetSuite example) with a master that has IDs: the worklist shows the master's
     * IDs, and what the collector typed next to them comes back on the next run (issue 11 kept the IDs on
     * the sheets; the round trip must still find the rows).
     */
    @Test
    void aNamesOnlyExportKeepsTheCollectorsWorkAcrossRunsWhenTheMasterGivesIds() throws Exception {
        Path first = tmp.resolve("first.xlsx");
        Result r1 = run("dunning", "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-06-30", "--customers",
                "examples/netsuite-customers.csv", "--out", first.toString());
        assertEquals(0, r1.code(), r1.err());
        String disputed;
        try (XSSFWorkbook wb = Workbooks.open(first)) {
            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            org.apache.poi.ss.usermodel.Row row = ws.getRow(h + 1);
            assertFalse(text(row.getCell(Workbooks.column(ws, h, "Customer ID"))).isBlank(), "the master's ID is shown");
            disputed = text(row.getCell(Workbooks.column(ws, h, "Customer name")));
            // The sheet's strings are inline (SXSSF); POI would keep the old inline text, so the cell is typed anew.
            int status = Workbooks.column(ws, h, "Status");
            row.removeCell(row.getCell(status));
            row.createCell(status).setCellValue("Disputed");
            try (var out = Files.newOutputStream(tmp.resolve("edited.xlsx"))) {
                wb.write(out);
            }
        }
        Path second = tmp.resolve("second.xlsx");
        Result r2 = run("dunning", "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-07-15", "--customers",
                "examples/netsuite-customers.csv", "--previous", tmp.resolve("edited.xlsx").toString(), "--out",
                second.toString());
        assertEquals(0, r2.code(), r2.err());
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            Sheet ex = wb.getSheet("Excluded");
            int h = Workbooks.headerRow(ex, "Customer ID");
            boolean found = false;
            StringBuilder seen = new StringBuilder();
            for (org.apache.poi.ss.usermodel.Row row : Workbooks.dataRows(ex, h)) {
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    seen.append(text(c)).append(" | ");
                }
                seen.append("\n");
                for (org.apache.poi.ss.usermodel.Cell c : row) {
                    found |= disputed.equals(text(row.getCell(Workbooks.column(ex, h, "Customer name"))))
                            && text(c).contains("Status 'Disputed' on the previous worklist");
                }
            }
            assertTrue(found, disputed + " is held back by the status the collector typed; Excluded:\n" + seen);
        }
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
}
