package com.arworkbench.recon;

import com.arworkbench.model.GlControlTotal;
import com.arworkbench.model.GlMovement;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What reading the GL export established, for its checks: how its rows went, and its own total rows.
 * The engine only carries it to the report; the workbook ties the GL lines on Recon Data to it.
 *
 * @param fileName            the export's name, as its rows on Exceptions are referenced ("gl.csv row 12")
 * @param otherAccountLines   lines of accounts not reconciled: counted and summed, not listed
 * @param otherAccountAmounts their signed sums per currency ("" when the export names none)
 * @param controlTotals       the export's total rows of an AR account or of the whole export
 */
public record GlExport(String fileName, long rowsRead, long blankRows, long headerRows, long otherAccountLines,
                       Map<String, BigDecimal> otherAccountAmounts, List<GlControlTotal> controlTotals,
                       List<GlMovement> movements) {
}
