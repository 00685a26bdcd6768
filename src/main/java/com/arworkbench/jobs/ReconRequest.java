package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One reconciliation run: the AR open items at period end, the GL export, optionally the AR control
 * accounts (else recognised by name), and for the roll-forward the period's register and the prior
 * period's open items (both may be null); the materiality threshold of the status (null: 0.00).
 *
 * <p>{@code workFolder} is the request's own folder for what the job writes while it runs: the API's upload
 * folder, or the command line's folder beside the output; null for the system's temp folder.
 */
public record ReconRequest(NamedFile openItems, NamedFile gl, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                           NamedFile register, NamedFile prior, Path templateDir, Path workFolder, BigDecimal materiality) {

    public ReconRequest(NamedFile openItems, NamedFile gl, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                        NamedFile register, NamedFile prior, Path templateDir, Path workFolder) {
        this(openItems, gl, asOf, ingest, glAccounts, register, prior, templateDir, workFolder, null);
    }

    public ReconRequest(NamedFile openItems, NamedFile gl, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                        NamedFile register, NamedFile prior, Path templateDir) {
        this(openItems, gl, asOf, ingest, glAccounts, register, prior, templateDir, null);
    }

    /** "1200, 1210" → [1200, 1210]; blank → none (recognise the accounts by name). */
    public static List<String> accounts(String list) {
        if (list == null || list.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(list.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
