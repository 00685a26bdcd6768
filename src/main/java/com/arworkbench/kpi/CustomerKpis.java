package com.arworkbench.kpi;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;

/**
 * One customer in one currency: payment habits from the history, balances from the open items, and what the
 * collection forecast expects from it. Averages are amount-weighted and rounded to 2 decimals.
 *
 * @param paidInWindow        sales paid in the window (paid date in (E_-1, as-of])
 * @param averageDaysToPay    Σ amount × (paid − document date) ÷ Σ amount, paid in the window
 * @param averageDaysLate     Σ amount × (paid − due date) ÷ Σ amount, paid in the window
 * @param paidInvoices        all sales paid on or before the as-of date, whole history (the median's base)
 * @param medianDaysLate      count-based median of whole days late over {@code paidInvoices}
 * @param recentDaysLate      weighted days late of invoices paid in the last 3 periods
 * @param earlierDaysLate     weighted days late of invoices paid in the (up to) 9 periods before those
 * @param trendDaysLate       recent − earlier; positive = paying later than before; null if either side is empty
 * @param openAr              open items at the as-of date, future-dated items excluded
 * @param forecast            what the collection forecast expects from it; null when it has no open items
 */
public record CustomerKpis(
        Customer customer,
        String currency,
        long paidInWindow,
        BigDecimal paidAmountInWindow,
        BigDecimal averageDaysToPay,
        BigDecimal averageDaysLate,
        long paidInvoices,
        BigDecimal medianDaysLate,
        BigDecimal recentDaysLate,
        BigDecimal earlierDaysLate,
        BigDecimal trendDaysLate,
        BigDecimal openAr,
        BigDecimal currentAr,
        BigDecimal over90Ar,
        long openItems,
        BigDecimal futureDatedAr,
        long futureDatedItems,
        CustomerForecast forecast) {
}
