package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Expected collections of one currency's open items by week after the as-of date. Every open item is
 * in exactly one place: a week, {@code later}, {@code disputed} or {@code credits}; {@link #tiesOut()}
 * proves it against the independently summed {@code totalOpenAr}.
 *
 * @param totalOpenAr         Σ open amount of every open item given, future-dated ones included
 * @param futureDated         the part of {@code totalOpenAr} dated after the as-of date: forecast like the
 *                            rest but not in the KPI ending AR (see {@code futureDatedNote})
 * @param method              the method used: the lowest back-tested WAPE ({@code methodReason} says why)
 */
public record CollectionForecast(
        LocalDate asOf,
        List<ForecastWeek> weeks,
        BigDecimal later,
        long laterItems,
        BigDecimal disputed,
        long disputedItems,
        BigDecimal credits,
        long creditItems,
        BigDecimal totalOpenAr,
        long totalItems,
        BigDecimal futureDated,
        long futureDatedItems,
        String futureDatedNote,
        ForecastMethod method,
        String methodReason) {

    /** Σ of the weekly amounts. */
    public BigDecimal weeksTotal() {
        return weeks.stream().map(ForecastWeek::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ of week amounts whose expected date had already passed (all in week 1). */
    public BigDecimal alreadyPassed() {
        return weeks.stream().map(ForecastWeek::alreadyPassed).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** totalOpenAr − (weeks + later + disputed + credits); zero when nothing is lost or counted twice. */
    public BigDecimal difference() {
        return totalOpenAr.subtract(weeksTotal().add(later).add(disputed).add(credits));
    }

    public boolean tiesOut() {
        return difference().signum() == 0;
    }

    /** Open AR the KPIs use: total open items less the future-dated ones. */
    public BigDecimal kpiOpenAr() {
        return totalOpenAr.subtract(futureDated);
    }
}
