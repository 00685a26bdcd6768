package com.arworkbench.workbook;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Facts from reading the source that a Checks sheet proves: rows read, rows only counted (blank,
 * header), and the export's own grand totals per currency.
 */
public record RowTieOut(long rowsRead, long blankRows, long headerRows, Map<String, BigDecimal> controlTotals) {
}
