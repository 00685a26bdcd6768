package com.arworkbench.model;

import java.math.BigDecimal;

/** One line of a remittance advice: which invoice a payment pays, how much, and the deduction taken. */
public record RemittanceLine(long sourceRow, String paymentReference, String invoice, BigDecimal amountPaid,
                             BigDecimal deduction) {
}
