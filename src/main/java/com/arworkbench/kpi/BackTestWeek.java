package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One week after the back-test cut-off: what the method would have forecast vs. what was paid. */
public record BackTestWeek(int week, LocalDate from, LocalDate to, BigDecimal forecast, BigDecimal actual,
                           BigDecimal forecastAlreadyPassed) {

    /** forecast − actual: positive = the forecast was too optimistic for this week. */
    public BigDecimal error() {
        return forecast.subtract(actual);
    }

    public BigDecimal absoluteError() {
        return error().abs();
    }
}
