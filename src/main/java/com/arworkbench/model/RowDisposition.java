package com.arworkbench.model;

/**
 * What happened to a source row that is not a record. Structural rows (titles, blank lines, repeated
 * headers, subtotals) are expected in ERP reports; rejected rows are data the user has to look at.
 */
public enum RowDisposition {
    REJECTED("Rejected", false),
    NOT_OPEN("Not open", false),
    TOTAL("Total row", true),
    SUBTOTAL("Subtotal row", true),
    GROUP_HEADING("Heading or note row", true),
    REPEATED_HEADER("Repeated header", true),
    PREAMBLE("Report preamble", true),
    HEADER("Header", true),
    BLANK("Blank", true);

    private final String label;
    private final boolean structural;

    RowDisposition(String label, boolean structural) {
        this.label = label;
        this.structural = structural;
    }

    public String label() {
        return label;
    }

    public boolean structural() {
        return structural;
    }
}
