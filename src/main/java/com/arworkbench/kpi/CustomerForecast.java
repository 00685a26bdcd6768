package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What the collection forecast expects from one customer, for the collector.
 *
 * @param basis            how its items were forecast, in words
 * @param expectedInHorizon net expected collections within the forecast weeks (credits taken)
 * @param later            expected after the horizon, or never
 * @param netCredit        credits beyond its expected payments: not forecast (≤ 0)
 * @param nextDate         the first date by which one of its items is more likely than not paid (or promised);
 *                         null when none is expected within the horizon
 * @param nextAmount       open amount of the items expected in that date's week
 * @param nextProbability  amount-weighted probability that those items are paid by the end of that week, 0..1
 * @param promised         amount promised on the worklist and still to come
 */
public record CustomerForecast(String basis, BigDecimal expectedInHorizon, BigDecimal later, BigDecimal netCredit,
                               LocalDate nextDate, BigDecimal nextAmount, BigDecimal nextProbability,
                               BigDecimal promised) {
}
