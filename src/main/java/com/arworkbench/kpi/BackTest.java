package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the forecast method would have done: forecast made at the cut-off from what was known then,
 * compared with the weeks the same invoices were actually paid in.
 *
 * @param available             false when there is too little history before the cut-off ({@code reason} says why)
 * @param horizonComplete       false when the horizon ends after the as-of date: later payments are not yet known
 * @param openAtCutoff          Σ amount of sales open at the cut-off (= forecast weeks + forecastLater
 *                              = actual weeks + actualNotPaidInHorizon)
 * @param forecastLater         expected after the horizon
 * @param actualNotPaidInHorizon not paid within the horizon (paid later or still open)
 * @param weightedAbsolutePercentError Σ|forecast − actual| ÷ Σ actual × 100 over the weeks, 2 decimals
 * @param bias                  Σ(forecast − actual) over the weeks: positive = forecast too early / too much
 * @param biasPercent           bias ÷ Σ actual × 100
 */
public record BackTest(
        boolean available,
        String reason,
        LocalDate cutoff,
        LocalDate horizonEnd,
        boolean horizonComplete,
        BigDecimal openAtCutoff,
        long itemsOpenAtCutoff,
        List<BackTestWeek> weeks,
        BigDecimal forecastLater,
        BigDecimal actualNotPaidInHorizon,
        BigDecimal weightedAbsolutePercentError,
        BigDecimal bias,
        BigDecimal biasPercent) {

    static BackTest unavailable(LocalDate cutoff, String reason) {
        return new BackTest(false, reason, cutoff, null, false, BigDecimal.ZERO, 0, List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, null);
    }

    public BigDecimal forecastTotal() {
        return weeks.stream().map(BackTestWeek::forecast).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal actualTotal() {
        return weeks.stream().map(BackTestWeek::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal absoluteErrorTotal() {
        return weeks.stream().map(BackTestWeek::absoluteError).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Both sides account for every invoice open at the cut-off. */
    public boolean tiesOut() {
        return forecastTotal().add(forecastLater).compareTo(openAtCutoff) == 0
                && actualTotal().add(actualNotPaidInHorizon).compareTo(openAtCutoff) == 0;
    }
}
