package com.arworkbench.statements;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of an activity statement: an invoice or credit dated in the period, or the settlement (payment or
 * application) of a document in the period. {@code amount} is signed as it moves the balance: invoices positive,
 * credits negative, the settlement of an invoice negative and of a credit positive.
 */
public record Movement(LocalDate date, Kind kind, String documentNumber, BigDecimal amount, long sourceRow) {

    public enum Kind {
        INVOICE("Invoice"),
        CREDIT("Credit"),
        PAYMENT("Payment"),
        CREDIT_APPLIED("Credit applied"),
        /** What an unsettled document's open amount says was paid, on a date the history does not give. */
        PART_PAYMENT("Part payment (undated)"),
        /** An open payment (unapplied cash) the history does not hold: an invoice register lists no payments. */
        OPEN_PAYMENT("Payment (unapplied)");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
