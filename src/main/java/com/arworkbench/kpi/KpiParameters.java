package com.arworkbench.kpi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the KPI engine needs to know before it sees a record. The as-of date is explicit: results never
 * depend on the day they are computed.
 *
 * @param asOf            the last month end of the window (may be mid-month: the last period is then month-to-date)
 * @param months          number of periods in the window, the last one ending on {@code asOf}
 * @param minPaidInvoices paid invoices a customer needs before its own median days late is used for the forecast
 * @param forecastWeeks   weeks in the collection forecast (and the back-test horizon)
 * @param backTestMonths  the most recent month ends the rolling back-test may start from (each needs forecastWeeks
 *                        of payments after it by the as-of date); 0 switches it off
 */
public record KpiParameters(LocalDate asOf, int months, int minPaidInvoices, int forecastWeeks, int backTestMonths) {

    public KpiParameters {
        Objects.requireNonNull(asOf, "as-of date");
        if (months < 1) {
            throw new IllegalArgumentException("months must be at least 1, not " + months);
        }
        if (minPaidInvoices < 1) {
            throw new IllegalArgumentException("minimum paid invoices must be at least 1, not " + minPaidInvoices);
        }
        if (forecastWeeks < 1) {
            throw new IllegalArgumentException("forecast weeks must be at least 1, not " + forecastWeeks);
        }
        if (backTestMonths < 0 || backTestMonths > months) {
            throw new IllegalArgumentException("back-test months must be between 0 and " + months + ", not " + backTestMonths);
        }
    }

    /** 12 months, 3 paid invoices, 13 weeks, back-test from the last 6 month ends with a full horizon. */
    public static KpiParameters defaults(LocalDate asOf) {
        return new KpiParameters(asOf, 12, 3, 13, 6);
    }
}
