package com.arworkbench.cashapp;

import com.arworkbench.cashapp.PreviousCashApplication.Decision;
import com.arworkbench.cashapp.PreviousCashApplication.Row;
import com.arworkbench.cashapp.PreviousCashApplication.Sheet;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The round trip, a step around the matcher: a payment the previous workbook already handled (same payment id
 * and currency, and its rows there add up to its amount) is not matched again. Its rows come from that
 * workbook: Applied rows stay applied (and are not imported again), Accept makes a suggestion applied, Reject
 * sends its amount to Unapplied with the reviewer's note, an undecided row stays on Review, and Unapplied stays
 * unapplied. What those rows take from an invoice still shown open in the export is reserved before the
 * matcher sees the open items, so no other payment can take it again. Every other payment goes to the engine.
 */
public final class ReviewDecisions {

    private final PreviousCashApplication previous;
    private final CashApplicationEngine engine;
    private final Map<String, Customer> customersByAccount = new HashMap<>();
    private final List<OpenItem> items = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final Map<String, BigDecimal> openAr = new java.util.TreeMap<>();

    /**
     * @param customersByAccount the customer master's accounts: an unapplied amount paid from one belongs to that customer
     * @param engine the matcher that gets every payment and open item this step does not settle
     */
    public ReviewDecisions(PreviousCashApplication previous, Map<String, Customer> customersByAccount,
                           CashApplicationEngine engine) {
        this.previous = previous == null ? PreviousCashApplication.none() : previous;
        this.engine = engine;
        customersByAccount.forEach((k, v) -> this.customersByAccount.put(account(k), v));
    }

    public void openItem(OpenItem item) {
        openAr.merge(item.currency().toUpperCase(Locale.ROOT), item.openAmount(), BigDecimal::add);
        if (previous.rows().isEmpty()) {
            // Nothing to reserve: the matcher indexes the item now, while the reader parses the next rows.
            engine.openItem(item);
        } else {
            items.add(item);
        }
    }

    public void payment(Payment payment) {
        payments.add(payment);
    }

    public record Result(CashApplicationReport report, ReviewTrail trail) {
    }

    /** A row of the previous workbook bound for this run, waiting for its invoice's reduced copy. */
    private record Pending(Payment payment, Row row, OpenItem item, BigDecimal remainingOpen, MatchRule rule,
                           Confidence confidence, String evidence) {
    }

    public Result run() {
        ReviewTrail trail = new ReviewTrail(previous.name());
        Map<String, List<Row>> byPayment = new LinkedHashMap<>();
        previous.rows().forEach(r -> byPayment.computeIfAbsent(r.paymentKey(), k -> new ArrayList<>()).add(r));
        Map<String, Long> inFile = new HashMap<>();
        payments.forEach(p -> inFile.merge(key(p), 1L, Long::sum));
        Map<String, List<OpenItem>> byDocument = new HashMap<>();
        for (OpenItem i : items) {
            if (i.openAmount().signum() > 0) {
                byDocument.computeIfAbsent(References.normalize(i.documentNumber()), k -> new ArrayList<>()).add(i);
            }
        }
        Map<OpenItem, BigDecimal> reserved = new IdentityHashMap<>();
        List<Pending> pending = new ArrayList<>();
        List<Unapplied> unapplied = new ArrayList<>();
        List<Payment> fresh = new ArrayList<>();
        List<Payment> ordered = new ArrayList<>(payments);
        ordered.sort(Comparator.comparing(Payment::bookingDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Payment::sourceRow));
        for (Payment p : ordered) {
            List<Row> rows = byPayment.get(key(p));
            if (rows == null) {
                fresh.add(p);
                continue;
            }
            BigDecimal listed = rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (inFile.get(key(p)) > 1 || listed.compareTo(p.amount()) != 0) {
                trail.matchedAfresh.add(p.id() + (inFile.get(key(p)) > 1 ? ": the id is on more than one payment of the file"
                        : ": " + p.amount().toPlainString() + " here, " + listed.toPlainString() + " in the previous workbook"));
                fresh.add(p);
                continue;
            }
            trail.paymentsRecognised++;
            for (Row r : rows) {
                carry(p, scaled(r, p.amount().scale()), byDocument, reserved, pending, unapplied, trail);
            }
        }
        // The matcher sees what the carried rows left of each invoice: the same objects, so an invoice keeps one line.
        Map<OpenItem, OpenItem> copy = new IdentityHashMap<>();
        for (OpenItem i : items) {
            BigDecimal r = reserved.get(i);
            OpenItem seen = r == null ? i : reduced(i, i.openAmount().subtract(r));
            copy.put(i, seen);
            engine.openItem(seen);
        }
        fresh.forEach(engine::payment);
        CashApplicationReport matched = engine.report();

        List<Application> applications = new ArrayList<>(matched.applications());
        List<Deduction> deductions = new ArrayList<>(matched.deductions());
        for (Pending w : pending) {
            OpenItem item = copy.getOrDefault(w.item(), w.item());
            Application a = new Application(w.payment(), item, w.row().amount(), w.remainingOpen(), w.rule(), w.confidence(),
                    w.evidence());
            applications.add(a);
            note(trail, a, w.row());
            if (w.rule() == MatchRule.PREVIOUS_RUN) {
                trail.previousRun.add(a);
            } else if (w.rule() == MatchRule.ACCEPTED_ON_REVIEW) {
                trail.accepted.add(a);
            }
            if (w.row().deduction() != null && w.row().deduction().signum() > 0) {
                Deduction d = new Deduction(w.payment(), item, w.row().deduction(),
                        w.row().deductionCode() == null ? CashAppRules.UNKNOWN : w.row().deductionCode(),
                        "Deduction of the previous workbook");
                deductions.add(d);
                if (w.rule() == MatchRule.PREVIOUS_RUN) {
                    trail.previousRunDeductions.add(d);
                }
            }
        }
        List<Unapplied> allUnapplied = new ArrayList<>(matched.unapplied());
        allUnapplied.addAll(unapplied);
        List<Payment> all = new ArrayList<>(matched.payments());
        // by identity: a list's contains() compared every payment with every other (3 s at 19,000 payments)
        java.util.Set<Payment> freshOnes = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        freshOnes.addAll(fresh);
        all.addAll(ordered.stream().filter(p -> !freshOnes.contains(p)).toList());
        all.sort(Comparator.comparing(Payment::bookingDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Payment::sourceRow));
        knownCustomers(applications, allUnapplied, trail);
        CashApplicationReport report = new CashApplicationReport(List.copyOf(all), List.copyOf(applications),
                List.copyOf(deductions), List.copyOf(allUnapplied), Map.copyOf(openAr));
        return new Result(report, trail);
    }

    private void carry(Payment p, Row r, Map<String, List<OpenItem>> byDocument, Map<OpenItem, BigDecimal> reserved,
                       List<Pending> pending, List<Unapplied> unapplied, ReviewTrail trail) {
        String from = " (" + previous.name() + ")";
        if (r.sheet() == Sheet.UNAPPLIED) {
            Unapplied u = new Unapplied(p, r.amount(), blank(r.reason()) ? "Unapplied in the previous workbook" : r.reason(),
                    List.of());
            unapplied.add(u);
            note(trail, u, r);
            if (r.onAccount()) {
                trail.onAccountEarlier.add(u);
            }
            return;
        }
        BigDecimal deduction = r.deduction() == null ? BigDecimal.ZERO : r.deduction();
        OpenItem item = find(r, byDocument);
        BigDecimal openNow = item == null ? BigDecimal.ZERO : item.openAmount().subtract(reserved.getOrDefault(item, BigDecimal.ZERO));
        if (r.sheet() == Sheet.APPLIED) {
            // Posted already, the export shows the invoice at what that workbook left open; not yet posted, it still
            // shows this row's amount open, and that much is reserved.
            BigDecimal left = r.remainingOpen() == null ? BigDecimal.ZERO : r.remainingOpen();
            if (item != null) {
                BigDecimal stillShown = openNow.subtract(left).max(BigDecimal.ZERO).min(r.amount().add(deduction));
                reserved.merge(item, stillShown, BigDecimal::add);
            }
            pending.add(new Pending(p, r, item != null ? item : synthetic(p, r), left.add(deduction), MatchRule.PREVIOUS_RUN,
                    Confidence.HIGH, "Applied in the previous workbook" + from + ": " + r.rule()));
            return;
        }
        if (r.decision() == Decision.REJECT) {
            trail.rejected++;
            Unapplied u = new Unapplied(p, r.amount(), "Rejected on review: " + r.invoice() + (blank(r.note()) ? ""
                    : " (" + r.note() + ")"), List.of());
            unapplied.add(u);
            note(trail, u, r);
            return;
        }
        BigDecimal needed = r.amount().add(deduction);
        if (item == null || openNow.compareTo(needed) < 0) {
            // Right or it says so: an invoice the ERP has closed meanwhile cannot take the cash a reviewer accepted.
            trail.notOpenAnyMore++;
            String what = r.decision() == Decision.ACCEPT ? "Accepted on review" : "Suggested for review";
            Unapplied u = new Unapplied(p, r.amount(), what + ", but " + r.invoice() + " is no longer open for "
                    + needed.toPlainString() + " in the open-items export (open: " + openNow.toPlainString()
                    + "): nothing applied", item == null ? List.of() : List.of(item));
            unapplied.add(u);
            note(trail, u, r);
            return;
        }
        reserved.merge(item, needed, BigDecimal::add);
        if (r.decision() == Decision.ACCEPT) {
            pending.add(new Pending(p, r, item, openNow.subtract(r.amount()), MatchRule.ACCEPTED_ON_REVIEW, Confidence.HIGH,
                    "Accepted on review" + from + " (" + r.confidence() + ": " + r.rule() + "): " + r.evidence()));
        } else {
            trail.undecided++;
            MatchRule rule = MatchRule.byLabel(r.rule());
            pending.add(new Pending(p, r, item, openNow.subtract(r.amount()), rule == null ? MatchRule.PREVIOUS_SUGGESTION
                    : rule, "high".equalsIgnoreCase(r.confidence()) || "medium".equalsIgnoreCase(r.confidence())
                    ? Confidence.MEDIUM : Confidence.LOW, blank(r.evidence()) ? "Suggested in the previous workbook" : r.evidence()));
        }
    }

    /** Amounts as the payments file writes them: a workbook cell gives 11630 back for 11630.00. */
    private static Row scaled(Row r, int scale) {
        return new Row(r.sheet(), r.paymentId(), r.currency(), r.invoice(), r.customerId(), r.customerName(),
                scale(r.amount(), scale), scale(r.deduction(), scale), r.deductionCode(), scale(r.remainingOpen(), scale),
                r.rule(), r.confidence(), r.evidence(), r.reason(), r.decision(), r.note(), r.onAccount());
    }

    private static BigDecimal scale(BigDecimal v, int scale) {
        return v == null || v.scale() >= scale ? v : v.setScale(scale);
    }

    /** The invoice by its number, currency and (when both sides have one) customer ID. */
    private static OpenItem find(Row r, Map<String, List<OpenItem>> byDocument) {
        for (OpenItem i : byDocument.getOrDefault(References.normalize(r.invoice()), List.of())) {
            boolean currency = blank(r.currency()) || i.currency().isBlank() || i.currency().equalsIgnoreCase(r.currency());
            boolean customer = blank(r.customerId()) || i.customer().id() == null || i.customer().id().equals(r.customerId());
            if (currency && customer) {
                return i;
            }
        }
        return null;
    }

    /** An invoice the export no longer lists (the ERP has closed it): as the previous workbook named it. */
    private static OpenItem synthetic(Payment p, Row r) {
        Customer c = blank(r.customerId()) && blank(r.customerName()) ? new Customer(null, "(unknown)")
                : new Customer(r.customerId(), r.customerName());
        java.time.LocalDate d = p.bookingDate() != null ? p.bookingDate() : p.valueDate();
        return new OpenItem(0, c, r.invoice(), DocumentType.INVOICE, "Invoice", d, d, true, BigDecimal.ZERO, null,
                r.currency() == null ? "" : r.currency(), null, null, null, null);
    }

    private static OpenItem reduced(OpenItem i, BigDecimal open) {
        return new OpenItem(i.sourceRow(), i.customer(), i.documentNumber(), i.type(), i.typeText(), i.documentDate(),
                i.dueDate(), i.dueDateFromDocumentDate(), open, i.originalAmount(), i.currency(), i.entity(), i.reference(),
                i.dispute(), i.dunningBlock(), i.localAmount());
    }

    /**
     * An unapplied amount belongs to a customer when the payment's other rows name exactly one, or the payer's
     * account is in the customer master: then it can go on account.
     */
    private void knownCustomers(List<Application> applications, List<Unapplied> unapplied, ReviewTrail trail) {
        Map<Payment, Set<String>> keys = new IdentityHashMap<>();
        Map<String, Customer> byKey = new HashMap<>();
        for (Application a : applications) {
            keys.computeIfAbsent(a.payment(), k -> new LinkedHashSet<>()).add(a.item().customer().key());
            byKey.putIfAbsent(a.item().customer().key(), a.item().customer());
        }
        for (Unapplied u : unapplied) {
            Set<String> k = keys.getOrDefault(u.payment(), Set.of());
            Customer c = k.size() == 1 ? byKey.get(k.iterator().next()) : null;
            if (c == null && k.isEmpty() && !blank(u.payment().payerAccount())) {
                c = customersByAccount.get(account(u.payment().payerAccount()));
            }
            if (c != null) {
                trail.customerOf.put(u, c);
            }
        }
    }

    private static void note(ReviewTrail trail, Object row, Row r) {
        if (!blank(r.note())) {
            trail.notes.put(row, r.note());
        }
    }

    private static String key(Payment p) {
        return PreviousCashApplication.paymentKey(p.id(), p.currency());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String account(String s) {
        return s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
