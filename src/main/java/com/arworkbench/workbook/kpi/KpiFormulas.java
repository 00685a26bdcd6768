package com.arworkbench.workbook.kpi;

import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import java.math.BigDecimal;

/** Cell references and live formulas the KPI sheets (and the Dashboard's references to them) share. */
public final class KpiFormulas {

    private KpiFormulas() {
    }

    /** A live formula whose cached value may be missing (no sales, no DSO): then the cell shows empty, as Excel would. */
    public static void live(SheetTable.RowWriter w, int column, String formula, BigDecimal value) {
        if (value == null) {
            w.formula(column, formula, "");
        } else {
            w.formula(column, formula, value.doubleValue());
        }
    }

    /** {@code E12}: the column's cell in an Excel (1-based) row. */
    static String cell(ColumnSchema.Handle column, int excelRow) {
        return column.letter() + excelRow;
    }

    /** {@code SUM(E4:E16)}: the column's rows from {@code firstRow} to {@code lastRow} (1-based). */
    static String sum(ColumnSchema.Handle column, int firstRow, int lastRow) {
        return "SUM(" + cell(column, firstRow) + ":" + cell(column, lastRow) + ")";
    }
}
