package com.arworkbench.kpi;

/**
 * The ways of turning an open item into expected cash that the back-test compares. The forecast uses the one
 * with the lowest back-tested WAPE (ties: the earlier constant wins).
 */
public enum ForecastMethod {
    /**
     * The model: each customer's own distribution of days late (disputed items on disputed invoices' delays),
     * blended with the portfolio's when it has few paid invoices, and conditioned on the item still being unpaid.
     */
    MODEL("model: each customer's distribution of days late, given the item is still unpaid"),
    /** Baseline (a): every open item paid on its due date (overdue items in week 1). */
    DUE_DATE("baseline (a): paid on the due date"),
    /** Baseline (b): due date + the customer's own median days late from any paid invoice, else the portfolio's. */
    MEDIAN_LAG("baseline (b): due date + customer median days late");

    private final String label;

    ForecastMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
