package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * When one open item is expected to be paid.
 *
 * @param date                the day by which it is more likely than not paid (the model), or the single expected date
 *                            of a baseline or a promise; null when not expected within the horizon or not forecast
 * @param week                1..forecastWeeks, 0 = later than the horizon, -1 = not forecast (a credit)
 * @param probability         P(paid within the horizon), 0..1 with 4 decimals
 * @param basis               why, in words: "customer days late (7 paid, weight 70%) + portfolio (812 paid)", …
 * @param expectedDatePassed  a baseline's single expected date is on or before the as-of date, so it is put in week 1
 */
public record ExpectedPayment(LocalDate date, int week, BigDecimal probability, String basis,
                              boolean expectedDatePassed) {

    public static final int LATER = 0;
    public static final int NOT_FORECAST = -1;

    public boolean forecast() {
        return week != NOT_FORECAST;
    }
}
