package com.arworkbench.cashapp;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.Payment;
import java.math.BigDecimal;

/** A short payment accepted within tolerance: the difference with its reason code (DISCOUNT or SHORT_PAY). */
public record Deduction(Payment payment, OpenItem item, BigDecimal amount, String reasonCode, String reason) {
}
