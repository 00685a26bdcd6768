package com.arworkbench.workbook.kpi;

/** The first currency's rows on a KPI sheet (0-based, inclusive); -1 when that currency has none. */
record RowSpan(int first, int last) {

    static final RowSpan NONE = new RowSpan(-1, -1);
}
