package com.arworkbench.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * Building blocks of formulas that point at other sheets. Sheet names are configurable (a pack
 * renames "Summary" to "Aging"), so every cross-sheet reference goes through {@link #quote}.
 */
public final class SheetRefs {

    private SheetRefs() {
    }

    /** The sheet name as a formula needs it: bare when it is a plain identifier, else in single quotes. */
    public static String quote(String sheetName) {
        return sheetName.matches("[A-Za-z_][A-Za-z0-9_]*") ? sheetName : "'" + sheetName.replace("'", "''") + "'";
    }

    /** Column letters of a 0-based column index. */
    public static String col(int index) {
        return CellReference.convertNumToColString(index);
    }

    /** {@code 'Sheet'!$C$12}; {@code excelRow} is 1-based, as Excel shows it. */
    public static String absolute(String sheetName, int column, int excelRow) {
        return quote(sheetName) + "!$" + col(column) + "$" + excelRow;
    }

    /** {@code 'Sheet'!$C:$C}: a whole column, so it follows continuation parts and rows added later. */
    public static String wholeColumn(String sheetName, int column) {
        return quote(sheetName) + "!$" + col(column) + ":$" + col(column);
    }

    /** A text literal: {@code "…"} with inner quotes doubled. */
    public static String text(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /**
     * A SUMIFS / COUNTIFS criterion that matches {@code value} exactly: wildcards escaped, and a
     * leading comparison operator turned into a comparison with "=".
     */
    public static String exactCriterion(String value) {
        return criterion(escaped(value), "");
    }

    /** A criterion matching every text that starts with {@code value} (wildcards in it escaped). */
    public static String prefixCriterion(String value) {
        return criterion(escaped(value), "*");
    }

    /** A criterion matching every text that ends with {@code value} (wildcards in it escaped). */
    public static String suffixCriterion(String value) {
        return text("*" + escaped(value));
    }

    private static String escaped(String value) {
        return value == null ? "" : value.replace("~", "~~").replace("*", "~*").replace("?", "~?");
    }

    private static String criterion(String v, String wildcard) {
        return text((!v.isEmpty() && "=<>".indexOf(v.charAt(0)) >= 0 ? "=" + v : v) + wildcard);
    }
}
