package com.arworkbench.confirmations;

import java.util.List;

/**
 * The selection: every balance with its {@link Selection} (per currency in currency order: key items, then the
 * rest in the order the points ran through, then zero and credit balances), and each currency's sample figures.
 */
public record ConfirmationReport(ConfirmationParameters parameters, List<Confirmation> confirmations,
                                 List<CurrencySample> samples) {

    public long selected() {
        return confirmations.stream().filter(c -> c.selection().confirmed()).count();
    }
}
