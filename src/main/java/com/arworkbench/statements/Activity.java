package com.arworkbench.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The activity part of a statement, from the invoice history: the balance at the start of {@code from}, the
 * movements of the period up to and including {@code to}, and the closing balance (opening + movements).
 */
public record Activity(LocalDate from, LocalDate to, BigDecimal opening, List<Movement> movements, BigDecimal closing) {

    public Activity {
        movements = List.copyOf(movements);
    }

    public BigDecimal total(Movement.Kind kind) {
        return movements.stream().filter(m -> m.kind() == kind).map(Movement::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
