package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.allowance.AllowanceGeneratedHistoryTest;
import com.arworkbench.support.Workbooks;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The allowance through the command line: the example against its trial balance, what the user types carried to the
 * next run, the refusals that name the choice, and a check that fails when a write-off cannot be placed.
 */
class AllowanceCliTest {

    @TempDir
    Path tmp;

    @Test
    void theExampleComparesTheProvisionWithTheTrialBalanceAndProposesTheEntry() throws Exception {
        Path out = tmp.resolve("allowance.xlsx");
        CliRun.Result r = CliRun.run("allowance", "examples/netsuite-ar-aging-detail.csv", "--history",
                "examples/kpi/invoice-history.csv", "--write-offs", "examples/kpi/write-offs.csv", "--gl",
                "examples/kpi/trial-balance-2026-06.csv", "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet s = wb.getSheet("Allowance");
            int h = Workbooks.headerRow(s, "Currency");
            Row row = Workbooks.dataRows(s, h).get(0);
            BigDecimal required = Workbooks.money(row.getCell(Workbooks.column(s, h, "Provision required")));
            Workbooks.assertMoney("18500.00", row.getCell(Workbooks.column(s, h, "Allowance per trial balance")),
                    "1210 carries a credit of 18,500.00");
            BigDecimal adjustment = required.subtract(new BigDecimal("18500.00"));
            Workbooks.assertMoney(adjustment.toPlainString(), row.getCell(Workbooks.column(s, h, "Adjustment to book")),
                    "the adjustment");
            Sheet je = wb.getSheet("Journal entry");
            int jh = Workbooks.headerRow(je, "Currency");
            List<Row> lines = Workbooks.dataRows(je, jh);
            assertEquals(2, lines.size());
            assertEquals("6100 Bad Debt Expense", Workbooks.text(lines.get(0).getCell(Workbooks.column(je, jh, "Account"))));
            Workbooks.assertMoney(adjustment.toPlainString(), lines.get(0).getCell(Workbooks.column(je, jh, "Debit")), "Dr");
            assertEquals("1210 Allowance for Doubtful Accounts",
                    Workbooks.text(lines.get(1).getCell(Workbooks.column(je, jh, "Account"))));
            Workbooks.assertMoney(adjustment.toPlainString(), lines.get(1).getCell(Workbooks.column(je, jh, "Credit")), "Cr");
            // The four write-offs of the example each close the invoice their memo names.
            Sheet w = wb.getSheet("Write-offs");
            int wh = Workbooks.headerRow(w, "File");
            List<String> invoices = Workbooks.dataRows(w, wh).stream()
                    .map(x -> Workbooks.text(x.getCell(Workbooks.column(w, wh, "Invoices (amount)")))).toList();
            assertEquals(List.of("INV37128 (891.30)", "INV37216 (18214.65)", "INV37221 (5842.29)", "INV37235 (1517.52)"),
                    invoices);
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void theOutlookAndTheSpecificProvisionTypedOnTheSheetCarryToTheNextRun() throws Exception {
        Path run1 = AllowanceGeneratedHistoryTest.run(tmp.resolve("run1.xlsx"));
        Path edited = tmp.resolve("edited.xlsx");
        String customer = "Generated Customer 07";
        BigDecimal customerMatrix;
        BigDecimal overHistorical;
        try (XSSFWorkbook wb = Workbooks.open(run1)) {
            Sheet m = wb.getSheet("Provision matrix");
            int h = Workbooks.headerRow(m, "Currency");
            Row over = Workbooks.rowWithText(m, Workbooks.column(m, h, "Bucket"), "31-60");
            overHistorical = BigDecimal.valueOf(over.getCell(Workbooks.column(m, h, "Historical rate")).getNumericCellValue());
            over.getCell(Workbooks.column(m, h, "Outlook adjustment %")).setCellValue(0.25);
            Sheet c = wb.getSheet("Allowance by customer");
            int ch = Workbooks.headerRow(c, "Customer ID");
            Row row = Workbooks.rowWithText(c, Workbooks.column(c, ch, "Customer"), customer);
            customerMatrix = Workbooks.money(row.getCell(Workbooks.column(c, ch, "Matrix provision")));
            row.createCell(Workbooks.column(c, ch, "Specific provision")).setCellValue(1234.56);
            row.createCell(Workbooks.column(c, ch, "Reason")).setCellValue("Chapter 11 filing, June");
            try (var o = Files.newOutputStream(edited)) {
                wb.write(o);
            }
        }
        Path run2 = AllowanceGeneratedHistoryTest.run(tmp.resolve("run2.xlsx"), "--previous", edited.toString());
        try (XSSFWorkbook wb = Workbooks.open(run2)) {
            Sheet m = wb.getSheet("Provision matrix");
            int h = Workbooks.headerRow(m, "Currency");
            Row b = Workbooks.rowWithText(m, Workbooks.column(m, h, "Bucket"), "31-60");
            assertEquals(0.25, b.getCell(Workbooks.column(m, h, "Outlook adjustment %")).getNumericCellValue(), 1e-12);
            assertEquals(Math.min(1, overHistorical.doubleValue() * 1.25),
                    b.getCell(Workbooks.column(m, h, "Rate applied")).getNumericCellValue(), 1e-12);
            Sheet c = wb.getSheet("Allowance by customer");
            int ch = Workbooks.headerRow(c, "Customer ID");
            Row row = Workbooks.rowWithText(c, Workbooks.column(c, ch, "Customer"), customer);
            Workbooks.assertMoney("1234.56", row.getCell(Workbooks.column(c, ch, "Specific provision")), "kept");
            assertEquals("Chapter 11 filing, June", Workbooks.text(row.getCell(Workbooks.column(c, ch, "Reason"))));
            assertEquals("Specific", Workbooks.text(row.getCell(Workbooks.column(c, ch, "Basis"))));
            Workbooks.assertMoney("1234.56", row.getCell(Workbooks.column(c, ch, "Provision")), "overrides the matrix");
            assertTrue(customerMatrix.signum() > 0, "the specific provision replaces a real matrix provision");
            Sheet s = wb.getSheet("Allowance");
            int sh = Workbooks.headerRow(s, "Currency");
            Workbooks.assertMoney("1234.56", Workbooks.dataRows(s, sh).get(0).getCell(Workbooks.column(s, sh,
                    "Specific provisions")), "the specific provisions");
            assertEquals("ALL CHECKS OK", Workbooks.text(wb.getSheet("Checks").getRow(2).getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void aWriteOffNoInvoiceExplainsFailsItsCheck() throws Exception {
        Path writeOffs = tmp.resolve("write-offs.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(AllowanceGeneratedHistoryTest.DIR.resolve("write-offs.csv")));
        lines.add("Write-off,3/15/2025,WO-99999,Nobody In The History Ltd,-5000.00,Bad debt");
        Files.write(writeOffs, lines);
        Path out = tmp.resolve("allowance.xlsx");
        CliRun.Result r = CliRun.run("allowance", AllowanceGeneratedHistoryTest.DIR.resolve("open-items.csv").toString(),
                "--history", AllowanceGeneratedHistoryTest.DIR.resolve("history.csv").toString(), "--write-offs",
                writeOffs.toString(), "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("CHECKS FAILED") || r.out().contains("FAIL"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet c = wb.getSheet("Checks");
            Row failed = Workbooks.rowWithText(c, 0, "Write-offs traced to invoices of the history");
            assertNotEquals("OK", Workbooks.text(failed.getCell(4)));
            Sheet w = wb.getSheet("Write-offs");
            int wh = Workbooks.headerRow(w, "File");
            Row row = Workbooks.rowWithText(w, Workbooks.column(w, wh, "Document"), "WO-99999");
            assertEquals("No invoice of the customer open that day", Workbooks.text(row.getCell(Workbooks.column(w, wh,
                    "How traced"))));
        }
    }

    @Test
    void withoutWriteOffsOrWithTooShortAHistoryTheRunStopsNamingTheChoice() {
        CliRun.Result none = CliRun.run("allowance", "examples/netsuite-ar-aging-detail.csv", "--history",
                "examples/kpi/invoice-history.csv", "--as-of", "2026-06-30", "--out", tmp.resolve("a.xlsx").toString());
        assertNotEquals(0, none.code());
        assertTrue(CliRun.assertOneErrorLine(none).contains("--write-offs"), none.err());
        CliRun.Result shortHistory = CliRun.run("allowance", "examples/netsuite-ar-aging-detail.csv", "--history",
                "examples/kpi/invoice-history.csv", "--write-offs", "examples/kpi/write-offs.csv", "--outcome-months", "24",
                "--as-of", "2026-06-30", "--out", tmp.resolve("b.xlsx").toString());
        assertNotEquals(0, shortHistory.code());
        assertTrue(CliRun.assertOneErrorLine(shortHistory).contains("--outcome-months"), shortHistory.err());
        CliRun.Result noHistory = CliRun.run("allowance", "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-06-30",
                "--out", tmp.resolve("c.xlsx").toString());
        assertNotEquals(0, noHistory.code());
        assertTrue(CliRun.assertOneErrorLine(noHistory).toLowerCase().contains("history"), noHistory.err());
    }
}
