package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One cash application run: the open items, the payments (BAI2, camt.053 or a bank table), and
 * optionally a customer master (bank accounts), a rules file (tolerances) and remittance advices;
 * null when not given.
 */
public record CashAppRequest(NamedFile openItems, NamedFile payments, LocalDate asOf, IngestOptions ingest,
                             NamedFile customers, NamedFile rules, NamedFile remittances, Path templateDir) {
}
