package com.arworkbench.dunning;

import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.PlanInstalment;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.PromiseOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's side of the collections memory: judges the Contact log's promises and tracks the payment plans,
 * account by account as the dunning engine reaches them, then writes this run's own rows into the log. Accounts the
 * export no longer has (paid in full) are judged at the end against a zero balance.
 */
final class CollectionsLedger {

    /** What the memory says about one account today, for the dunning rules. */
    record Verdict(ContactEntry pendingPromise, String brokenNow, PlanStatus activePlan, PlanStatus missedPlan) {
    }

    private final PreviousWorklist previous;
    private final LocalDate asOf;
    private final int graceDays;
    private final List<ContactEntry> log = new ArrayList<>();
    private final int carried;
    private final Map<String, List<Integer>> entriesByAccount = new HashMap<>();
    private final Map<String, Map<String, List<PlanInstalment>>> plansByAccount = new LinkedHashMap<>();
    private final List<PlanStatus> tracked = new ArrayList<>();
    private final List<ContactEntry> runRows = new ArrayList<>();
    private final Map<String, String> promiseFlags = new HashMap<>();
    private final List<String> unmatched = new ArrayList<>();

    CollectionsLedger(PreviousWorklist previous, LocalDate asOf, int graceDays) {
        this.previous = previous;
        this.asOf = asOf;
        this.graceDays = graceDays;
        log.addAll(previous.contactLog());
        carried = log.size();
        for (ContactEntry typed : previous.newContacts()) {
            log.add(typed.date() != null ? typed : new ContactEntry(asOf, typed.customerId(), typed.customerName(),
                    typed.currency(), typed.collector(), typed.channel(), typed.note(), typed.promiseDate(),
                    typed.promiseAmount(), typed.balanceThen(), typed.balanceOn(), typed.outcome(), typed.paid(),
                    typed.judgedOn(), typed.source()));
        }
        for (int i = 0; i < log.size(); i++) {
            if (log.get(i).hasPromise()) {
                entriesByAccount.computeIfAbsent(log.get(i).accountKey(), k -> new ArrayList<>()).add(i);
            }
        }
        for (PlanInstalment p : previous.plans()) {
            plansByAccount.computeIfAbsent(p.accountKey(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(p.planKey(), k -> new ArrayList<>()).add(p);
        }
    }

    /** Every date a promise or plan is measured from: the dunning engine sums the new invoices after each. */
    static List<LocalDate> baselines(PreviousWorklist previous, LocalDate asOf) {
        java.util.TreeSet<LocalDate> dates = new java.util.TreeSet<>();
        dates.add(asOf);
        if (previous.asOf() != null) {
            dates.add(previous.asOf());
        }
        previous.contactLog().forEach(e -> add(dates, e.balanceOn()));
        previous.newContacts().forEach(e -> add(dates, e.balanceOn()));
        previous.plans().forEach(p -> add(dates, p.balanceOn()));
        return List.copyOf(dates);
    }

    private static void add(java.util.Set<LocalDate> dates, LocalDate d) {
        if (d != null) {
            dates.add(d);
        }
    }

    /**
     * Judges the promises and tracks the plans of one account, found under each of {@code keys} (the customer as the
     * worklist shows it, then as the export names it).
     */
    Verdict account(List<String> keys, Customer shown, String currency, AccountNow now,
                    PreviousWorklist.CustomerState prev) {
        BigDecimal knownBalance = prev == null ? null : prev.openBalance();
        LocalDate knownOn = prev == null ? null : previous.asOf();
        if (prev != null && prev.promiseDate() != null && shown != null && keys.stream().noneMatch(k -> entriesByAccount
                .getOrDefault(k, List.of()).stream().map(log::get).anyMatch(e -> samePromise(e, prev)))) {
            // A promise on the previous worklist the reader did not log (a worklist built without its rows): log it now.
            log.add(new ContactEntry(asOf, shown.id(), shown.name(), currency, null, null, "Promise on the worklist of "
                    + previous.asOf() + (prev.notes() == null ? "" : ": " + prev.notes()), prev.promiseDate(),
                    prev.promiseAmount(), null, null, null, null, null, ContactEntry.FROM_WORKLIST));
            entriesByAccount.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(log.size() - 1);
        }
        ContactEntry pending = null;
        String broken = null;
        PlanStatus active = null;
        PlanStatus missed = null;
        for (String key : keys.stream().distinct().toList()) {
            for (int i : entriesByAccount.getOrDefault(key, List.of())) {
                ContactEntry before = log.get(i);
                ContactEntry after = PromiseJudge.judge(before, now, asOf, knownBalance, knownOn);
                log.set(i, after);
                PromiseOutcome outcome = PromiseOutcome.of(after.outcome());
                if (outcome == PromiseOutcome.PENDING) {
                    pending = pending == null || after.promiseDate().isBefore(pending.promiseDate()) ? after : pending;
                } else if (after != before && outcome != null && outcome.isFinal()) {
                    runRows.add(judgementRow(after, outcome));
                    if (outcome == PromiseOutcome.BROKEN || (outcome == PromiseOutcome.PARTLY_KEPT && broken == null)) {
                        broken = outcome.label();
                    }
                }
            }
            entriesByAccount.remove(key);
            Map<String, List<PlanInstalment>> plans = plansByAccount.remove(key);
            for (List<PlanInstalment> plan : plans == null ? List.<List<PlanInstalment>>of() : plans.values()) {
                PlanStatus s = PlanTracker.track(plan, now, asOf, graceDays, knownBalance, knownOn);
                tracked.add(s);
                for (PlanStatus.Instalment i : s.instalments()) {
                    if (i.newlyMissed()) {
                        runRows.add(missedRow(s, i));
                    }
                }
                if (s.state() == PlanStatus.State.MISSED) {
                    missed = s;
                } else if (s.state() == PlanStatus.State.ON_TRACK) {
                    active = s;
                }
            }
        }
        return new Verdict(pending, broken, active, missed);
    }

    private static boolean samePromise(ContactEntry e, PreviousWorklist.CustomerState prev) {
        return prev.promiseDate().equals(e.promiseDate()) && (prev.promiseAmount() == null ? e.promiseAmount() == null
                : e.promiseAmount() != null && prev.promiseAmount().compareTo(e.promiseAmount()) == 0);
    }

    /** Remembers why a notice's priority was raised, for the Worklist's Broken promise column. */
    void flag(String noticeKey, Verdict v) {
        if (v.missedPlan() != null) {
            promiseFlags.put(noticeKey, PlanStatus.State.MISSED.label());
        } else if (v.brokenNow() != null) {
            promiseFlags.put(noticeKey, v.brokenNow());
        }
    }

    /** Logs the letters this run sent, judges what is left (accounts no longer in the export), and returns the memory. */
    CollectionsMemory finish(List<Notice> ranked) {
        java.util.Set<String> left = new java.util.LinkedHashSet<>(entriesByAccount.keySet());
        left.addAll(plansByAccount.keySet());
        for (String key : left) {
            PreviousWorklist.CustomerState prev = previous.customers().get(key);
            if (prev == null) {
                // Neither in this export nor on the last worklist: nothing to judge it against; say so.
                unmatched.add(key.replaceFirst("^(id|name):", "").replace("|", " "));
            }
            account(List.of(key), null, null, prev == null ? AccountNow.UNKNOWN : AccountNow.NONE, prev);
        }
        List<ContactEntry> all = new ArrayList<>(log);
        all.addAll(runRows);
        for (Notice n : ranked) {
            CustomerProfile p = n.profile();
            String demanded = DunningEngine.money(n.netAmountDue());
            all.add(new ContactEntry(asOf, n.customer().id(), n.customer().name(), n.currency(),
                    p == null ? null : p.collector(), "Letter", "Level " + n.level() + " (" + n.levelName() + ") notice: "
                    + demanded + (n.currency().isEmpty() ? "" : " " + n.currency()) + " demanded, " + n.items().size() + " item(s)",
                    null, null, null, null, null, null, null, ContactEntry.FROM_RUN));
        }
        tracked.sort(Comparator.comparing((PlanStatus s) -> s.customerName() == null ? "" : s.customerName())
                .thenComparing(s -> s.customerId() == null ? "" : s.customerId()).thenComparing(PlanStatus::agreedOn,
                        Comparator.nullsFirst(Comparator.naturalOrder())));
        return new CollectionsMemory(List.copyOf(all), carried, List.copyOf(tracked), Map.copyOf(promiseFlags),
                previous.unreadRows(), List.copyOf(unmatched));
    }

    private ContactEntry judgementRow(ContactEntry promise, PromiseOutcome outcome) {
        String amount = promise.promiseAmount() == null ? "the balance" : DunningEngine.money(promise.promiseAmount());
        return new ContactEntry(asOf, promise.customerId(), promise.customerName(), promise.currency(),
                promise.collector(), "Other", "Promise of " + amount + " by " + promise.promiseDate() + ": "
                + outcome.label().toLowerCase(java.util.Locale.ROOT)
                + (promise.paid() == null ? "" : ", " + DunningEngine.money(promise.paid()) + " paid since "
                + promise.balanceOn()), null, null, null, null, null, null, null, ContactEntry.FROM_RUN);
    }

    private ContactEntry missedRow(PlanStatus s, PlanStatus.Instalment i) {
        PlanInstalment p = i.typed();
        return new ContactEntry(asOf, s.customerId(), s.customerName(), s.currency(), null, "Other",
                "Payment plan of " + s.agreedOn() + ": instalment " + p.number() + " (" + DunningEngine.money(p.amount())
                        + " due " + p.dueDate() + ") missed, " + DunningEngine.money(i.covered()) + " of it paid",
                null, null, null, null, null, null, null, ContactEntry.FROM_RUN);
    }
}
