package com.arworkbench.dunning;

import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides who to chase today. Items stream in; each customer's overdue items and credits are kept
 * until the end, because a notice lists them (its letter shows the whole account) and customer-level
 * rules (minimum, credits, promises) need the whole picture. Other items not overdue are only summed.
 *
 * <p>Rules, in order: disputed and blocked items are excluded one by one; items not yet at the
 * first level wait; then per customer: master dunning block, "Disputed" status on the last
 * worklist, an unbroken promise to pay, a notice sent too recently, credits that cover the overdue
 * amount, and an overdue amount below the minimum exclude the customer's remaining items. What is
 * left is one notice per customer and currency, at the highest level its items reached but at most
 * {@code maxLevelStep} above last time's level.
 *
 * <p>Risk score (the worklist's order): Σ amount × min(days past due, 365) / 30 over the dunned
 * items, × 1.5 after a broken promise, × 1.25 when the open balance exceeds the credit limit.
 * Amounts are nominal: scores of different currencies are comparable only roughly.
 */
public final class DunningEngine {

    private static final BigDecimal BROKEN_PROMISE_WEIGHT = new BigDecimal("1.5");
    private static final BigDecimal OVER_LIMIT_WEIGHT = new BigDecimal("1.25");
    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);

    private final DunningParameters parameters;
    private final DunningPolicy policy;
    private final CustomerDirectory directory;
    private final PreviousWorklist previous;
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    /** The dates promises and plans are measured from, ascending: each account sums its new invoices after each. */
    private final LocalDate[] baselines;
    private long itemsNotOverdue;
    /** Every open item's amount per currency, summed item by item (the credit review's check ties to it). */
    private final Map<String, BigDecimal> openTotals = new HashMap<>();

    public DunningEngine(DunningParameters parameters, CustomerDirectory directory, PreviousWorklist previous) {
        this.parameters = parameters;
        this.policy = parameters.policy();
        this.directory = directory;
        this.previous = previous;
        this.baselines = CollectionsLedger.baselines(previous, parameters.asOf()).toArray(LocalDate[]::new);
    }

    /** One customer in one currency while items arrive. */
    private static final class Account {
        final Customer customer;
        final String currency;
        final List<OpenItem> overdue = new ArrayList<>();
        final List<Long> days = new ArrayList<>();
        BigDecimal openBalance = BigDecimal.ZERO;
        BigDecimal credits = BigDecimal.ZERO;
        /** Open invoices and Σ amount × days beyond terms over them: the credit review's weighted days. */
        BigDecimal debits = BigDecimal.ZERO;
        BigDecimal debitDays = BigDecimal.ZERO;
        /** The negative items behind {@code credits}: a letter lists them beside the overdue items. */
        final List<OpenItem> creditItems = new ArrayList<>();
        /** Open invoices dated after each of the engine's baselines: new debt, not part of an earlier promise. */
        final BigDecimal[] debitsAfter;

        Account(Customer customer, String currency, int baselines) {
            this.customer = customer;
            this.currency = currency;
            this.debitsAfter = new BigDecimal[baselines];
            java.util.Arrays.fill(debitsAfter, BigDecimal.ZERO);
        }

        AccountNow now(LocalDate[] baselines) {
            Map<LocalDate, BigDecimal> m = new HashMap<>();
            for (int i = 0; i < baselines.length; i++) {
                m.put(baselines[i], debitsAfter[i]);
            }
            return new AccountNow(openBalance, m);
        }
    }

    /** @return true if the item is overdue (it will be dunned or listed as excluded) */
    public boolean accept(OpenItem item) {
        Account a = accounts.computeIfAbsent(item.customer().key() + "\u0000" + item.currency(),
                k -> new Account(item.customer(), item.currency(), baselines.length));
        a.openBalance = a.openBalance.add(item.openAmount());
        if (item.openAmount().signum() < 0) {
            a.credits = a.credits.add(item.openAmount());
            a.creditItems.add(item);
        } else if (item.documentDate() != null) {
            for (int i = 0; i < baselines.length && item.documentDate().isAfter(baselines[i]); i++) {
                a.debitsAfter[i] = a.debitsAfter[i].add(item.openAmount());
            }
        }
        long days = ChronoUnit.DAYS.between(item.dueDate(), parameters.asOf());
        if (item.openAmount().signum() > 0) {
            a.debits = a.debits.add(item.openAmount());
            a.debitDays = a.debitDays.add(item.openAmount().multiply(BigDecimal.valueOf(Math.max(days, 0))));
        }
        openTotals.merge(item.currency(), item.openAmount(), BigDecimal::add);
        boolean overdue = item.openAmount().signum() > 0 && days > policy.graceDays()
                && (item.documentDate() == null || !item.documentDate().isAfter(parameters.asOf()));
        if (overdue) {
            a.overdue.add(item);
            a.days.add(days);
        } else {
            itemsNotOverdue++;
        }
        return overdue;
    }

    /** The customer as the worklist shows it: an export with names only gets the master's ID when the master matched. */
    private static Customer shown(Customer c, CustomerProfile profile) {
        return c.id() == null && profile != null && profile.customer().id() != null
                ? new Customer(profile.customer().id(), c.name()) : c;
    }

    /**
     * What last run's worklist recorded for this customer in this currency (level, status, promise, notes), looked
     * up as {@link #report()} does: under the customer as the worklist showed it (the master's ID for an export with
     * names only), then under the export's own customer. Null when the worklist has no row for it.
     */
    public static PreviousWorklist.CustomerState carried(PreviousWorklist previous, CustomerDirectory directory,
                                                         Customer customer, String currency) {
        return carried(previous, shown(customer, directory.find(customer)), customer, currency);
    }

    /** What last run's worklist recorded for this document (dispute, notes), looked up like {@link #carried}. */
    public static PreviousWorklist.ItemState carriedItem(PreviousWorklist previous, CustomerDirectory directory,
                                                         OpenItem item) {
        return carriedItem(previous, shown(item.customer(), directory.find(item.customer())), item.customer(),
                item.documentNumber());
    }

    private static PreviousWorklist.CustomerState carried(PreviousWorklist previous, Customer shown, Customer own,
                                                          String currency) {
        PreviousWorklist.CustomerState prev = previous.customers().get(PreviousWorklist.customerKey(shown, currency));
        if (prev == null && shown != own) {
            prev = previous.customers().get(PreviousWorklist.customerKey(own, currency));
        }
        return prev;
    }

    private static PreviousWorklist.ItemState carriedItem(PreviousWorklist previous, Customer shown, Customer own,
                                                          String documentNumber) {
        if (documentNumber.isEmpty()) {
            return null;
        }
        PreviousWorklist.ItemState carried = previous.items().get(PreviousWorklist.itemKey(shown, documentNumber));
        if (carried == null && shown != own) {
            carried = previous.items().get(PreviousWorklist.itemKey(own, documentNumber));
        }
        return carried;
    }

    public DunningReport report() {
        List<Notice> notices = new ArrayList<>();
        List<ExcludedItem> excluded = new ArrayList<>();
        Map<String, Totals> totals = new TreeMap<>();
        long matched = 0;
        long unmatched = 0;
        List<CustomerExposure> exposures = new ArrayList<>(accounts.size());
        CollectionsLedger ledger = new CollectionsLedger(previous, parameters.asOf(), policy.graceDays());
        for (Account a : accounts.values()) {
            CustomerProfile profile = directory.find(a.customer);
            if (!directory.isEmpty()) {
                if (profile != null) {
                    matched++;
                } else {
                    unmatched++;
                }
            }
            // The worklist shows the master's ID for a names-only export (see shown()): look the previous run's
            // state up under that customer, and under the export's own one for worklists written before.
            Customer shown = shown(a.customer, profile);
            exposures.add(new CustomerExposure(shown, a.customer, a.currency, profile, a.openBalance, a.debits, a.debitDays));
            PreviousWorklist.CustomerState prev = carried(previous, shown, a.customer, a.currency);
            CollectionsLedger.Verdict verdict = ledger.account(List.of(PreviousWorklist.customerKey(shown, a.currency),
                    PreviousWorklist.customerKey(a.customer, a.currency)), shown, a.currency, a.now(baselines), prev);
            Totals t = totals.computeIfAbsent(a.currency, Totals::new);
            List<DunnedItem> candidates = new ArrayList<>();
            for (int i = 0; i < a.overdue.size(); i++) {
                OpenItem item = a.overdue.get(i);
                long days = a.days.get(i);
                PreviousWorklist.ItemState carried = carriedItem(previous, shown, a.customer, item.documentNumber());
                String dispute = item.dispute() != null ? item.dispute()
                        : carried != null && carried.dispute() != null ? carried.dispute() : null;
                int level = policy.levelFor(days);
                t.overdue = t.overdue.add(item.openAmount());
                if (dispute != null) {
                    String why = carried != null && carried.disputeReason() != null && !carried.disputeReason().isBlank()
                            ? carried.disputeReason() : "yes".equals(dispute) ? "" : dispute;
                    excluded.add(exclude(t, item, days, Exclusion.DISPUTED,
                            "Disputed" + (why.isEmpty() ? "" : ": " + why) + " — only this item is held back", prev, carried));
                } else if (item.dunningBlock() != null) {
                    excluded.add(exclude(t, item, days, Exclusion.ITEM_BLOCKED, "Item on dunning block"
                            + ("yes".equals(item.dunningBlock()) ? "" : " (" + item.dunningBlock() + ")"), prev, carried));
                } else if (level == 0) {
                    excluded.add(exclude(t, item, days, Exclusion.BELOW_FIRST_LEVEL, days + " days past due; the first "
                            + "level starts at " + policy.levels().get(0).minDaysPastDue() + " days", prev, carried));
                } else {
                    candidates.add(new DunnedItem(item, days, level, interest(item, days, level), carried));
                }
            }
            if (candidates.isEmpty()) {
                continue;
            }
            BigDecimal overdue = candidates.stream().map(d -> d.item().openAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean brokenPromise = verdict.brokenNow() != null || verdict.missedPlan() != null;
            String customerRule = null;
            Exclusion rule = null;
            LocalDate asOf = parameters.asOf();
            if (profile != null && profile.dunningBlock() != null) {
                rule = Exclusion.CUSTOMER_BLOCKED;
                customerRule = "Customer on dunning block in the master"
                        + ("yes".equals(profile.dunningBlock()) ? "" : " (" + profile.dunningBlock() + ")");
            } else if (prev != null && "Disputed".equalsIgnoreCase(nullToEmpty(prev.status()))) {
                rule = Exclusion.CUSTOMER_DISPUTED;
                customerRule = "Status 'Disputed' on the previous worklist" + notes(prev);
            } else if (verdict.pendingPromise() != null) {
                ContactEntry promise = verdict.pendingPromise();
                rule = Exclusion.PROMISE_PENDING;
                customerRule = "Promised to pay " + (promise.promiseAmount() == null ? "the balance"
                        : money(promise.promiseAmount()) + " " + a.currency) + " by " + promise.promiseDate()
                        + " (not yet due)";
            } else if (verdict.activePlan() != null && verdict.missedPlan() == null) {
                PlanStatus plan = verdict.activePlan();
                rule = Exclusion.PAYMENT_PLAN;
                customerRule = "Payment plan of " + plan.agreedOn() + " on track: " + plan.instalmentsPaid() + " of "
                        + plan.instalments().size() + " instalments paid (" + money(plan.paid()) + " of "
                        + money(plan.total()) + ")";
            }
            if (rule == null && !brokenPromise && prev != null && prev.level() > 0 && prev.lastNoticeDate() != null
                    && ChronoUnit.DAYS.between(prev.lastNoticeDate(), asOf) < policy.minDaysBetweenNotices()) {
                rule = Exclusion.RECENTLY_NOTICED;
                customerRule = "Notice (level " + prev.level() + ") sent on " + prev.lastNoticeDate() + "; the next one is due from "
                        + prev.lastNoticeDate().plusDays(policy.minDaysBetweenNotices());
            }
            if (rule == null && a.credits.negate().compareTo(overdue) >= 0) {
                rule = Exclusion.CREDITS_COVER;
                customerRule = "Credits and unapplied cash (" + money(a.credits) + ") cover the overdue " + money(overdue);
            }
            if (rule == null && overdue.compareTo(policy.minimum(a.currency)) < 0) {
                rule = Exclusion.BELOW_MINIMUM;
                customerRule = "Overdue " + money(overdue) + " " + a.currency + " is below the minimum of "
                        + money(policy.minimum(a.currency));
            }
            if (rule != null) {
                for (DunnedItem d : candidates) {
                    excluded.add(exclude(t, d.item(), d.daysPastDue(), rule, customerRule, prev, d.carried()));
                }
                continue;
            }
            Notice n = notice(a, profile, prev, candidates, overdue, brokenPromise, verdict.missedPlan() != null, t);
            ledger.flag(PreviousWorklist.customerKey(n.customer(), n.currency()), verdict);
            notices.add(n);
        }
        notices.sort(Comparator.comparing(Notice::score).reversed().thenComparing(Notice::overdue, Comparator.reverseOrder())
                .thenComparing(n -> n.customer().displayName()));
        List<Notice> ranked = new ArrayList<>(notices.size());
        for (int i = 0; i < notices.size(); i++) {
            Notice n = notices.get(i);
            ranked.add(new Notice(i + 1, n.score(), n.customer(), n.currency(), n.profile(), n.level(), n.levelName(),
                    n.previousLevel(), n.escalated(), n.brokenPromise(), n.overCreditLimit(), n.overdue(),
                    n.overdueByBucket(), n.interest(), n.fee(), n.openBalance(), n.oldestDue(), n.maxDaysPastDue(),
                    n.items(), n.credits(), n.creditsDeducted(), n.previous(), n.letter()));
        }
        Map<String, CurrencySummary> summaries = new LinkedHashMap<>();
        totals.forEach((c, t) -> summaries.put(c, t.summary()));
        return new DunningReport(parameters, List.copyOf(ranked), List.copyOf(excluded), summaries, itemsNotOverdue,
                matched, unmatched, ledger.finish(ranked), List.copyOf(exposures), java.util.Collections.unmodifiableMap(
                        new TreeMap<>(openTotals)));
    }

    private Notice notice(Account a, CustomerProfile profile, PreviousWorklist.CustomerState prev,
                          List<DunnedItem> items, BigDecimal overdue, boolean brokenPromise, boolean planMissed, Totals t) {
        int reached = items.stream().mapToInt(DunnedItem::itemLevel).max().orElse(1);
        int previousLevel = prev == null ? 0 : prev.level();
        int level = Math.min(reached, previousLevel + policy.maxLevelStep());
        if (planMissed) {
            // A missed instalment escalates: at least one level above the last notice, whatever the items' age.
            level = Math.max(level, Math.min(previousLevel + 1, policy.levels().size()));
        }
        BigDecimal interest = items.stream().map(DunnedItem::interest).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal fee = policy.fee(a.currency, level);
        List<BigDecimal> byBucket = new ArrayList<>();
        for (int i = 1; i < parameters.buckets().size(); i++) {
            byBucket.add(BigDecimal.ZERO);
        }
        LocalDate oldest = null;
        long maxDays = 0;
        BigDecimal weighted = BigDecimal.ZERO;
        for (DunnedItem d : items) {
            int b = parameters.buckets().indexOf(d.daysPastDue()) - 1;
            byBucket.set(b, byBucket.get(b).add(d.item().openAmount()));
            oldest = oldest == null || d.item().dueDate().isBefore(oldest) ? d.item().dueDate() : oldest;
            maxDays = Math.max(maxDays, d.daysPastDue());
            weighted = weighted.add(d.item().openAmount().multiply(BigDecimal.valueOf(Math.min(d.daysPastDue(), 365))));
        }
        boolean overLimit = profile != null && profile.creditLimit() != null && profile.creditLimit().signum() > 0
                && a.openBalance.compareTo(profile.creditLimit()) > 0;
        BigDecimal score = weighted.divide(THIRTY, MathContext.DECIMAL64);
        if (brokenPromise) {
            score = score.multiply(BROKEN_PROMISE_WEIGHT);
        }
        if (overLimit) {
            score = score.multiply(OVER_LIMIT_WEIGHT);
        }
        score = score.setScale(0, RoundingMode.HALF_UP);
        t.dunned = t.dunned.add(overdue);
        t.interest = t.interest.add(interest);
        t.fees = t.fees.add(fee);
        t.notices++;
        t.itemsDunned += items.size();
        // Credits taken against the overdue amount, never more than it: a letter does not demand a negative amount.
        BigDecimal creditsDeducted = policy.creditsReduceDemand() ? a.credits.negate().min(overdue) : BigDecimal.ZERO;
        Notice draft = new Notice(0, score, shown(a.customer, profile), a.currency, profile, level, policy.level(level).name(),
                previousLevel, prev != null && level > previousLevel, brokenPromise, overLimit, overdue,
                List.copyOf(byBucket), interest, fee, a.openBalance, oldest, maxDays, List.copyOf(items),
                List.copyOf(a.creditItems), creditsDeducted, prev, null);
        Letter letter = Letters.compose(draft, policy, parameters.asOf());
        return new Notice(0, score, shown(a.customer, profile), a.currency, profile, level, draft.levelName(), previousLevel,
                draft.escalated(), brokenPromise, overLimit, overdue, draft.overdueByBucket(), interest, fee,
                a.openBalance, oldest, maxDays, draft.items(), draft.credits(), creditsDeducted, prev, letter);
    }

    /** Interest per item, rounded to the cent, so the notice's interest is the sum of what the Items sheet shows. */
    private BigDecimal interest(OpenItem item, long days, int level) {
        if (policy.annualInterestPercent().signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return item.openAmount().multiply(policy.annualInterestPercent()).multiply(BigDecimal.valueOf(days))
                .divide(BigDecimal.valueOf(100L * policy.interestDayBasis()), 2, RoundingMode.HALF_UP);
    }

    private ExcludedItem exclude(Totals t, OpenItem item, long days, Exclusion rule, String reason,
                                 PreviousWorklist.CustomerState prev, PreviousWorklist.ItemState carried) {
        t.excluded = t.excluded.add(item.openAmount());
        t.itemsExcluded++;
        return new ExcludedItem(item, days, rule, reason, prev, carried);
    }

    private static String notes(PreviousWorklist.CustomerState prev) {
        return prev.notes() == null || prev.notes().isBlank() ? "" : ": " + prev.notes();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * 1234567.891 as "1,234,567.89", as {@code String.format(Locale.ROOT, "%,.2f", v)} writes it (half up, and
     * "-0.00" for a negative amount that rounds to zero), without parsing a format per call: it runs for every
     * customer of the worklist.
     */
    static String money(BigDecimal v) {
        if (v == null) {
            return "0.00";
        }
        String digits = v.abs().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        int point = digits.length() - 3;
        StringBuilder sb = new StringBuilder(digits.length() + point / 3 + 1);
        if (v.signum() < 0) {
            sb.append('-');
        }
        for (int i = 0; i < point; i++) {
            if (i > 0 && (point - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(digits.charAt(i));
        }
        return sb.append(digits, point, digits.length()).toString();
    }

    private static final class Totals {
        final String currency;
        BigDecimal overdue = BigDecimal.ZERO;
        BigDecimal dunned = BigDecimal.ZERO;
        BigDecimal excluded = BigDecimal.ZERO;
        BigDecimal interest = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        long notices;
        long itemsDunned;
        long itemsExcluded;

        Totals(String currency) {
            this.currency = currency;
        }

        CurrencySummary summary() {
            return new CurrencySummary(currency, overdue, dunned, excluded, interest, fees, notices, itemsDunned, itemsExcluded);
        }
    }
}
