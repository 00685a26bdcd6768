package com.arworkbench.cashapp;

import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.util.List;

/**
 * The result: every application (HIGH ones are auto-applied, the rest are suggestions for review),
 * deductions, and what stays unapplied. For every payment, amount = Σ its applications + its
 * unapplied remainder.
 */
public record CashApplicationReport(List<Payment> payments, List<Application> applications, List<Deduction> deductions,
                                    List<Unapplied> unapplied, java.util.Map<String, BigDecimal> openAr) {

    /** The whole open AR of a currency (invoices less credits) at the start: what "% of AR" is measured against. */
    public BigDecimal openAr(String currency) {
        return openAr.getOrDefault(currency == null ? "" : currency.toUpperCase(java.util.Locale.ROOT), BigDecimal.ZERO);
    }

    public List<Application> autoApplied() {
        return applications.stream().filter(a -> a.confidence() == Confidence.HIGH).toList();
    }

    public List<Application> forReview() {
        return applications.stream().filter(a -> a.confidence() != Confidence.HIGH).toList();
    }

    public BigDecimal totalPayments() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
