package com.arworkbench.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A source row that did not become a record, with the reason. {@code amount} is the amount that
 * could still be read from the row (null if none), so the tie-out to an export's own total can
 * account for it.
 */
public record RejectedRow(long sourceRow, RowDisposition disposition, String reason, List<String> rawValues,
                          BigDecimal amount, String currency) {
}
