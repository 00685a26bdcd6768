package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Application;
import com.arworkbench.cashapp.CashAppRules;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.ReviewTrail;
import com.arworkbench.model.CashAppSheets;
import com.arworkbench.model.Customer;
import com.arworkbench.cashapp.Confidence;
import com.arworkbench.cashapp.Deduction;
import com.arworkbench.cashapp.Unapplied;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What the sheets and checks derive from the report, worked out once: each row's Payment line and
 * Invoice line, the deduction taken on each invoice, the payments applied in full with high
 * confidence, the currencies, and the per-currency totals the Summary and the Checks both state.
 */
final class CashAppFacts {

    private final CashApplicationReport report;
    private final CashAppRules rules;
    private final ReviewTrail trail;
    private final LocalDate asOf;
    /** Applications and unapplied amounts, numbered per payment in report order (1 = the payment's first row). */
    private final Map<Object, Integer> paymentLine = new IdentityHashMap<>();
    private final Map<Application, Integer> invoiceLine = new IdentityHashMap<>();
    private final Map<Payment, Map<OpenItem, BigDecimal>> deductionOf = new IdentityHashMap<>();
    private final Map<Payment, Map<OpenItem, String>> codeOf = new IdentityHashMap<>();
    private final Map<Payment, Map<OpenItem, Confidence>> confidenceOf = new IdentityHashMap<>();
    private final Set<Payment> fullyAutoApplied = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<String> currencies = new TreeSet<>();

    CashAppFacts(CashApplicationReport report, CashAppRules rules, ReviewTrail trail, LocalDate asOf) {
        this.report = report;
        this.rules = rules;
        this.trail = trail;
        this.asOf = asOf;
        report.payments().forEach(p -> currencies.add(currency(p)));
        Map<Payment, Integer> lines = new IdentityHashMap<>();
        Map<OpenItem, Integer> itemLines = new IdentityHashMap<>();
        Map<Payment, Boolean> allHigh = new IdentityHashMap<>();
        for (Application a : report.applications()) {
            paymentLine.put(a, lines.merge(a.payment(), 1, Integer::sum));
            invoiceLine.put(a, itemLines.merge(a.item(), 1, Integer::sum));
            allHigh.merge(a.payment(), a.confidence() == Confidence.HIGH, Boolean::logicalAnd);
            confidenceOf.computeIfAbsent(a.payment(), k -> new IdentityHashMap<>()).put(a.item(), a.confidence());
        }
        Set<Payment> withRemainder = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Unapplied u : report.unapplied()) {
            paymentLine.put(u, lines.merge(u.payment(), 1, Integer::sum));
            if (u.amount().signum() != 0) {
                withRemainder.add(u.payment());
            }
        }
        allHigh.forEach((p, high) -> {
            if (high && !withRemainder.contains(p)) {
                fullyAutoApplied.add(p);
            }
        });
        for (Deduction d : report.deductions()) {
            deductionOf.computeIfAbsent(d.payment(), k -> new IdentityHashMap<>()).merge(d.item(), d.amount(), BigDecimal::add);
            codeOf.computeIfAbsent(d.payment(), k -> new IdentityHashMap<>()).putIfAbsent(d.item(), d.reasonCode());
        }
    }

    CashApplicationReport report() {
        return report;
    }

    CashAppRules rules() {
        return rules;
    }

    ReviewTrail trail() {
        return trail;
    }

    LocalDate asOf() {
        return asOf;
    }

    /** The previous workbook applied it already: listed on Applied, not imported again. */
    boolean previousRun(Application a) {
        return trail.previousRun.contains(a);
    }

    /** What ERP Import carries of Applied: every high-confidence or accepted match of this run. */
    List<Application> imported() {
        return report.autoApplied().stream().filter(a -> !previousRun(a)).toList();
    }

    /**
     * The payments whose cash this run puts on ERP Import (an invoice applied or cash on account) and whose processor
     * kept a fee, each once, with the customer the import books it to.
     */
    Map<Payment, Customer> feesNow() {
        Map<Payment, Customer> m = new java.util.LinkedHashMap<>();
        for (Application a : imported()) {
            if (a.payment().charges().signum() > 0) {
                m.putIfAbsent(a.payment(), a.item().customer());
            }
        }
        for (Unapplied u : report.unapplied()) {
            if (onAccountNow(u) && u.payment().charges().signum() > 0) {
                m.putIfAbsent(u.payment(), customerOf(u));
            }
        }
        return m;
    }

    /** Σ processor fees on ERP Import in one currency. */
    BigDecimal fees(String currency) {
        return feesNow().keySet().stream().filter(p -> currency(p).equals(currency)).map(Payment::charges)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The reviewer's note on a row (an application or an unapplied amount), or null. */
    String note(Object row) {
        return trail.note(row);
    }

    /** The customer an unapplied amount belongs to, when known: it then goes on account. */
    Customer customerOf(Unapplied u) {
        return trail.customerOf.get(u);
    }

    /** On ERP Import as cash on account in this run: a known customer's, not put on account by an earlier workbook. */
    boolean onAccountNow(Unapplied u) {
        return customerOf(u) != null && !trail.onAccountEarlier.contains(u) && u.amount().signum() > 0;
    }

    String onAccount(Unapplied u) {
        return trail.onAccountEarlier.contains(u) ? CashAppSheets.ON_ACCOUNT_EARLIER
                : onAccountNow(u) ? CashAppSheets.ON_ACCOUNT_THIS_RUN : null;
    }

    /** Days from receipt to the as-of date: how long the cash has waited to be applied. */
    long daysSinceReceipt(Payment p) {
        LocalDate d = date(p);
        return d == null ? 0 : Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(d, asOf));
    }

    /** Cash on account on ERP Import this run. */
    BigDecimal onAccount(String currency) {
        return report.unapplied().stream().filter(u -> currency(u.payment()).equals(currency) && onAccountNow(u))
                .map(Unapplied::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Unapplied of the currency received between {@code fromDays} and {@code toDays} days before the as-of date (null: open). */
    BigDecimal unapplied(String currency, long fromDays, Long toDays) {
        return report.unapplied().stream().filter(u -> currency(u.payment()).equals(currency))
                .filter(u -> daysSinceReceipt(u.payment()) >= fromDays && (toDays == null || daysSinceReceipt(u.payment()) <= toDays))
                .map(Unapplied::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Set<String> currencies() {
        return currencies;
    }

    /** With one currency the formulas sum whole columns, without a currency criterion. */
    boolean singleCurrency() {
        return currencies.size() <= 1;
    }

    /** An application's or unapplied amount's line within its payment. */
    int paymentLine(Object row) {
        return paymentLine.get(row);
    }

    int invoiceLine(Application a) {
        return invoiceLine.get(a);
    }

    /** Every match of the payment is high confidence and nothing of it is left unapplied. */
    boolean fullyAutoApplied(Payment p) {
        return fullyAutoApplied.contains(p);
    }

    long fullyAutoAppliedCount() {
        return fullyAutoApplied.size();
    }

    long fullyAutoApplied(String currency) {
        return fullyAutoApplied.stream().filter(p -> currency(p).equals(currency)).count();
    }

    /** The deduction taken on the invoice within this payment; zero when none. */
    BigDecimal deduction(Payment p, OpenItem i) {
        Map<OpenItem, BigDecimal> of = deductionOf.get(p);
        BigDecimal d = of == null ? null : of.get(i);
        return d == null ? BigDecimal.ZERO : d;
    }

    /** The code of the deduction on the invoice within this payment, as the rules file lists it (UNKNOWN when not). */
    String deductionCode(Payment p, OpenItem i) {
        Map<OpenItem, String> of = codeOf.get(p);
        return rules.code(of == null ? null : of.get(i));
    }

    /** What stays open on the invoice after this application and any deduction taken on it. */
    BigDecimal remaining(Application a) {
        return a.remainingOpen().subtract(deduction(a.payment(), a.item()));
    }

    /** The deduction sits on a high-confidence (or accepted) match of this run, so it is imported with it. */
    boolean autoApplied(Deduction d) {
        Map<OpenItem, Confidence> c = confidenceOf.get(d.payment());
        return c != null && c.get(d.item()) == Confidence.HIGH && !trail.previousRunDeductions.contains(d);
    }

    boolean previousRun(Deduction d) {
        return trail.previousRunDeductions.contains(d);
    }

    /** Payments of the currency listed: rows with Payment line 1. */
    long paymentsListed(String currency) {
        return paymentLine.entrySet().stream().filter(e -> e.getValue() == 1)
                .filter(e -> currency(paymentOf(e.getKey())).equals(currency)).count();
    }

    BigDecimal sum(List<Application> applications, String currency, Function<Application, BigDecimal> amount) {
        return applications.stream().filter(a -> currency(a.payment()).equals(currency)).map(amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal unapplied(String currency) {
        return report.unapplied().stream().filter(u -> currency(u.payment()).equals(currency)).map(Unapplied::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal deductions(String currency) {
        return report.deductions().stream().filter(d -> currency(d.payment()).equals(currency)).map(Deduction::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The Auto-applied rows of Deductions. */
    BigDecimal autoAppliedDeductions(String currency) {
        return report.deductions().stream().filter(d -> currency(d.payment()).equals(currency) && autoApplied(d))
                .map(Deduction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Payment paymentOf(Object line) {
        return line instanceof Application a ? a.payment() : ((Unapplied) line).payment();
    }

    /** The payment's currency as the sheets show it ("" when the file gives none). */
    static String currency(Payment p) {
        return p.currency() == null ? "" : p.currency().strip();
    }

    /** Booking date, else value date. */
    static LocalDate date(Payment p) {
        return p.bookingDate() != null ? p.bookingDate() : p.valueDate();
    }
}
