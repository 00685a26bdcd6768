package com.arworkbench.workbook;

/**
 * The cell styles a template provides on its {@code Styles} sheet: column A names the role,
 * column B carries the style. Restyle B in Excel and every sheet follows.
 */
public enum StyleRole {
    HEADER("header"),
    HEADER_NUMBER("header number"),
    TEXT("text"),
    DATE("date"),
    AMOUNT("amount"),
    INTEGER("integer"),
    PERCENT("percent"),
    TOTAL_LABEL("total label"),
    TOTAL_AMOUNT("total amount"),
    TOTAL_PERCENT("total percent"),
    KEY("key"),
    CHECK_MASTER("master check");

    private final String roleName;

    StyleRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
