package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the append-only Contact log: a call, an e-mail, a letter the run sent, a promise. What a collector
 * typed (date to promise amount, source) is never changed by a later run; only a pending promise's judgement
 * ({@code balanceThen} to {@code judgedOn}) is filled in, once, by the first run after its date.
 *
 * @param balanceThen the customer's open balance the promise is judged against (typed, or filled by the run
 *                    that first saw the promise: the previous worklist's balance, else the balance that day)
 * @param balanceOn   the date of {@code balanceThen}: invoices dated after it are new debt, not part of the promise
 * @param outcome     a {@link PromiseOutcome} label once judged; "Pending" while the date has not passed; null
 *                    for a row without a promise
 * @param paid        how much of the balance then was paid by the judging run
 * @param source      "Collector", "Worklist" (typed on the previous worklist) or "Run" (what a run did)
 */
public record ContactEntry(LocalDate date, String customerId, String customerName, String currency, String collector,
                           String channel, String note, LocalDate promiseDate, BigDecimal promiseAmount,
                           BigDecimal balanceThen, LocalDate balanceOn, String outcome, BigDecimal paid,
                           LocalDate judgedOn, String source) {

    public static final String FROM_COLLECTOR = "Collector";
    public static final String FROM_WORKLIST = "Worklist";
    public static final String FROM_RUN = "Run";

    public boolean hasPromise() {
        return promiseDate != null;
    }

    /** The customer and currency this row belongs to, as {@link PreviousWorklist#customerKey} builds it. */
    public String accountKey() {
        String c = currency == null ? "" : currency;
        boolean named = (customerId != null && !customerId.isBlank()) || (customerName != null && !customerName.isBlank());
        return named ? PreviousWorklist.customerKey(new Customer(customerId, customerName), c) : "|" + c;
    }

    /** The same row with its promise judged (or its baseline filled while still pending). */
    public ContactEntry judged(BigDecimal balanceThen, LocalDate balanceOn, String outcome, BigDecimal paid,
                               LocalDate judgedOn) {
        return new ContactEntry(date, customerId, customerName, currency, collector, channel, note, promiseDate,
                promiseAmount, balanceThen, balanceOn, outcome, paid, judgedOn, source);
    }
}
