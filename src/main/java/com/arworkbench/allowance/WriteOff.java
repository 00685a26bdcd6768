package com.arworkbench.allowance;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A bad debt written off: from a write-offs export or a write-off document of the invoice history.
 *
 * @param amount the amount written off, positive
 * @param file   the file it came from, for the Write-offs sheet
 */
public record WriteOff(String file, long sourceRow, Customer customer, String currency, String document, LocalDate date,
                       BigDecimal amount) {
}
