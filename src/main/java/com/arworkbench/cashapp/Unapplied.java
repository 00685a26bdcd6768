package com.arworkbench.cashapp;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;
import java.util.List;

/** A payment, or what is left of it, that no rule applied: the reason and the best candidates for a person. */
public record Unapplied(Payment payment, BigDecimal amount, String reason, List<OpenItem> candidates) {
}
