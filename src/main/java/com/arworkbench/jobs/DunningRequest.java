package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One dunning run. {@code customers}, {@code previous} and {@code policy} may be null: no master,
 * no previous worklist, the default policy.
 */
public record DunningRequest(NamedFile openItems, LocalDate asOf, IngestOptions ingest, NamedFile customers,
                             NamedFile previous, NamedFile policy, Path templateDir) {
}
