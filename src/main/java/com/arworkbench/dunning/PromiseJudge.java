package com.arworkbench.dunning;

import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.PromiseOutcome;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Judges a promise to pay against the new export: pending until its date has passed, then kept (the balance it was
 * made against fell by at least the amount promised), partly kept (it fell, by less) or broken (it did not). Judged
 * once: a later run never re-judges it.
 */
public final class PromiseJudge {

    private PromiseJudge() {
    }

    /**
     * @param entry        a Contact log row with a promise
     * @param now          the account in this export
     * @param asOf         this run's as-of date: a promise dated on or after it is still pending
     * @param knownBalance the balance the promise was made against when the row has none (the previous worklist's),
     *                     else null
     * @param knownOn      the date of {@code knownBalance}
     */
    public static ContactEntry judge(ContactEntry entry, AccountNow now, LocalDate asOf, BigDecimal knownBalance,
                                     LocalDate knownOn) {
        PromiseOutcome was = PromiseOutcome.of(entry.outcome());
        if (!entry.hasPromise() || (was != null && was.isFinal())) {
            return entry;
        }
        BigDecimal then = entry.balanceThen();
        LocalDate on = entry.balanceOn();
        if (then == null || on == null) {
            if (knownBalance != null && knownOn != null && now.paidSince(knownBalance, knownOn) != null) {
                then = knownBalance;
                on = knownOn;
            } else if (!entry.promiseDate().isBefore(asOf) && now.balance() != null) {
                then = now.balance(); // measured from today: the promise is judged by a later run
                on = asOf;
            } else {
                return entry.judged(null, null, PromiseOutcome.NOT_JUDGED.label(), null, asOf);
            }
        }
        if (!entry.promiseDate().isBefore(asOf)) {
            return entry.judged(then, on, PromiseOutcome.PENDING.label(), null, null);
        }
        BigDecimal paid = now.paidSince(then, on);
        if (paid == null) {
            return entry.judged(then, on, PromiseOutcome.NOT_JUDGED.label(), null, asOf);
        }
        // A promise without an amount is a promise to clear the balance it was made against.
        BigDecimal promised = entry.promiseAmount() != null ? entry.promiseAmount() : then;
        PromiseOutcome outcome = paid.compareTo(promised) >= 0 ? PromiseOutcome.KEPT
                : paid.signum() > 0 ? PromiseOutcome.PARTLY_KEPT : PromiseOutcome.BROKEN;
        return entry.judged(then, on, outcome.label(), paid.max(BigDecimal.ZERO), asOf);
    }
}
