package com.arworkbench.workbook.recon;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the reconciliation's About reports of its other inputs, given to the book's finish with the
 * results: the GL rows read, and how many rows of each other file (GL, register, prior period) are
 * listed on Exceptions.
 *
 * @param otherRowsOnExceptions rows not used, by file name (kept in file-name order, as About lists them)
 */
public record ReconInputsRead(long glRowsRead, Map<String, Long> otherRowsOnExceptions) {

    public ReconInputsRead {
        otherRowsOnExceptions = Collections.unmodifiableMap(new TreeMap<>(otherRowsOnExceptions));
    }
}
