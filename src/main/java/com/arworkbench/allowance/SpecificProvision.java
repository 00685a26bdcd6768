package com.arworkbench.allowance;

import java.math.BigDecimal;

/** A provision the user set for one customer and currency, which overrides the matrix for that balance. */
public record SpecificProvision(BigDecimal amount, String reason) {
}
