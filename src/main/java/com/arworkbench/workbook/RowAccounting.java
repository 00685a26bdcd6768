package com.arworkbench.workbook;

import java.math.BigDecimal;

/**
 * The one place the "every row read is accounted for" check is built. A section names where the
 * export's rows went (each a live COUNT formula and the number the engine has for it); blank and
 * header rows, only counted while reading, are added last. Rows of other inputs listed on
 * Exceptions carry a text reference that COUNT skips, so they are never counted as rows of the export.
 */
public final class RowAccounting {

    private final RowTieOut tieOut;
    private final StringBuilder formula = new StringBuilder();
    private long listed;

    public RowAccounting(RowTieOut tieOut) {
        this.tieOut = tieOut;
    }

    /** Rows that went to one place: the formula that counts them on their sheet, and how many the engine put there. */
    public RowAccounting place(String countFormula, long rows) {
        formula.append(formula.length() == 0 ? "" : "+").append(countFormula);
        listed += rows;
        return this;
    }

    /**
     * The check. The note reads "{@code before} + N blank + M header{@code after}", e.g. "Rows read =
     * rows on Detail + Future-dated + Exceptions" + " + 2 blank + 1 header".
     */
    public Check check(String name, String before, String after) {
        long blank = tieOut.blankRows();
        long header = tieOut.headerRows();
        String actual = formula + (formula.length() == 0 ? "" : "+") + blank + "+" + header;
        return Check.count(name, null, BigDecimal.valueOf(tieOut.rowsRead()), actual,
                BigDecimal.valueOf(listed + blank + header), before + " + " + blank + " blank + " + header + " header" + after);
    }

    /** {@code COUNT} over one column of every part of a table: the numbered source rows it lists. */
    public static String count(java.util.List<SheetTable.Part> parts, int column) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            sb.append(sb.length() == 0 ? "" : "+").append("COUNT(").append(SheetRefs.wholeColumn(p.sheetName(), column)).append(")");
        }
        return sb.toString();
    }

    /** Data rows written over every part of a table. */
    public static long rows(java.util.List<SheetTable.Part> parts) {
        return parts.stream().mapToLong(p -> Math.max(0, p.lastRow() - p.headerRow())).sum();
    }
}
