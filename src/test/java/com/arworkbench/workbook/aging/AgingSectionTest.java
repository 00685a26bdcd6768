package com.arworkbench.workbook.aging;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.WorkbookTemplate;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingSectionTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final AgingParameters PARAMS = new AgingParameters(AS_OF, AgingBasis.DUE, BucketScheme.standard());

    @TempDir
    Path tmp;

    private Path write(WorkbookTemplate template, int items, int detailMaxRowIndex, Map<String, BigDecimal> control)
            throws Exception {
        Path out = tmp.resolve("aging.xlsx");
        AgingEngine engine = new AgingEngine(PARAMS);
        template.fill(Map.of("asOf", AS_OF.toString()));
        try (ReportBook book = new ReportBook(template, List.of("Customer", "Amount"));
             OutputStream os = Files.newOutputStream(out)) {
            AgingSection w = book.add(new AgingSection(book, PARAMS, detailMaxRowIndex));
            book.startStreaming();
            for (int i = 0; i < items; i++) {
                OpenItem item = new OpenItem(i + 2, new Customer("C" + (i % 3), "Customer " + (i % 3)), "INV" + i,
                        DocumentType.INVOICE, "Invoice", AS_OF.minusDays(40 + i), AS_OF.minusDays(10 + i), false,
                        new BigDecimal("100.01"), null, "EUR", "", "", null, null);
                w.item(engine.age(item));
            }
            book.notUsed(new RejectedRow(items + 2, RowDisposition.REJECTED, "Due date 'x' is not a valid date",
                    List.of("C9", "5.00"), new BigDecimal("5.00"), "EUR"));
            book.finish(new RowTieOut(items + 2, 0, 1, control), ReportBook.results(engine.report()), List.of(),
                    List.of(Map.entry("Source file", "test.csv")), os);
        }
        return out;
    }

    @Test
    void detailContinuesOnNumberedSheetsWhenASheetIsFullAndTheChecksFollow() throws Exception {
        // Header on row index 3: with a last row index of 12, each Detail sheet holds 9 items.
        Path out = write(WorkbookTemplate.load("aging.xlsx", null), 25, 12, Map.of("EUR", new BigDecimal("2505.25")));
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertEquals(List.of("Summary", "Detail", "Detail (2)", "Detail (3)", "Future-dated", "Exceptions", "Checks",
                    "About"), names);
            int rows = 0;
            for (String n : List.of("Detail", "Detail (2)", "Detail (3)")) {
                Sheet s = wb.getSheet(n);
                rows += Workbooks.dataRows(s, Workbooks.headerRow(s, "Source row")).size();
            }
            assertEquals(25, rows);
            assertEquals("Source row", text(wb.getSheet("Detail (2)").getRow(0).getCell(0)), "each part repeats the header");
            Row total = Workbooks.rowWithText(wb.getSheet("Summary"), 0, "Total EUR");
            assertMoney("2500.25", total.getCell(9), "25 x 100.01");
            Row detailCheck = Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Detail items (EUR) = Summary total");
            assertTrue(detailCheck.getCell(1).getCellFormula().contains("'Detail (3)'"), detailCheck.getCell(1).getCellFormula());
            assertEquals("OK", text(detailCheck.getCell(4)));
            Row control = Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Export's own total (EUR) = aged + future-dated + rejected");
            assertMoney("2505.25", control.getCell(2), "aged 2500.25 + rejected row's 5.00");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void aMismatchWithTheExportsTotalIsShownNotHidden() throws Exception {
        Path out = write(WorkbookTemplate.load("aging.xlsx", null), 3, SheetTable.EXCEL_MAX_ROW_INDEX,
                Map.of("EUR", new BigDecimal("400.00")));
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Row control = Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Export's own total (EUR) = aged + future-dated + rejected");
            assertEquals("DIFFERENCE", text(control.getCell(4)));
            assertMoney("-94.97", control.getCell(3), "305.03 - 400.00");
            assertEquals("CHECK FAILED: 1 difference(s)",
                    text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void aTemplateRestyledInExcelStillFills() throws Exception {
        // A user adds a logo row above the title, renames the title and changes the amount format.
        Path dir = tmp.resolve("templates");
        Files.createDirectories(dir);
        try (XSSFWorkbook t = Workbooks.open(Path.of("workbook-templates/aging.xlsx"))) {
            Sheet summary = t.getSheet("Summary");
            summary.shiftRows(0, summary.getLastRowNum(), 2);
            summary.createRow(0).createCell(0).setCellValue("[Logo] Northwind Traders");
            summary.getRow(2).getCell(0).setCellValue("Debtors ageing report as of {{asOf}}");
            Sheet styles = t.getSheet("Styles");
            for (Row r : styles) {
                if ("amount".equals(text(r.getCell(0)))) {
                    r.getCell(1).getCellStyle().setDataFormat(t.createDataFormat().getFormat("#,##0.00 \"EUR\""));
                }
            }
            try (OutputStream os = Files.newOutputStream(dir.resolve("aging.xlsx"))) {
                t.write(os);
            }
        }
        Path out = write(WorkbookTemplate.load("aging.xlsx", dir), 4, SheetTable.EXCEL_MAX_ROW_INDEX, Map.of());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet s = wb.getSheet("Summary");
            assertEquals("[Logo] Northwind Traders", text(s.getRow(0).getCell(0)));
            assertEquals("Debtors ageing report as of 2026-06-30", text(s.getRow(2).getCell(0)));
            int header = Workbooks.headerRow(s, "Customer ID");
            assertEquals(6, header, "the header follows the marker to its new row");
            Row first = s.getRow(header + 1);
            assertEquals("#,##0.00 \"EUR\"", first.getCell(3).getCellStyle().getDataFormatString());
            assertEquals(null, wb.getSheet("Styles"), "the Styles sheet is not delivered");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
    }

    @Test
    void sheetsAreReadyToUseFrozenFilteredAndPrintable() throws Exception {
        Path out = write(WorkbookTemplate.load("aging.xlsx", null), 5, SheetTable.EXCEL_MAX_ROW_INDEX, Map.of());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet detail = wb.getSheet("Detail");
            int header = Workbooks.headerRow(detail, "Source row");
            assertEquals(header + 1, detail.getPaneInformation().getHorizontalSplitTopRow());
            assertTrue(wb.getSheet("Detail").getCTWorksheet() != null);
            assertTrue(((org.apache.poi.xssf.usermodel.XSSFSheet) detail).getCTWorksheet().isSetAutoFilter());
            assertTrue(detail.getPrintSetup().getLandscape());
            assertTrue(detail.getColumnWidth(2) > 10 * 256, "names get a readable width");
            Row first = detail.getRow(header + 1);
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(first.getCell(5)), "real Excel dates");
            assertEquals(AS_OF.minusDays(40), first.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, first.getCell(10).getCellType(), "amounts are numbers");
            Sheet summary = wb.getSheet("Summary");
            int sh = Workbooks.headerRow(summary, "Customer ID");
            int customers = Workbooks.dataRows(summary, sh).size();
            String filter = ((org.apache.poi.xssf.usermodel.XSSFSheet) summary).getCTWorksheet().getAutoFilter().getRef();
            assertEquals("A" + (sh + 1) + ":N" + (sh + 1 + customers), filter, "sorting never moves the total rows");
            assertEquals(org.apache.poi.ss.usermodel.HorizontalAlignment.RIGHT,
                    summary.getRow(sh).getCell(3).getCellStyle().getAlignment(), "number headers align with numbers");
        }
    }
}
