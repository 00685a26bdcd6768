package com.arworkbench.cli;

import static com.arworkbench.support.Workbooks.column;
import static com.arworkbench.support.Workbooks.headerRow;
import static com.arworkbench.support.Workbooks.rowWithText;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.LibreOffice;
import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month-end pack from the command line, on a small open-items export and invoice history whose
 * KPIs are worked out by hand (as of 2026-06-30):
 * ending AR 175,000 (100,000 current, 30,000 more than 90 days past due); June credit sales
 * 350,000 (the 'twelve' row is rejected); beginning AR (31 May, rebuilt) 280,000.
 * DSO = 175,000 × 30 ÷ 350,000 = 15.00; BPDSO = 100,000 × 30 ÷ 350,000 = 8.57; ADD = 6.43;
 * CEI = (280,000 + 350,000 − 175,000) ÷ (280,000 + 350,000 − 100,000) × 100 = 85.85;
 * payment delay in June = (200,000 × 10 − 250,000 × 10) ÷ 450,000 = −1.11 days.
 */
class PackCliIT {

    private static final Path DIR = Path.of("src/test/resources/pack");

    @TempDir
    Path tmp;

    @Test
    void packFromFilesRecognisedByContentHasDashboardKpisForecastAndOneChecksSheet() throws Exception {
        Path out = tmp.resolve("pack.xlsx");
        CliRun.Result r = CliRun.run("pack", DIR.resolve("history.csv").toString(), DIR.resolve("open-items.csv").toString(),
                "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("DSO 15.00, BPDSO 8.57, ADD 6.43, CEI 85.85"), r.out());
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(s -> sheets.add(s.getSheetName()));
            assertEquals(List.of("Dashboard", "KPIs", "Customer KPIs", "Forecast", "Back-test", "Aging", "Aging Detail",
                    "Future-dated", "Statements", "Mail merge", "Exceptions", "Checks", "About"), sheets,
                    "sections without inputs are dropped");

            Sheet dash = wb.getSheet("Dashboard");
            assertEquals(15.00, value(dash, "DSO"), 1e-9);
            assertEquals(8.57, value(dash, "Best possible DSO"), 1e-9);
            assertEquals(6.43, value(dash, "ADD (average days delinquent)"), 1e-9);
            assertEquals(85.85, value(dash, "CEI (month)"), 1e-9);
            assertEquals(17.14, value(dash, "% over 90 days"), 1e-9);
            assertEquals(175_000.00, value(dash, "Open AR (ledger, aged)"), 1e-9);
            assertEquals("KPIs!$N$17", rowWithText(dash, 0, "DSO").getCell(1).getCellFormula(),
                    "the Dashboard points at the KPI sheet, live");
            // Forecast: no customer has 3 paid invoices, so the portfolio median (−10 and +10 → 0 days) applies.
            assertEquals(180_000.00, value(dash, "Expected collections, next 13 weeks"), 1e-9);

            Sheet kpis = wb.getSheet("KPIs");
            int h = headerRow(kpis, "Currency");
            Row june = kpis.getRow(h + 12); // July 2025 … June 2026
            assertEquals("2026-06", text(june.getCell(column(kpis, h, "Month"))));
            assertEquals(350_000.00, june.getCell(column(kpis, h, "Credit sales")).getNumericCellValue(), 1e-9);
            assertEquals(280_000.00, june.getCell(column(kpis, h, "Beginning AR (rebuilt)")).getNumericCellValue(), 1e-9);
            assertEquals(-1.11, june.getCell(column(kpis, h, "Average payment delay")).getNumericCellValue(), 1e-9);
            assertEquals("IF(F17=0,\"\",ROUND(H17*E17/F17,2))", june.getCell(column(kpis, h, "DSO")).getCellFormula());

            Sheet forecast = wb.getSheet("Forecast");
            int fh = headerRow(forecast, "Currency");
            Row week1 = forecast.getRow(fh + 1);
            // The history is too short to back-test, so baseline (b) (one date per item) forecasts: Beta's INV101 and
            // INV102 (portfolio median 0 days late) were expected on their due dates, already passed: week 1.
            assertEquals(80_000.00, week1.getCell(column(forecast, fh, "Undisputed")).getNumericCellValue(), 1e-9);
            assertEquals(100_000.00, forecast.getRow(fh + 2).getCell(column(forecast, fh, "Expected collections"))
                    .getNumericCellValue(), 1e-9, "INV100 due 10 July is expected in week 2");
            assertEquals(-5_000.00, rowWithText(forecast, 1, "Not forecast: credits beyond the customer's expected "
                    + "payments (1 customers)").getCell(column(forecast, fh, "Expected collections")).getNumericCellValue(),
                    1e-9, "Gamma's credit has no payment of Gamma's to be taken against");

            Sheet detail = wb.getSheet("Aging Detail");
            int dh = headerRow(detail, "Source row");
            int expected = column(detail, dh, "Expected payment date");
            Row inv100 = rowWithText(detail, column(detail, dh, "Document no."), "INV100");
            assertEquals(java.time.LocalDate.of(2026, 7, 10), inv100.getCell(expected).getLocalDateTimeCellValue().toLocalDate());

            // One Exceptions sheet for every file: the export's rows by number, the history's as "file row n".
            Sheet exceptions = wb.getSheet("Exceptions");
            assertNotNull(rowWithText(exceptions, 0, "history.csv row 12"), "the history's unreadable amount is listed");
            assertNotNull(rowWithText(exceptions, 0, "10"), "the export's bad row");

            Sheet checks = wb.getSheet("Checks");
            assertEquals("ALL CHECKS OK", text(rowWithText(checks, 0, "Master check").getCell(1)));
            assertNotNull(rowWithText(checks, 0, "KPIs: Forecast = open items on the aging sheets"));
            assertNotNull(rowWithText(checks, 0, "Aging: Every row read is accounted for"));

            Sheet about = wb.getSheet("About");
            assertTrue(text(rowWithText(about, 0, "File: history.csv").getCell(1)).startsWith("Invoice history"));
            assertTrue(text(rowWithText(about, 0, "Invoice history").getCell(1)).contains("SHA-256"));

            XSSFSheet dashboard = wb.getSheet("Dashboard");
            List<XSSFChart> charts = dashboard.getDrawingPatriarch().getCharts();
            assertEquals(3, charts.size(), "aging, DSO trend, forecast");
            assertEquals("KPIs!$N$6:$N$17", charts.get(1).getChartSeries().get(0).getSeries(0).getValuesData()
                    .getDataRangeReference().replace("'", ""));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
        LibreOffice.assertRecalculatesToCachedValues(out, tmp);
    }

    @Test
    void kpiCommandNamesTheHistoryAndTakesWriteOffs() throws Exception {
        Path out = tmp.resolve("kpi.xlsx");
        Path writeOffs = tmp.resolve("bad-debts.csv");
        Files.writeString(writeOffs, "Type,Date,Document Number,Name,Due Date,Amount,Amount Remaining,Status,Date Closed\n"
                + "Write-off,6/15/2026,WO-1,Beta GmbH,6/15/2026,-3500.00,0.00,Fully Applied,6/15/2026\n");
        CliRun.Result r = CliRun.run("kpi", DIR.resolve("open-items.csv").toString(), "--history",
                DIR.resolve("history.csv").toString(), "--write-offs", writeOffs.toString(), "--as-of", "2026-06-30",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet kpis = wb.getSheet("KPIs");
            int h = headerRow(kpis, "Currency");
            Row june = kpis.getRow(h + 12); // July 2025 … June 2026
            assertEquals(3_500.00, june.getCell(column(kpis, h, "Bad debts")).getNumericCellValue(), 1e-9);
            assertEquals(1.00, june.getCell(column(kpis, h, "Bad-debt %")).getNumericCellValue(), 1e-9, "3,500 ÷ 350,000");
            assertNull(wb.getSheet("Worklist"), "no customer master: no dunning");
        }
    }

    @Test
    void packWithoutHistoryIsAgingWithADashboard() throws Exception {
        Path out = tmp.resolve("aging-pack.xlsx");
        CliRun.Result r = CliRun.run("pack", DIR.resolve("open-items.csv").toString(), "--as-of", "2026-06-30",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("no invoice history: no KPIs"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertNull(wb.getSheet("KPIs"));
            assertEquals(1, wb.getSheet("Dashboard").getDrawingPatriarch().getCharts().size());
            // The aging alone still gives the shares: the same figures the KPI engine gets with a history.
            assertEquals(57.14, value(wb.getSheet("Dashboard"), "% current"), 1e-9);
            assertEquals(17.14, value(wb.getSheet("Dashboard"), "% over 90 days"), 1e-9);
            assertFalse(text(wb.getSheet("Aging Detail").getRow(3).getCell(16)).contains("Expected"),
                    "no forecast column without a history");
        }
    }

    @Test
    void everyCapabilityTheFilesAllowJoinsThePackUnderOneChecksSheet() throws Exception {
        Path cash = tmp.resolve("cash.xlsx");
        Path ex = Path.of("examples/cashapp");
        CliRun.Result r = CliRun.run("pack", ex.resolve("open-items.csv").toString(), ex.resolve("payments.camt053.xml").toString(),
                ex.resolve("customers.csv").toString(), ex.resolve("remittance-advice.csv").toString(),
                "--as-of", "2026-06-30", "--out", cash.toString());
        assertEquals(0, r.code(), r.err());
        Path recon = tmp.resolve("recon.xlsx");
        r = CliRun.run("pack", "examples/recon/open-items-2026-06-30.csv", "examples/recon/sap-fbl3n-gl-line-items.csv",
                "--as-of", "2026-06-30", "--out", recon.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = Workbooks.open(cash)) {
            for (String sheet : List.of("Worklist", "Letters", "Cash Application", "Applied", "ERP Import")) {
                assertNotNull(wb.getSheet(sheet), sheet);
            }
            Sheet checks = wb.getSheet("Checks");
            assertEquals("ALL CHECKS OK", text(rowWithText(checks, 0, "Master check").getCell(1)));
            assertNotNull(rowWithText(checks, 0, "Dunning: Every row read is accounted for"));
            Sheet about = wb.getSheet("About");
            assertTrue(text(rowWithText(about, 0, "File: payments.camt053.xml").getCell(1)).startsWith("Payments"));
        }
        try (XSSFWorkbook wb = Workbooks.open(recon)) {
            assertNotNull(wb.getSheet("Reconciliation"));
            assertNull(wb.getSheet("Worklist"));
            assertEquals("ALL CHECKS OK", text(rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
        LibreOffice.assertRecalculatesToCachedValues(cash, tmp);
        LibreOffice.assertRecalculatesToCachedValues(recon, tmp);
    }

    /**
     * The README's pack: the NetSuite open items against their own company's GL, whose differences were planted by
     * hand (examples/make-netsuite-gl.py): −5,954.83 = identified −5,786.31 + to investigate −168.52 (−159.52 and
     * −9.00). The status says TO INVESTIGATE: -168.52 in the summary line and on the Dashboard, RECONCILED with a
     * materiality of 200; against another company's GL the whole −1,440,648.38 is to investigate and the line says
     * why. The checks are ALL CHECKS OK throughout: they are about the workbook, the status about the ledgers.
     */
    @Test
    void theReadmePackReconcilesAgainstItsOwnGlAndSaysSoOnTheDashboard() throws Exception {
        List<String> files = List.of("examples/netsuite-ar-aging-detail.csv", "examples/kpi/invoice-history.csv",
                "examples/netsuite-customers.csv");
        Path out = tmp.resolve("own.xlsx");
        CliRun.Result r = pack(files, "examples/netsuite-gl-detail-2026-06.csv", "0", out);
        assertTrue(r.out().contains("; reconciliation TO INVESTIGATE: -168.52 (materiality 0.00); ALL CHECKS OK"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Row status = rowWithText(wb.getSheet("Dashboard"), 0, "Reconciliation status (subledger vs GL)");
            assertEquals("TO INVESTIGATE: -168.52", text(status.getCell(1)));
            Row difference = rowWithText(wb.getSheet("Dashboard"), 0, "Reconciliation difference");
            assertEquals(-5954.83, difference.getCell(1).getNumericCellValue(), 0.001);
            assertTrue(text(difference.getCell(4)).contains("identified -5786.31, to investigate -168.52"),
                    text(difference.getCell(4)));
        }
        r = pack(files, "examples/netsuite-gl-detail-2026-06.csv", "200", tmp.resolve("within.xlsx"));
        assertTrue(r.out().contains("; reconciliation RECONCILED (materiality 200.00); ALL CHECKS OK"), r.out());

        r = pack(files, "examples/recon/netsuite-gl-detail.csv", "0", tmp.resolve("unrelated.xlsx"));
        assertTrue(r.out().contains("The two ledgers share almost no documents (0 of "), r.out());
        assertTrue(r.out().contains("reconciliation TO INVESTIGATE: -1440648.38 (materiality 0.00). The two ledgers"), r.out());
        assertTrue(r.out().contains("not explained; ALL CHECKS OK"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(tmp.resolve("unrelated.xlsx"))) {
            Row status = rowWithText(wb.getSheet("Dashboard"), 0, "Reconciliation status (subledger vs GL)");
            assertEquals("TO INVESTIGATE: -1440648.38", text(status.getCell(1)));
            assertTrue(text(status.getCell(4)).startsWith("The two ledgers share almost no documents"), text(status.getCell(4)));
        }
    }

    private static CliRun.Result pack(List<String> files, String gl, String materiality, Path out) {
        List<String> args = new ArrayList<>(List.of("pack"));
        args.addAll(files);
        args.addAll(List.of(gl, "--write-offs", "examples/kpi/write-offs.csv", "--as-of", "2026-06-30", "--materiality",
                materiality, "--out", out.toString()));
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void unusableSetsOfFilesSayWhichFileAndWhatWasExpected() throws Exception {
        String noOpenItems = CliRun.assertOneErrorLine(CliRun.run("pack", DIR.resolve("history.csv").toString(),
                "--as-of", "2026-06-30", "--out", tmp.resolve("x.xlsx").toString()));
        assertTrue(noOpenItems.contains("No open-items export") && noOpenItems.contains("history.csv"), noOpenItems);

        String twice = CliRun.assertOneErrorLine(CliRun.run("pack", DIR.resolve("open-items.csv").toString(),
                DIR.resolve("open-items.csv").toString(), "--as-of", "2026-06-30", "--out", tmp.resolve("x.xlsx").toString()));
        assertTrue(twice.contains("Two files are read as open items") && twice.contains("--prior"), twice);

        Path notes = tmp.resolve("notes.txt");
        Files.writeString(notes, "Remember to call Beta about the March invoice.\nAnd lunch on Friday.\n");
        String unknown = CliRun.assertOneErrorLine(CliRun.run("pack", DIR.resolve("open-items.csv").toString(),
                notes.toString(), "--as-of", "2026-06-30", "--out", tmp.resolve("x.xlsx").toString()));
        assertTrue(unknown.contains("notes.txt was not recognised"), unknown);

        String writeOffsAlone = CliRun.assertOneErrorLine(CliRun.run("pack", DIR.resolve("open-items.csv").toString(),
                "--write-offs", DIR.resolve("history.csv").toString(), "--as-of", "2026-06-30", "--out",
                tmp.resolve("x.xlsx").toString()));
        assertTrue(writeOffsAlone.contains("the KPIs need an invoice history"), writeOffsAlone);
        assertTrue(CliRun.partFiles(tmp).isEmpty());
    }

    /** A history whose own total row does not tie to what was read fails the master check (issue 11). */
    @Test
    void aHistoryWhoseOwnTotalDoesNotTieFailsTheMasterCheck() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(DIR.resolve("history.csv")));
        lines.removeIf(l -> l.contains("INV103")); // a row lost in the export, the total row kept
        Path history = Files.write(tmp.resolve("history-cut.csv"), lines);
        Path out = tmp.resolve("pack.xlsx");
        CliRun.Result r = CliRun.run("pack", DIR.resolve("open-items.csv").toString(), "--history", history.toString(),
                "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("ALL CHECKS OK"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Row check = rowWithText(wb.getSheet("Checks"), 0, "Inputs: Invoice history history-cut.csv: its own total = amounts read");
            assertEquals("DIFFERENCE", text(check.getCell(4)));
        }
        CliRun.Result whole = CliRun.run("pack", DIR.resolve("open-items.csv").toString(), "--history",
                DIR.resolve("history.csv").toString(), "--as-of", "2026-06-30", "--out", tmp.resolve("ok.xlsx").toString());
        try (XSSFWorkbook wb = Workbooks.open(tmp.resolve("ok.xlsx"))) {
            Row check = rowWithText(wb.getSheet("Checks"), 0, "Inputs: Invoice history history.csv: its own total = amounts read");
            assertEquals("OK", text(check.getCell(4)), whole.out());
        }
    }

    private static double value(Sheet dashboard, String kpi) {
        Row row = rowWithText(dashboard, 0, kpi);
        assertNotNull(row, kpi);
        return row.getCell(1).getNumericCellValue();
    }
}
