package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One dunning run. {@code customers}, {@code previous} and {@code policy} may be null: no master,
 * no previous worklist, the default policy.
 *
 * <p>{@code plans}: a payment plans file, or null.
 *
 * <p>{@code workFolder} is the request's own folder for what the job writes while it runs: the API's upload
 * folder, or the command line's folder beside the output; null for the system's temp folder.
 */
public record DunningRequest(NamedFile openItems, LocalDate asOf, IngestOptions ingest, NamedFile customers,
                             NamedFile previous, NamedFile policy, Path templateDir, Path workFolder, NamedFile plans) {

    public DunningRequest(NamedFile openItems, LocalDate asOf, IngestOptions ingest, NamedFile customers,
                          NamedFile previous, NamedFile policy, Path templateDir) {
        this(openItems, asOf, ingest, customers, previous, policy, templateDir, null, null);
    }
}
