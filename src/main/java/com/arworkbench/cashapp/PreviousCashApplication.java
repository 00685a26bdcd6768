package com.arworkbench.cashapp;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A cash application workbook this tool wrote, as a reviewer left it: every row of Applied, Review and
 * Unapplied with the Decision and the Reviewer note typed on it, and the reason code of each deduction.
 *
 * @param name the file's name, for About and the evidence
 */
public record PreviousCashApplication(String name, List<Row> rows) {

    public enum Sheet { APPLIED, REVIEW, UNAPPLIED }

    public enum Decision { ACCEPT, REJECT, NONE }

    /**
     * One row. {@code invoice} is empty on Unapplied; {@code remainingOpen} is what the workbook said stays
     * open on the invoice after this row (and its deduction); {@code onAccount} that the row went to ERP
     * Import as cash on account.
     */
    public record Row(Sheet sheet, String paymentId, String currency, String invoice, String customerId,
                      String customerName, BigDecimal amount, BigDecimal deduction, String deductionCode,
                      BigDecimal remainingOpen, String rule, String confidence, String evidence, String reason,
                      Decision decision, String note, boolean onAccount) {

        /** Payment id and currency: how a payment is recognised across runs (its amount is compared too). */
        public String paymentKey() {
            return PreviousCashApplication.paymentKey(paymentId, currency);
        }
    }

    public static String paymentKey(String id, String currency) {
        return (id == null ? "" : id.strip()) + "|" + (currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT));
    }

    public static PreviousCashApplication none() {
        return new PreviousCashApplication(null, List.of());
    }

    public long count(Sheet sheet, Decision decision) {
        return rows.stream().filter(r -> r.sheet() == sheet && (decision == null || r.decision() == decision)).count();
    }
}
