package com.arworkbench.dunning;

import java.math.BigDecimal;

/** Per currency: what is overdue, split into dunned and excluded, with the charges on the notices. */
public record CurrencySummary(String currency, BigDecimal overdue, BigDecimal dunned, BigDecimal excluded,
                              BigDecimal interest, BigDecimal fees, long notices, long itemsDunned, long itemsExcluded) {
}
