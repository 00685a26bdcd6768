package com.arworkbench.workbook;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.cashapp.CashApplicationEngine;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.Tolerances;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.dunning.DunningEngine;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.GlLine;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.recon.ReconEngine;
import com.arworkbench.recon.ReconParameters;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.aging.AgingSection;
import com.arworkbench.workbook.cashapp.CashAppSection;
import com.arworkbench.workbook.dashboard.DashboardSection;
import com.arworkbench.workbook.dunning.DunningSection;
import com.arworkbench.workbook.dunning.DunningSectionTest;
import com.arworkbench.workbook.kpi.BackTestSheet;
import com.arworkbench.workbook.kpi.CustomerKpisSheet;
import com.arworkbench.workbook.kpi.ForecastSheet;
import com.arworkbench.workbook.kpi.KpisByMonthSheet;
import com.arworkbench.workbook.recon.ReconSection;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month-end pack's building blocks: every capability as a section of one workbook with one
 * Exceptions, one Checks and one About sheet. The open-items export is read once; every section gets
 * the same items, and its rejected rows are listed once. Each section's other inputs list their own
 * rows on the shared Exceptions sheet, which must not upset any other section's tie-out.
 */
class PackSectionsTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final List<String> HEADERS = List.of("Customer", "Document", "Amount", "Currency");
    private static final Customer ALPHA = new Customer("C1", "Alpha GmbH");
    private static final Customer BETA = new Customer("C2", "Beta Ltd");
    private static final Customer GAMMA = new Customer("C3", "Gamma Inc");
    private static final Customer DELTA = new Customer("C4", "Delta SA");

    @TempDir
    Path tmp;

    private static OpenItem item(long row, Customer c, String doc, DocumentType type, LocalDate documentDate,
                                 int daysPastDue, String amount, String currency, String entity) {
        return new OpenItem(row, c, doc, type, type.label(), documentDate, AS_OF.minusDays(daysPastDue), false,
                new BigDecimal(amount), new BigDecimal(amount), currency, entity, "", null, null);
    }

    /** The open-items export: a header row, seven items in two currencies, two rejected rows. */
    private static final List<OpenItem> ITEMS = List.of(
            item(2, ALPHA, "INV-1001", DocumentType.INVOICE, AS_OF.minusDays(120), 90, "1000.00", "EUR", "DE01"),
            item(3, ALPHA, "INV-1002", DocumentType.INVOICE, AS_OF.minusDays(50), 20, "500.00", "EUR", "DE01"),
            item(4, BETA, "INV-2001", DocumentType.INVOICE, AS_OF.minusDays(35), 5, "1000.00", "EUR", "DE01"),
            item(5, BETA, "CN-1", DocumentType.CREDIT_MEMO, AS_OF.minusDays(10), 0, "-50.00", "EUR", "DE01"),
            item(6, GAMMA, "U-1001", DocumentType.INVOICE, AS_OF.minusDays(70), 40, "250.00", "USD", "US01"),
            item(7, GAMMA, "U-1002", DocumentType.INVOICE, AS_OF.minusDays(20), -10, "400.00", "USD", "US01"),
            item(8, DELTA, "INV-4001", DocumentType.INVOICE, AS_OF.plusDays(3), -33, "300.00", "EUR", "DE01"));
    private static final List<RejectedRow> REJECTED = List.of(
            new RejectedRow(9, RowDisposition.REJECTED, "Due date 'x' is not a valid date",
                    List.of("C1", "INV-1009", "5.00", "EUR"), new BigDecimal("5.00"), "EUR"),
            new RejectedRow(10, RowDisposition.REJECTED, "Amount 'abc' is not a number",
                    List.of("C2", "INV-2009", "abc", "USD"), null, "USD"));
    /** 1 header + 7 items + 2 rejected; the export's own totals include the rejected 5.00 EUR. */
    private static final RowTieOut TIE_OUT = new RowTieOut(10, 0, 1,
            Map.of("EUR", new BigDecimal("2755.00"), "USD", new BigDecimal("650.00")));

    private static ReconReport recon() {
        ReconEngine e = new ReconEngine(new ReconParameters(AS_OF), true);
        ITEMS.forEach(e::subledger);
        e.gl(new GlLine(2, "140000", "Trade receivables", "DE01", "EUR", "", AS_OF.minusDays(120), "INV-1001", "Invoice", "",
                new BigDecimal("1000.00")));
        e.gl(new GlLine(3, "140000", "Trade receivables", "DE01", "EUR", "", AS_OF.minusDays(50), "INV-1002", "Invoice", "",
                new BigDecimal("500.00")));
        e.gl(new GlLine(4, "140000", "Trade receivables", "US01", "USD", "", AS_OF.minusDays(70), "U-1001", "Invoice", "",
                new BigDecimal("250.00")));
        return e.report();
    }

    private static CashApplicationReport cashApp() {
        CashApplicationEngine e = new CashApplicationEngine(Tolerances.standard(), Map.of());
        ITEMS.forEach(e::openItem);
        e.payment(new Payment("P1", 1, AS_OF, AS_OF, new BigDecimal("1500.00"), "EUR", "Alpha", "", "INV-1001 INV-1002",
                List.of(), "P1", "DE00"));
        e.payment(new Payment("P2", 2, AS_OF, AS_OF, new BigDecimal("120.00"), "EUR", "Unknown", "", "no reference",
                List.of(), "P2", "DE00"));
        e.payment(new Payment("Q1", 3, AS_OF, AS_OF, new BigDecimal("250.00"), "USD", "Gamma", "", "U-1001",
                List.of(), "Q1", "DE00"));
        return e.report();
    }

    @Test
    void everySectionWritesIntoOneWorkbookWithSharedExceptionsChecksAndAbout() throws Exception {
        AgingParameters agingParameters = new AgingParameters(AS_OF, AgingBasis.DUE, BucketScheme.standard());
        DunningParameters dunningParameters = new DunningParameters(AS_OF, DunningSectionTest.policy(),
                BucketScheme.standard());
        DunningEngine dunningEngine = new DunningEngine(dunningParameters, CustomerDirectory.empty(), PreviousWorklist.none());
        ITEMS.forEach(dunningEngine::accept);
        DunningReport dunningReport = dunningEngine.report();
        ReconReport reconReport = recon();
        CashApplicationReport cashReport = cashApp();

        WorkbookTemplate template = WorkbookTemplate.load(PackWorkbookWriter.TEMPLATE, null);
        // The pack fills every section's placeholders at once; the sections agree on the as-of date.
        Map<String, String> placeholders = new HashMap<>(Map.of("sourceFile", "open-items.csv", "profile", "Generic CSV",
                "version", "test", "generatedAt", "2026-06-30T08:00:00Z", "glFile", "gl.csv", "paymentsFile", "statement.xml"));
        placeholders.putAll(DunningSection.placeholders(dunningParameters));
        placeholders.putAll(ReconSection.placeholders(reconReport));
        placeholders.putAll(CashAppSection.placeholders(AS_OF));
        template.fill(placeholders);

        Path out = tmp.resolve("month-end-pack.xlsx");
        String master;
        try (ReportBook book = new ReportBook(template, HEADERS); OutputStream os = Files.newOutputStream(out)) {
            // The pack's book, section by section, as PackWorkbookWriter builds it (without Dashboard and KPIs).
            AgingSection aging = book.add(new AgingSection(book, agingParameters,
                    PackWorkbookWriter.AGING, PackWorkbookWriter.AGING_DETAIL, List.of()));
            book.add(new DunningSection(book, dunningParameters));
            book.add(new ReconSection(book, reconReport, PackWorkbookWriter.RECON));
            CashAppSection cash = book.add(new CashAppSection(book, cashReport, AS_OF, PackWorkbookWriter.CASH_APP));
            book.startStreaming();

            AgingEngine agingEngine = new AgingEngine(agingParameters);
            ITEMS.forEach(i -> aging.item(agingEngine.age(i)));
            REJECTED.forEach(book::notUsed); // once, for every section
            // Each section's other inputs: text references, some with amounts of a rejected category.
            book.notUsedFromOtherFile(new RejectedRow(3, RowDisposition.REJECTED, "No customer ID",
                    List.of("", "Ms Nobody"), null, ""), "customers.csv");
            book.notUsedFromOtherFile(new RejectedRow(5, RowDisposition.REJECTED, "Amount 'n/a' is not a number",
                    List.of("140000", "INV-1", "99.00"), new BigDecimal("99.00"), "EUR"), "gl.csv");
            book.notUsedFromOtherFile(new RejectedRow(4, RowDisposition.NOT_OPEN, "Debit entry: not a payment received",
                    List.of("DBIT", "-50.00"), new BigDecimal("-50.00"), "EUR"), "statement.xml");
            cash.openItemsRead(ITEMS.size());

            master = book.finish(TIE_OUT, ReportBook.results(agingEngine.report(), dunningReport), List.of(),
                    List.of(Map.entry("Source file", "open-items.csv")), os);
        }
        assertEquals(ChecksSheet.ALL_OK, master);

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertTrue(names.containsAll(List.of(PackWorkbookWriter.AGING, PackWorkbookWriter.AGING_DETAIL,
                    AgingSection.FUTURE, DunningSection.WORKLIST, DunningSection.ITEMS,
                    DunningSection.LETTERS, DunningSection.EXCLUDED, DunningSection.TOP_10,
                    PackWorkbookWriter.RECON, ReconSection.PIVOT, ReconSection.DATA,
                    ReconSection.ROLL_FORWARD, ReconSection.UNAPPLIED, PackWorkbookWriter.CASH_APP,
                    CashAppSection.APPLIED, CashAppSection.REVIEW, CashAppSection.UNAPPLIED,
                    CashAppSection.DEDUCTIONS, CashAppSection.ERP_IMPORT)), names.toString());
            assertFalse(names.contains("Summary"), names.toString());
            assertFalse(names.contains("Styles"), names.toString());
            assertEquals(List.of(ExceptionsSheet.NAME, ChecksSheet.NAME, AboutSheet.NAME),
                    names.subList(names.size() - 3, names.size()), "one shared Exceptions, Checks and About, last");
            assertEquals(ReconSection.TABLE, wb.getTable(ReconSection.TABLE).getName(), "the Excel table");
            assertEquals(1, wb.getSheet(ReconSection.PIVOT).getPivotTables().size(), "the pivot on Pivot");

            // Each section's sheet carries its own data under the pack's names.
            Sheet agingSummary = wb.getSheet(PackWorkbookWriter.AGING);
            assertEquals("C1", text(agingSummary.getRow(Workbooks.headerRow(agingSummary, "Customer ID") + 1).getCell(0)));
            assertEquals("Subledger total (open items)", text(wb.getSheet(PackWorkbookWriter.RECON).getRow(
                    Workbooks.headerRow(wb.getSheet(PackWorkbookWriter.RECON), "Entity") + 1).getCell(2)));
            Sheet cashSummary = wb.getSheet(PackWorkbookWriter.CASH_APP);
            List<Row> currencies = Workbooks.dataRows(cashSummary, Workbooks.headerRow(cashSummary, "Currency"));
            assertEquals(List.of("EUR", "USD"), currencies.stream().map(r -> text(r.getCell(0))).toList());

            // Exceptions: the two rejected export rows numbered, the three rows of other files as text.
            Sheet ex = wb.getSheet(ExceptionsSheet.NAME);
            List<Row> listed = Workbooks.dataRows(ex, Workbooks.headerRow(ex, "Source row"));
            assertEquals(5, listed.size());
            assertEquals(2, listed.stream().filter(r -> r.getCell(0).getCellType() == CellType.NUMERIC).count());
            assertEquals(List.of("customers.csv row 3", "gl.csv row 5", "statement.xml row 4"), listed.stream()
                    .filter(r -> r.getCell(0).getCellType() == CellType.STRING).map(r -> text(r.getCell(0))).toList());

            // One Checks sheet with every section's checks, all OK.
            Sheet checks = wb.getSheet(ChecksSheet.NAME);
            List<Row> rows = Workbooks.dataRows(checks, Workbooks.headerRow(checks, "Check"));
            assertTrue(rows.size() > 20, "checks of four sections: " + rows.size());
            List<String> formulas = new ArrayList<>();
            int ok = 0;
            for (Row r : rows) {
                String result = text(r.getCell(4));
                assertTrue(result.equals("OK") || result.equals("n/a"), text(r.getCell(0)) + ": " + result);
                ok += result.equals("OK") ? 1 : 0;
                for (int c = 1; c <= 2; c++) {
                    Cell cell = r.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        formulas.add(cell.getCellFormula());
                    }
                }
            }
            assertTrue(ok > 20, ok + " checks OK");
            assertEquals(ChecksSheet.ALL_OK, text(Workbooks.rowWithText(checks, 0, "Master check").getCell(1)));
            // On the pack's one Checks sheet each check names its section ("Dunning: Every row read …").
            assertEquals(4, rows.stream().filter(r -> text(r.getCell(0)).matches("[A-Z][a-z ]+: Every .*")).count(),
                    "each section ties the export's rows read");
            assertTrue(formulas.stream().anyMatch(f -> f.contains("Aging!$")), "aging checks refer to Aging");
            assertTrue(formulas.stream().anyMatch(f -> f.contains("'Aging Detail'!$")), "and to Aging Detail");
            assertTrue(formulas.stream().anyMatch(f -> f.contains("Reconciliation!$")), "recon checks refer to Reconciliation");
            assertTrue(formulas.stream().noneMatch(f -> f.contains("Summary!")), "no check refers to a Summary sheet");
            // The cash application checks tie its detail sheets (none refers to its Summary); its Summary's own
            // formulas live on the renamed sheet.
            assertEquals(CellType.FORMULA, currencies.get(0).getCell(1).getCellType());
        }
        recalculated(out);
    }

    /** The written pack's formulas, recalculated elsewhere: nothing here; {@link PackSectionsLibreOfficeIT} uses LibreOffice. */
    void recalculated(Path pack) throws Exception {
    }

    @Test
    void sheetsOfSectionsNotWrittenAreRemovedBeforeStreaming() throws Exception {
        AgingParameters parameters = new AgingParameters(AS_OF, AgingBasis.DUE, BucketScheme.standard());
        WorkbookTemplate template = WorkbookTemplate.load(PackWorkbookWriter.TEMPLATE, null);
        Path out = tmp.resolve("aging-only-pack.xlsx");
        try (ReportBook pack = new ReportBook(template, HEADERS); OutputStream os = Files.newOutputStream(out)) {
            StyledWorkbook book = pack.styled();
            AgingSection aging = pack.add(new AgingSection(pack, parameters, PackWorkbookWriter.AGING,
                    PackWorkbookWriter.AGING_DETAIL, List.of()));
            for (String name : List.of(DashboardSection.NAME, KpisByMonthSheet.NAME, CustomerKpisSheet.NAME,
                    ForecastSheet.NAME, BackTestSheet.NAME, PackWorkbookWriter.RECON, ReconSection.PIVOT, ReconSection.DATA,
                    ReconSection.ROLL_FORWARD, ReconSection.UNAPPLIED, PackWorkbookWriter.CASH_APP,
                    CashAppSection.APPLIED, CashAppSection.REVIEW, CashAppSection.UNAPPLIED,
                    CashAppSection.DEDUCTIONS, CashAppSection.ERP_IMPORT,
                    com.arworkbench.workbook.statements.StatementsSection.STATEMENTS,
                    com.arworkbench.workbook.statements.StatementsSection.MAIL_MERGE)) {
                book.removeSheet(name);
            }
            DunningSection.SHEETS.forEach(book::removeSheet);
            PackWorkbookWriter.CONFIRMATION_SHEETS.all().forEach(book::removeSheet);
            com.arworkbench.workbook.allowance.AllowanceSection.SHEETS.forEach(book::removeSheet);
            assertThrows(IllegalStateException.class, () -> book.removeSheet(PackWorkbookWriter.AGING),
                    "a sheet a section writes to stays");
            assertThrows(IllegalStateException.class, () -> book.removeSheet("No such sheet"));
            pack.startStreaming();
            assertThrows(IllegalStateException.class, () -> book.removeSheet(PackWorkbookWriter.AGING_DETAIL),
                    "too late once streaming started");

            AgingEngine engine = new AgingEngine(parameters);
            ITEMS.forEach(i -> aging.item(engine.age(i)));
            REJECTED.forEach(pack::notUsed);
            String master = pack.finish(TIE_OUT, ReportBook.results(engine.report()), List.of(), List.of(), os);
            assertEquals(ChecksSheet.ALL_OK, master);
        }
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertEquals(List.of(PackWorkbookWriter.AGING, PackWorkbookWriter.AGING_DETAIL, AgingSection.FUTURE,
                    ExceptionsSheet.NAME, ChecksSheet.NAME, AboutSheet.NAME), names);
            assertEquals(ChecksSheet.ALL_OK,
                    text(Workbooks.rowWithText(wb.getSheet(ChecksSheet.NAME), 0, "Master check").getCell(1)));
            // The print titles (sheet-local names) point at the sheets that remain.
            wb.getAllNames().stream().filter(n -> n.getSheetIndex() >= 0).forEach(n ->
                    assertTrue(n.getRefersToFormula().startsWith(SheetRefs.quote(wb.getSheetName(n.getSheetIndex())) + "!"),
                            n.getNameName() + " of " + wb.getSheetName(n.getSheetIndex()) + ": " + n.getRefersToFormula()));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }
}
