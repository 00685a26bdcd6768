package com.arworkbench.model;

/** How a promise to pay turned out, judged against the first export after its date. */
public enum PromiseOutcome {
    PENDING("Pending"),
    KEPT("Kept"),
    PARTLY_KEPT("Partly kept"),
    BROKEN("Broken"),
    /** The balance it was made against is unknown (typed without one, and the customer was on no earlier worklist). */
    NOT_JUDGED("Not judged");

    private final String label;

    PromiseOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The outcome a cell shows, or null for text that is none of them. */
    public static PromiseOutcome of(String text) {
        for (PromiseOutcome o : values()) {
            if (o.label.equalsIgnoreCase(text == null ? "" : text.strip())) {
                return o;
            }
        }
        return null;
    }

    /** Judged for good: a later run leaves it alone. Not judged is tried again (the customer ID may be corrected). */
    public boolean isFinal() {
        return this == KEPT || this == PARTLY_KEPT || this == BROKEN;
    }
}
