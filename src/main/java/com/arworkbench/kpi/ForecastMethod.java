package com.arworkbench.kpi;

/**
 * The ways of turning an open item into an expected payment date that the back-test compares. The
 * forecast uses the one with the lowest back-tested WAPE (ties: the earlier constant wins).
 */
public enum ForecastMethod {
    /** The model: customer median days late from at least minPaidInvoices paid invoices, else portfolio median. */
    MODEL("model: customer median days late (≥ min paid invoices), else portfolio median"),
    /** Baseline (a): every open item paid on its due date. */
    DUE_DATE("baseline (a): paid on the due date"),
    /** Baseline (b): due date + the customer's own median days late from any paid invoice, else portfolio median. */
    MEDIAN_LAG("baseline (b): due date + customer median days late (any paid invoice), else portfolio median");

    private final String label;

    ForecastMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
