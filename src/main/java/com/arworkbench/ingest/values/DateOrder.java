package com.arworkbench.ingest.values;

/** Day/month order of a numeric date column ({@code 03/04/2026}), decided once for the whole column. */
public enum DateOrder {
    MONTH_FIRST("month/day/year"),
    DAY_FIRST("day/month/year");

    private final String label;

    DateOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
