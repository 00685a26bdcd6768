package com.arworkbench.confirmations;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;

/** One customer's book balance in one currency as of the date: the population the sample is drawn from. */
public record Balance(Customer customer, String currency, BigDecimal amount) {
}
