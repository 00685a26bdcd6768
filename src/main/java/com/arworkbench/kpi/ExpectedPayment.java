package com.arworkbench.kpi;

import java.time.LocalDate;

/**
 * When one open item is expected to be paid.
 *
 * @param date                null when the item is not forecast (disputed, credit)
 * @param week                1..forecastWeeks, 0 = later than the forecast horizon, -1 = not forecast
 * @param basis               why, in words: "customer median 12 days late (7 paid invoices)", "disputed: not forecast", …
 * @param expectedDatePassed  the expected date is on or before the as-of date (the customer is later than its
 *                            habit); such items are put in week 1 and also counted apart
 */
public record ExpectedPayment(LocalDate date, int week, String basis, boolean expectedDatePassed) {

    public static final int LATER = 0;
    public static final int NOT_FORECAST = -1;

    public boolean forecast() {
        return week != NOT_FORECAST;
    }
}
