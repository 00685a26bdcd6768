package com.arworkbench.allowance;

import java.math.BigDecimal;
import java.util.List;

/**
 * A write-off and the invoices it wrote off. {@code untraced} is what no invoice of the history explains: the loss
 * rates cannot place it in a bucket, and a check says so.
 */
public record TracedWriteOff(WriteOff writeOff, List<Portion> portions, Trace how, BigDecimal untraced) {

    /** The part of a write-off that closed one invoice. */
    public record Portion(String document, BigDecimal amount) {
    }

    /** How a write-off was tied to its invoices, most certain first. */
    public enum Trace {
        EXACT("Invoice of the same amount closed that day"),
        SAME_DAY("Invoices closed that day adding up to it"),
        OLDEST_OPEN("Oldest invoices open that day (first in, first out)"),
        NOT_TRACED("No invoice of the customer open that day");

        private final String label;

        Trace(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public BigDecimal traced() {
        return portions.stream().map(Portion::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
