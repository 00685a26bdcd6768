package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The back-test from one month end: the sales open then, what each method would have forecast for each week of
 * the horizon from what was known then, and what was actually paid.
 *
 * @param actual         paid in each week after the cut-off
 * @param actualLater    not paid within the horizon (paid later or still open)
 * @param forecast       per method, each week's forecast; with {@code forecastLater} it adds up to {@code openAtCutoff}
 */
public record BackTestCutoff(LocalDate cutoff, LocalDate horizonEnd, BigDecimal openAtCutoff, long items,
                             List<BigDecimal> actual, BigDecimal actualLater,
                             Map<ForecastMethod, List<BigDecimal>> forecast,
                             Map<ForecastMethod, BigDecimal> forecastLater) {

    public BigDecimal actualTotal() {
        return actual.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal forecastTotal(ForecastMethod method) {
        return forecast.get(method).stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** |forecast − actual| of one method in week {@code week} (1-based). */
    public BigDecimal absoluteError(ForecastMethod method, int week) {
        return forecast.get(method).get(week - 1).subtract(actual.get(week - 1)).abs();
    }

    /** |forecast − actual| ÷ actual × 100 of one method in one week, 2 decimals; null when nothing was paid. */
    public BigDecimal wape(ForecastMethod method, int week) {
        return Ratios.percent(absoluteError(method, week), actual.get(week - 1));
    }

    /** Σ over the weeks of |forecast − actual|. */
    public BigDecimal absoluteError(ForecastMethod method) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int w = 1; w <= actual.size(); w++) {
            sum = sum.add(absoluteError(method, w));
        }
        return sum;
    }

    /** Σ|forecast − actual| ÷ Σ actual × 100 over this cut-off's weeks, 2 decimals; null when nothing was paid. */
    public BigDecimal wape(ForecastMethod method) {
        return Ratios.percent(absoluteError(method), actualTotal());
    }

    /** Both sides account for every sale open at the cut-off, for every method. */
    public boolean tiesOut() {
        if (actualTotal().add(actualLater).compareTo(openAtCutoff) != 0) {
            return false;
        }
        return forecast.keySet().stream().allMatch(m -> forecastTotal(m).add(forecastLater.get(m))
                .compareTo(openAtCutoff) == 0);
    }
}
