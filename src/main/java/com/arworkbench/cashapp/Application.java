package com.arworkbench.cashapp;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;

/**
 * Part of a payment applied to one open item. {@code remainingOpen} is what stays open on the item
 * after this application (partial payments leave a remainder; nothing is applied twice).
 */
public record Application(Payment payment, OpenItem item, BigDecimal amount, BigDecimal remainingOpen, MatchRule rule,
                          Confidence confidence, String evidence) {
}
