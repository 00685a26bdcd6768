package com.arworkbench.cashapp;

import com.arworkbench.model.Customer;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * Matches incoming payments to open invoices, weighing three pieces of evidence: the reference, the payer and the
 * amount. Only what they agree on is HIGH (auto-applied); a wrong auto-application is worse than a review.
 * <ol>
 * <li>a remittance advice for the payment (found by payment id, bank reference or a reference token):
 *     its lines are applied as the payer wrote them, deductions included — HIGH when every invoice
 *     exists and the lines add up to the payment, else MEDIUM. The advice is the payer's own
 *     breakdown with amounts, so it is used before the references it usually repeats;</li>
 * <li>the payer, by account (strong) or by name (only a clear best: score ≥ 0.75 and 0.15 ahead of the next, or
 *     equal words and only one customer with the legal form the payer writes);</li>
 * <li>document numbers the reference names ({@link References}: whole numbers and their digits, lists, leading
 *     zeros; amounts and dates are skipped). Exact sum: HIGH unless the payer is known and is another customer
 *     (a third-party payment: MEDIUM). Another customer's invoice for another amount: the payer's own items are
 *     tried instead, and nothing is HIGH while the reference speaks against them. With the payer's agreement, an
 *     overpayment, a short pay within tolerance and a partial payment of one invoice are HIGH; a discount is HIGH
 *     only when the payer names it;</li>
 * <li>a near-miss reference (one digit off, two adjacent digits swapped) of exactly one of the payer's own
 *     items with exactly the amount: HIGH, as payer, amount and all but one keystroke agree;</li>
 * <li>one open item of the payer with exactly the amount (HIGH by account, MEDIUM by name; several LOW);</li>
 * <li>a combination of the payer's open items summing to the amount (bounded: the 30 oldest items, at most 6 per
 *     combination, at most 200,000 steps) — one combination MEDIUM, several LOW;</li>
 * <li>one item within tolerance, the difference a deduction (MEDIUM).</li>
 * </ol>
 * The evidence text of each application says what was weighed. Every application reserves the amount it applies,
 * suggestions included, so nothing is applied twice. Payments are taken by booking date.
 */
public final class CashApplicationEngine {

    private static final int COMBINATION_ITEMS = 30;
    private static final int COMBINATION_SIZE = 6;
    private static final int COMBINATION_STEPS = 200_000;
    private static final double NAME_MIN = 0.75;
    private static final double NAME_MARGIN = 0.15;
    private static final int CANDIDATES = 5;
    private static final java.util.regex.Pattern DISCOUNT_WORDS = java.util.regex.Pattern.compile(
            "skonto|discount|rabatt|escompte|sconto|descuento|\\bless\\s+\\d", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** A name word shared by more customers than this does not narrow the search by itself. */
    private static final int COMMON_WORD = 200;

    private final Tolerances tolerances;
    private final Map<String, Customer> customersByAccount;
    private final List<OpenItem> items = new ArrayList<>();
    private final Map<String, List<OpenItem>> byDocument = new HashMap<>();
    private final Map<String, List<OpenItem>> byCustomer = new LinkedHashMap<>();
    private final Map<String, Customer> customers = new LinkedHashMap<>();
    private final Map<OpenItem, BigDecimal> remaining = new IdentityHashMap<>();
    private final List<Payment> payments = new ArrayList<>();

    /** @param customersByAccount the customer master's bank accounts (IBANs, account numbers), spaces removed */
    public CashApplicationEngine(Tolerances tolerances, Map<String, Customer> customersByAccount) {
        this.tolerances = tolerances;
        this.customersByAccount = new HashMap<>();
        customersByAccount.forEach((k, v) -> this.customersByAccount.put(account(k), v));
    }

    /** Invoices and other debits can be paid; credits and unapplied cash are not targets. */
    private final Map<String, BigDecimal> openAr = new java.util.TreeMap<>();

    public void openItem(OpenItem item) {
        openAr.merge(item.currency().toUpperCase(Locale.ROOT), item.openAmount(), BigDecimal::add);
        if (item.openAmount().signum() <= 0) {
            return;
        }
        items.add(item);
        remaining.put(item, item.openAmount());
        // Under its whole number and its digits: references name "7002" for INV-7002.
        for (String key : References.documentKeys(item.documentNumber())) {
            byDocument.computeIfAbsent(key, k -> new ArrayList<>()).add(item);
        }
        byCustomer.computeIfAbsent(item.customer().key(), k -> new ArrayList<>()).add(item);
        customers.putIfAbsent(item.customer().key(), item.customer());
    }

    public void payment(Payment payment) {
        payments.add(payment);
    }

    private final Map<String, List<com.arworkbench.model.RemittanceLine>> advice = new HashMap<>();

    public void remittance(com.arworkbench.model.RemittanceLine line) {
        advice.computeIfAbsent(References.normalize(line.paymentReference()), k -> new ArrayList<>()).add(line);
    }

    public CashApplicationReport report() {
        List<Application> applications = new ArrayList<>();
        List<Deduction> deductions = new ArrayList<>();
        List<Unapplied> unapplied = new ArrayList<>();
        byCustomer.values().forEach(l -> l.sort(Comparator.comparing(OpenItem::dueDate)));
        List<Payment> ordered = new ArrayList<>(payments);
        ordered.sort(Comparator.comparing(Payment::bookingDate).thenComparing(Payment::sourceRow));
        for (Payment p : ordered) {
            match(p, applications, deductions, unapplied);
        }
        return new CashApplicationReport(List.copyOf(ordered), List.copyOf(applications), List.copyOf(deductions),
                List.copyOf(unapplied), Map.copyOf(openAr));
    }

    private void match(Payment p, List<Application> applications, List<Deduction> deductions, List<Unapplied> unapplied) {
        List<com.arworkbench.model.RemittanceLine> lines = adviceFor(p);
        if (!lines.isEmpty()) {
            applyAdvice(p, lines, applications, deductions, unapplied);
            return;
        }
        Payer payer = payer(p);
        Set<String> keys = References.referenceKeys(text(p));
        List<OpenItem> named = named(keys, p);
        if (!named.isEmpty() && byReference(p, named, payer, applications, deductions, unapplied)) {
            return;
        }
        Customer customer = payer.customer();
        if (customer == null) {
            String why = payer.name() != null && !payer.name().clear() ? "Payer name '" + p.payerName() + "' fits "
                    + payer.name().customer().displayName() + " and " + payer.name().runnerUp().displayName()
                    + " about equally: no match on a near-tie"
                    : "Customer not identified: no open document number in the reference, account and name unknown";
            unapplied.add(new Unapplied(p, p.amount(), why, exactAmountAnywhere(p)));
            return;
        }
        List<OpenItem> open = open(byCustomer.getOrDefault(customer.key(), List.of()), p.currency());
        if (!nearMiss(p, keys, open, payer, applications)) {
            byCustomer(p, open, payer, named, applications, deductions, unapplied);
        }
    }

    /**
     * Who paid: the customer by the payer's account (strong), else by name (only a clear best). The account is
     * evidence of its own; a name is weaker, as similar customers share words.
     */
    private record Payer(Customer customer, boolean byAccount, NameMatch name, String evidence) {
    }

    private Payer payer(Payment p) {
        Customer byAccount = p.payerAccount() == null || p.payerAccount().isBlank() ? null
                : customersByAccount.get(account(p.payerAccount()));
        if (byAccount != null) {
            return new Payer(byAccount, true, null, "payer account " + p.payerAccount() + " belongs to "
                    + byAccount.displayName());
        }
        NameMatch byName = nameMatch(p.payerName());
        return byName != null && byName.clear()
                ? new Payer(byName.customer(), false, byName, "payer name matches " + byName.customer().displayName()
                        + (byName.score() - byName.runnerUpScore() < NAME_MARGIN ? " (its legal form tells it from "
                        + byName.runnerUp().displayName() + ")" : ""))
                : new Payer(null, false, byName, "payer not identified");
    }

    /**
     * The open items the reference names, weighed against the payer and the amount. The reference alone is HIGH
     * only with the exact sum; when the payer is identified and the invoices are its own, a partial payment of one
     * invoice, an overpayment and a short pay are HIGH too. A reference naming another customer's invoice while
     * the payer is known is never HIGH: the payer's own items are tried first (false: not handled here).
     */
    private boolean byReference(Payment p, List<OpenItem> named, Payer payer, List<Application> applications,
                                List<Deduction> deductions, List<Unapplied> unapplied) {
        Customer c = payer.customer();
        List<OpenItem> own = c == null ? List.of() : named.stream().filter(i -> owns(c, i)).toList();
        List<OpenItem> use = own.isEmpty() ? named : own;
        boolean agrees = !own.isEmpty();
        BigDecimal amount = p.amount();
        BigDecimal total = sum(use);
        int cmp = amount.compareTo(total);
        String evidence = "Reference names " + docs(use) + (use.size() < named.size() ? " (and "
                + docs(named.stream().filter(i -> !use.contains(i)).toList()) + " of another customer, not used)" : "")
                + "; " + payerEvidence(payer, use);
        if (c != null && !agrees) {
            if (cmp != 0) {
                return false; // another customer's invoice for another amount: the payer's own items come first
            }
            applyAll(p, use, MatchRule.REFERENCE, Confidence.MEDIUM, evidence + "; amount: exact sum, but the "
                    + "invoices are another customer's (a third-party payment?)", applications);
            return true;
        }
        boolean oneCustomer = use.stream().map(i -> i.customer().key()).distinct().count() == 1;
        if (cmp == 0) {
            applyAll(p, use, MatchRule.REFERENCE, oneCustomer ? Confidence.HIGH : Confidence.MEDIUM,
                    evidence + "; amount: exact sum" + (oneCustomer ? "" : " of invoices of several customers"),
                    applications);
        } else if (cmp > 0) {
            applyAll(p, use, MatchRule.REFERENCE, agrees ? Confidence.HIGH : Confidence.MEDIUM, evidence + "; amount: "
                    + amount.subtract(total).toPlainString() + " more than the invoices, left unapplied", applications);
            unapplied.add(new Unapplied(p, amount.subtract(total), "Overpayment: more than the referenced documents",
                    List.of()));
        } else {
            BigDecimal shortBy = total.subtract(amount);
            String code = deductionCode(shortBy, total);
            OpenItem last = use.get(use.size() - 1);
            if (code != null && shortBy.compareTo(remaining.get(last)) <= 0) {
                // A short pay within the user's own tolerance is what the tolerance is for; a discount is
                // written off automatically only when the payer says so ("abzgl. 2 % Skonto").
                boolean said = DISCOUNT_WORDS.matcher(text(p)).find();
                Confidence conf = oneCustomer && (code.equals("SHORT_PAY") || said) ? Confidence.HIGH : Confidence.MEDIUM;
                applyAllLess(p, use, shortBy, last, conf, MatchRule.REFERENCE_WITH_DEDUCTION, evidence + "; amount: short by "
                        + shortBy.toPlainString() + (code.equals("SHORT_PAY") ? ", within the short-pay tolerance"
                        : ", within the early-payment discount" + (said ? ", which the payer names" : ", not named by "
                        + "the payer")), applications, deductions, code);
            } else {
                // One invoice of the payer's own, part-paid: where the cash goes is not in doubt, the rest stays open.
                // Over several invoices, oldest first is a guess.
                applyOldestFirst(p, use, amount, MatchRule.REFERENCE_PARTIAL, agrees && use.size() == 1 ? Confidence.HIGH
                        : Confidence.MEDIUM, evidence + "; amount: partial payment, the rest stays open", applications);
            }
        }
        return true;
    }

    /**
     * A reference that misses one of the payer's own document numbers by one keystroke (one digit off, two
     * adjacent digits swapped) names that document when its open amount is exactly the payment: three pieces of
     * evidence agree (payer, amount, all but one digit). The amount must single out one such item.
     */
    private boolean nearMiss(Payment p, Set<String> keys, List<OpenItem> open, Payer payer, List<Application> out) {
        List<OpenItem> fits = new ArrayList<>();
        List<String> how = new ArrayList<>();
        for (OpenItem i : open) {
            if (remaining.get(i).compareTo(p.amount()) != 0) {
                continue;
            }
            String miss = null;
            for (String typed : keys) {
                for (String key : References.documentKeys(i.documentNumber())) {
                    String kind = References.nearMiss(typed, key);
                    miss = miss == null && kind != null ? "'" + typed + "' is " + i.documentNumber() + " with " + kind
                            : miss;
                }
            }
            if (miss != null) {
                fits.add(i);
                how.add(miss);
            }
        }
        if (fits.size() != 1) {
            return false;
        }
        apply(p, fits.get(0), p.amount(), MatchRule.REFERENCE_NEAR_MISS, Confidence.HIGH, "Near-miss reference: "
                + how.get(0) + "; " + payer.evidence() + "; amount: exactly the invoice's", out);
        return true;
    }

    /** The identified customer's own items: exact amount, a combination, one item within tolerance. */
    private void byCustomer(Payment p, List<OpenItem> open, Payer payer, List<OpenItem> named,
                            List<Application> applications, List<Deduction> deductions, List<Unapplied> unapplied) {
        BigDecimal amount = p.amount();
        // A reference naming another customer's invoice speaks against the payer's own items: no HIGH then.
        String who = payer.evidence() + (named.isEmpty() ? "" : "; the reference names " + docs(named)
                + " of another customer for another amount");
        Confidence strong = payer.byAccount() && named.isEmpty() ? Confidence.HIGH : Confidence.MEDIUM;
        // 3. One item with exactly the amount.
        List<OpenItem> exact = open.stream().filter(i -> remaining.get(i).compareTo(amount) == 0).toList();
        if (exact.size() == 1) {
            apply(p, exact.get(0), amount, MatchRule.EXACT_AMOUNT, strong, who + "; amount: exactly one open item's",
                    applications);
            return;
        }
        if (exact.size() > 1) {
            apply(p, exact.get(0), amount, MatchRule.EXACT_AMOUNT, Confidence.LOW,
                    who + "; " + exact.size() + " items have this amount, the oldest is suggested", applications);
            return;
        }
        // 4. A combination of items.
        List<List<OpenItem>> combos = combinations(open, amount);
        if (!combos.isEmpty()) {
            applyAll(p, combos.get(0), MatchRule.COMBINATION, combos.size() == 1 ? Confidence.MEDIUM : Confidence.LOW,
                    who + (combos.size() == 1 ? "; one combination fits" : "; " + combos.size() + "+ combinations fit, "
                            + "the oldest is suggested"), applications);
            return;
        }
        // 5. One item within tolerance.
        for (OpenItem i : open) {
            BigDecimal shortBy = remaining.get(i).subtract(amount);
            String code = shortBy.signum() > 0 ? deductionCode(shortBy, remaining.get(i)) : null;
            if (code != null) {
                applyAllLess(p, List.of(i), shortBy, i, Confidence.MEDIUM, MatchRule.AMOUNT_WITH_DEDUCTION, who,
                        applications, deductions, code);
                return;
            }
        }
        List<OpenItem> candidates = new ArrayList<>(named);
        open.stream().limit(CANDIDATES).forEach(candidates::add);
        unapplied.add(new Unapplied(p, amount, "Customer identified (" + who + ") but no open item or combination fits "
                + "the amount", candidates.stream().limit(CANDIDATES).toList()));
    }

    private static boolean owns(Customer c, OpenItem i) {
        return i.customer().key().equals(c.key());
    }

    private static String docs(List<OpenItem> items) {
        return String.join(", ", items.stream().map(OpenItem::documentNumber).toList());
    }

    /** What the payer says about the invoices: the same customer, another one, or nobody known. */
    private static String payerEvidence(Payer payer, List<OpenItem> invoices) {
        if (payer.customer() == null) {
            return "payer not identified";
        }
        String whose = invoices.size() == 1 ? "the invoice's customer" : "the invoices' customer";
        return payer.evidence() + (invoices.stream().allMatch(i -> owns(payer.customer(), i)) ? ", " : ", not ") + whose;
    }

    /** The advice lines for this payment, taken out so no other payment can use them. */
    private List<com.arworkbench.model.RemittanceLine> adviceFor(Payment p) {
        // The payment's own id and bank reference match exactly, whatever their length; tokens of the
        // free text need the usual minimum length.
        for (String k : new String[] {p.id(), p.bankReference()}) {
            String n = References.normalize(k);
            if (!n.isEmpty() && advice.containsKey(n)) {
                return advice.remove(n);
            }
        }
        for (String k : text(p).split("[\\s,;]+")) {
            String n = References.normalize(k);
            if (n.length() >= References.MIN_KEY && advice.containsKey(n)) {
                return advice.remove(n);
            }
        }
        return List.of();
    }

    private void applyAdvice(Payment p, List<com.arworkbench.model.RemittanceLine> lines, List<Application> applications,
                             List<Deduction> deductions, List<Unapplied> unapplied) {
        BigDecimal paid = lines.stream().map(com.arworkbench.model.RemittanceLine::amountPaid)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        List<OpenItem> targets = new ArrayList<>();
        boolean allFit = paid.compareTo(p.amount()) == 0;
        for (var line : lines) {
            OpenItem target = byDocument.getOrDefault(References.normalize(line.invoice()), List.of()).stream()
                    .filter(i -> remaining.get(i).signum() > 0 && sameCurrency(i, p.currency())).findFirst().orElse(null);
            targets.add(target);
            if (target == null || line.amountPaid().add(line.deduction()).compareTo(remaining.get(target)) > 0) {
                allFit = false;
            }
        }
        Confidence c = allFit ? Confidence.HIGH : Confidence.MEDIUM;
        BigDecimal left = p.amount();
        for (int k = 0; k < lines.size(); k++) {
            var line = lines.get(k);
            OpenItem target = targets.get(k);
            if (target == null || left.signum() <= 0) {
                continue;
            }
            BigDecimal cash = line.amountPaid().min(remaining.get(target)).min(left);
            apply(p, target, cash, MatchRule.REMITTANCE_ADVICE, c, "Remittance advice line " + line.sourceRow() + ": "
                    + line.invoice() + " paid " + line.amountPaid().toPlainString(), applications);
            left = left.subtract(cash);
            if (line.deduction().signum() > 0 && line.deduction().compareTo(remaining.get(target)) <= 0) {
                remaining.put(target, remaining.get(target).subtract(line.deduction()));
                deductions.add(new Deduction(p, target, line.deduction(), "ADVICE", "Deduction on the remittance advice"));
            }
        }
        if (left.signum() > 0) {
            List<String> missing = new ArrayList<>();
            for (int k = 0; k < lines.size(); k++) {
                if (targets.get(k) == null) {
                    missing.add(lines.get(k).invoice());
                }
            }
            unapplied.add(new Unapplied(p, left, missing.isEmpty() ? "Payment exceeds its remittance advice"
                    : "Remittance advice names invoices that are not open: " + String.join(", ", missing), List.of()));
        }
    }

    /** The open items of the payment's currency that the reference keys name, oldest first. */
    private List<OpenItem> named(Set<String> keys, Payment p) {
        Set<OpenItem> found = new LinkedHashSet<>();
        for (String key : keys) {
            for (OpenItem i : byDocument.getOrDefault(key, List.of())) {
                if (remaining.get(i).signum() > 0 && sameCurrency(i, p.currency())) {
                    found.add(i);
                }
            }
        }
        List<OpenItem> out = new ArrayList<>(found);
        out.sort(Comparator.comparing(OpenItem::dueDate));
        return out;
    }

    /**
     * "SHORT_PAY" within the short-pay tolerance (bank charges, rounding), else "DISCOUNT" within the
     * early-payment discount, else null. The small tolerance is tried first: a few euros short on an
     * old invoice are charges, not a discount.
     */
    private String deductionCode(BigDecimal shortBy, BigDecimal of) {
        BigDecimal pct = of.multiply(tolerances.shortPayPercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        if (shortBy.compareTo(pct.min(tolerances.shortPayAbsolute())) <= 0) {
            return "SHORT_PAY";
        }
        BigDecimal discount = of.multiply(tolerances.discountPercent()).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return shortBy.compareTo(discount) <= 0 ? "DISCOUNT" : null;
    }

    private static String text(Payment p) {
        return (p.remittance() == null ? "" : p.remittance()) + " " + String.join(" ", p.structuredRefs());
    }

    private void applyAll(Payment p, List<OpenItem> targets, MatchRule rule, Confidence c, String evidence,
                          List<Application> out) {
        for (OpenItem i : targets) {
            apply(p, i, remaining.get(i), rule, c, evidence, out);
        }
    }

    /** Applies all targets, the last one short by the deduction. */
    private void applyAllLess(Payment p, List<OpenItem> targets, BigDecimal shortBy, OpenItem last, Confidence c,
                              MatchRule rule, String evidence, List<Application> out, List<Deduction> deductions,
                              String code) {
        for (OpenItem i : targets) {
            BigDecimal cash = i == last ? remaining.get(i).subtract(shortBy) : remaining.get(i);
            apply(p, i, cash, rule, c, evidence, out);
            if (i == last) {
                remaining.put(i, BigDecimal.ZERO.setScale(shortBy.scale()));
                deductions.add(new Deduction(p, i, shortBy, code, code.equals("DISCOUNT") ? "Early-payment discount taken"
                        : "Short payment within tolerance"));
            }
        }
    }

    private void applyOldestFirst(Payment p, List<OpenItem> targets, BigDecimal amount, MatchRule rule, Confidence c,
                                  String evidence, List<Application> out) {
        BigDecimal left = amount;
        for (OpenItem i : targets) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal cash = left.min(remaining.get(i));
            apply(p, i, cash, rule, c, evidence, out);
            left = left.subtract(cash);
        }
    }

    private void apply(Payment p, OpenItem i, BigDecimal cash, MatchRule rule, Confidence c, String evidence,
                       List<Application> out) {
        BigDecimal rest = remaining.get(i).subtract(cash);
        remaining.put(i, rest);
        out.add(new Application(p, i, cash, rest, rule, c, evidence));
    }

    /** Subsets of the oldest open items that sum exactly to the amount, in order of discovery (oldest items first). */
    private List<List<OpenItem>> combinations(List<OpenItem> open, BigDecimal amount) {
        List<OpenItem> pool = open.subList(0, Math.min(open.size(), COMBINATION_ITEMS));
        List<List<OpenItem>> found = new ArrayList<>();
        int[] steps = {0};
        search(pool, 0, amount, new ArrayList<>(), found, steps);
        return found;
    }

    private void search(List<OpenItem> pool, int from, BigDecimal left, List<OpenItem> chosen, List<List<OpenItem>> found,
                        int[] steps) {
        if (left.signum() == 0 && chosen.size() >= 2) {
            found.add(List.copyOf(chosen));
            return;
        }
        if (found.size() >= 2 || chosen.size() == COMBINATION_SIZE || left.signum() < 0) {
            return; // two combinations are enough to know it is ambiguous
        }
        for (int i = from; i < pool.size() && steps[0] < COMBINATION_STEPS; i++) {
            steps[0]++;
            BigDecimal r = remaining.get(pool.get(i));
            if (r.compareTo(left) > 0) {
                continue;
            }
            chosen.add(pool.get(i));
            search(pool, i + 1, left.subtract(r), chosen, found, steps);
            chosen.remove(chosen.size() - 1);
        }
    }

    /** @param formBreaksTie the names tie on their words and only the best one's legal form is the payer's */
    private record NameMatch(Customer customer, double score, Customer runnerUp, double runnerUpScore,
                             boolean formBreaksTie) {
        boolean clear() {
            return score >= NAME_MIN && (score - runnerUpScore >= NAME_MARGIN || formBreaksTie);
        }
    }

    private NameMatch nameMatch(String payerName) {
        if (payerName == null || payerName.isBlank()) {
            return null;
        }
        PayerNames.Words payer = PayerNames.of(payerName);
        Set<String> words = payer.words();
        Set<String> forms = payer.legalForms();
        Customer best = null;
        Customer second = null;
        double bestScore = 0;
        double secondScore = 0;
        boolean bestForm = false;
        boolean secondForm = false;
        // Only customers sharing a word with the payer can score. Words shared by very many customers
        // ("trading", "services") are skipped unless nothing rarer is there: the lookup stays small.
        Map<String, List<String>> index = customersByWord();
        int rarest = words.stream().mapToInt(w -> index.getOrDefault(w, List.of()).size()).filter(n -> n > 0).min()
                .orElse(0);
        int limit = Math.max(COMMON_WORD, rarest);
        Set<String> scored = new java.util.TreeSet<>(); // sorted: ties resolve the same way on every run
        for (String w : words) {
            List<String> keys = index.getOrDefault(w, List.of());
            if (keys.size() <= limit) {
                scored.addAll(keys);
            }
        }
        for (String key : scored) {
            Customer c = customers.get(key);
            PayerNames.Words name = customerWords.get(key);
            double s = PayerNames.similarity(words, name.words());
            // Sister companies share their words and differ in the legal form ("Nova Maschinenbau Ltd" and
            // "... GmbH & Co. KG"): the form the payer writes ranks equal words, it never outweighs a word.
            boolean form = !forms.isEmpty() && forms.equals(name.legalForms());
            if (s > bestScore || s == bestScore && form && !bestForm) {
                second = best;
                secondScore = bestScore;
                secondForm = bestForm;
                best = c;
                bestScore = s;
                bestForm = form;
            } else if (s > secondScore || s == secondScore && form && !secondForm) {
                second = c;
                secondScore = s;
                secondForm = form;
            }
        }
        return best == null || bestScore < NAME_MIN ? null : new NameMatch(best, bestScore, second, secondScore,
                bestForm && !secondForm);
    }

    /** Each customer's name as words, worked out once (customer key → words and legal forms). */
    private final Map<String, PayerNames.Words> customerWords = new HashMap<>();
    private Map<String, List<String>> wordIndex;

    private Map<String, List<String>> customersByWord() {
        if (wordIndex == null) {
            wordIndex = new HashMap<>();
            customers.forEach((key, c) -> {
                PayerNames.Words w = PayerNames.of(c.displayName());
                customerWords.put(key, w);
                w.words().forEach(word -> wordIndex.computeIfAbsent(word, k -> new ArrayList<>()).add(key));
            });
        }
        return wordIndex;
    }

    private Map<BigDecimal, List<OpenItem>> byAmount;

    /** Candidates for a person: open items of any customer with exactly the amount (indexed, not scanned). */
    private List<OpenItem> exactAmountAnywhere(Payment p) {
        if (byAmount == null) {
            byAmount = new HashMap<>();
            for (OpenItem i : items) {
                byAmount.computeIfAbsent(i.openAmount().stripTrailingZeros(), k -> new ArrayList<>()).add(i);
            }
        }
        return byAmount.getOrDefault(p.amount().stripTrailingZeros(), List.of()).stream()
                .filter(i -> remaining.get(i).compareTo(p.amount()) == 0 && sameCurrency(i, p.currency()))
                .limit(CANDIDATES).toList();
    }

    private List<OpenItem> open(List<OpenItem> list, String currency) {
        return list.stream().filter(i -> remaining.get(i).signum() > 0 && sameCurrency(i, currency)).toList();
    }

    private static boolean sameCurrency(OpenItem i, String currency) {
        return currency == null || currency.isBlank() || i.currency().isBlank() || i.currency().equalsIgnoreCase(currency);
    }

    private BigDecimal sum(List<OpenItem> list) {
        return list.stream().map(remaining::get).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String account(String s) {
        return s.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }
}
