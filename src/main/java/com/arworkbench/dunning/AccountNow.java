package com.arworkbench.dunning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A customer's account in one currency as this export shows it: the open balance, and the open debits dated after
 * each date a promise or plan was measured from. What was paid since a date is the balance then less the balance
 * now, plus the new invoices since (they raise the balance without undoing any payment).
 */
public record AccountNow(BigDecimal balance, Map<LocalDate, BigDecimal> debitsAfter) {

    /** A customer the previous worklist had and this export has not: paid in full. */
    public static final AccountNow NONE = new AccountNow(BigDecimal.ZERO, Map.of());
    /** A customer neither this export nor the previous worklist has (a typo, an ID the export does not use). */
    public static final AccountNow UNKNOWN = new AccountNow(null, Map.of());

    /**
     * Paid (or credited) since {@code on} against a balance of {@code then}; null when this account was not measured
     * from that date.
     */
    public BigDecimal paidSince(BigDecimal then, LocalDate on) {
        BigDecimal newDebits = debitsAfter.get(on);
        if (balance == null || then == null || on == null || (newDebits == null && !debitsAfter.isEmpty())) {
            return null;
        }
        return then.subtract(balance).add(newDebits == null ? BigDecimal.ZERO : newDebits);
    }
}
