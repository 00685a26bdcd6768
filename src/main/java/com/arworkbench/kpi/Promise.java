package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment the customer promised for an open item, as the collector recorded it on the dunning worklist. A
 * promise dated after the as-of date overrides the model for its amount; one already past is broken and ignored.
 *
 * @param amount null for the whole open amount
 */
public record Promise(LocalDate date, BigDecimal amount) {
}
