package com.arworkbench.kpi;

/**
 * The days added to a due date to get an expected payment date, and where that number came from.
 *
 * @param days  whole days, negative for customers who pay early
 * @param basis in words, e.g. "customer median 12 days late (7 paid invoices)"
 */
public record ForecastLag(int days, Source source, String basis) {

    public enum Source { CUSTOMER_MEDIAN, PORTFOLIO_MEDIAN, DUE_DATE }
}
