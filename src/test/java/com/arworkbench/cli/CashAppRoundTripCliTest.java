package com.arworkbench.cli;

import static com.arworkbench.support.CashAppWorkbooks.masterCheck;
import static com.arworkbench.support.CashAppWorkbooks.rows;
import static com.arworkbench.support.CashAppWorkbooks.sum;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.CashAppWorkbooks;
import com.arworkbench.support.CashAppWorkbooks.Review;
import com.arworkbench.support.Workbooks;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review round trip through the command line, on the BAI2 example. Expected figures come from the first
 * workbook's own rows (golden cashapp-bai2.txt): auto-applied 23,037.31; on Review LB26061000111 → 0090001295
 * 6,200.00 and → 0090001301 430.00 (a combination paid from Weber's account); unapplied 50.00 (Fjordhavn's
 * overpayment of INV/2026/00180, on account) and 1,500.00 (Lindner, a near-tie). The reviewer accepts the 6,200.00
 * and leaves the 430.00 undecided; on the next run rejects the 430.00. So by hand:
 * run 2 applied 23,037.31 + 6,200.00 = 29,237.31, for review 430.00, unapplied 1,550.00;
 * run 3 applied 29,237.31, for review 0.00, unapplied 1,550.00 + 430.00 = 1,980.00.
 */
class CashAppRoundTripCliTest {

    private static final Path EX = Path.of("examples/cashapp");

    @TempDir
    Path tmp;

    private CliRun.Result run(Path out, Path previous) {
        List<String> args = new ArrayList<>(List.of("cashapp", EX.resolve("open-items.csv").toString(), "--payments",
                EX.resolve("payments.bai2.txt").toString(), "--remittances", EX.resolve("remittance-advice.csv").toString(),
                "--customers", EX.resolve("customers.csv").toString(), "--as-of", "2026-06-30", "--out", out.toString()));
        if (previous != null) {
            args.addAll(List.of("--previous", previous.toString()));
        }
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @Test
    void acceptedRowsAreAppliedOnceRejectedGoToUnappliedAndNotesSurvive() throws Exception {
        Path first = tmp.resolve("first.xlsx");
        run(first, null);
        try (XSSFWorkbook wb = Workbooks.open(first)) {
            List<Map<String, String>> erp = rows(wb, "ERP Import");
            assertEquals(new BigDecimal("23037.31"), sum(lines(erp, "INVOICE"), "Amount applied"));
            // Fjordhavn paid 50.00 more than its invoice: its customer is known, so the rest goes on account.
            List<Map<String, String>> onAccount = lines(erp, "ON_ACCOUNT");
            assertEquals(1, onAccount.size(), onAccount.toString());
            assertEquals("BR26061000106", onAccount.get(0).get("Payment id"));
            assertEquals("50", onAccount.get(0).get("Amount applied"));
            assertEquals(2, rows(wb, "Review").size());
            assertEquals("ALL CHECKS OK", masterCheck(wb));
        }
        Path reviewed = CashAppWorkbooks.review(first, tmp.resolve("reviewed.xlsx"), List.of(
                new Review("LB26061000111", "0090001295", "Accept", "Weber confirmed by phone"),
                new Review("LB26061000111", "0090001301", null, "waiting for the advice")));

        Path second = tmp.resolve("second.xlsx");
        CliRun.Result r = run(second, reviewed);
        assertTrue(r.out().contains("auto-applied 29237.31, for review 430.00, unapplied 1550.00"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Workbooks.assertCachedValuesRecalculate(wb);
            List<Map<String, String>> erp = rows(wb, "ERP Import");
            // Exactly the accepted row is imported; what the first workbook applied or put on account is not again.
            List<Map<String, String>> invoices = lines(erp, "INVOICE");
            assertEquals(1, invoices.size(), invoices.toString());
            assertEquals("LB26061000111", invoices.get(0).get("Payment id"));
            assertEquals("0090001295", invoices.get(0).get("Invoice"));
            assertEquals("6200", invoices.get(0).get("Amount applied"));
            assertEquals("Accepted on review", invoices.get(0).get("Source"));
            assertEquals(List.of(), lines(erp, "ON_ACCOUNT"), "Fjordhavn's 50.00 was put on account by the first run");

            Map<String, String> accepted = row(rows(wb, "Applied"), "LB26061000111", "0090001295");
            assertEquals("Accepted on review", accepted.get("Rule"));
            assertEquals("Weber confirmed by phone", accepted.get("Reviewer note"));
            List<Map<String, String>> review = rows(wb, "Review");
            assertEquals(1, review.size(), review.toString());
            assertEquals("0090001301", review.get(0).get("Invoice"));
            assertEquals("waiting for the advice", review.get(0).get("Reviewer note"));
            assertEquals("", review.get(0).get("Decision"));
            assertEquals(new BigDecimal("29237.31"), sum(rows(wb, "Applied"), "Applied amount"));
        }

        // The reviewer now rejects what was left: it goes to Unapplied with the note, and on account for Weber.
        Path rejectedToo = CashAppWorkbooks.review(second, tmp.resolve("reviewed-2.xlsx"), List.of(
                new Review("LB26061000111", "0090001301", "Reject", "not this invoice, ask Weber")));
        Path third = tmp.resolve("third.xlsx");
        CliRun.Result r3 = run(third, rejectedToo);
        assertTrue(r3.out().contains("auto-applied 29237.31, for review 0.00, unapplied 1980.00"), r3.out());
        try (XSSFWorkbook wb = Workbooks.open(third)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            List<Map<String, String>> erp = rows(wb, "ERP Import");
            assertEquals(List.of(), lines(erp, "INVOICE"), "nothing is applied twice");
            List<Map<String, String>> onAccount = lines(erp, "ON_ACCOUNT");
            assertEquals(1, onAccount.size(), onAccount.toString());
            assertEquals("LB26061000111", onAccount.get(0).get("Payment id"));
            assertEquals("C1009", onAccount.get(0).get("Customer ID"));
            assertEquals("430", onAccount.get(0).get("Amount applied"));
            Map<String, String> rejected = rows(wb, "Unapplied").stream()
                    .filter(u -> u.get("Payment id").equals("LB26061000111")).findFirst().orElseThrow();
            assertEquals("430", rejected.get("Unapplied amount"));
            assertEquals("not this invoice, ask Weber", rejected.get("Reviewer note"));
            assertTrue(rejected.get("Reason").startsWith("Rejected on review"), rejected.get("Reason"));
            assertEquals(List.of(), rows(wb, "Review"));
            assertEquals("Weber confirmed by phone",
                    row(rows(wb, "Applied"), "LB26061000111", "0090001295").get("Reviewer note"));
        }

        // Once more with the third workbook: nothing new is decided, so nothing is imported again.
        Path fourth = tmp.resolve("fourth.xlsx");
        CliRun.Result again = run(fourth, third);
        assertTrue(again.out().contains("auto-applied 29237.31, for review 0.00, unapplied 1980.00"), again.out());
        try (XSSFWorkbook wb = Workbooks.open(fourth)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            assertEquals(List.of(), rows(wb, "ERP Import"), "nothing is applied or put on account twice");
            assertEquals("not this invoice, ask Weber", rows(wb, "Unapplied").stream()
                    .filter(u -> u.get("Payment id").equals("LB26061000111")).findFirst().orElseThrow().get("Reviewer note"));
        }
    }

    private static List<Map<String, String>> lines(List<Map<String, String>> erp, String type) {
        return erp.stream().filter(r -> type.equals(r.get("Line type"))).toList();
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String payment, String invoice) {
        return rows.stream().filter(r -> payment.equals(r.get("Payment id")) && invoice.equals(r.get("Invoice"))).findFirst()
                .orElseThrow(() -> new AssertionError(payment + " / " + invoice + " not in " + rows));
    }
}
