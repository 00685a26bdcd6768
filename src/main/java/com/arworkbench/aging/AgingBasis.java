package com.arworkbench.aging;

import java.util.Locale;

/** What an item's age is counted from. */
public enum AgingBasis {
    DUE("due date"),
    DOCUMENT("document date");

    private final String label;

    AgingBasis(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static AgingBasis parse(String text) {
        if (text == null || text.isBlank()) {
            return DUE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "due", "due-date", "due date" -> DUE;
            case "document", "doc", "invoice", "document-date", "document date" -> DOCUMENT;
            default -> throw new IllegalArgumentException("basis must be 'due' or 'document', not '" + text + "'");
        };
    }
}
