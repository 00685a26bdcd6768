package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Chooses a customer's forecast lag: its own median, else the portfolio's, else the due date. */
final class ForecastLags {

    private ForecastLags() {
    }

    static ForecastLag choose(DaysLateHistogram own, DaysLateHistogram portfolio, int minPaidInvoices) {
        long paid = own.count();
        if (paid >= minPaidInvoices) {
            BigDecimal median = own.median();
            int days = wholeDays(median);
            return new ForecastLag(days, ForecastLag.Source.CUSTOMER_MEDIAN,
                    "customer median " + describe(median, days) + " (" + invoices(paid) + ")");
        }
        if (portfolio.count() > 0) {
            BigDecimal median = portfolio.median();
            int days = wholeDays(median);
            return new ForecastLag(days, ForecastLag.Source.PORTFOLIO_MEDIAN,
                    "portfolio median " + describe(median, days) + " (customer has "
                            + (paid == 0 ? "no paid invoices" : invoices(paid)) + ")");
        }
        return new ForecastLag(0, ForecastLag.Source.DUE_DATE, "no payment history: due date");
    }

    /** Half-up to whole days (a median of 12.5 days is a lag of 13, −2.5 is −3). */
    private static int wholeDays(BigDecimal median) {
        return median.setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    private static String describe(BigDecimal median, int days) {
        String text = median.signum() < 0
                ? median.negate().stripTrailingZeros().toPlainString() + " days early"
                : median.stripTrailingZeros().toPlainString() + " days late";
        return median.stripTrailingZeros().scale() > 0 ? text + ", lag " + days + " days" : text;
    }

    private static String invoices(long n) {
        return n + (n == 1 ? " paid invoice" : " paid invoices");
    }
}
