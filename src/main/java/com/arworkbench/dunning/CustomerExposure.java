package com.arworkbench.dunning;

import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import java.math.BigDecimal;

/**
 * One customer in one currency with open items, overdue or not, as the dunning engine summed it while the items
 * streamed (the credit-limit review's figures).
 *
 * @param customer       as the worklist shows it (the master's ID for an export with names only)
 * @param exportCustomer as the export named it (contact log rows may use either)
 * @param profile        the customer master's record; null when the customer is not in the master
 * @param exposure       the open balance: every open item, credits and unapplied cash included
 * @param debits         the open invoices (positive items) the days beyond terms are weighted by
 * @param debitDays      Σ amount × days beyond terms (0 for an item not yet due) over the positive items
 */
public record CustomerExposure(Customer customer, Customer exportCustomer, String currency, CustomerProfile profile,
                               BigDecimal exposure, BigDecimal debits, BigDecimal debitDays) {

    /** Amount-weighted average days past due of the open invoices, one decimal; zero when none is open. */
    public BigDecimal daysBeyondTerms() {
        return debits.signum() <= 0 ? BigDecimal.ZERO.setScale(1)
                : debitDays.divide(debits, 1, java.math.RoundingMode.HALF_UP);
    }
}
