package com.arworkbench.workbook.cashapp;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cashapp.CashApplicationEngine;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.Tolerances;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.ChecksSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real engine on payments that hit every outcome, written and read back sheet by sheet. */
class CashAppSectionTest {

    private static final LocalDate D = LocalDate.of(2026, 6, 30);
    private static final Customer ACME = new Customer("C1", "Acme Industrial Supply GmbH");
    private static final Customer BRAVO = new Customer("C2", "Bravo Retail AG");
    private static final Customer GAMMA = new Customer("C3", "Gamma Logistics SA");
    private static final Customer DELTA = new Customer("C4", "Delta Foods Ltd");
    private static final Customer EPSILON = new Customer("C5", "Epsilon Tools BV");
    private static final Customer ZETA = new Customer("C6", "Zeta Pharma SpA");
    private static final Customer OMEGA = new Customer("C7", "Omega Corp");
    private static final Customer HOTEL = new Customer("C8", "Hotel Supplies Oy");

    @TempDir
    Path tmp;

    private static OpenItem inv(long row, Customer c, String doc, String amount, int daysAgo, String currency) {
        return new OpenItem(row, c, doc, DocumentType.INVOICE, "Invoice", D.minusDays(daysAgo + 30), D.minusDays(daysAgo),
                false, new BigDecimal(amount), null, currency, "", "", null, null);
    }

    private static Payment pay(String id, long row, String amount, String currency, String payer, String account,
                               String remittance) {
        return new Payment(id, row, D, D, new BigDecimal(amount), currency, payer, account, remittance, List.of(), id, "DE00");
    }

    private static final List<OpenItem> ITEMS = List.of(
            inv(2, ACME, "INV-1001", "1000.00", 20, "EUR"),
            inv(3, ACME, "INV-1002", "500.00", 10, "EUR"),
            inv(4, BRAVO, "INV-2001", "1000.00", 5, "EUR"),
            inv(5, GAMMA, "X-300", "300.00", 40, "EUR"),
            inv(6, GAMMA, "X-712", "712.40", 10, "EUR"),
            inv(7, DELTA, "INV-4001", "1000.00", 5, "EUR"),
            inv(8, EPSILON, "E1", "120.00", 60, "EUR"),
            inv(9, EPSILON, "E2", "75.50", 40, "EUR"),
            inv(10, EPSILON, "E3", "300.00", 20, "EUR"),
            inv(11, ZETA, "Z1", "99.00", 30, "EUR"),
            inv(12, ZETA, "Z2", "99.00", 10, "EUR"),
            inv(13, OMEGA, "U-1001", "250.00", 10, "USD"),
            inv(14, HOTEL, "H1", "2000.00", 60, "EUR"));

    private static CashApplicationReport report(boolean withUsd) {
        CashApplicationEngine e = new CashApplicationEngine(Tolerances.standard(),
                Map.of("DE11 GAMMA", GAMMA, "DE22EPS", EPSILON, "DE33ZETA", ZETA, "DE44HOTEL", HOTEL));
        ITEMS.forEach(e::openItem);
        List.of(pay("P1", 1, "1500.00", "EUR", "ACME", "", "INV-1001 INV-1002"), // reference, exact: HIGH
                pay("P2", 2, "980.00", "EUR", "", "", "INV-2001 less 2% skonto"), // discount: HIGH with a deduction
                pay("P3", 3, "712.40", "EUR", "Gamma", "DE11GAMMA", "thanks"), // account + exact amount: HIGH
                pay("P4", 4, "600.00", "EUR", "", "", "INV-4001 part 1"), // partial: MEDIUM
                pay("P5", 5, "420.00", "EUR", "", "DE22EPS", ""), // combination: MEDIUM
                pay("P6", 6, "99.00", "EUR", "", "DE33ZETA", ""), // two items with the amount: LOW
                pay("P7", 7, "300.00", "EUR", "Unknown Payer", "", "no reference"), // unapplied
                pay("P8", 8, "1996.50", "EUR", "", "DE44HOTEL", "bank fees"), // one item within tolerance: MEDIUM with a deduction
                pay("Q1", 9, "275.00", "USD", "Omega", "", "U-1001")) // overpayment: HIGH + 25.00 unapplied
                .stream().filter(p -> withUsd || p.currency().equals("EUR")).forEach(e::payment);
        return e.report();
    }

    private Path write(boolean withUsd) throws Exception {
        CashApplicationReport report = report(withUsd);
        Path out = tmp.resolve("cash-application.xlsx");
        WorkbookTemplate template = WorkbookTemplate.load(CashAppSection.TEMPLATE, null);
        template.fill(Map.of("sourceFile", "open-items.csv", "paymentsFile", "statement.xml", "profile", "Generic CSV",
                "version", "test",
                "generatedAt", "2026-06-30T08:00:00Z"));
        template.fill(CashAppSection.placeholders(D));
        try (ReportBook book = new ReportBook(template, List.of("Customer", "Document", "Amount"));
             OutputStream os = Files.newOutputStream(out)) {
            CashAppSection w = book.add(new CashAppSection(book, report, D, CashAppSection.SUMMARY));
            book.startStreaming();
            book.notUsed(new RejectedRow(15, RowDisposition.REJECTED, "Amount 'abc' is not a number", List.of("C9", "INV-9", "abc"),
                    null, "EUR"));
            book.notUsedFromOtherFile(new RejectedRow(4, RowDisposition.REJECTED, "Debit entry: not a payment received",
                    List.of("DBIT", "-50.00"), new BigDecimal("-50.00"), "EUR"), "statement.xml");
            w.openItemsRead(ITEMS.size());
            // 13 items + 1 rejected + 1 header = 15 rows read
            String master = book.finish(new RowTieOut(15, 0, 1, Map.of()), ReportBook.results(report), List.of(),
                    List.of(Map.entry("Open items file", "open-items.csv"), Map.entry("Payments file", "statement.xml")), os);
            assertEquals(ChecksSheet.ALL_OK, master);
        }
        return out;
    }

    @Test
    void everySheetCarriesTheEnginesResultAndTheChecksTieOut() throws Exception {
        Path out = write(true);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertEquals(List.of("Summary", "Applied", "Review", "Unapplied", "Deductions", "ERP Import", "Exceptions", "Checks",
                    "About"), names);

            // Applied: the HIGH matches in payment order.
            Sheet ap = wb.getSheet("Applied");
            int h = Workbooks.headerRow(ap, "Payment id");
            List<Row> rows = Workbooks.dataRows(ap, h);
            assertEquals(List.of("P1/INV-1001", "P1/INV-1002", "P2/INV-2001", "P3/X-712", "Q1/U-1001"), keys(rows, ap, h));
            Row p2 = rows.get(2);
            assertMoney("980.00", p2.getCell(Workbooks.column(ap, h, "Applied amount")), "cash applied");
            assertMoney("20.00", p2.getCell(Workbooks.column(ap, h, "Deduction")), "discount on the invoice");
            assertMoney("0.00", p2.getCell(Workbooks.column(ap, h, "Remaining open")), "closed by cash and discount");
            assertEquals("Document number in the reference; difference within tolerance",
                    text(p2.getCell(Workbooks.column(ap, h, "Rule"))));
            assertEquals("High", text(p2.getCell(Workbooks.column(ap, h, "Confidence"))));
            assertEquals("C2", text(p2.getCell(Workbooks.column(ap, h, "Customer ID"))));
            assertEquals("Bravo Retail AG", text(p2.getCell(Workbooks.column(ap, h, "Customer name"))));
            assertTrue(DateUtil.isCellDateFormatted(p2.getCell(Workbooks.column(ap, h, "Payment date"))));
            assertEquals(D, p2.getCell(Workbooks.column(ap, h, "Payment date")).getLocalDateTimeCellValue().toLocalDate());
            Row p3 = rows.get(3);
            assertEquals("DE11GAMMA", text(p3.getCell(Workbooks.column(ap, h, "Payer account"))));
            assertEquals("Customer identified; one open item with exactly the amount",
                    text(p3.getCell(Workbooks.column(ap, h, "Rule"))));
            assertTrue(text(p3.getCell(Workbooks.column(ap, h, "Evidence"))).contains("belongs to Gamma Logistics SA"));
            int fully = Workbooks.column(ap, h, "Payment fully auto-applied");
            assertEquals("Yes", text(rows.get(0).getCell(fully)));
            assertEquals("No", text(rows.get(4).getCell(fully)), "Q1 left 25.00 unapplied");
            int line = Workbooks.column(ap, h, "Payment line");
            assertEquals("1", text(rows.get(0).getCell(line)));
            assertEquals("2", text(rows.get(1).getCell(line)));
            assertEquals("USD", text(rows.get(4).getCell(Workbooks.column(ap, h, "Currency"))));

            // Review: the MEDIUM and LOW suggestions with a Decision drop-down.
            Sheet rv = wb.getSheet("Review");
            int rh = Workbooks.headerRow(rv, "Payment id");
            List<Row> rr = Workbooks.dataRows(rv, rh);
            assertEquals(List.of("P4/INV-4001", "P5/E1", "P5/E3", "P6/Z1", "P8/H1"), keys(rr, rv, rh));
            int conf = Workbooks.column(rv, rh, "Confidence");
            assertEquals(List.of("Medium", "Medium", "Medium", "Low", "Medium"), rr.stream().map(r -> text(r.getCell(conf))).toList());
            assertMoney("600.00", rr.get(0).getCell(Workbooks.column(rv, rh, "Applied amount")), "partial payment");
            assertMoney("400.00", rr.get(0).getCell(Workbooks.column(rv, rh, "Remaining open")), "rest stays open");
            assertEquals("Document number in the reference; partial payment", text(rr.get(0).getCell(Workbooks.column(rv, rh, "Rule"))));
            assertEquals("Customer identified; a combination of open items sums to the amount",
                    text(rr.get(1).getCell(Workbooks.column(rv, rh, "Rule"))));
            assertMoney("3.50", rr.get(4).getCell(Workbooks.column(rv, rh, "Deduction")), "deduction");
            assertMoney("0.00", rr.get(4).getCell(Workbooks.column(rv, rh, "Remaining open")), "closed if accepted");
            int decision = Workbooks.column(rv, rh, "Decision");
            assertEquals("", text(rr.get(0).getCell(decision)), "left blank for a person");
            DataValidation dv = Workbooks.validationAt((XSSFSheet) rv, rh + 1, decision);
            assertNotNull(dv, "Decision has a drop-down");
            assertEquals(List.of("Accept", "Reject"), Arrays.asList(dv.getValidationConstraint().getExplicitListValues()));
            assertNotNull(Workbooks.validationAt((XSSFSheet) rv, rh + rr.size(), decision), "down to the last suggestion");

            // Unapplied: P7 with its candidate, Q1's overpayment.
            Sheet un = wb.getSheet("Unapplied");
            int uh = Workbooks.headerRow(un, "Payment id");
            List<Row> ur = Workbooks.dataRows(un, uh);
            assertEquals(2, ur.size());
            assertEquals("P7", text(ur.get(0).getCell(0)));
            assertEquals("Unknown Payer", text(ur.get(0).getCell(Workbooks.column(un, uh, "Payer"))));
            assertEquals("no reference", text(ur.get(0).getCell(Workbooks.column(un, uh, "Remittance"))));
            assertMoney("300.00", ur.get(0).getCell(Workbooks.column(un, uh, "Unapplied amount")), "all of P7");
            assertTrue(text(ur.get(0).getCell(Workbooks.column(un, uh, "Reason"))).startsWith("Customer not identified"));
            assertEquals("X-300 300.00 (Gamma Logistics SA)", text(ur.get(0).getCell(Workbooks.column(un, uh, "Best candidates"))),
                    "E3 (also 300.00) was taken by P5's combination");
            assertEquals("Q1", text(ur.get(1).getCell(0)));
            assertMoney("275.00", ur.get(1).getCell(Workbooks.column(un, uh, "Payment amount")), "Q1 paid");
            assertMoney("25.00", ur.get(1).getCell(Workbooks.column(un, uh, "Unapplied amount")), "overpaid");
            assertEquals("2", text(ur.get(1).getCell(Workbooks.column(un, uh, "Payment line"))), "line 1 is on Applied");

            // Deductions.
            Sheet de = wb.getSheet("Deductions");
            int dh = Workbooks.headerRow(de, "Payment id");
            List<Row> dr = Workbooks.dataRows(de, dh);
            assertEquals(2, dr.size());
            assertEquals("INV-2001", text(dr.get(0).getCell(Workbooks.column(de, dh, "Invoice"))));
            assertEquals("C2", text(dr.get(0).getCell(Workbooks.column(de, dh, "Customer ID"))));
            assertMoney("20.00", dr.get(0).getCell(Workbooks.column(de, dh, "Amount")), "discount");
            assertEquals("DISCOUNT", text(dr.get(0).getCell(Workbooks.column(de, dh, "Reason code"))));
            assertEquals("Early-payment discount taken", text(dr.get(0).getCell(Workbooks.column(de, dh, "Reason"))));
            assertEquals("Auto-applied", text(dr.get(0).getCell(Workbooks.column(de, dh, "Status"))));
            // 3.50 short on 2,000.00 is within the short-pay tolerance (bank charges), found by account and amount
            // only: MEDIUM.
            assertEquals("SHORT_PAY", text(dr.get(1).getCell(Workbooks.column(de, dh, "Reason code"))));
            assertMoney("3.50", dr.get(1).getCell(Workbooks.column(de, dh, "Amount")), "short by");
            assertEquals("For review", text(dr.get(1).getCell(Workbooks.column(de, dh, "Status"))));

            // ERP Import: header on row 1, one value row per auto-applied match, no formulas. Written from the engine's
            // report alone (no round-trip step), no customer is known for Q1's 25.00: no ON_ACCOUNT line.
            Sheet erp = wb.getSheet("ERP Import");
            assertEquals(List.of("Line type", "Payment id", "Payment date", "Customer ID", "Customer name", "Invoice",
                    "Currency", "Amount applied", "Deduction amount", "Deduction code", "ERP reason code", "Bank account",
                    "GL account", "Memo", "Source"), IntStream.range(0, 15).mapToObj(i -> text(erp.getRow(0).getCell(i))).toList());
            assertEquals(5, erp.getLastRowNum(), "five rows below the header");
            List<Row> er = Workbooks.dataRows(erp, 0);
            assertEquals(5, er.size(), "no blank rows");
            assertEquals(List.of("INVOICE|P1|C1|INV-1001|1000.00|0.00|EUR", "INVOICE|P1|C1|INV-1002|500.00|0.00|EUR",
                    "INVOICE|P2|C2|INV-2001|980.00|20.00|EUR", "INVOICE|P3|C3|X-712|712.40|0.00|EUR",
                    "INVOICE|Q1|C7|U-1001|250.00|0.00|USD"),
                    er.stream().map(r -> text(r.getCell(0)) + "|" + text(r.getCell(1)) + "|" + text(r.getCell(3)) + "|"
                            + text(r.getCell(5)) + "|" + Workbooks.money(r.getCell(7)) + "|" + Workbooks.money(r.getCell(8))
                            + "|" + text(r.getCell(6))).toList());
            assertEquals("DISCOUNT", text(er.get(2).getCell(9)), "the discount's code on its invoice line");
            for (Row r : er) {
                r.forEach(c -> assertTrue(c.getCellType() != CellType.FORMULA, "no formulas on ERP Import"));
                assertTrue(DateUtil.isCellDateFormatted(r.getCell(2)));
            }

            // Summary: live formulas per currency.
            Sheet su = wb.getSheet("Summary");
            int sh = Workbooks.headerRow(su, "Currency");
            Row eur = Workbooks.rowWithText(su, 0, "EUR");
            Row usd = Workbooks.rowWithText(su, 0, "USD");
            assertEquals(CellType.FORMULA, eur.getCell(Workbooks.column(su, sh, "Payments amount")).getCellType());
            assertEquals("8", text(eur.getCell(Workbooks.column(su, sh, "Payments"))));
            assertMoney("6607.90", eur.getCell(Workbooks.column(su, sh, "Payments amount")), "EUR payments");
            assertEquals("3", text(eur.getCell(Workbooks.column(su, sh, "Payments auto-applied"))), "P1, P2, P3");
            assertMoney("3192.40", eur.getCell(Workbooks.column(su, sh, "Auto-applied amount")), "1000 + 500 + 980 + 712.40");
            assertMoney("3115.50", eur.getCell(Workbooks.column(su, sh, "For review amount")), "600 + 420 + 99 + 1996.50");
            assertMoney("300.00", eur.getCell(Workbooks.column(su, sh, "Unapplied amount")), "P7");
            assertEquals(300.0 / 6607.90, eur.getCell(Workbooks.column(su, sh, "Unapplied % of payments")).getNumericCellValue(),
                    1e-9);
            assertMoney("23.50", eur.getCell(Workbooks.column(su, sh, "Deductions")), "20.00 + 3.50");
            // Unapplied cash measured against the whole open AR of the currency, as the issue asks.
            BigDecimal openAr = Workbooks.money(eur.getCell(Workbooks.column(su, sh, "Open AR")));
            assertTrue(openAr.signum() > 0, "open AR stated");
            assertEquals(300.0 / openAr.doubleValue(), eur.getCell(Workbooks.column(su, sh, "Unapplied % of AR"))
                    .getNumericCellValue(), 1e-9);
            assertEquals(0.375, eur.getCell(Workbooks.column(su, sh, "Match rate (payments)")).getNumericCellValue(), 1e-9);
            assertEquals("9", text(eur.getCell(Workbooks.column(su, sh, "Invoices touched"))));
            assertEquals("4", text(eur.getCell(Workbooks.column(su, sh, "Invoices closed automatically"))));
            assertEquals(4.0 / 9, eur.getCell(Workbooks.column(su, sh, "Match rate (invoices)")).getNumericCellValue(), 1e-9);
            assertEquals("1", text(usd.getCell(Workbooks.column(su, sh, "Payments"))));
            assertMoney("275.00", usd.getCell(Workbooks.column(su, sh, "Payments amount")), "USD payments");
            assertEquals("0", text(usd.getCell(Workbooks.column(su, sh, "Payments auto-applied"))), "overpaid: not fully applied");
            assertMoney("250.00", usd.getCell(Workbooks.column(su, sh, "Auto-applied amount")), "U-1001");
            assertMoney("25.00", usd.getCell(Workbooks.column(su, sh, "Unapplied amount")), "overpayment");
            assertEquals(1.0, usd.getCell(Workbooks.column(su, sh, "Match rate (invoices)")).getNumericCellValue(), 1e-9);

            // Exceptions: the open-items row by number, the payment-file row by text reference.
            Sheet ex = wb.getSheet("Exceptions");
            int xh = Workbooks.headerRow(ex, "Source row");
            List<Row> xr = Workbooks.dataRows(ex, xh);
            assertEquals(List.of("15", "statement.xml row 4"), xr.stream().map(r -> text(r.getCell(0))).toList());
            assertEquals("INV-9", text(xr.get(0).getCell(Workbooks.column(ex, xh, "Document"))));

            // Checks: every line OK, the master check, and the row tie-out.
            Sheet ch = wb.getSheet("Checks");
            assertEquals(ChecksSheet.ALL_OK, text(ch.getRow(2).getCell(1)));
            int ck = Workbooks.headerRow(ch, "Check");
            List<Row> cr = Workbooks.dataRows(ch, ck);
            assertEquals(16, cr.size(), "7 per currency (with the processor fees) + the payments file's own trailers + the row tie-out");
            List<String> failed = new ArrayList<>();
            for (Row r : cr) {
                if (!"OK".equals(text(r.getCell(4)))) {
                    failed.add(text(r.getCell(0)) + ": " + text(r.getCell(4)));
                }
            }
            assertEquals(List.of(), failed);
            Row payments = Workbooks.rowWithText(ch, 0, "Payments (EUR) = applied + for review + unapplied");
            assertMoney("6607.90", payments.getCell(1), "expected: payments read");
            assertEquals(CellType.FORMULA, payments.getCell(2).getCellType());
            Row erpCheck = Workbooks.rowWithText(ch, 0, "ERP Import invoices (EUR) = Applied (this run)");
            assertMoney("3192.40", erpCheck.getCell(2), "ERP import total");
            Row rowsCheck = Workbooks.rowWithText(ch, 0, "Every open-items row read is accounted for");
            assertEquals("15", text(rowsCheck.getCell(1)));
            assertEquals("15", text(rowsCheck.getCell(2)));
            assertTrue(rowsCheck.getCell(2).getCellFormula().startsWith("COUNT(Exceptions!$A:$A)+13+0+1"),
                    rowsCheck.getCell(2).getCellFormula());

            // About.
            Sheet ab = wb.getSheet("About");
            assertEquals("statement.xml", text(Workbooks.rowWithText(ab, 0, "Payments file").getCell(1)));
            assertEquals("9", text(Workbooks.rowWithText(ab, 0, "Payments read").getCell(1)));
            assertEquals(ChecksSheet.ALL_OK, text(Workbooks.rowWithText(ab, 0, "Master check").getCell(1)));
            assertTrue(text(wb.getSheet("Summary").getRow(1).getCell(0)).contains("2026-06-30"), "as-of filled in");
            String sourceLine = text(wb.getSheet("Summary").getRow(2).getCell(0));
            assertTrue(sourceLine.contains("open-items.csv") && sourceLine.contains("statement.xml"), sourceLine);

            assertTrue(Workbooks.assertCachedValuesRecalculate(wb) > 40);
        }
    }

    @Test
    void oneCurrencyUsesPlainSumsAndStillTiesOut() throws Exception {
        Path out = write(false);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet su = wb.getSheet("Summary");
            int sh = Workbooks.headerRow(su, "Currency");
            assertEquals(1, Workbooks.dataRows(su, sh).size());
            Row eur = Workbooks.rowWithText(su, 0, "EUR");
            assertTrue(eur.getCell(2).getCellFormula().startsWith("SUM(Applied!$I:$I)"), eur.getCell(2).getCellFormula());
            assertMoney("6607.90", eur.getCell(Workbooks.column(su, sh, "Payments amount")), "EUR payments");
            assertEquals(0.375, eur.getCell(Workbooks.column(su, sh, "Match rate (payments)")).getNumericCellValue(), 1e-9);
            assertEquals(ChecksSheet.ALL_OK, text(wb.getSheet("Checks").getRow(2).getCell(1)));
            assertEquals(4, Workbooks.dataRows(wb.getSheet("ERP Import"), 0).size());
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    private static List<String> keys(List<Row> rows, Sheet s, int h) {
        int invoice = Workbooks.column(s, h, "Invoice");
        return rows.stream().map(r -> text(r.getCell(0)) + "/" + text(r.getCell(invoice))).toList();
    }
}
