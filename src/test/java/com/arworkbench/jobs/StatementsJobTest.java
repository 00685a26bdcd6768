package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.statements.Statement;
import com.arworkbench.statements.StatementEngine;
import com.arworkbench.statements.StatementParameters;
import com.arworkbench.statements.StatementReport;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.statements.StatementsSection;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statements job on a small fixture whose figures are worked out by hand (src/test/resources/statements:
 * a Polish customer in PLN and EUR, a Greek one with unapplied cash, a Japanese one paid in part), and on the
 * NetSuite example with its customer master and invoice history. The workbook and the PDFs are read back.
 */
class StatementsJobTest {

    private static final Path DIR = Path.of("src/test/resources/statements");
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path tmp;

    private StatementsOutcome run(Path openItems, Path customers, Path history, Path pdfDir, Path out) throws Exception {
        StatementsRequest request = new StatementsRequest(NamedFile.of(openItems), AS_OF, null, IngestOptions.detect(),
                customers == null ? null : NamedFile.of(customers), history == null ? null : NamedFile.of(history), pdfDir,
                null, tmp);
        try (OutputStream os = Files.newOutputStream(out)) {
            return StatementsJob.run(request, os);
        }
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void theFixtureGivesOneStatementPerCustomerAndCurrencyWithTheHandComputedBalances() throws Exception {
        Path out = tmp.resolve("statements.xlsx");
        Path pdfs = tmp.resolve("pdf");
        StatementsOutcome o = run(DIR.resolve("open-items.csv"), DIR.resolve("customers.csv"), DIR.resolve("history.csv"),
                pdfs, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(4, o.report().statements().size(), "K1 EUR, K2 EUR, K3 EUR, K1 PLN");
        assertEquals(4, o.pdfs());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Workbooks.assertCachedValuesRecalculate(wb);
            Sheet mm = wb.getSheet("Mail merge");
            int h = Workbooks.headerRow(mm, "No.");
            List<Row> rows = Workbooks.dataRows(mm, h);
            assertEquals(4, rows.size());
            // K1 EUR: INV-102 300.00. K2 EUR: 2000.00 - 750.00 unapplied = 1250.00; all overdue (91 and 5 days).
            // K3 EUR: INV-300 150.00 open (INV-301 is dated after the as-of date). K1 PLN: 1000 + 500 - 200 = 1300.00,
            // overdue 1000 (51 days) - 200 (10 days) = 800.00.
            String[][] expected = {
                {"K1", "EUR", "300.00", "300.00", "ap@lodz.example", "pl"},
                {"K2", "EUR", "1250.00", "1250.00", "logistirio@athina.example", "el"},
                {"K3", "EUR", "150.00", "0.00", "keiri@tokyo-shoji.example", "ja"},
                {"K1", "PLN", "1300.00", "800.00", "ap@lodz.example", "pl"},
            };
            for (int i = 0; i < expected.length; i++) {
                Row r = rows.get(i);
                assertEquals(expected[i][0], text(r.getCell(Workbooks.column(mm, h, "Customer ID"))));
                assertEquals(expected[i][1], text(r.getCell(Workbooks.column(mm, h, "Currency"))));
                Workbooks.assertMoney(expected[i][2], r.getCell(Workbooks.column(mm, h, "Balance due")), "balance " + i);
                Workbooks.assertMoney(expected[i][3], r.getCell(Workbooks.column(mm, h, "Overdue")), "overdue " + i);
                Workbooks.assertMoney(expected[i][2], r.getCell(Workbooks.column(mm, h, "Activity closing")), "closing " + i);
                assertEquals(expected[i][4], text(r.getCell(Workbooks.column(mm, h, "E-mail"))));
                assertEquals(expected[i][5], text(r.getCell(Workbooks.column(mm, h, "Language"))));
                String pdf = text(r.getCell(Workbooks.column(mm, h, "PDF file")));
                assertTrue(Files.isRegularFile(pdfs.resolve(pdf)), pdf);
            }
            Sheet st = wb.getSheet("Statements");
            assertEquals(4, st.getRowBreaks().length, "a page break after each statement");
            assertNotNull(wb.getPrintArea(wb.getSheetIndex(st)), "a print area");
            assertTrue(st.getFitToPage() && st.getPrintSetup().getFitWidth() == 1, "one page wide");
            assertNotNull(st.getRepeatingRows(), "the letterhead and header repeat on every page");
            assertTrue(text(st.getRow(0).getCell(0)).startsWith("Your company name"), "the letterhead placeholder");
            // K1 PLN's activity: opening 700 (INV-090, paid 5 June) + 1000 (INV-100) = 1700.00
            int sh = Workbooks.headerRow(st, "No.");
            int line = Workbooks.column(st, sh, "Line");
            int amount = Workbooks.column(st, sh, "Amount");
            int currency = Workbooks.column(st, sh, "Currency");
            BigDecimal opening = null;
            for (Row r : Workbooks.dataRows(st, sh)) {
                if (text(r.getCell(line)).equals("Opening balance") && text(r.getCell(currency)).equals("PLN")) {
                    opening = Workbooks.money(r.getCell(amount));
                }
            }
            assertEquals(0, new BigDecimal("1700.00").compareTo(opening), "opening " + opening);
            // Exceptions: the broken row of the export
            Sheet ex = wb.getSheet("Exceptions");
            assertTrue(Workbooks.dataRows(ex, Workbooks.headerRow(ex, "Source row")).size() >= 1);
        }
        // The PDFs read back: the Polish and Greek names print as they are, with the balance.
        String pln = pdfText(pdfs.resolve("statement-00004-K1_Łódź_Logistyka_Sp_z_o_o-PLN.pdf"));
        assertTrue(pln.contains("Łódź Logistyka Sp. z o.o."), pln);
        assertTrue(pln.contains("Balance due 1,300.00"), pln);
        assertTrue(pln.contains("Of which overdue 800.00"), pln);
        assertTrue(pln.contains("Opening balance 1,700.00"), pln);
        assertTrue(pln.contains("Closing balance 1,300.00"), pln);
        String greek = pdfText(pdfs.resolve("statement-00002-K2_Αθηνά_Εμπορική_Α_Ε-EUR.pdf"));
        assertTrue(greek.contains("Αθηνά Εμπορική Α.Ε."), greek);
        assertTrue(greek.contains("Attn. Νίκος Παπαδόπουλος"), greek);
        assertTrue(greek.contains("Balance due 1,250.00"), greek);
        // The embedded font has no Japanese: replaced, counted and said, never dropped silently.
        String japanese = pdfText(pdfs.resolve("statement-00003-K3_東京商事株式会社-EUR.pdf"));
        assertTrue(japanese.contains("????????"), japanese);
        assertTrue(japanese.contains("shown as \"?\""), japanese);
        assertTrue(japanese.contains("Balance due 150.00"), japanese);
        assertEquals(8, o.replacedCharacters());
    }

    @Test
    void withoutAHistoryTheStatementsAreOpenItemStatementsAndTheWorkbookSaysSo() throws Exception {
        Path out = tmp.resolve("open-only.xlsx");
        StatementsOutcome o = run(DIR.resolve("open-items.csv"), null, null, null, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertFalse(o.report().hasHistory());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet st = wb.getSheet("Statements");
            assertTrue(text(st.getRow(4).getCell(0)).startsWith("Open-item statements only: no invoice history"),
                    text(st.getRow(4).getCell(0)));
            for (Row r : st) {
                assertFalse(text(r.getCell(1)).equals("Opening balance"), "no activity part");
            }
        }
    }

    @Test
    void theNetSuiteExampleTiesEveryStatementToTheAgingAndEveryActivityToTheOpenItems() throws Exception {
        Path out = tmp.resolve("netsuite.xlsx");
        Path pdfs = tmp.resolve("netsuite-pdf");
        StatementsOutcome o = run(Path.of("examples/netsuite-ar-aging-detail.csv"), Path.of("examples/netsuite-customers.csv"),
                Path.of("examples/kpi/invoice-history.csv"), pdfs, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(28, o.report().statements().size());
        // The export's own grand total (its Total row) is what the statements add up to.
        assertEquals(0, new BigDecimal("1445788.38").compareTo(o.report().balances().get("USD") != null
                ? o.report().balances().get("USD") : o.report().balances().values().iterator().next()));
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Workbooks.assertCachedValuesRecalculate(wb);
        }
        // Bayside Marine Supply, from the export's rows: 2,656.00 + 16,895.00 + 399.71 + 21,531.26 + 4,222.75
        // + 22,187.55 + 3,200.81 = 71,093.08.
        try (var files = Files.list(pdfs)) {
            Path bayside = files.filter(p -> p.getFileName().toString().contains("Bayside")).findFirst().orElseThrow();
            String text = pdfText(bayside);
            assertTrue(text.contains("Balance due 71,093.08"), text);
            assertTrue(text.contains("Closing balance 71,093.08"), text);
        }
    }

    /** A statement missing an item (a broken engine) fails the checks: the aging's own figures disagree. */
    @Test
    void aStatementMissingAnItemFailsTheChecks() throws Exception {
        StatementParameters p = new StatementParameters(AS_OF, null, BucketScheme.standard());
        AgingEngine aging = new AgingEngine(new AgingParameters(AS_OF, AgingBasis.DUE, p.buckets()));
        StatementEngine engine = new StatementEngine(p, CustomerDirectory.empty());
        Customer acme = new Customer("C1", "Acme");
        long row = 1;
        for (String amount : List.of("100.00", "250.00")) {
            row++;
            OpenItem i = new OpenItem(row, acme, "I" + row, DocumentType.INVOICE, "Invoice", AS_OF.minusDays(40),
                    AS_OF.minusDays(10), false, new BigDecimal(amount), new BigDecimal(amount), "EUR", null, null, null, null);
            engine.accept(aging.age(i));
        }
        AgingReport agingReport = aging.report();
        StatementReport good = engine.report();
        Statement s = good.statements().get(0);
        // The broken report: the second item lost, the balance added up without it.
        Statement broken = new Statement(s.customer(), s.currency(), s.profile(), s.items().subList(0, 1),
                new BigDecimal("100.00"), new BigDecimal("100.00"), List.of(BigDecimal.ZERO, new BigDecimal("100.00"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), null);
        StatementReport bad = new StatementReport(p, List.of(broken), false, 1, 0, 0, 0, Map.of("EUR", new BigDecimal("100.00")));
        assertEquals("ALL CHECKS OK", write(agingReport, good, 3, tmp.resolve("good.xlsx")));
        Path badFile = tmp.resolve("bad.xlsx");
        String master = write(agingReport, bad, 3, badFile);
        assertTrue(master.startsWith("CHECK FAILED"), master);
        try (XSSFWorkbook wb = Workbooks.open(badFile)) {
            Workbooks.assertCachedValuesRecalculate(wb);
            Sheet checks = wb.getSheet("Checks");
            List<String> failed = new ArrayList<>();
            for (Row r : checks) {
                if (r.getCell(4) != null && "DIFFERENCE".equals(text(r.getCell(4)))) {
                    failed.add(text(r.getCell(0)));
                }
            }
            assertTrue(failed.contains("Statement balances (EUR) = aging total"), failed.toString());
            assertTrue(failed.contains("Statements whose balance differs from the aging"), failed.toString());
            assertTrue(failed.contains("Every row read is accounted for"), failed.toString());
        }
    }

    /**
     * With a page limit (what a pack of a very large input would use) Mail merge still lists every statement with its
     * balance, the checks tie through Mail merge, and the Statements sheet holds the first statements only.
     */
    @Test
    void aPageLimitKeepsEveryBalanceOnMailMergeAndTheChecksOk() throws Exception {
        StatementParameters p = new StatementParameters(AS_OF, null, BucketScheme.standard());
        AgingEngine aging = new AgingEngine(new AgingParameters(AS_OF, AgingBasis.DUE, p.buckets()));
        StatementEngine engine = new StatementEngine(p, CustomerDirectory.empty());
        long row = 1;
        for (String who : List.of("Acme", "Beta", "Gamma")) {
            row++;
            OpenItem i = new OpenItem(row, new Customer(null, who), "I" + row, DocumentType.INVOICE, "Invoice",
                    AS_OF.minusDays(5), AS_OF.plusDays(25), false, new BigDecimal("10.00"), new BigDecimal("10.00"), "EUR",
                    null, null, null, null);
            engine.accept(aging.age(i));
        }
        Path file = tmp.resolve("limited.xlsx");
        assertEquals("ALL CHECKS OK", write(aging.report(), engine.report(), 4, file, 1));
        try (XSSFWorkbook wb = Workbooks.open(file)) {
            Workbooks.assertCachedValuesRecalculate(wb);
            Sheet mm = wb.getSheet("Mail merge");
            List<Row> rows = Workbooks.dataRows(mm, Workbooks.headerRow(mm, "No."));
            assertEquals(3, rows.size());
            assertTrue(text(rows.get(2).getCell(Workbooks.column(mm, Workbooks.headerRow(mm, "No."), "Statement pages")))
                    .startsWith("not printed"));
            assertEquals(1, wb.getSheet("Statements").getRowBreaks().length, "one statement printed");
        }
    }

    private static String write(AgingReport aging, StatementReport report, long rowsRead, Path file) throws Exception {
        return write(aging, report, rowsRead, file, Integer.MAX_VALUE);
    }

    private static String write(AgingReport aging, StatementReport report, long rowsRead, Path file, int pageLimit)
            throws Exception {
        WorkbookTemplate template = WorkbookTemplate.load(StatementsSection.TEMPLATE, null);
        template.fill(StatementsSection.placeholders(report.parameters(), false, report.statements().size(), pageLimit));
        try (ReportBook book = new ReportBook(template, List.of("Customer", "Amount"));
             OutputStream out = Files.newOutputStream(file)) {
            book.add(new StatementsSection(book, pageLimit));
            book.startStreaming();
            return book.finish(new RowTieOut(rowsRead, 0, 1, Map.of()), ReportBook.results(aging, report), List.of(),
                    List.of(), out);
        }
    }

}
