package com.arworkbench.cli;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.confirmations.Reply;
import com.arworkbench.confirmations.Selection;
import com.arworkbench.ingest.PreviousConfirmationsFile;
import com.arworkbench.jobs.PackSection;
import com.arworkbench.request.Job;
import com.arworkbench.request.PackSectionParams;
import com.arworkbench.request.Param;
import com.arworkbench.support.Workbooks;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The balance confirmations as a section of the month-end pack (issue 16): with --key-items and --tolerable the pack
 * has Confirmations, Confirmation letters and Sample, selected by the same engine from the same balances as the
 * confirmations job on the same files (its workbook is the oracle, row by row), with the receipts after the as-of
 * date from the history the KPIs read; with only one of the two the pack is refused with one line naming the other.
 */
class PackConfirmationsCliTest {

    private static final String OPEN_ITEMS = "examples/netsuite-ar-aging-detail.csv";
    private static final String HISTORY = "examples/kpi/invoice-history.csv";
    private static final String CUSTOMERS = "examples/netsuite-customers.csv";
    private static final BigDecimal KEY_ITEMS = new BigDecimal("40000");
    private static final List<String> SELECTION = List.of("--as-of", "2026-06-30", "--key-items", "40000",
            "--tolerable", "50000", "--seed", "7");

    @TempDir
    Path tmp;

    private CliRun.Result run(String command, List<String> files, Path out) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(files);
        args.addAll(SELECTION);
        args.addAll(List.of("--out", out.toString()));
        return CliRun.run(args.toArray(String[]::new));
    }

    /** Every data row of a sheet as the texts of its cells (cached values of formulas), header first. */
    private static List<List<String>> rows(Sheet s) {
        int h = Workbooks.headerRow(s, "No.");
        List<List<String>> out = new ArrayList<>();
        out.add(cells(s.getRow(h)));
        Workbooks.dataRows(s, h).forEach(r -> out.add(cells(r)));
        return out;
    }

    private static List<String> cells(Row r) {
        List<String> texts = new ArrayList<>();
        for (int c = 0; c < r.getLastCellNum(); c++) {
            texts.add(text(r.getCell(c)));
        }
        return texts;
    }

    private static List<String> sheets(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    @Test
    void thePackHasTheJobsSelectionOnItsThreeSheetsAndAllChecksOk() throws Exception {
        Path pack = tmp.resolve("pack.xlsx");
        CliRun.Result p = run("pack", List.of(OPEN_ITEMS, HISTORY), pack);
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("ALL CHECKS OK"), p.out());
        assertTrue(p.out().contains("Statements, Mail merge, Confirmations, Confirmation letters, Sample;"), p.out());
        Path job = tmp.resolve("confirmations.xlsx");
        CliRun.Result j = run("confirmations", List.of(OPEN_ITEMS, "--history", HISTORY), job);
        assertEquals(0, j.code(), j.err());

        try (XSSFWorkbook wb = Workbooks.open(pack); XSSFWorkbook jw = Workbooks.open(job)) {
            List<String> names = sheets(wb);
            assertEquals(List.of("Statements", "Mail merge", "Confirmations", "Confirmation letters", "Sample",
                    "Exceptions"), names.subList(names.indexOf("Statements"), names.indexOf("Checks")),
                    "after the customer statements: " + names);
            assertEquals("ALL CHECKS OK", text(wb.getSheet("Checks").getRow(2).getCell(1)));

            // The same selection as the job's, row by row: balances, selection, points, intervals, receipts.
            List<List<String>> mine = rows(wb.getSheet("Confirmations"));
            List<List<String>> theirs = rows(jw.getSheet("Confirmations"));
            assertEquals(theirs.size(), mine.size(), "balances on Confirmations");
            for (int i = 0; i < theirs.size(); i++) {
                assertEquals(theirs.get(i), mine.get(i), "Confirmations row " + i);
            }
            assertEquals(cellsBelow(jw.getSheet("Sample"), "Currency"), cellsBelow(wb.getSheet("Sample"), "Currency"));
            assertEquals(rows(jw.getSheet("Letters")), rows(wb.getSheet("Confirmation letters")),
                    "the letters (their balance points at this workbook's Confirmations)");

            // Not only equal to the job: the rule itself holds, and the history gave receipts after the as-of date.
            Sheet c = wb.getSheet("Confirmations");
            int h = Workbooks.headerRow(c, "No.");
            int book = Workbooks.column(c, h, "Book balance");
            int sel = Workbooks.column(c, h, "Selection");
            int keyItems = 0;
            for (Row r : Workbooks.dataRows(c, h)) {
                boolean key = Workbooks.money(r.getCell(book)).compareTo(KEY_ITEMS) >= 0;
                keyItems += key ? 1 : 0;
                assertEquals(key, Selection.KEY_ITEM.label().equals(text(r.getCell(sel))), "row " + (r.getRowNum() + 1));
            }
            assertTrue(keyItems > 0, "the threshold catches some balances");
            // (the example history ends at the as-of date: no receipts after it; the fixture test below has some)

            // The job's own checks are on the pack's one Checks sheet under the section's name, each OK.
            List<String> checks = new ArrayList<>();
            for (Row r : wb.getSheet("Checks")) {
                if (text(r.getCell(0)).startsWith("Confirmations: ")) {
                    checks.add(text(r.getCell(0)).substring("Confirmations: ".length()));
                    assertEquals("OK", text(r.getCell(4)), text(r.getCell(0)));
                }
            }
            List<String> jobChecks = new ArrayList<>();
            Sheet jc = jw.getSheet("Checks");
            for (int i = Workbooks.headerRow(jc, "Check") + 1; i <= jc.getLastRowNum(); i++) {
                String name = jc.getRow(i) == null ? "" : text(jc.getRow(i).getCell(0));
                if (!name.isEmpty() && !name.startsWith("Inputs: ")) {
                    jobChecks.add(name);
                }
            }
            assertEquals(jobChecks, checks);
            assertTrue(checks.contains("Selection points = sample sizes"), checks.toString());

            String about = cellsBelow(wb.getSheet("About"), "").toString();
            assertTrue(about.contains("key items of 40000 or more") && about.contains("seed 7"), about);
            assertCachedValuesRecalculate(wb, List.of("Confirmations", "Confirmation letters", "Sample", "Checks"));
        }

        // Replies typed on the pack's Confirmations come back in the confirmations job (--previous).
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            Sheet c = wb.getSheet("Confirmations");
            int h = Workbooks.headerRow(c, "No.");
            Row first = Workbooks.dataRows(c, h).get(0);
            first.createCell(Workbooks.column(c, h, "Reply")).setCellValue("Agreed");
            try (OutputStream os = Files.newOutputStream(tmp.resolve("typed.xlsx"))) {
                wb.write(os);
            }
        }
        Map<String, Reply> replies = PreviousConfirmationsFile.read(tmp.resolve("typed.xlsx"));
        assertEquals(1, replies.size(), replies.toString());
    }

    /**
     * The confirmations fixture (src/test/resources/confirmations/README.md, figures by hand): the receipts after the
     * as-of date come from the history the pack reads for its KPIs: C2 EUR 400.00 (paid 2026-07-10), C6 USD 800.00
     * (paid 2026-07-03), none for C4 (paid 2026-06-20); the EUR sample n 4 at 500.00, USD n 2 at 400.00.
     */
    @Test
    void theReceiptsAfterTheAsOfDateComeFromThePacksHistory() throws Exception {
        Path pack = tmp.resolve("fixture.xlsx");
        CliRun.Result p = CliRun.run("pack", "src/test/resources/confirmations/open-items.csv", "--history",
                "src/test/resources/confirmations/history.csv", "--as-of", "2026-06-30", "--key-items", "50000",
                "--tolerable", "1500", "--out", pack.toString());
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("ALL CHECKS OK"), p.out());
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            Sheet c = wb.getSheet("Confirmations");
            int h = Workbooks.headerRow(c, "No.");
            int id = Workbooks.column(c, h, "Customer ID");
            int ccy = Workbooks.column(c, h, "Currency");
            int receipts = Workbooks.column(c, h, "Receipts after as-of");
            int sel = Workbooks.column(c, h, "Selection");
            Map<String, Row> byBalance = new java.util.HashMap<>();
            Workbooks.dataRows(c, h).forEach(r -> byBalance.put(text(r.getCell(id)) + " " + text(r.getCell(ccy)), r));
            assertEquals(6, byBalance.size(), byBalance.keySet().toString());
            Workbooks.assertMoney("400.00", byBalance.get("C2 EUR").getCell(receipts), "C2 paid 07-10");
            Workbooks.assertMoney("800.00", byBalance.get("C6 USD").getCell(receipts), "C6 paid 07-03");
            assertEquals("", text(byBalance.get("C4 EUR").getCell(receipts)), "C4 paid before the as-of date");
            assertEquals(Selection.KEY_ITEM.label(), text(byBalance.get("C1 EUR").getCell(sel)));
            Sheet sample = wb.getSheet("Sample");
            int sh = Workbooks.headerRow(sample, "Currency");
            int n = Workbooks.column(sample, sh, "Sample size n");
            int interval = Workbooks.column(sample, sh, "Sampling interval");
            assertEquals(4, (int) Workbooks.rowWithText(sample, 0, "EUR").getCell(n).getNumericCellValue());
            Workbooks.assertMoney("500.00", Workbooks.rowWithText(sample, 0, "EUR").getCell(interval), "EUR interval");
            assertEquals(2, (int) Workbooks.rowWithText(sample, 0, "USD").getCell(n).getNumericCellValue());
            Workbooks.assertMoney("400.00", Workbooks.rowWithText(sample, 0, "USD").getCell(interval), "USD interval");
        }
    }

    @Test
    void besideTheDunningWorklistTheLettersKeepApartAndWithoutHistoryThereAreNoReceipts() throws Exception {
        Path pack = tmp.resolve("pack.xlsx");
        CliRun.Result p = run("pack", List.of(OPEN_ITEMS, CUSTOMERS), pack);
        assertEquals(0, p.code(), p.err());
        assertTrue(p.out().contains("ALL CHECKS OK"), p.out());
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            assertNotNull(wb.getSheet("Letters"), "the dunning letters");
            assertNotNull(wb.getSheet("Confirmation letters"));
            Sheet c = wb.getSheet("Confirmations");
            int h = Workbooks.headerRow(c, "No.");
            int receipts = Workbooks.column(c, h, "Receipts after as-of");
            Workbooks.dataRows(c, h).forEach(r -> assertEquals("", text(r.getCell(receipts)), "no history"));
            assertTrue(text(c.getRow(2).getCell(0)).contains("No invoice history given"), text(c.getRow(2).getCell(0)));
        }
    }

    @Test
    void onlyOneOfTheTwoThresholdsIsRefusedNamingTheOther() {
        Path out = tmp.resolve("pack.xlsx");
        String line = CliRun.assertOneErrorLine(CliRun.run("pack", OPEN_ITEMS, "--as-of", "2026-06-30",
                "--key-items", "40000", "--out", out.toString()));
        assertTrue(line.contains("--tolerable is missing"), line);
        line = CliRun.assertOneErrorLine(CliRun.run("pack", OPEN_ITEMS, "--as-of", "2026-06-30",
                "--tolerable", "50000", "--out", out.toString()));
        assertTrue(line.contains("--key-items is missing"), line);
        line = CliRun.assertOneErrorLine(CliRun.run("pack", OPEN_ITEMS, "--as-of", "2026-06-30",
                "--seed", "7", "--out", out.toString()));
        assertTrue(line.contains("--seed is for the balance confirmations") && line.contains("--key-items and --tolerable"),
                line);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void withoutTheThresholdsThePackHasNoConfirmations() throws Exception {
        Path pack = tmp.resolve("pack.xlsx");
        CliRun.Result p = CliRun.run("pack", OPEN_ITEMS, "--as-of", "2026-06-30", "--out", pack.toString());
        assertEquals(0, p.code(), p.err());
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            List<String> names = sheets(wb);
            assertFalse(names.contains("Confirmations") || names.contains("Confirmation letters")
                    || names.contains("Sample"), names.toString());
        }
    }

    /** The section table and the request layer agree: a section by parameters has them, and the pack takes them. */
    @Test
    void everySectionByParametersHasItsParametersOnThePackCommand() {
        for (PackSection s : PackSection.values()) {
            List<Param<?>> on = PackSectionParams.turnOn(s);
            assertEquals(s.byParameters(), !on.isEmpty(), s.name());
            assertTrue(Job.PACK.params().containsAll(on), s.name());
        }
        assertEquals(List.of(Param.KEY_ITEMS, Param.TOLERABLE), PackSectionParams.turnOn(PackSection.CONFIRMATIONS));
    }

    /** The texts of every row from the one whose first cell is {@code first} down (all rows for ""). */
    private static List<List<String>> cellsBelow(Sheet s, String first) {
        int from = first.isEmpty() ? 0 : Workbooks.headerRow(s, first);
        List<List<String>> out = new ArrayList<>();
        for (int i = from; i <= s.getLastRowNum(); i++) {
            Row r = s.getRow(i);
            out.add(r == null ? List.of() : cells(r));
        }
        return out;
    }

    /**
     * POI's recalculation of the named sheets' formulas equals the values written with them; on Checks, of the
     * section's own rows.
     */
    private static void assertCachedValuesRecalculate(XSSFWorkbook wb, List<String> names) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        int n = 0;
        for (String name : names) {
            for (Row r : wb.getSheet(name)) {
                if (name.equals("Checks") && !text(r.getCell(0)).startsWith("Confirmations: ")) {
                    continue; // the section's own checks (the others are their sections' tests')
                }
                for (Cell cell : r) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    n++;
                    CellValue v = ev.evaluate(cell);
                    String where = name + "!" + cell.getAddress() + " =" + cell.getCellFormula();
                    if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertEquals(cell.getNumericCellValue(), v.getNumberValue(), 0.005, where);
                    } else {
                        assertEquals(cell.getStringCellValue(), v.getStringValue(), where);
                    }
                }
            }
        }
        assertTrue(n > 0, "formulas on " + names);
    }
}
