package com.arworkbench.ingest.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running balance some exports write beside each row (PayPal's Balance, ING's Saldo): each must be the previous
 * one plus the row's movement, per currency. Exports list oldest first or newest first, so the order with fewer
 * breaks is taken as the file's; the breaks in it are the control problems.
 */
final class RunningBalance {

    private record Step(long row, BigDecimal movement, BigDecimal balance) {
    }

    private final String label;
    private final String movementLabel;
    private final Map<String, List<Step>> byCurrency = new LinkedHashMap<>();

    /** @param label e.g. "PayPal balance"; @param movementLabel what moves it, e.g. "net" */
    RunningBalance(String label, String movementLabel) {
        this.label = label;
        this.movementLabel = movementLabel;
    }

    /** A row that moved the balance; {@code balance} null when the row states none (then that currency is not checked). */
    void add(long row, String currency, BigDecimal movement, BigDecimal balance) {
        byCurrency.computeIfAbsent(currency, k -> new ArrayList<>()).add(new Step(row, movement, balance));
    }

    List<String> problems() {
        List<String> out = new ArrayList<>();
        byCurrency.forEach((currency, steps) -> {
            if (steps.stream().anyMatch(s -> s.balance() == null)) {
                return; // no running balance to check against
            }
            List<String> oldestFirst = breaks(currency, steps, true);
            List<String> newestFirst = breaks(currency, steps, false);
            out.addAll(oldestFirst.size() <= newestFirst.size() ? oldestFirst : newestFirst);
        });
        return out;
    }

    private List<String> breaks(String currency, List<Step> steps, boolean oldestFirst) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < steps.size(); i++) {
            Step earlier = oldestFirst ? steps.get(i - 1) : steps.get(i);
            Step later = oldestFirst ? steps.get(i) : steps.get(i - 1);
            BigDecimal expected = earlier.balance().add(later.movement());
            if (expected.compareTo(later.balance()) != 0) {
                out.add(label + " " + currency + " at row " + later.row() + ": " + earlier.balance().toPlainString() + " + "
                        + movementLabel + " " + later.movement().toPlainString() + " = " + expected.toPlainString()
                        + ", but the balance says " + later.balance().toPlainString() + ".");
            }
        }
        return out;
    }
}
