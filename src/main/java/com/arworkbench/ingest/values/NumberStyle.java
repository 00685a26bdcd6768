package com.arworkbench.ingest.values;

/**
 * How a column writes its decimals. Decided once per column from all its values, because
 * {@code 1.234} alone can be a thousand or one-point-two.
 */
public enum NumberStyle {
    POINT_DECIMAL("1,234.56 (point decimal)"),
    COMMA_DECIMAL("1.234,56 (comma decimal)");

    private final String label;

    NumberStyle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
