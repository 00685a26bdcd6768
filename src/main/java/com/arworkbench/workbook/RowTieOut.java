package com.arworkbench.workbook;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Facts from reading the source that a Checks sheet proves: rows read, rows only counted (blank,
 * header), and the export's own grand totals per currency.
 */
public record RowTieOut(long rowsRead, long blankRows, long headerRows, Map<String, BigDecimal> controlTotals) {

    /**
     * The export's own grand total for a currency, or null when it has none to compare with. A total
     * row without a currency can only be compared when the export has one currency ({@code single}).
     */
    public BigDecimal controlTotal(String currency, boolean single) {
        if (controlTotals.containsKey(currency)) {
            return controlTotals.get(currency);
        }
        if (single && controlTotals.size() == 1) {
            return controlTotals.values().iterator().next();
        }
        return null;
    }
}
