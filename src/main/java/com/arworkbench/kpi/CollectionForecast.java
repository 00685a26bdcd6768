package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Expected collections of one currency's open items by week after the as-of date. Each item is spread over the
 * weeks by probability (or put on one date by a baseline or a promise), customers' credits are taken against
 * their own expected payments, and what a customer's credits exceed is not forecast. {@link #tiesOut()} proves
 * weeks + later + not forecast = the independently summed {@code totalOpenAr}, to the cent.
 *
 * @param later               expected after the horizon, or never (not assumed paid)
 * @param notForecast         customers' credit balances beyond their expected payments (≤ 0)
 * @param netCreditCustomers  how many customers have such a balance
 * @param totalOpenAr         Σ open amount of every open item given, future-dated ones included
 * @param disputedOpen        open amount of disputed items (forecast on disputed delays), for information
 * @param creditsOpen         open amount of credit items (taken against payments), for information
 * @param futureDated         the part of {@code totalOpenAr} dated after the as-of date: forecast like the rest but
 *                            not in the ledger AR at the as-of date (see {@code futureDatedNote})
 * @param method              the method used: the lowest back-tested WAPE ({@code methodReason} says why)
 */
public record CollectionForecast(
        LocalDate asOf,
        List<ForecastWeek> weeks,
        ForecastWeek later,
        BigDecimal notForecast,
        long netCreditCustomers,
        BigDecimal totalOpenAr,
        long totalItems,
        BigDecimal disputedOpen,
        long disputedItems,
        BigDecimal creditsOpen,
        long creditItems,
        BigDecimal promisedOpen,
        long promisedItems,
        BigDecimal futureDated,
        long futureDatedItems,
        String futureDatedNote,
        ForecastMethod method,
        String methodReason) {

    /** Σ of the weekly net amounts. */
    public BigDecimal weeksTotal() {
        return weeks.stream().map(ForecastWeek::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** totalOpenAr − (weeks + later + not forecast); zero when nothing is lost or counted twice. */
    public BigDecimal difference() {
        return totalOpenAr.subtract(weeksTotal().add(later.amount()).add(notForecast));
    }

    public boolean tiesOut() {
        return difference().signum() == 0;
    }

    /** The ledger AR at the as-of date: total open items less the future-dated ones. */
    public BigDecimal kpiOpenAr() {
        return totalOpenAr.subtract(futureDated);
    }
}
