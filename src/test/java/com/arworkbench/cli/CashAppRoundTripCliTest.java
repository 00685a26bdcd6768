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
 * workbook's own rows as written before this feature (golden cashapp-bai2.txt): auto-applied 18,037.31; on Review
 * BR26061000105 → 0090001262 5,000.00 (partial), LB26061000111 → 0090001295 6,200.00 and → 0090001301 430.00
 * (a combination); unapplied 50.00 (Fjordhavn's overpayment of INV/2026/00180) and 1,500.00 (Lindner, a
 * near-tie). The reviewer accepts the first, rejects the second and leaves the third; so by hand:
 * applied 18,037.31 + 5,000.00 = 23,037.31, for review 430.00, unapplied 1,550.00 + 6,200.00 = 7,750.00.
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
            assertEquals(new BigDecimal("18037.31"), sum(lines(erp, "INVOICE"), "Amount applied"));
            // Fjordhavn paid 50.00 more than its invoice: its customer is known, so the rest goes on account.
            List<Map<String, String>> onAccount = lines(erp, "ON_ACCOUNT");
            assertEquals(1, onAccount.size(), onAccount.toString());
            assertEquals("BR26061000106", onAccount.get(0).get("Payment id"));
            assertEquals("50", onAccount.get(0).get("Amount applied"));
            assertEquals("ALL CHECKS OK", masterCheck(wb));
        }
        Path reviewed = CashAppWorkbooks.review(first, tmp.resolve("reviewed.xlsx"), List.of(
                new Review("BR26061000105", "0090001262", "Accept", "partial: rest promised for July"),
                new Review("LB26061000111", "0090001295", "Reject", "not this invoice, ask Weber"),
                new Review("LB26061000111", "0090001301", null, "waiting for the advice")));

        Path second = tmp.resolve("second.xlsx");
        CliRun.Result r = run(second, reviewed);
        assertTrue(r.out().contains("auto-applied 23037.31, for review 430.00, unapplied 7750.00"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            Workbooks.assertCachedValuesRecalculate(wb);
            List<Map<String, String>> erp = rows(wb, "ERP Import");
            // Exactly the accepted row is applied; what the first workbook applied is not imported again.
            List<Map<String, String>> invoices = lines(erp, "INVOICE");
            assertEquals(1, invoices.size(), invoices.toString());
            assertEquals("BR26061000105", invoices.get(0).get("Payment id"));
            assertEquals("0090001262", invoices.get(0).get("Invoice"));
            assertEquals("5000", invoices.get(0).get("Amount applied"));
            assertEquals("Accepted on review", invoices.get(0).get("Source"));
            // The rejected 6,200.00 was paid from Weber's account (the master): Weber's cash, on account.
            List<Map<String, String>> onAccount = lines(erp, "ON_ACCOUNT");
            assertEquals(1, onAccount.size(), onAccount.toString());
            assertEquals("LB26061000111", onAccount.get(0).get("Payment id"));
            assertEquals("C1009", onAccount.get(0).get("Customer ID"));
            assertEquals("6200", onAccount.get(0).get("Amount applied"));

            Map<String, String> accepted = row(rows(wb, "Applied"), "BR26061000105", "0090001262");
            assertEquals("Accepted on review", accepted.get("Rule"));
            assertEquals("partial: rest promised for July", accepted.get("Reviewer note"));
            assertEquals("4875", accepted.get("Remaining open"));
            List<Map<String, String>> review = rows(wb, "Review");
            assertEquals(1, review.size(), review.toString());
            assertEquals("0090001301", review.get(0).get("Invoice"));
            assertEquals("waiting for the advice", review.get(0).get("Reviewer note"));
            assertEquals("", review.get(0).get("Decision"));
            Map<String, String> rejected = rows(wb, "Unapplied").stream()
                    .filter(u -> u.get("Payment id").equals("LB26061000111")).findFirst().orElseThrow();
            assertEquals("6200", rejected.get("Unapplied amount"));
            assertEquals("not this invoice, ask Weber", rejected.get("Reviewer note"));
            assertTrue(rejected.get("Reason").startsWith("Rejected on review"), rejected.get("Reason"));
            assertEquals(new BigDecimal("23037.31"), sum(rows(wb, "Applied"), "Applied amount"));
        }

        // Once more with the second workbook: nothing new is decided, so nothing is imported again.
        Path third = tmp.resolve("third.xlsx");
        CliRun.Result again = run(third, second);
        assertTrue(again.out().contains("auto-applied 23037.31, for review 430.00, unapplied 7750.00"), again.out());
        try (XSSFWorkbook wb = Workbooks.open(third)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            assertEquals(List.of(), rows(wb, "ERP Import"), "nothing is applied or put on account twice");
            assertEquals("partial: rest promised for July",
                    row(rows(wb, "Applied"), "BR26061000105", "0090001262").get("Reviewer note"));
            assertEquals("waiting for the advice", rows(wb, "Review").get(0).get("Reviewer note"));
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
