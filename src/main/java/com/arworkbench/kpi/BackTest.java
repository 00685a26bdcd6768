package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rolling back-test: from every usable month end, each method's forecast of the sales open then (made from
 * what was known then) against the weeks they were actually paid in. WAPE = Σ|forecast − actual| ÷ Σ actual,
 * summed over cut-offs and weeks; the forecast uses the method with the lowest.
 *
 * @param available false when there is too little history ({@code reason} says why)
 * @param coverage  which month ends were used, in words
 * @param chosen    the method the forecast uses: lowest WAPE, or {@link ForecastMethod#MEDIAN_LAG} (the best
 *                  baseline in the measurements) when the history is too short to back-test
 * @param choice    why, in words
 */
public record BackTest(boolean available, String reason, List<BackTestCutoff> cutoffs, String coverage, int weeks,
                       ForecastMethod chosen, String choice) {

    static BackTest unavailable(String reason) {
        return new BackTest(false, reason, List.of(), "", 0, ForecastMethod.MEDIAN_LAG,
                "too little history to back-test (" + reason + "): " + ForecastMethod.MEDIAN_LAG.label());
    }

    /** The back-test over these cut-offs, choosing the method with the lowest WAPE (ties: declaration order). */
    static BackTest of(List<BackTestCutoff> cutoffs, String coverage, int weeks) {
        BackTest partial = new BackTest(true, null, cutoffs, coverage, weeks, ForecastMethod.MEDIAN_LAG, "");
        ForecastMethod best = null;
        for (ForecastMethod m : ForecastMethod.values()) {
            BigDecimal wape = partial.wape(m);
            if (wape != null && (best == null || wape.compareTo(partial.wape(best)) < 0)) {
                best = m;
            }
        }
        if (best == null) {
            return new BackTest(true, null, cutoffs, coverage, weeks, ForecastMethod.MEDIAN_LAG,
                    "nothing was paid within the back-test horizons: " + ForecastMethod.MEDIAN_LAG.label());
        }
        return new BackTest(true, null, cutoffs, coverage, weeks, best, "lowest back-tested WAPE over " + coverage
                + " (model " + text(partial.wape(ForecastMethod.MODEL)) + "%, (a) due date "
                + text(partial.wape(ForecastMethod.DUE_DATE)) + "%, (b) due date + median days late "
                + text(partial.wape(ForecastMethod.MEDIAN_LAG)) + "%): " + best.label());
    }

    private static String text(BigDecimal v) {
        return v == null ? "n/a" : v.toPlainString();
    }

    /** Paid in horizon week {@code week}, summed over the cut-offs. */
    public BigDecimal actual(int week) {
        return cutoffs.stream().map(c -> c.actual().get(week - 1)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** One method's forecast for horizon week {@code week}, summed over the cut-offs. */
    public BigDecimal forecast(ForecastMethod method, int week) {
        return cutoffs.stream().map(c -> c.forecast().get(method).get(week - 1)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ over the cut-offs of |forecast − actual| in horizon week {@code week}. */
    public BigDecimal absoluteError(ForecastMethod method, int week) {
        return cutoffs.stream().map(c -> c.absoluteError(method, week)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** WAPE of one horizon week over the cut-offs, 2 decimals; null when nothing was paid. */
    public BigDecimal wape(ForecastMethod method, int week) {
        return Ratios.percent(absoluteError(method, week), actual(week));
    }

    public BigDecimal actualTotal() {
        return cutoffs.stream().map(BackTestCutoff::actualTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal absoluteError(ForecastMethod method) {
        return cutoffs.stream().map(c -> c.absoluteError(method)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** WAPE over every cut-off and week, 2 decimals; null when unavailable or nothing was paid. */
    public BigDecimal wape(ForecastMethod method) {
        return available ? Ratios.percent(absoluteError(method), actualTotal()) : null;
    }

    /** The WAPE of the method the forecast uses. */
    public BigDecimal chosenWape() {
        return wape(chosen);
    }

    public boolean tiesOut() {
        return cutoffs.stream().allMatch(BackTestCutoff::tiesOut);
    }
}
