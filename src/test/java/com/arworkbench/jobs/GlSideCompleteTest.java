package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.GlControlTotal;
import com.arworkbench.recon.GlRollForward;
import com.arworkbench.support.Workbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GL side is as complete as the subledger's: the GL lines tie to the export's own total rows, every
 * GL row read is accounted for, and the GL detail rolls forward to its balance at the cut-off. Every
 * expected figure is added up by hand from the fixture (as of 2026-06-30, period from 2026-06-01).
 *
 * <ul>
 * <li>{@code recon/gl-agree.csv} (NetSuite, one "Total" row over every account, debit 5,980.00 = credit
 *     5,980.00, so 0.00): AR 11000 lines 1,480 + 1,845 + 960 + 1,275 − 120 − 300 = 5,140.00; the 6 lines of
 *     40000 Sales and 10100 Operating Account −5,140.00. 18 rows = 6 AR + 6 other + 3 title + 1 total
 *     (on Exceptions) + 1 blank + 1 header. Roll-forward: opening (before June) 1,480 + 1,845 + 960 =
 *     4,285.00, debits 1,275.00, credits −420.00, closing 5,140.00.</li>
 * <li>{@code gl-totals/netsuite-ar-line-deleted.csv}: the same without the AR line of INV-26-0455 (960.00),
 *     the total row unchanged: 4,180.00 − 5,140.00 = −960.00 against 0.00, so the checks fail.</li>
 * <li>{@code gl-totals/xero-total-per-account.csv}: "Total 1200 Accounts Receivable" debit 5,810.00 −
 *     credit 420.00 = 5,390.00 = lines 4,285.00 (undated "Opening Balance") + 1,275 − 120 − 300 + the line
 *     dated "31 Jun 2026", rejected with its 250.00. "Total - 4000" is another account's. No grand total.
 *     Roll-forward: opening 4,285.00, debits 1,275.00, credits −420.00, closing 5,140.00.</li>
 * <li>{@code gl-totals/netsuite-total-per-currency.csv}: "Total" USD 3,055 − 1,780 = 1,275.00 = AR 1,480 +
 *     1,275 − 300 + other −1,480 + 300; "Total" EUR 2,000 − 2,150 = −150.00 = AR 2,000 − 150 + other
 *     −2,000; the last "Total" names no currency over USD and EUR: not added, n/a.</li>
 * <li>{@code gl-totals/sap-fbl3n-account-sums.csv}: "*" of 140000 = 3,100.00 + 1,203.57 − 5,000.00 =
 *     −696.43; "*" of 800000 and 113100 are other accounts'; "**" EUR = −696.43 − 2,605.04 + 5,000.00 =
 *     1,698.53.</li>
 * <li>{@code recon/gl-detail-sap.csv} (the FBL3N example): "*" EUR 22,874.47 = AR lines 31,577.25 + other
 *     accounts −8,702.78; "*" USD 17,870.24 = AR 22,890.24 + other −5,020.00.</li>
 * <li>{@code recon/gl-trial-balance.csv}: "Total" ending balance 0.00 = 1200 5,105.00 + the other 8
 *     accounts −5,105.00; 1200 rolls forward by its own columns 4,210.00 + 3,515.00 − 2,620.00 = 5,105.00.
 *     {@code gl-totals/odoo-trial-balance-not-rolling.csv}: the same with 1200 ending 5,150.00 (and the
 *     total 45.00): the total ties, the roll-forward is 45.00 short.</li>
 * </ul>
 */
class GlSideCompleteTest {

    private static final Path DIR = ReconJobTest.DIR;
    private static final Path TOTALS = DIR.resolve("gl-totals");

    @TempDir
    Path tmp;

    private ReconOutcome run(Path subledger, Path gl) throws Exception {
        Path out = tmp.resolve(gl.getFileName() + ".xlsx");
        ReconOutcome o = ReconJobTest.run(subledger, gl, List.of(), null, null, out);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
        }
        recalculated(out);
        return o;
    }

    /** Hook: {@link GlSideCompleteLibreOfficeIT} has LibreOffice recalculate every workbook written. */
    void recalculated(Path workbook) throws Exception {
    }

    private XSSFWorkbook open(Path gl) throws Exception {
        return Workbooks.open(tmp.resolve(gl.getFileName() + ".xlsx"));
    }

    /** The Checks rows whose name starts with {@code prefix}. */
    private static List<Row> checks(XSSFWorkbook wb, String prefix) {
        List<Row> out = new ArrayList<>();
        for (Row r : wb.getSheet("Checks")) {
            if (text(r.getCell(0)).startsWith(prefix)) {
                out.add(r);
            }
        }
        return out;
    }

    private static Row check(XSSFWorkbook wb, String prefix) {
        List<Row> rows = checks(wb, prefix);
        assertEquals(1, rows.size(), "one check '" + prefix + "'");
        return rows.get(0);
    }

    private static void assertCheck(Row r, String expected, String actual, String status) {
        assertMoney(expected, r.getCell(1), text(r.getCell(0)) + " expected");
        assertMoney(actual, r.getCell(2), text(r.getCell(0)) + " actual");
        assertEquals(status, text(r.getCell(4)), text(r.getCell(0)));
    }

    /** The check of one total row, and the check that every GL row read is accounted for ({@code rows} of them). */
    private static void assertTotalAndRows(XSSFWorkbook wb, String total, String expected, String actual, String status,
                                           String rows) {
        assertCheck(check(wb, total), expected, actual, status);
        assertRowsAccountedFor(wb, rows);
    }

    private static void assertRowsAccountedFor(XSSFWorkbook wb, String rows) {
        assertCheck(check(wb, "Every GL row read is accounted for"), rows, rows, "OK");
    }

    private static void assertRollForward(GlRollForward rf, String opening, String debits, String credits, String closing) {
        assertEquals(0, rf.opening().compareTo(new java.math.BigDecimal(opening)), "opening " + rf);
        assertEquals(0, rf.debits().compareTo(new java.math.BigDecimal(debits)), "debits " + rf);
        assertEquals(0, rf.credits().compareTo(new java.math.BigDecimal(credits)), "credits " + rf);
        assertEquals(0, rf.closing().compareTo(new java.math.BigDecimal(closing)), "closing " + rf);
    }

    /**
     * A GL with the agreeing AR postings (opening 4,285.00 + debits 1,275.00 + credits −420.00 = 5,140.00)
     * against the agreeing subledger: all checks OK, and {@code total} its one control total.
     */
    private void runTheAgreeingPostings(Path gl, GlControlTotal total) throws Exception {
        ReconOutcome o = run(DIR.resolve("subledger-agree.csv"), gl);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(List.of(total), o.glSummary().controlTotals());
        assertRollForward(o.report().glRollForwards().get(0), "4285.00", "1275.00", "-420.00", "5140.00");
        try (XSSFWorkbook wb = open(gl)) {
            assertCheck(check(wb, "GL roll-forward (USD) closes"), "5140.00", "5140.00", "OK");
        }
    }

    @Test
    void aNetSuiteGlTiesToItsGrandTotalAndRollsForwardFromItsOwnLines() throws Exception {
        Path gl = DIR.resolve("gl-agree.csv");
        runTheAgreeingPostings(gl, new GlControlTotal(18, "Total", "", "", new java.math.BigDecimal("0.00")));
        try (XSSFWorkbook wb = open(gl)) {
            assertCheck(check(wb, "GL export's own total, row 18 (whole export)"), "0.00", "0.00", "OK");
            assertTrue(text(check(wb, "GL export's own total, row 18").getCell(5)).contains("-5140.00 on the 6 lines"));
            assertRowsAccountedFor(wb, "18");
            Sheet rf = wb.getSheet("Roll-forward");
            Row usd = Workbooks.rowWithText(rf, 1, "USD");
            int h = Workbooks.headerRow(rf, "Entity");
            assertMoney("4285.00", usd.getCell(Workbooks.column(rf, h, "GL opening")), "GL opening");
            assertMoney("1275.00", usd.getCell(Workbooks.column(rf, h, "GL debits (invoices)")), "GL debits");
            assertMoney("-420.00", usd.getCell(Workbooks.column(rf, h, "GL credits (receipts, credits)")), "GL credits");
            assertMoney("5140.00", usd.getCell(Workbooks.column(rf, h, "GL balance at the cut-off")), "GL closing");
            assertMoney("0.00", usd.getCell(Workbooks.column(rf, h, "GL difference")), "GL difference");
        }
    }

    @Test
    void aGlWithAnArLineDeletedFailsTheWorkbooksChecks() throws Exception {
        Path gl = TOTALS.resolve("netsuite-ar-line-deleted.csv");
        ReconOutcome o = run(DIR.resolve("subledger-agree.csv"), gl);
        assertTrue(o.masterCheck().startsWith("CHECK FAILED"), o.masterCheck());
        try (XSSFWorkbook wb = open(gl)) {
            assertTotalAndRows(wb, "GL export's own total, row 17 (whole export)", "0.00", "-960.00", "DIFFERENCE", "17");
        }
    }

    @Test
    void aTotalRowPerAccountTiesThatAccountIncludingItsRejectedLines() throws Exception {
        Path gl = TOTALS.resolve("xero-total-per-account.csv");
        // "Total - 4000" is another account's: not a control total.
        runTheAgreeingPostings(gl, new GlControlTotal(11, "Total 1200 Accounts Receivable", "1200", "", new java.math.BigDecimal("5390.00")));
        try (XSSFWorkbook wb = open(gl)) {
            assertCheck(check(wb, "GL export's own total, row 11 (account 1200)"), "5390.00", "5390.00", "OK");
            Row rejected = Workbooks.rowWithText(wb.getSheet("Exceptions"), 0, "xero-total-per-account.csv row 10");
            assertEquals("GL date '31 Jun 2026' is not a valid date [account 1200]", text(rejected.getCell(2)));
            assertEquals("Subtotal of another account or group",
                    text(Workbooks.rowWithText(wb.getSheet("Exceptions"), 0, "xero-total-per-account.csv row 15").getCell(2)));
            // 15 rows = 4 AR lines + 3 Sales + 3 title + blank + header + the rejected line and 2 total rows on Exceptions.
            assertRowsAccountedFor(wb, "15");
        }
    }

    @Test
    void aTotalRowPerCurrencyTiesThatCurrencyAndOneWithoutCurrencyIsNeverAdded() throws Exception {
        Path gl = TOTALS.resolve("netsuite-total-per-currency.csv");
        ReconOutcome o = run(DIR.resolve("subledger-agree.csv"), gl);
        try (XSSFWorkbook wb = open(gl)) {
            assertCheck(check(wb, "GL export's own total, row 14 (whole export, USD)"), "1275.00", "1275.00", "OK");
            assertCheck(check(wb, "GL export's own total, row 15 (whole export, EUR)"), "-150.00", "-150.00", "OK");
            Row none = check(wb, "GL export's own total, row 16 (whole export)");
            assertEquals("n/a", text(none.getCell(4)));
            assertTrue(text(none.getCell(5)).contains("EUR, USD"), text(none.getCell(5)));
            assertRowsAccountedFor(wb, "16");
            assertEquals(2, checks(wb, "GL roll-forward").size(), "one per currency");
        }
        assertEquals(3, o.glSummary().controlTotals().size());
    }

    @Test
    void sapAccountSumsAndTheGrandSumAreTiedAndOtherAccountsSumsAreNot() throws Exception {
        try (XSSFWorkbook wb = assertChecksTie(DIR.resolve("subledger-sap.txt"), TOTALS.resolve("sap-fbl3n-account-sums.csv"),
                "GL export's own total, row 8 (account 140000, EUR)", "-696.43",
                "GL export's own total, row 13 (whole export, EUR)", "1698.53")) {
            assertEquals(2, checks(wb, "GL export's own total").size(), "the sums of 800000 and 113100 are not AR's");
            assertRowsAccountedFor(wb, "13");
        }
    }

    @Test
    void theSapExampleTiesToItsSumPerCurrency() throws Exception {
        assertChecksTie(DIR.resolve("subledger-sap.txt"), DIR.resolve("gl-detail-sap.csv"),
                "GL export's own total, row 27 (whole export, EUR)", "22874.47",
                "GL export's own total, row 28 (whole export, USD)", "17870.24",
                "GL roll-forward (1000 EUR) closes", "29736.92").close();
    }

    /** Runs the reconciliation; each named check must be OK at its amount. Returns the workbook, open. */
    private XSSFWorkbook assertChecksTie(Path subledger, Path gl, String... nameThenAmount) throws Exception {
        run(subledger, gl);
        XSSFWorkbook wb = open(gl);
        for (int i = 0; i < nameThenAmount.length; i += 2) {
            assertCheck(check(wb, nameThenAmount[i]), nameThenAmount[i + 1], nameThenAmount[i + 1], "OK");
        }
        return wb;
    }

    @Test
    void aTrialBalanceTiesToItsTotalRowAndRollsForwardByItsOwnColumns() throws Exception {
        Path gl = DIR.resolve("gl-trial-balance.csv");
        ReconOutcome o = run(DIR.resolve("subledger-tb.csv"), gl);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        GlRollForward rf = o.report().glRollForwards().get(0);
        assertTrue(rf.fromTrialBalance());
        // 1200: Initial balance 4,210.00 + Debit 3,515.00 − Credit 2,620.00 = Ending balance 5,105.00.
        assertRollForward(rf, "4210.00", "3515.00", "-2620.00", "5105.00");
        try (XSSFWorkbook wb = open(gl)) {
            assertTotalAndRows(wb, "GL export's own total, row 15 (whole export)", "0.00", "0.00", "OK", "15");
            assertCheck(check(wb, "GL roll-forward"), "5105.00", "5105.00", "OK");
        }
    }

    @Test
    void aTrialBalanceWhoseArLineDoesNotRollFailsTheChecks() throws Exception {
        // 1200's Ending balance 5,150.00 is 45.00 more than 4,210.00 + 3,515.00 − 2,620.00; the Total row says 45.00.
        Path gl = TOTALS.resolve("odoo-trial-balance-not-rolling.csv");
        ReconOutcome o = run(DIR.resolve("subledger-tb.csv"), gl);
        assertTrue(o.masterCheck().startsWith("CHECK FAILED"), o.masterCheck());
        try (XSSFWorkbook wb = open(gl)) {
            assertCheck(check(wb, "GL export's own total, row 15 (whole export)"), "45.00", "45.00", "OK");
            assertCheck(check(wb, "GL roll-forward"), "5150.00", "5105.00", "DIFFERENCE");
        }
    }

    @Test
    void aGlWithoutTotalRowsSaysSo() throws Exception {
        Path gl = tmp.resolve("no-total.csv");
        java.nio.file.Files.writeString(gl, "Account,Date,Document Number,Debit,Credit\n"
                + "11000 Accounts Receivable,6/10/2026,INV-26-0540,1275.00,\n");
        run(DIR.resolve("subledger-agree.csv"), gl);
        try (XSSFWorkbook wb = open(gl)) {
            Row r = check(wb, "GL export's own total");
            assertEquals("n/a", text(r.getCell(4)));
        }
    }

    @Test
    void aTotalNamingAnotherAccountByNameIsNotTheArAccountsAndAnUnreadableTotalSaysSo() throws Exception {
        Path gl = tmp.resolve("tb-names-only.csv");
        // A trial balance without account numbers: "Total Accounts Payable" shares its first word with AR.
        java.nio.file.Files.writeString(gl, "Account,Balance\nAccounts Receivable,5140.00\nAccounts Payable,-200.00\n"
                + "Total Accounts Receivable,5140.00\nTotal Accounts Payable,-200.00\nTotal,n/a\n");
        ReconOutcome o = run(DIR.resolve("subledger-agree.csv"), gl);
        assertEquals(2, o.glSummary().controlTotals().size(), o.glSummary().controlTotals().toString());
        try (XSSFWorkbook wb = open(gl)) {
            assertCheck(check(wb, "GL export's own total, row 4 (account Accounts Receivable)"), "5140.00", "5140.00", "OK");
            Row unreadable = check(wb, "GL export's own total, row 6 (whole export)");
            assertEquals("n/a", text(unreadable.getCell(4)));
            assertTrue(text(unreadable.getCell(5)).contains("no amount that can be read"), text(unreadable.getCell(5)));
        }
    }

    @Test
    void thousandsOfTotalRowsAreNotThousandsOfChecks() throws Exception {
        Path gl = tmp.resolve("page-totals.csv");
        StringBuilder csv = new StringBuilder("Account,Date,Document Number,Debit,Credit\n");
        for (int i = 0; i < 150; i++) {
            csv.append("11000 Accounts Receivable,6/10/2026,INV-").append(i).append(",10.00,\nTotal,,,10.00,\n");
        }
        java.nio.file.Files.writeString(gl, csv);
        run(DIR.resolve("subledger-agree.csv"), gl);
        try (XSSFWorkbook wb = open(gl)) {
            assertEquals(100, checks(wb, "GL export's own total, row").size());
            Row rest = check(wb, "GL export's own totals after the first");
            assertEquals("n/a", text(rest.getCell(4)));
            assertTrue(text(rest.getCell(5)).startsWith("50 more total rows"), text(rest.getCell(5)));
        }
    }
}
