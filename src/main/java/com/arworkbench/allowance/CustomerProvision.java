package com.arworkbench.allowance;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;
import java.util.List;

/**
 * One customer's balance in one currency by bucket, what the matrix provides for it, and the specific provision
 * that overrides the matrix when the user set one.
 *
 * @param specific null when the matrix applies
 */
public record CustomerProvision(Customer customer, String currency, long items, List<BigDecimal> buckets,
                                BigDecimal balance,
                                BigDecimal matrixProvision, SpecificProvision specific) {

    public BigDecimal provision() {
        return specific == null ? matrixProvision : specific.amount();
    }
}
