package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One cash application run: the open items, the payments (BAI2, camt.053 or a bank table), and
 * optionally a customer master (bank accounts), a rules file (tolerances) and remittance advices;
 * null when not given.
 *
 * <p>{@code workFolder} is the request's own folder for what the job writes while it runs: the API's upload
 * folder, or the command line's folder beside the output; null for the system's temp folder.
 */
public record CashAppRequest(NamedFile openItems, NamedFile payments, LocalDate asOf, IngestOptions ingest,
                             NamedFile customers, NamedFile rules, NamedFile remittances, Path templateDir, Path workFolder) {

    public CashAppRequest(NamedFile openItems, NamedFile payments, LocalDate asOf, IngestOptions ingest,
                          NamedFile customers, NamedFile rules, NamedFile remittances, Path templateDir) {
        this(openItems, payments, asOf, ingest, customers, rules, remittances, templateDir, null);
    }
}
