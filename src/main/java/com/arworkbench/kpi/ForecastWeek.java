package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One week of the collection forecast, {@code from}..{@code to} inclusive.
 *
 * @param alreadyPassed part of {@code amount} whose expected date was on or before the start date
 *                      (only ever in week 1): overdue beyond the customer's habit
 */
public record ForecastWeek(int week, LocalDate from, LocalDate to, BigDecimal amount, long items,
                           BigDecimal alreadyPassed, long alreadyPassedItems) {
}
