package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * One month-end pack: any number of files, each with the role the user gave it or null to
 * recognise it by content; the as-of date; how to read the open items; the GL's AR accounts.
 *
 * <p>{@code workFolder} is the request's own folder for what the job writes while it runs: the API's upload
 * folder, or the command line's folder beside the output; null for the system's temp folder.
 */
public record PackRequest(List<PackFile> files, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                          Path templateDir, Path workFolder, BigDecimal materiality, boolean statements) {

    /** A pack with the customer statements (the month-end pack); the kpi job passes false. */
    public PackRequest(List<PackFile> files, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                       Path templateDir, Path workFolder, BigDecimal materiality) {
        this(files, asOf, ingest, glAccounts, templateDir, workFolder, materiality, true);
    }

    public PackRequest(List<PackFile> files, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                       Path templateDir, Path workFolder) {
        this(files, asOf, ingest, glAccounts, templateDir, workFolder, null);
    }

    public PackRequest(List<PackFile> files, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                       Path templateDir) {
        this(files, asOf, ingest, glAccounts, templateDir, null);
    }

    public record PackFile(NamedFile file, PackRole role) {
    }
}
