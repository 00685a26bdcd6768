package com.arworkbench.kpi;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;

/**
 * What the engine keeps about one customer in one currency while records stream past: a few sums and
 * two small histograms, never a list of invoices, so memory grows with customers, not rows.
 */
final class CustomerLedger {

    final Customer customer;

    // Payment habit: whole history up to the as-of date, and up to the back-test cut-off.
    final DaysLateHistogram daysLate = new DaysLateHistogram();
    DaysLateHistogram daysLateToCutoff;          // lazily: only customers paying before the cut-off

    // Sales paid in the window.
    long paidInWindow;
    BigDecimal paidAmountInWindow = BigDecimal.ZERO;
    BigDecimal daysToPayWeighted = BigDecimal.ZERO;
    BigDecimal daysLateWeighted = BigDecimal.ZERO;
    BigDecimal recentAmount = BigDecimal.ZERO;
    BigDecimal recentWeighted = BigDecimal.ZERO;
    BigDecimal earlierAmount = BigDecimal.ZERO;
    BigDecimal earlierWeighted = BigDecimal.ZERO;

    // Sales open at the back-test cut-off, by due date − cut-off (clamped).
    AmountsByDay openAtCutoff;

    // Open items at the as-of date.
    BigDecimal openAr = BigDecimal.ZERO;
    BigDecimal currentAr = BigDecimal.ZERO;
    BigDecimal over90Ar = BigDecimal.ZERO;
    long openItems;
    BigDecimal futureDatedAr = BigDecimal.ZERO;
    long futureDatedItems;

    ForecastLag lag;                             // fixed once the history is complete

    CustomerLedger(Customer customer) {
        this.customer = customer;
    }

    void paidToCutoff(long late) {
        if (daysLateToCutoff == null) {
            daysLateToCutoff = new DaysLateHistogram();
        }
        daysLateToCutoff.add(late);
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

    void openAtCutoff(int dueOffset, BigDecimal amount) {
        if (openAtCutoff == null) {
            openAtCutoff = new AmountsByDay();
        }
        openAtCutoff.add(dueOffset, amount);
    }

    CustomerKpis kpis(String currency) {
        BigDecimal recent = Ratios.divide(recentWeighted, recentAmount);
        BigDecimal earlier = Ratios.divide(earlierWeighted, earlierAmount);
        return new CustomerKpis(customer, currency, paidInWindow, paidAmountInWindow,
                Ratios.divide(daysToPayWeighted, paidAmountInWindow), Ratios.divide(daysLateWeighted, paidAmountInWindow),
                daysLate.count(), daysLate.median(), recent, earlier, Ratios.minus(recent, earlier),
                openAr, currentAr, over90Ar, openItems, futureDatedAr, futureDatedItems, lag);
    }
}
