package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One cash application run: the open items, the payments (BAI2, camt.053 or a bank table), and
 * optionally a customer master (bank accounts), a rules file (tolerances, reason codes, accounts),
 * remittance advices, the previous workbook as reviewed, and the unapplied-cash target (% of open AR,
 * over the rules file's); null when not given.
 *
 * <p>{@code workFolder} is the request's own folder for what the job writes while it runs: the API's upload
 * folder, or the command line's folder beside the output; null for the system's temp folder.
 */
public record CashAppRequest(NamedFile openItems, NamedFile payments, LocalDate asOf, IngestOptions ingest,
                             NamedFile customers, NamedFile rules, NamedFile remittances, NamedFile previous,
                             BigDecimal unappliedTarget, Path templateDir, Path workFolder) {
}
