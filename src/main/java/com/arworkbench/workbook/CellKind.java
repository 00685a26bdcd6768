package com.arworkbench.workbook;

/** How a column's values are stored and styled. */
public enum CellKind {
    TEXT(StyleRole.TEXT, 10),
    DATE(StyleRole.DATE, 11),
    AMOUNT(StyleRole.AMOUNT, 14),
    INTEGER(StyleRole.INTEGER, 8),
    PERCENT(StyleRole.PERCENT, 8);

    private final StyleRole role;
    private final int minWidth;

    CellKind(StyleRole role, int minWidth) {
        this.role = role;
        this.minWidth = minWidth;
    }

    public StyleRole role() {
        return role;
    }

    int minWidth() {
        return minWidth;
    }

    boolean numeric() {
        return this == AMOUNT || this == INTEGER || this == PERCENT;
    }
}
