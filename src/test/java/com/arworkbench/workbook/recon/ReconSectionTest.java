package com.arworkbench.workbook.recon;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.GlLine;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.recon.MatchStatus;
import com.arworkbench.recon.ReconEngine;
import com.arworkbench.recon.ReconParameters;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFPivotTable;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotField;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPivotTableDefinition;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheetSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STDataConsolidateFunction;

class ReconSectionTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final List<String> HEADERS = List.of("Customer", "Document", "Type", "Date", "Amount", "Currency",
            "Company");

    @TempDir
    Path tmp;

    private static OpenItem item(long row, String customer, String doc, DocumentType type, LocalDate date, String amount,
                                 String currency, String entity) {
        return new OpenItem(row, new Customer(customer, "Customer " + customer), doc, type, type.label(), date,
                date.plusDays(30), false, new BigDecimal(amount), new BigDecimal(amount), currency, entity, "", null, null);
    }

    private static GlLine gl(long row, String entity, String currency, LocalDate date, String doc, String description,
                             String amount) {
        return new GlLine(row, "140000", "Trade receivables", entity, currency, "", date, doc, description, "",
                new BigDecimal(amount));
    }

    /**
     * DE01/EUR: a matched invoice, an unposted invoice (subledger only), an unapplied receipt, an invoice the
     * GL posted after the cut-off (timing), an FX revaluation and a manual GL invoice (GL only).
     * US01/USD: a matched invoice, a matched credit memo and an invoice whose amount differs.
     */
    private static ReconEngine engine(boolean withRollForward) {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        e.subledger(item(2, "C1", "INV-1001", DocumentType.INVOICE, LocalDate.of(2026, 6, 10), "1000.00", "EUR", "DE01"));
        e.subledger(item(3, "C2", "INV-1002", DocumentType.INVOICE, LocalDate.of(2026, 6, 20), "500.00", "EUR", "DE01"));
        e.subledger(item(4, "C1", "PAY-9001", DocumentType.PAYMENT, LocalDate.of(2026, 5, 15), "-300.00", "EUR", "DE01"));
        e.subledger(item(5, "C2", "INV-1003", DocumentType.INVOICE, LocalDate.of(2026, 6, 29), "250.00", "EUR", "DE01"));
        e.subledger(item(6, "C3", "INV-2001", DocumentType.INVOICE, LocalDate.of(2026, 6, 1), "2000.00", "USD", "US01"));
        e.subledger(item(7, "C3", "INV-2002", DocumentType.INVOICE, LocalDate.of(2026, 6, 2), "400.00", "USD", "US01"));
        e.subledger(item(8, "C3", "CM-1", DocumentType.CREDIT_MEMO, LocalDate.of(2026, 6, 3), "-50.00", "USD", "US01"));
        e.gl(gl(2, "DE01", "EUR", LocalDate.of(2026, 6, 10), "INV-1001", "Invoice", "1000.00"));
        e.gl(gl(3, "DE01", "EUR", LocalDate.of(2026, 7, 2), "INV-1003", "Invoice", "250.00"));
        e.gl(gl(4, "DE01", "EUR", LocalDate.of(2026, 6, 30), "", "FX revaluation June", "12.34"));
        e.gl(gl(5, "DE01", "EUR", LocalDate.of(2026, 6, 25), "INV-0777", "Manual invoice", "75.00"));
        e.gl(gl(6, "US01", "USD", LocalDate.of(2026, 6, 1), "inv 2001", "Invoice", "2000.00"));
        e.gl(gl(7, "US01", "USD", LocalDate.of(2026, 6, 2), "INV-2002", "Invoice", "380.00"));
        e.gl(gl(8, "US01", "USD", LocalDate.of(2026, 6, 3), "CM-1", "Credit memo", "-50.00"));
        if (withRollForward) {
            e.prior(item(2, "C9", "INV-0900", DocumentType.INVOICE, LocalDate.of(2026, 5, 5), "800.00", "EUR", "DE01"));
            e.register(item(2, "C1", "INV-1001", DocumentType.INVOICE, LocalDate.of(2026, 6, 10), "1000.00", "EUR", "DE01"));
            e.register(item(3, "C2", "INV-1002", DocumentType.INVOICE, LocalDate.of(2026, 6, 20), "500.00", "EUR", "DE01"));
            e.register(item(4, "C2", "INV-1003", DocumentType.INVOICE, LocalDate.of(2026, 6, 29), "250.00", "EUR", "DE01"));
            e.register(item(5, "C9", "PAY-8000", DocumentType.PAYMENT, LocalDate.of(2026, 6, 5), "-800.00", "EUR", "DE01"));
            e.register(item(6, "C1", "PAY-9001", DocumentType.PAYMENT, LocalDate.of(2026, 5, 15), "-300.00", "EUR", "DE01"));
            e.register(item(7, "C3", "INV-2001", DocumentType.INVOICE, LocalDate.of(2026, 6, 1), "2000.00", "USD", "US01"));
            e.register(item(8, "C3", "INV-2002", DocumentType.INVOICE, LocalDate.of(2026, 6, 2), "400.00", "USD", "US01"));
            e.register(item(9, "C3", "CM-1", DocumentType.CREDIT_MEMO, LocalDate.of(2026, 6, 3), "-50.00", "USD", "US01"));
            e.register(item(10, "C3", "ADJ-1", DocumentType.ADJUSTMENT, LocalDate.of(2026, 6, 4), "7.50", "USD", "US01"));
            e.register(item(11, "C3", "WO-1", DocumentType.WRITE_OFF, LocalDate.of(2026, 6, 5), "-7.50", "USD", "US01"));
        }
        return e;
    }

    private Path write(ReconReport report) throws Exception {
        Path out = tmp.resolve("recon.xlsx");
        try (ReportBook w = book(report); OutputStream os = Files.newOutputStream(out)) {
            w.notUsed(new RejectedRow(9, RowDisposition.REJECTED, "Due date 'x' is not a valid date",
                    List.of("C1", "INV-1009", "Invoice", "x", "5.00", "EUR", "DE01"), new BigDecimal("5.00"), "EUR"));
            // A rejected GL row with an amount: listed, but neither counted nor summed with the subledger's rows.
            w.notUsedFromOtherFile(new RejectedRow(9, RowDisposition.REJECTED, "Amount 'n/a' is not a number",
                    List.of("140000", "INV-1", "n/a"), new BigDecimal("99.00"), "EUR"), "gl.csv");
            w.finish(new RowTieOut(9, 0, 1, Map.of("EUR", new BigDecimal("1455.00"), "USD", new BigDecimal("2350.00"))),
                    ReportBook.results(new ReconInputsRead(8, Map.of("gl.csv", 1L))), List.of(),
                    List.of(Map.entry("Subledger file", "open-items.csv"), Map.entry("GL file", "gl.csv")), os);
        }
        return out;
    }

    /** The reconciliation workbook: a book with the reconciliation as its only section. */
    private static ReportBook book(ReconReport report) throws Exception {
        WorkbookTemplate template = WorkbookTemplate.load(ReconSection.TEMPLATE, null);
        template.fill(ReconSection.placeholders(report));
        ReportBook book = new ReportBook(template, HEADERS);
        book.add(new ReconSection(book, report, ReconSection.SUMMARY));
        book.startStreaming();
        return book;
    }

    /** The Amount of the Summary line {@code label} in the block of {@code entity}. */
    private static Row summaryLine(Sheet summary, String entity, String label) {
        for (Row r : summary) {
            if (entity.equals(text(r.getCell(0))) && label.equals(text(r.getCell(2)))) {
                return r;
            }
        }
        throw new AssertionError("no Summary line '" + label + "' for " + entity);
    }

    @Test
    void summaryExplainsTheDifferenceByCategoryToTheCentWithLiveFormulas() throws Exception {
        ReconReport report = engine(true).report();
        Path out = write(report);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertEquals(List.of("Summary", "Pivot", "Recon Data", "Roll-forward", "Unapplied Cash", "Exceptions", "Checks",
                    "About"), names);

            Sheet s = wb.getSheet("Summary");
            // DE01 EUR: subledger 1000 + 500 − 300 + 250; GL 1000 + 12.34 + 75 (INV-1003 posted 2 July is not in the balance).
            assertMoney("1450.00", summaryLine(s, "DE01", "Subledger total (open items)").getCell(3), "DE01 subledger");
            assertMoney("1087.34", summaryLine(s, "DE01", "GL balance at the cut-off").getCell(3), "DE01 GL");
            assertMoney("-362.66", summaryLine(s, "DE01", "Difference (GL − subledger)").getCell(3), "DE01 difference");
            // The register has the unposted invoice and the receipt with their amounts: in transit, −500.00 + 300.00.
            assertMoney("-200.00", summaryLine(s, "DE01", MatchStatus.IN_TRANSIT.label()).getCell(3), "in the register");
            assertMoney("0.00", summaryLine(s, "DE01", MatchStatus.UNAPPLIED_CASH.label()).getCell(3), "in transit instead");
            assertMoney("0.00", summaryLine(s, "DE01", MatchStatus.SUBLEDGER_ONLY.label()).getCell(3), "in transit instead");
            assertMoney("75.00", summaryLine(s, "DE01", MatchStatus.GL_ONLY.label()).getCell(3), "manual GL invoice");
            assertMoney("-250.00", summaryLine(s, "DE01", MatchStatus.TIMING.label()).getCell(3), "posted after cut-off");
            assertMoney("0.00", summaryLine(s, "DE01", MatchStatus.AMOUNT_DIFFERS.label()).getCell(3), "none");
            assertMoney("12.34", summaryLine(s, "DE01", MatchStatus.FX.label()).getCell(3), "FX revaluation");
            assertMoney("-437.66", summaryLine(s, "DE01", "Identified reconciling items (evidence)").getCell(3),
                    "timing −250.00 + in transit −200.00 + FX 12.34");
            assertMoney("75.00", summaryLine(s, "DE01", "To investigate (no evidence)").getCell(3), "the manual GL invoice");
            assertMoney("-300.00", summaryLine(s, "DE01", "Unapplied cash in the subledger (info)").getCell(3), "info");
            assertEquals("1", text(summaryLine(s, "DE01", MatchStatus.TIMING.label()).getCell(4)), "one record in timing");
            assertEquals("3", text(summaryLine(s, "DE01", "GL balance at the cut-off").getCell(4)), "3 GL lines in the balance");
            Row timing = summaryLine(s, "DE01", MatchStatus.TIMING.label());
            assertTrue(timing.getCell(3).getCellFormula().contains("ReconData[Match status],\"Timing (across cut-off)\""),
                    timing.getCell(3).getCellFormula());
            // US01 USD: 2000 + 400 − 50 against 2000 + 380 − 50.
            assertMoney("2350.00", summaryLine(s, "US01", "Subledger total (open items)").getCell(3), "US01 subledger");
            assertMoney("2330.00", summaryLine(s, "US01", "GL balance at the cut-off").getCell(3), "US01 GL");
            assertMoney("-20.00", summaryLine(s, "US01", MatchStatus.AMOUNT_DIFFERS.label()).getCell(3), "amount differs");
            assertMoney("-20.00", summaryLine(s, "US01", "To investigate (no evidence)").getCell(3), "US01 to investigate");
            assertEquals("USD", text(summaryLine(s, "US01", "To investigate (no evidence)").getCell(1)));
            Row status = s.getRow(summaryLine(s, "US01", "Materiality threshold").getRowNum() + 1);
            assertEquals("TO INVESTIGATE: -20.00", text(status.getCell(2)));
            assertTrue(status.getCell(2).getCellFormula().startsWith("IF(AND(ABS(D"), status.getCell(2).getCellFormula());

            Sheet rf = wb.getSheet("Roll-forward");
            Row de = Workbooks.rowWithText(rf, 0, "DE01");
            assertMoney("800.00", de.getCell(2), "opening");
            assertMoney("1750.00", de.getCell(3), "invoices");
            assertMoney("-1100.00", de.getCell(4), "receipts");
            assertMoney("1450.00", de.getCell(8), "computed closing");
            assertMoney("0.00", de.getCell(10), "rolls to the subledger");
            Row us = Workbooks.rowWithText(rf, 0, "US01");
            assertMoney("-50.00", us.getCell(5), "credits");
            assertMoney("7.50", us.getCell(6), "adjustments");
            assertMoney("-7.50", us.getCell(7), "write-offs");
            assertMoney("0.00", us.getCell(10), "rolls to the subledger");
            // With both differences at zero every closing document is traced, and the sheet says so below the table.
            Workbooks.rowWithText(rf, 0, "Every closing subledger document is in the prior period or the register.");

            Sheet u = wb.getSheet("Unapplied Cash");
            int uh = Workbooks.headerRow(u, "Customer ID");
            List<Row> credits = Workbooks.dataRows(u, uh);
            assertEquals(2, credits.size(), "the receipt and the credit memo");
            assertEquals("PAY-9001", text(credits.get(0).getCell(2)), "oldest due date first");
            assertEquals("46", text(credits.get(0).getCell(6)), "15 May to 30 June");
            assertMoney("-300.00", Workbooks.rowWithText(u, 0, "Total EUR").getCell(7), "EUR total");

            Sheet checks = wb.getSheet("Checks");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(checks, 0, "Master check").getCell(1)));
            Row rows = Workbooks.rowWithText(checks, 0, "Every subledger row read is accounted for");
            assertEquals("9", text(rows.getCell(2)), "7 records + 1 rejected + 1 header; the GL's rejected row is not counted");
            Row control = Workbooks.rowWithText(checks, 0, "Export's own total (EUR) = subledger items + rejected rows");
            assertMoney("1455.00", control.getCell(2), "1450 + the subledger's rejected 5.00, not the GL's 99.00");

            Sheet about = wb.getSheet("About");
            assertEquals("8", text(Workbooks.rowWithText(about, 0, "GL rows read").getCell(1)));
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(about, 0, "Master check").getCell(1)));

            assertTrue(Workbooks.assertCachedValuesRecalculate(wb) > 40);
        }
    }

    @Test
    void reconDataIsAnExcelTableAndThePivotIsBuiltOnIt() throws Exception {
        ReconReport report = engine(true).report();
        int records = report.records().size();
        assertEquals(7 + 7 + 1 + 10, records, "subledger, GL, prior period, register");
        Path out = write(report);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            XSSFSheet data = wb.getSheet("Recon Data");
            int header = Workbooks.headerRow(data, "Source");
            assertEquals(1, data.getTables().size());
            XSSFTable table = data.getTables().get(0);
            assertEquals("ReconData", table.getName());
            String ref = "A" + (header + 1) + ":L" + (header + 1 + records);
            assertEquals(ref, table.getArea().formatAsString());
            assertEquals(List.of("Source", "Entity", "Account", "Period", "Customer", "Document", "Type", "Currency", "Date",
                    "Amount", "Match status", "Source row"), table.getColumns().stream().map(XSSFTableColumn::getName).toList());
            assertEquals(ReconDataSheet.TABLE_STYLE, table.getStyleName());
            assertEquals(ref, table.getCTTable().getAutoFilter().getRef());
            assertFalse(data.getCTWorksheet().isSetAutoFilter(), "the table filters; a sheet filter on it is an error to Excel");
            assertEquals(header + 1, data.getPaneInformation().getHorizontalSplitTopRow(), "header frozen");

            List<Row> rows = Workbooks.dataRows(data, header);
            assertEquals(records, rows.size(), "no blank or subtotal rows");
            assertEquals(header + records, data.getLastRowNum());
            Row first = rows.get(0);
            assertEquals("Subledger", text(first.getCell(0)));
            assertTrue(DateUtil.isCellDateFormatted(first.getCell(8)), "real dates");
            assertEquals(LocalDate.of(2026, 6, 10), first.getCell(8).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.NUMERIC, first.getCell(9).getCellType(), "amounts are numbers");
            assertEquals(CellType.NUMERIC, first.getCell(11).getCellType(), "source rows are numbers");
            assertEquals("Matched", text(first.getCell(10)));
            Row cutOff = rows.stream().filter(r -> "GL".equals(text(r.getCell(0))) && "INV-1003".equals(text(r.getCell(5))))
                    .findFirst().orElseThrow();
            assertEquals(MatchStatus.AFTER_CUT_OFF.label(), text(cutOff.getCell(10)));

            XSSFSheet pivotSheet = wb.getSheet("Pivot");
            assertEquals(1, pivotSheet.getPivotTables().size());
            XSSFPivotTable pivot = pivotSheet.getPivotTables().get(0);
            CTWorksheetSource source = pivot.getPivotCacheDefinition().getCTPivotCacheDefinition().getCacheSource()
                    .getWorksheetSource();
            assertEquals("Recon Data", source.getSheet());
            assertEquals(ref, source.getRef(), "the cache covers the whole table");
            assertTrue(pivot.getPivotCacheDefinition().getCTPivotCacheDefinition().getRefreshOnLoad());
            assertEquals(12, pivot.getPivotCacheDefinition().getCTPivotCacheDefinition().getCacheFields().getCount());
            assertEquals("Match status",
                    pivot.getPivotCacheDefinition().getCTPivotCacheDefinition().getCacheFields().getCacheFieldArray(10).getName());
            CTPivotTableDefinition def = pivot.getCTPivotTableDefinition();
            assertEquals("ReconPivot", def.getName());
            assertEquals(List.of(7, 1, 4), pivot.getRowLabelColumns(), "Currency, Entity, Customer");
            assertEquals(List.of(0), pivot.getColLabelColumns(), "Source");
            assertEquals(1, def.getDataFields().getCount());
            assertEquals(9, def.getDataFields().getDataFieldArray(0).getFld(), "Amount");
            assertEquals(STDataConsolidateFunction.SUM, def.getDataFields().getDataFieldArray(0).getSubtotal());
            assertEquals("Sum of Amount", def.getDataFields().getDataFieldArray(0).getName());
            assertEquals(10, def.getPageFields().getPageFieldArray(0).getFld(), "filter by Match status");
            assertFalse(def.getRowGrandTotals(), "no total across sources");
            assertFalse(def.getColGrandTotals(), "no total across currencies");
            assertEquals(12, def.getPivotFields().getCount());
            for (CTPivotField f : def.getPivotFields().getPivotFieldArray()) {
                assertTrue(f.getItems() == null || f.getItems().getCount() == 1, "one default item, not one per source row");
            }
        }
    }

    @Test
    void withoutARegisterTheRollForwardSaysWhatItNeeds() throws Exception {
        Path out = write(engine(false).report());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet rf = wb.getSheet("Roll-forward");
            boolean note = false;
            for (Row r : rf) {
                note |= text(r.getCell(0)).startsWith("No subledger roll-forward: it needs the period's register");
            }
            assertTrue(note);
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void anEmptyReconciliationStillHasAValidTableAndPivot() throws Exception {
        ReconReport report = new ReconEngine(new ReconParameters(AS_OF), true).report();
        Path out = tmp.resolve("empty.xlsx");
        try (ReportBook w = book(report); OutputStream os = Files.newOutputStream(out)) {
            w.finish(new RowTieOut(1, 0, 1, Map.of()), ReportBook.results(new ReconInputsRead(0, Map.of())), List.of(),
                    List.of(), os);
        }
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            XSSFSheet data = wb.getSheet("Recon Data");
            int header = Workbooks.headerRow(data, "Source");
            assertEquals("A" + (header + 1) + ":L" + (header + 2), data.getTables().get(0).getArea().formatAsString(),
                    "a table needs one (empty) data row");
            assertEquals(1, wb.getSheet("Pivot").getPivotTables().size());
            assertEquals("No records in either ledger", text(Workbooks.rowWithText(wb.getSheet("Summary"), 2,
                    "No records in either ledger").getCell(2)));
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }
}
