package com.arworkbench.jobs;

import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.ingest.IngestOptions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One month-end pack: any number of files, each with the role the user gave it or null to
 * recognise it by content; the as-of date; how to read the open items; the GL's AR accounts.
 *
 * <p>{@code workFolder} is the request's own folder for what the job writes while it runs: the API's upload
 * folder, or the command line's folder beside the output; null for the system's temp folder.
 *
 * <p>{@code confirmations}: the balance confirmations' parameters when the user gave them, else null (no such section).
 */
public record PackRequest(List<PackFile> files, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                          Path templateDir, Path workFolder, BigDecimal materiality, boolean monthEnd,
                          Confirmations confirmations) {

    /** A pack without the balance confirmations. */
    public PackRequest(List<PackFile> files, LocalDate asOf, IngestOptions ingest, List<String> glAccounts,
                       Path templateDir, Path workFolder, BigDecimal materiality, boolean monthEnd) {
        this(files, asOf, ingest, glAccounts, templateDir, workFolder, materiality, monthEnd, null);
    }

    /**
     * The month-end pack, with the sections beyond the KPIs the files allow (customer statements, the allowance); the
     * kpi job, the same pipeline, passes {@code monthEnd} false.
     */
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

    /** The balance confirmations' selection, and whether negative letters go to the balances not selected. */
    public record Confirmations(ConfirmationParameters parameters, boolean negative) {
    }

    /** The sections this request asks for by its parameters rather than by its files ({@link PackSection#byParameters}). */
    public Set<PackSection> asked() {
        Set<PackSection> asked = EnumSet.noneOf(PackSection.class);
        if (confirmations != null) {
            asked.add(PackSection.CONFIRMATIONS);
        }
        return asked;
    }
}
