package com.arworkbench.model;

import java.math.BigDecimal;

/**
 * A trial balance line's own roll-forward columns (Initial balance, Debit, Credit) for an AR
 * account: the GL side of the roll-forward when the GL has no postings. Debits and credits as the
 * columns give them, both positive.
 */
public record GlMovement(long sourceRow, String entity, String currency, BigDecimal opening, BigDecimal debits,
                         BigDecimal credits) {
}
