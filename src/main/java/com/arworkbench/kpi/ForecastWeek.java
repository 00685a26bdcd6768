package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One week of the collection forecast, {@code from}..{@code to} inclusive (the last row of a forecast, "later",
 * has no dates).
 *
 * @param undisputed expected from undisputed items not promised
 * @param disputed   expected from disputed items (on disputed invoices' delays)
 * @param promised   promised by the customer for this week (from the dunning worklist)
 * @param credits    the customer's credits taken against its expected payments (≤ 0)
 */
public record ForecastWeek(int week, LocalDate from, LocalDate to, BigDecimal undisputed, BigDecimal disputed,
                           BigDecimal promised, BigDecimal credits) {

    /** Net expected collections. */
    public BigDecimal amount() {
        return undisputed.add(disputed).add(promised).add(credits);
    }
}
