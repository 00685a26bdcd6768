package com.arworkbench.kpi;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;

/**
 * What the engine keeps about one customer in one currency while records stream past: a few sums and
 * two small histograms, never a list of invoices, so memory grows with customers, not rows.
 */
final class CustomerLedger {

    final Customer customer;

    // Payment habit: whole history up to the as-of date; by stage and dispute class for the forecast model.
    final DaysLateHistogram daysLate = new DaysLateHistogram();
    CustomerPayments payments;                   // released once the as-of model is built

    // Sales paid in the window.
    long paidInWindow;
    BigDecimal paidAmountInWindow = BigDecimal.ZERO;
    BigDecimal daysToPayWeighted = BigDecimal.ZERO;
    BigDecimal daysLateWeighted = BigDecimal.ZERO;
    BigDecimal recentAmount = BigDecimal.ZERO;
    BigDecimal recentWeighted = BigDecimal.ZERO;
    BigDecimal earlierAmount = BigDecimal.ZERO;
    BigDecimal earlierWeighted = BigDecimal.ZERO;

    // Open items at the as-of date.
    BigDecimal openAr = BigDecimal.ZERO;
    BigDecimal currentAr = BigDecimal.ZERO;
    BigDecimal over90Ar = BigDecimal.ZERO;
    long openItems;
    BigDecimal futureDatedAr = BigDecimal.ZERO;
    long futureDatedItems;

    // The forecast at the as-of date: fixed once the history is complete, filled by the open items.
    PaymentModel.CustomerModel model;
    ExpectedCash cash;
    CustomerForecast forecast;

    CustomerLedger(Customer customer, int stages) {
        this.customer = customer;
        this.payments = new CustomerPayments(stages);
    }

    void paidInWindow(BigDecimal amount, long daysToPay, long late, boolean recent, boolean earlier) {
        BigDecimal weightedLate = amount.multiply(BigDecimal.valueOf(late));
        paidInWindow++;
        paidAmountInWindow = paidAmountInWindow.add(amount);
        daysToPayWeighted = daysToPayWeighted.add(amount.multiply(BigDecimal.valueOf(daysToPay)));
        daysLateWeighted = daysLateWeighted.add(weightedLate);
        if (recent) {
            recentAmount = recentAmount.add(amount);
            recentWeighted = recentWeighted.add(weightedLate);
        } else if (earlier) {
            earlierAmount = earlierAmount.add(amount);
            earlierWeighted = earlierWeighted.add(weightedLate);
        }
    }

    CustomerKpis kpis(String currency) {
        BigDecimal recent = Ratios.divide(recentWeighted, recentAmount);
        BigDecimal earlier = Ratios.divide(earlierWeighted, earlierAmount);
        return new CustomerKpis(customer, currency, paidInWindow, paidAmountInWindow,
                Ratios.divide(daysToPayWeighted, paidAmountInWindow), Ratios.divide(daysLateWeighted, paidAmountInWindow),
                daysLate.count(), daysLate.median(), recent, earlier, Ratios.minus(recent, earlier),
                openAr, currentAr, over90Ar, openItems, futureDatedAr, futureDatedItems, forecast);
    }
}
