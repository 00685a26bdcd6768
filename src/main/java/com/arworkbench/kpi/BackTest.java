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
 * @param chosen                the method the forecast uses: lowest WAPE, or {@link ForecastMethod#MEDIAN_LAG}
 *                              when the history is too short to back-test
 * @param choice                why, in words
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
        BigDecimal biasPercent,
        ForecastMethod chosen,
        String choice) {

    /** Fewer than this many back-testable month ends with a full horizon of actuals: no choice, baseline (b). */
    public static final int MIN_CUTOFFS = 1;

    static BackTest unavailable(LocalDate cutoff, String reason) {
        return new BackTest(false, reason, cutoff, null, false, BigDecimal.ZERO, 0, List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, ForecastMethod.MEDIAN_LAG,
                "too little history to back-test (" + reason + "): " + ForecastMethod.MEDIAN_LAG.label());
    }

    /** Σ|forecast − actual| ÷ Σ actual × 100 over the weeks for one method, 2 decimals; null when nothing was paid. */
    public BigDecimal wape(ForecastMethod method) {
        BigDecimal abs = BigDecimal.ZERO;
        for (BackTestWeek w : weeks) {
            abs = abs.add(w.forecast(method).subtract(w.actual()).abs());
        }
        return Ratios.percent(abs, actualTotal());
    }

    /** The method with the lowest WAPE (ties: declaration order); null when none can be computed. */
    static ForecastMethod lowest(BackTest partial) {
        ForecastMethod best = null;
        BigDecimal bestWape = null;
        for (ForecastMethod m : ForecastMethod.values()) {
            BigDecimal wape = partial.wape(m);
            if (wape != null && (bestWape == null || wape.compareTo(bestWape) < 0)) {
                best = m;
                bestWape = wape;
            }
        }
        return best;
    }

    BackTest withChoice(ForecastMethod method, String why) {
        return new BackTest(available, reason, cutoff, horizonEnd, horizonComplete, openAtCutoff, itemsOpenAtCutoff,
                weeks, forecastLater, actualNotPaidInHorizon, weightedAbsolutePercentError, bias, biasPercent,
                method, why);
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
