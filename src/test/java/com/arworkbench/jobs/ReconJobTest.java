package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.GeneralLedgerFile;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.recon.LedgerComparison;
import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.MatchStatus;
import com.arworkbench.recon.ReconRecord;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.recon.RollForward;
import com.arworkbench.support.Workbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reconciliation pipeline end to end through {@link ReconJob#run}: the fixtures under
 * {@code src/test/resources/recon} in, the workbook read back with POI. As of 2026-06-30; every
 * difference is GL − subledger.
 *
 * <p><b>Agreeing ledgers</b>: {@code subledger-agree.csv} (generic open items, USD, no entity) against
 * {@code gl-agree.csv} (NetSuite GL detail, account "11000 Accounts Receivable" plus 40000 Sales and
 * 10100 Operating Account lines, debit/credit, no currency column): INV-26-0377 1,845.00 + INV-26-0455
 * 960.00 − PMT-26-0112 300.00 + INV-26-0301 1,480.00 − CM-26-0019 120.00 + INV-26-0540 1,275.00 =
 * 5,140.00 on both sides; 6 documents matched on each side, difference 0.00.
 *
 * <p><b>SAP with a known set of differences</b>: {@code subledger-sap.txt} (FBL5N, tab, Company Code)
 * against {@code gl-detail-sap.csv} (FBL3N, German headers, {@code 1.234,56-}, DD.MM.YYYY; AR account
 * 140000 "Forderungen aus Lieferungen und Leistungen" found by name among 800000, 175000, 113100, 721000).
 * <ul>
 * <li>1000 EUR: subledger 8,450.00 + 1,203.57 − 640.00 + 22,310.90 − 5,000.00 (payment on account, also in
 *     the GL: matched) + 3,100.00 + 1,840.33 + 2,150.00 = 33,414.80. GL up to 30.06: 8,450.00 + 1,203.57 −
 *     640.00 + 22,310.90 − 5,000.00 + 3,100.00 + 312.45 (FX revaluation 0100000456) = 29,736.92; 0090013011
 *     1,840.33 posted 01.07.2026 is not in the balance. Difference −3,677.88 = unposted invoice 0090013020
 *     (in subledger only, to investigate) −2,150.00 + timing 0090013011 −1,840.33 + FX +312.45 (identified). Unapplied
 *     cash (info) −5,000.00.</li>
 * <li>2000 USD: subledger 6,000.00 + 2,749.99 + 15,120.25 − 980.00 − 1,200.00 = 21,690.24; GL 22,890.24
 *     (without the receipt 1400000999). Difference +1,200.00 = unapplied cash +1,200.00, to investigate.</li>
 * </ul>
 * Records on Recon Data: 13 subledger items + 12 GL lines on 140000 (8 of 1000, 4 of 2000) = 25.
 *
 * <p><b>Trial balance</b>: {@code subledger-tb.csv} (the agreeing items + INV-26-0561 640.00 dated
 * 2026-07-01) = 5,780.00 against {@code gl-trial-balance.csv} (Odoo-style: 1200 Accounts Receivable ending
 * 5,105.00; 1210 Allowance for Doubtful Accounts −335.00). Difference −675.00; timing −640.00 (the item
 * dated after the cut-off); to investigate −35.00. With {@code --gl-accounts 1200,1210}: GL 4,770.00,
 * difference −1,010.00, to investigate −370.00.
 *
 * <p><b>Roll-forward</b> (agreeing case + {@code prior-open-items.csv} + {@code register.csv}): opening
 * 1,845 + 960 + 2,300 + 1,480 + 85 + 410 = 7,080.00; invoices 1,275 + 500 = 1,775.00; receipts −2,300 − 500 −
 * 300 = −3,100.00; credits −410 − 120 = −530.00; write-offs −85.00; adjustments 0.00; computed closing
 * 5,140.00 = subledger closing 5,140.00, difference 0.00.
 */
class ReconJobTest {

    static final Path DIR = Path.of("src/test/resources/recon");
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path tmp;

    static ReconOutcome run(Path subledger, Path gl, List<String> accounts, Path register, Path prior, Path out)
            throws IOException, UnreadableFileException {
        ReconRequest request = new ReconRequest(NamedFile.of(subledger), NamedFile.of(gl), AS_OF, IngestOptions.detect(),
                accounts, NamedFile.of(register), NamedFile.of(prior), null);
        try (OutputStream os = Files.newOutputStream(out)) {
            return ReconJob.run(request, os);
        }
    }

    private static LedgerComparison comparison(ReconOutcome o, String entity, String currency) {
        return o.report().comparisons().stream().filter(c -> c.key().equals(new LedgerKey(entity, currency))).findFirst()
                .orElseThrow(() -> new AssertionError("no comparison " + entity + " " + currency + " in "
                        + o.report().comparisons()));
    }

    private static void assertAmount(String expected, BigDecimal actual, String what) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + ": expected " + expected + ", was " + actual);
    }

    /** The Summary line {@code label} of the block of {@code entity} / {@code currency}. */
    private static Row summaryLine(Sheet summary, String entity, String currency, String label) {
        for (Row r : summary) {
            if (entity.equals(text(r.getCell(0))) && currency.equals(text(r.getCell(1))) && label.equals(text(r.getCell(2)))) {
                return r;
            }
        }
        throw new AssertionError("no Summary line '" + label + "' for " + entity + " " + currency);
    }

    /** The status cell (in the Line column, under the block's materiality line) of one entity and currency. */
    static org.apache.poi.ss.usermodel.Cell summaryStatus(Sheet summary, String entity, String currency) {
        Row m = summaryLine(summary, entity, currency, "Materiality threshold");
        return summary.getRow(m.getRowNum() + 1).getCell(2);
    }

    private static String masterCheck(XSSFWorkbook wb) {
        return text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1));
    }

    // ---------------------------------------------------------------- agreeing ledgers

    @Test
    void agreeingLedgersMatchDocumentByDocument() throws Exception {
        Path out = tmp.resolve("agree.xlsx");
        ReconOutcome o = run(DIR.resolve("subledger-agree.csv"), DIR.resolve("gl-agree.csv"), List.of(), null, null, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(GeneralLedgerFile.Shape.DETAIL, o.gl().shape());
        assertEquals(List.of("11000 Accounts Receivable"), List.copyOf(o.gl().arAccounts()), "recognised by name");
        assertEquals(1, o.report().comparisons().size());
        LedgerComparison c = o.report().comparisons().get(0);
        assertEquals(new LedgerKey("", "USD"), c.key(), "the GL without a currency column takes the subledger's only one");
        assertAmount("5140.00", c.subledger(), "subledger");
        assertAmount("5140.00", c.gl(), "GL");
        assertAmount("0", c.difference(), "difference");
        assertAmount("0", c.identified(), "identified");
        assertAmount("0", c.toInvestigate(), "to investigate");
        assertEquals(ReconReport.RECONCILED, o.report().status());
        assertTrue(o.report().records().stream().allMatch(r -> r.status() == MatchStatus.MATCHED),
                "every record matched: " + o.report().records());
        assertEquals(12, o.report().records().size(), "6 subledger items + 6 GL lines on 11000");
        assertEquals(6, o.glSummary().arLines());
        assertEquals(6, o.glSummary().otherAccountLines(), "40000 Sales and 10100 Operating Account");
        assertTrue(o.report().rollForwards().isEmpty());
        String line = o.summaryLine();
        assertTrue(line.contains("USD: subledger 5140.00, GL 5140.00, difference 0.00, identified 0.00, to investigate 0.00"), line);
        assertTrue(line.endsWith("; reconciliation RECONCILED (materiality 0.00); ALL CHECKS OK"), line);
        assertFalse(line.contains("share almost no documents"), line);

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Sheet s = wb.getSheet("Summary");
            assertMoney("0.00", summaryLine(s, "", "USD", "Difference (GL − subledger)").getCell(3), "difference");
            assertMoney("0.00", summaryLine(s, "", "USD", "To investigate (no evidence)").getCell(3), "to investigate");
            assertEquals("RECONCILED", text(summaryStatus(s, "", "USD")));
            assertTrue(text(s.getRow(3).getCell(0)).startsWith("Reconciliation status: RECONCILED"), text(s.getRow(3).getCell(0)));
            assertEquals("6", text(summaryLine(s, "", "USD", "GL balance at the cut-off").getCell(4)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    // ---------------------------------------------------------------- SAP, known differences

    @Test
    void sapKnownDifferencesAreExplainedToTheCentPerEntityAndCurrency() throws Exception {
        Path out = tmp.resolve("sap.xlsx");
        ReconOutcome o = run(DIR.resolve("subledger-sap.txt"), DIR.resolve("gl-detail-sap.csv"), List.of(), null, null, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(GeneralLedgerFile.Shape.DETAIL, o.gl().shape(), "line items with posting dates and documents");
        assertEquals(List.of("140000"), List.copyOf(o.gl().arAccounts()));
        assertEquals("recognised by name", o.gl().accountsHow());
        assertEquals(12, o.glSummary().arLines());
        assertEquals(10, o.glSummary().otherAccountLines(), "800000, 175000, 113100, 721000");
        assertEquals(28, o.glSummary().rowsRead(), "2 title lines + 1 blank + header + 22 lines + 2 total rows");
        assertEquals(13, o.ingest().items());

        LedgerComparison eur = comparison(o, "1000", "EUR");
        assertAmount("33414.80", eur.subledger(), "1000 subledger");
        assertAmount("29736.92", eur.gl(), "1000 GL at the cut-off");
        assertAmount("-3677.88", eur.difference(), "1000 difference");
        assertAmount("-2150.00", eur.category(MatchStatus.SUBLEDGER_ONLY), "unposted invoice 0090013020");
        assertAmount("-1840.33", eur.category(MatchStatus.TIMING), "0090013011 posted 01.07.2026");
        assertAmount("312.45", eur.category(MatchStatus.FX), "FX revaluation");
        assertAmount("0", eur.category(MatchStatus.UNAPPLIED_CASH), "the payment on account is in both");
        assertAmount("0", eur.category(MatchStatus.GL_ONLY), "no GL-only document");
        assertAmount("0", eur.category(MatchStatus.AMOUNT_DIFFERS), "no amount differs");
        assertAmount("-1527.88", eur.identified(), "1000 identified: timing −1,840.33 + FX 312.45");
        assertAmount("-2150.00", eur.toInvestigate(), "1000: the unposted invoice has no evidence");
        assertAmount("-5000.00", eur.unapplied(), "1000 unapplied cash (info)");

        LedgerComparison usd = comparison(o, "2000", "USD");
        assertAmount("21690.24", usd.subledger(), "2000 subledger");
        assertAmount("22890.24", usd.gl(), "2000 GL");
        assertAmount("1200.00", usd.difference(), "2000 difference");
        assertAmount("1200.00", usd.category(MatchStatus.UNAPPLIED_CASH), "receipt 1400000999 in the subledger only");
        for (MatchStatus s : List.of(MatchStatus.SUBLEDGER_ONLY, MatchStatus.GL_ONLY, MatchStatus.TIMING,
                MatchStatus.AMOUNT_DIFFERS, MatchStatus.FX)) {
            assertAmount("0", usd.category(s), "2000 " + s);
        }
        assertAmount("1200.00", usd.toInvestigate(), "2000: the receipt is in the subledger only, no evidence");
        assertEquals("TO INVESTIGATE: 1000 EUR -2150.00; 2000 USD 1200.00", o.report().status());

        Map<String, MatchStatus> gl = o.report().records().stream().filter(r -> r.source().equals(ReconRecord.GL))
                .collect(Collectors.toMap(ReconRecord::document, ReconRecord::status));
        assertEquals(MatchStatus.AFTER_CUT_OFF, gl.get("0090013011"));
        assertEquals(MatchStatus.FX, gl.get("0100000456"));
        assertEquals(MatchStatus.MATCHED, gl.get("1400000321"));
        String line = o.summaryLine();
        assertTrue(line.contains("1000 EUR: subledger 33414.80, GL 29736.92, difference -3677.88, identified -1527.88, "
                + "to investigate -2150.00"), line);
        assertTrue(line.contains("2000 USD: subledger 21690.24, GL 22890.24, difference 1200.00, identified 0.00, "
                + "to investigate 1200.00"), line);

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Sheet s = wb.getSheet("Summary");
            assertMoney("33414.80", summaryLine(s, "1000", "EUR", "Subledger total (open items)").getCell(3), "subledger");
            assertMoney("29736.92", summaryLine(s, "1000", "EUR", "GL balance at the cut-off").getCell(3), "GL");
            assertMoney("-3677.88", summaryLine(s, "1000", "EUR", "Difference (GL − subledger)").getCell(3), "difference");
            assertMoney("0.00", summaryLine(s, "1000", "EUR", MatchStatus.UNAPPLIED_CASH.label()).getCell(3), "unapplied");
            assertMoney("-2150.00", summaryLine(s, "1000", "EUR", MatchStatus.SUBLEDGER_ONLY.label()).getCell(3), "unposted");
            assertMoney("0.00", summaryLine(s, "1000", "EUR", MatchStatus.GL_ONLY.label()).getCell(3), "GL only");
            assertMoney("-1840.33", summaryLine(s, "1000", "EUR", MatchStatus.TIMING.label()).getCell(3), "timing");
            assertMoney("0.00", summaryLine(s, "1000", "EUR", MatchStatus.AMOUNT_DIFFERS.label()).getCell(3), "amounts");
            assertMoney("312.45", summaryLine(s, "1000", "EUR", MatchStatus.FX.label()).getCell(3), "FX");
            assertMoney("-1527.88", summaryLine(s, "1000", "EUR", "Identified reconciling items (evidence)").getCell(3), "identified");
            assertMoney("-2150.00", summaryLine(s, "1000", "EUR", "To investigate (no evidence)").getCell(3), "to investigate");
            assertEquals("TO INVESTIGATE: -2150.00", text(summaryStatus(s, "1000", "EUR")));
            assertMoney("-5000.00", summaryLine(s, "1000", "EUR", "Unapplied cash in the subledger (info)").getCell(3), "info");
            assertEquals("8", text(summaryLine(s, "1000", "EUR", "Subledger total (open items)").getCell(4)));
            assertEquals("7", text(summaryLine(s, "1000", "EUR", "GL balance at the cut-off").getCell(4)),
                    "8 GL lines, 1 after the cut-off");
            assertMoney("21690.24", summaryLine(s, "2000", "USD", "Subledger total (open items)").getCell(3), "USD subledger");
            assertMoney("22890.24", summaryLine(s, "2000", "USD", "GL balance at the cut-off").getCell(3), "USD GL");
            assertMoney("1200.00", summaryLine(s, "2000", "USD", "Difference (GL − subledger)").getCell(3), "USD difference");
            assertMoney("1200.00", summaryLine(s, "2000", "USD", MatchStatus.UNAPPLIED_CASH.label()).getCell(3), "receipt");
            assertMoney("1200.00", summaryLine(s, "2000", "USD", "To investigate (no evidence)").getCell(3), "USD to investigate");

            XSSFSheet data = wb.getSheet("Recon Data");
            int header = Workbooks.headerRow(data, "Source");
            List<Row> rows = Workbooks.dataRows(data, header);
            assertEquals(25, rows.size(), "one row per record: 13 subledger items + 12 GL lines on 140000");
            assertEquals(o.report().records().size(), rows.size());
            assertEquals(13, rows.stream().filter(r -> "Subledger".equals(text(r.getCell(0)))).count());
            assertEquals(12, rows.stream().filter(r -> "GL".equals(text(r.getCell(0)))).count());
            assertEquals(1, data.getTables().size());
            XSSFTable table = data.getTables().get(0);
            assertEquals("ReconData", table.getName());
            assertEquals("A" + (header + 1) + ":L" + (header + 1 + 25), table.getArea().formatAsString());
            assertEquals(1, wb.getSheet("Pivot").getPivotTables().size(), "the Pivot sheet has a pivot table");

            // The GL's rows not used (title lines, the two '*' total rows) are listed on Exceptions, named by the GL file.
            List<String> glRows = new java.util.ArrayList<>();
            for (Row r : wb.getSheet("Exceptions")) {
                if (text(r.getCell(0)).startsWith("gl-detail-sap.csv row ")) {
                    glRows.add(text(r.getCell(0)) + ": " + text(r.getCell(1)));
                }
            }
            assertEquals(List.of("gl-detail-sap.csv row 1: Report preamble", "gl-detail-sap.csv row 2: Report preamble",
                    "gl-detail-sap.csv row 27: Total row", "gl-detail-sap.csv row 28: Total row"), glRows);
            assertTrue(Workbooks.assertCachedValuesRecalculate(wb) > 40);
        }
    }

    @Test
    void entitiesAndCurrenciesAreNeverAdded() throws Exception {
        Path out = tmp.resolve("sap.xlsx");
        ReconOutcome o = run(DIR.resolve("subledger-sap.txt"), DIR.resolve("gl-detail-sap.csv"), List.of(), null, null, out);
        assertEquals(List.of(new LedgerKey("1000", "EUR"), new LedgerKey("2000", "USD")),
                o.report().comparisons().stream().map(LedgerComparison::key).toList(), "one comparison per entity and currency");
        for (ReconRecord r : o.report().records()) {
            assertEquals(r.entity().equals("1000") ? "EUR" : "USD", r.currency(), "record " + r);
        }
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet s = wb.getSheet("Summary");
            for (Row r : s) {
                String entity = text(r.getCell(0));
                String currency = text(r.getCell(1));
                if (!text(r.getCell(2)).isEmpty() && r.getRowNum() > Workbooks.headerRow(s, "Entity")) {
                    assertTrue(entity.equals("1000") && currency.equals("EUR") || entity.equals("2000") && currency.equals("USD"),
                            "every Summary line belongs to one entity and currency: " + entity + " " + currency);
                }
                if (r.getCell(3) != null && r.getCell(3).getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
                    String f = r.getCell(3).getCellFormula();
                    assertTrue(!f.contains("SUMIFS") || f.contains("ReconData[Currency]"), "summed per currency: " + f);
                }
            }
            for (Row r : s) {
                for (int i = 0; i < r.getLastCellNum(); i++) {
                    if (r.getCell(i) != null && r.getCell(i).getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
                            && r.getCell(i).getCellType() != org.apache.poi.ss.usermodel.CellType.BLANK) {
                        String v = text(r.getCell(i));
                        assertFalse(v.equals("55105.04") || v.equals("52627.16"), "no EUR + USD total: " + v);
                    }
                }
            }
            Sheet checks = wb.getSheet("Checks");
            Workbooks.rowWithText(checks, 0, "Subledger items on Recon Data (EUR) = subledger total read");
            Workbooks.rowWithText(checks, 0, "Subledger items on Recon Data (USD) = subledger total read");
            assertMoney("33414.80", Workbooks.rowWithText(checks, 0,
                    "Export's own total (EUR) = subledger items + rejected rows").getCell(2), "FBL5N's EUR '*' row");
            assertMoney("21690.24", Workbooks.rowWithText(checks, 0,
                    "Export's own total (USD) = subledger items + rejected rows").getCell(2), "FBL5N's USD '*' row");
            assertFalse(wb.getSheet("Pivot").getPivotTables().get(0).getCTPivotTableDefinition().getColGrandTotals(),
                    "the pivot has no total across currencies");
        }
    }

    // ---------------------------------------------------------------- trial balance

    @Test
    void aTrialBalanceShowsTheDifferenceAndExplainsOnlyTiming() throws Exception {
        Path out = tmp.resolve("tb.xlsx");
        ReconOutcome o = run(DIR.resolve("subledger-tb.csv"), DIR.resolve("gl-trial-balance.csv"), List.of(), null, null, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(GeneralLedgerFile.Shape.TRIAL_BALANCE, o.gl().shape());
        assertEquals(List.of("1200"), List.copyOf(o.gl().arAccounts()), "Accounts Receivable by name, not the allowance");
        assertFalse(o.report().glHasDocuments());
        LedgerComparison c = o.report().comparisons().get(0);
        assertEquals(1, o.report().comparisons().size());
        assertAmount("5780.00", c.subledger(), "subledger");
        assertAmount("5105.00", c.gl(), "ending balance of 1200");
        assertAmount("-675.00", c.difference(), "difference");
        assertAmount("-640.00", c.category(MatchStatus.TIMING), "INV-26-0561 dated 2026-07-01");
        assertAmount("-35.00", c.toInvestigate(), "difference − timing");
        assertEquals(0, c.difference().subtract(c.category(MatchStatus.TIMING)).compareTo(c.toInvestigate()));
        assertEquals("TO INVESTIGATE: USD -35.00", o.report().status(), "distinct from the checks, which are all OK");
        assertTrue(o.summaryLine().endsWith("; reconciliation TO INVESTIGATE: USD -35.00 (materiality 0.00); ALL CHECKS OK"),
                o.summaryLine());
        assertEquals(6, o.report().records().stream().filter(r -> r.status() == MatchStatus.NOT_MATCHED).count());
        assertEquals(1, o.report().records().stream().filter(r -> r.status() == MatchStatus.GL_BALANCE).count());

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Sheet s = wb.getSheet("Summary");
            assertMoney("5105.00", summaryLine(s, "", "USD", "GL balance at the cut-off").getCell(3), "GL");
            assertMoney("-675.00", summaryLine(s, "", "USD", "Difference (GL − subledger)").getCell(3), "difference");
            assertMoney("-640.00", summaryLine(s, "", "USD", MatchStatus.TIMING.label()).getCell(3), "timing");
            assertMoney("-35.00", summaryLine(s, "", "USD", "To investigate (no evidence)").getCell(3), "to investigate");
            assertEquals("TO INVESTIGATE: -35.00", text(summaryStatus(s, "", "USD")));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void givenAccountsArePickedAndAWrongOneListsTheAccountsInTheFile() throws Exception {
        Path out = tmp.resolve("tb.xlsx");
        ReconOutcome o = run(DIR.resolve("subledger-tb.csv"), DIR.resolve("gl-trial-balance.csv"),
                ReconRequest.accounts("1200, 1210"), null, null, out);
        assertEquals(List.of("1200", "1210"), List.copyOf(o.gl().arAccounts()), "in the order given");
        assertEquals("given: 1200, 1210", o.gl().accountsHow());
        LedgerComparison c = o.report().comparisons().get(0);
        assertAmount("4770.00", c.gl(), "5,105.00 − 335.00 allowance");
        assertAmount("-1010.00", c.difference(), "difference");
        assertAmount("-370.00", c.toInvestigate(), "difference − timing −640.00");
        assertEquals("ALL CHECKS OK", o.masterCheck());

        // Only 1210: a given account need not have an AR name.
        ReconOutcome only = run(DIR.resolve("subledger-tb.csv"), DIR.resolve("gl-trial-balance.csv"), List.of("1210"), null,
                null, tmp.resolve("1210.xlsx"));
        assertAmount("-335.00", only.report().comparisons().get(0).gl(), "the allowance alone");

        Path wrong = tmp.resolve("wrong.xlsx");
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> run(DIR.resolve("subledger-tb.csv"),
                DIR.resolve("gl-trial-balance.csv"), List.of("1300"), null, null, wrong));
        String m = e.getMessage();
        assertTrue(m.contains("1300"), m);
        for (String account : List.of("1000 Cash", "1200 Accounts Receivable", "1210 Allowance for Doubtful Accounts",
                "4000 Sales", "6100 Bad Debt Expense")) {
            assertTrue(m.contains(account), "lists '" + account + "': " + m);
        }
        assertFalse(m.contains("Total"), "the total row is no account: " + m);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    // ---------------------------------------------------------------- roll-forward

    @Test
    void theRollForwardTiesOpeningAndMovementsToTheSubledger() throws Exception {
        Path out = tmp.resolve("rf.xlsx");
        ReconOutcome o = run(DIR.resolve("subledger-agree.csv"), DIR.resolve("gl-agree.csv"), List.of(),
                DIR.resolve("register.csv"), DIR.resolve("prior-open-items.csv"), out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(1, o.report().rollForwards().size());
        RollForward f = o.report().rollForwards().get(0);
        assertEquals(new LedgerKey("", "USD"), f.key());
        assertAmount("7080.00", f.opening(), "prior period's open items");
        assertAmount("1775.00", f.invoices(), "INV-26-0540 + INV-26-0548");
        assertAmount("-3100.00", f.receipts(), "three payments");
        assertAmount("-530.00", f.credits(), "two credit memos");
        assertAmount("0", f.adjustments(), "none");
        assertAmount("-85.00", f.writeOffs(), "WO-26-0003");
        assertAmount("5140.00", f.computedClosing(), "7,080 + 1,775 − 3,100 − 530 − 85");
        assertAmount("5140.00", f.subledgerClosing(), "the subledger");
        assertAmount("0", f.difference(), "rolls to the subledger");
        assertEquals(8, o.report().records().stream().filter(r -> r.source().equals(ReconRecord.REGISTER)).count());
        assertEquals(6, o.report().records().stream().filter(r -> r.source().equals(ReconRecord.PRIOR)).count());

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Sheet rf = wb.getSheet("Roll-forward");
            Row r = Workbooks.dataRows(rf, Workbooks.headerRow(rf, "Entity")).get(0);
            assertEquals("USD", text(r.getCell(1)));
            assertMoney("7080.00", r.getCell(2), "opening");
            assertMoney("1775.00", r.getCell(3), "invoices");
            assertMoney("-3100.00", r.getCell(4), "receipts");
            assertMoney("-530.00", r.getCell(5), "credits");
            assertMoney("0.00", r.getCell(6), "adjustments");
            assertMoney("-85.00", r.getCell(7), "write-offs");
            assertMoney("5140.00", r.getCell(8), "computed closing");
            assertMoney("5140.00", r.getCell(9), "subledger closing");
            assertMoney("0.00", r.getCell(10), "difference");
            Sheet about = wb.getSheet("About");
            assertEquals("8", text(Workbooks.rowWithText(about, 0, "Register records on Recon Data").getCell(1)));
            assertEquals("6", text(Workbooks.rowWithText(about, 0, "Prior-period records on Recon Data").getCell(1)));
            assertTrue(Workbooks.assertCachedValuesRecalculate(wb) > 40);
        }
    }

    // ---------------------------------------------------------------- a GL without an AR account

    @Test
    void aGlWithoutARecognisableArAccountNamesTheAccountsFoundAndTheOption() throws Exception {
        Path gl = tmp.resolve("trial-balance-renamed.csv");
        Files.writeString(gl, Files.readString(DIR.resolve("gl-trial-balance.csv"), StandardCharsets.UTF_8)
                .replace("Accounts Receivable", "Customer balances"), StandardCharsets.UTF_8);
        Path out = tmp.resolve("x.xlsx");
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> run(DIR.resolve("subledger-tb.csv"), gl, List.of(), null, null, out));
        String m = e.getMessage();
        assertTrue(m.contains("No AR control account"), m);
        assertTrue(m.contains("1200 Customer balances") && m.contains("1000 Cash") && m.contains("4000 Sales"),
                "names the accounts found: " + m);
        assertTrue(m.contains("--gl-accounts"), m);
        assertFalse(m.contains("Total"), "the total row is no account: " + m);

        // Named explicitly, the same file reconciles.
        ReconOutcome o = run(DIR.resolve("subledger-tb.csv"), gl, List.of("1200"), null, null, out);
        assertAmount("5105.00", o.report().comparisons().get(0).gl(), "1200 given");
    }
}
