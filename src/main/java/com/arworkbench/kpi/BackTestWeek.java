package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One week after the back-test cut-off: what the model would have forecast vs. what was paid, and what the
 * two baselines ({@link ForecastMethod#DUE_DATE}, {@link ForecastMethod#MEDIAN_LAG}) would have forecast.
 */
public record BackTestWeek(int week, LocalDate from, LocalDate to, BigDecimal forecast, BigDecimal actual,
                           BigDecimal forecastAlreadyPassed, BigDecimal forecastDueDate,
                           BigDecimal forecastMedianLag) {

    /** forecast − actual: positive = the forecast was too optimistic for this week. */
    public BigDecimal error() {
        return forecast.subtract(actual);
    }

    public BigDecimal absoluteError() {
        return error().abs();
    }

    /** |forecast − actual| ÷ actual × 100 of one method in this week, 2 decimals; null when nothing was paid. */
    public BigDecimal wape(ForecastMethod method) {
        return Ratios.percent(forecast(method).subtract(actual).abs(), actual);
    }

    /** The forecast of one method for this week. */
    public BigDecimal forecast(ForecastMethod method) {
        return switch (method) {
            case MODEL -> forecast;
            case DUE_DATE -> forecastDueDate;
            case MEDIAN_LAG -> forecastMedianLag;
        };
    }
}
