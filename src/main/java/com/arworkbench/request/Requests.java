package com.arworkbench.request;

import com.arworkbench.aging.AgingParameters;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.MappingSpec;
import com.arworkbench.jobs.AgingJob;
import com.arworkbench.jobs.AgingRequest;
import com.arworkbench.jobs.CashAppJob;
import com.arworkbench.jobs.CashAppRequest;
import com.arworkbench.jobs.DunningJob;
import com.arworkbench.jobs.DunningRequest;
import com.arworkbench.jobs.NamedFile;
import com.arworkbench.jobs.PackJob;
import com.arworkbench.jobs.PackRequest;
import com.arworkbench.jobs.PackRole;
import com.arworkbench.jobs.ReconJob;
import com.arworkbench.jobs.ReconRequest;
import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.jobs.AllowanceJob;
import com.arworkbench.jobs.AllowanceRequest;
import com.arworkbench.jobs.ConfirmationsJob;
import com.arworkbench.jobs.ConfirmationsRequest;
import com.arworkbench.jobs.StatementsJob;
import com.arworkbench.jobs.StatementsRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each job's request from what a surface was given, once for the command line and the API: the
 * parameters first, then the files, then how the export is read. What is missing or wrong is a
 * {@link RequestException}.
 */
public final class Requests {

    private Requests() {
    }

    /** The job's request, read and checked, with the name its workbook is offered under. */
    public static WorkbookJob workbookJob(Job job, RequestValues v) throws IOException {
        return switch (job) {
            case AGING -> {
                AgingRequest r = aging(v);
                yield new WorkbookJob(fileName("aging", r.parameters().asOf(), r.displayName()), out -> AgingJob.run(r, out));
            }
            case DUNNING -> {
                DunningRequest r = dunning(v);
                yield new WorkbookJob(fileName("dunning", r.asOf(), r.openItems().name()), out -> DunningJob.run(r, out));
            }
            case RECON -> {
                ReconRequest r = recon(v);
                yield new WorkbookJob(fileName("reconciliation", r.asOf(), r.openItems().name()),
                        out -> ReconJob.run(r, out));
            }
            case CASHAPP -> {
                CashAppRequest r = cashapp(v);
                yield new WorkbookJob(fileName("cash-application", r.asOf(), r.openItems().name()),
                        out -> CashAppJob.run(r, out));
            }
            case KPI -> {
                PackRequest r = pack(Job.KPI, v);
                yield new WorkbookJob(fileName("kpi", r.asOf(), r.files().get(0).file().name()), out -> PackJob.run(r, out));
            }
            case PACK -> {
                PackRequest r = pack(Job.PACK, v);
                yield new WorkbookJob(fileName("month-end-pack", r.asOf(), null), out -> PackJob.run(r, out));
            }
            case STATEMENTS -> {
                StatementsRequest r = statements(v);
                String name = fileName("statements", r.asOf(), r.openItems().name());
                yield v.given(Param.PDF_ZIP) != null
                        ? new WorkbookJob(name, out -> StatementsJob.run(r, out), r.pdfDir())
                        : new WorkbookJob(name, out -> StatementsJob.run(r, out));
            }
            case CONFIRMATIONS -> {
                ConfirmationsRequest r = confirmations(v);
                yield new WorkbookJob(fileName("confirmations", r.parameters().asOf(), r.openItems().name()),
                        out -> ConfirmationsJob.run(r, out));
            }
            case ALLOWANCE -> {
                AllowanceRequest r = allowance(v);
                yield new WorkbookJob(fileName("allowance", r.parameters().asOf(), r.openItems().name()),
                        out -> AllowanceJob.run(r, out));
            }
            case INSPECT -> throw new IllegalArgumentException("inspect writes no workbook");
        };
    }

    public static AgingRequest aging(RequestValues v) throws IOException {
        AgingParameters parameters = new AgingParameters(required(v, Param.AS_OF), value(v, Param.BASIS),
                value(v, Param.BUCKETS));
        NamedFile input = required(v, Input.OPEN_ITEMS);
        return new AgingRequest(input.path(), input.name(), parameters, ingestOptions(v), v.templateDir(), v.workFolder());
    }

    public static DunningRequest dunning(RequestValues v) throws IOException {
        LocalDate asOf = required(v, Param.AS_OF);
        NamedFile openItems = required(v, Input.OPEN_ITEMS);
        return new DunningRequest(openItems, asOf, ingestOptions(v), v.file(Input.CUSTOMERS), v.file(Input.PREVIOUS),
                v.file(Input.POLICY), v.templateDir(), v.workFolder(), v.file(Input.PLANS));
    }

    /**
     * The statements: on the command line {@code --pdf DIR} names the PDFs' folder; in the API {@code pdf=zip} puts
     * them in the request's folder, to be zipped with the workbook.
     */
    public static StatementsRequest statements(RequestValues v) throws IOException {
        LocalDate asOf = required(v, Param.AS_OF);
        NamedFile openItems = required(v, Input.OPEN_ITEMS);
        java.nio.file.Path pdfDir = v.given(Param.PDF_DIR);
        if (pdfDir == null && v.given(Param.PDF_ZIP) != null) {
            pdfDir = v.workFolder().resolve("statements-pdf");
        }
        return new StatementsRequest(openItems, asOf, v.given(Param.FROM), ingestOptions(v), v.file(Input.CUSTOMERS),
                v.file(Input.HISTORY), pdfDir, v.templateDir(), v.workFolder());
    }

    public static ConfirmationsRequest confirmations(RequestValues v) throws IOException {
        LocalDate asOf = required(v, Param.AS_OF);
        NamedFile openItems = required(v, Input.OPEN_ITEMS);
        ConfirmationParameters p;
        try {
            p = new ConfirmationParameters(asOf, required(v, Param.KEY_ITEMS), value(v, Param.CONFIDENCE),
                    required(v, Param.TOLERABLE), value(v, Param.SEED), value(v, Param.SAMPLING));
        } catch (IllegalArgumentException e) {
            throw RequestException.badParameter(e.getMessage());
        }
        return new ConfirmationsRequest(openItems, p, Boolean.TRUE.equals(v.given(Param.NEGATIVE)), ingestOptions(v),
                v.file(Input.PREVIOUS_CONFIRMATIONS), v.file(Input.HISTORY), v.templateDir(), v.workFolder());
    }

    public static AllowanceRequest allowance(RequestValues v) throws IOException {
        LocalDate asOf = required(v, Param.AS_OF);
        NamedFile openItems = required(v, Input.OPEN_ITEMS);
        NamedFile history = required(v, Input.HISTORY);
        AllowanceParameters p;
        try {
            p = new AllowanceParameters(asOf, BucketScheme.standard(), value(v, Param.OUTCOME_MONTHS),
                    value(v, Param.LOOKBACK_MONTHS), value(v, Param.METHOD));
        } catch (IllegalArgumentException e) {
            throw RequestException.badParameter(e.getMessage());
        }
        return new AllowanceRequest(openItems, history, v.file(Input.WRITE_OFFS), v.file(Input.GL),
                v.file(Input.PREVIOUS_ALLOWANCE), p, v.given(Param.ALLOWANCE_ACCOUNT), v.given(Param.EXPENSE_ACCOUNT),
                ingestOptions(v), v.templateDir(), v.workFolder());
    }

    public static ReconRequest recon(RequestValues v) throws IOException {
        LocalDate asOf = required(v, Param.AS_OF);
        NamedFile openItems = required(v, Input.OPEN_ITEMS);
        NamedFile gl = required(v, Input.GL);
        return new ReconRequest(openItems, gl, asOf, ingestOptions(v), value(v, Param.GL_ACCOUNTS), v.file(Input.REGISTER),
                v.file(Input.PRIOR), v.templateDir(), v.workFolder(), value(v, Param.MATERIALITY));
    }

    public static CashAppRequest cashapp(RequestValues v) throws IOException {
        LocalDate asOf = required(v, Param.AS_OF);
        NamedFile openItems = required(v, Input.OPEN_ITEMS);
        NamedFile payments = required(v, Input.PAYMENTS);
        return new CashAppRequest(openItems, payments, asOf, ingestOptions(v), v.file(Input.CUSTOMERS), v.file(Input.RULES),
                v.file(Input.REMITTANCES), v.file(Input.REVIEWED), v.given(Param.UNAPPLIED_TARGET), v.templateDir(),
                v.workFolder());
    }

    /**
     * The pack, or the KPIs (the same pipeline with the files named): the export(s), then each file given by its
     * role, in the job's order.
     */
    public static PackRequest pack(Job job, RequestValues v) throws IOException {
        LocalDate asOf = required(v, Param.AS_OF);
        List<PackRequest.PackFile> files = new ArrayList<>();
        if (job.takesManyFiles()) {
            files.addAll(v.packFiles());
        } else {
            files.add(new PackRequest.PackFile(required(v, Input.OPEN_ITEMS), PackRole.OPEN_ITEMS));
        }
        for (Input role : job.files()) {
            NamedFile f = job.requires(role) ? required(v, role) : v.file(role);
            if (f != null) {
                files.add(new PackRequest.PackFile(f, role.packRole()));
            }
        }
        if (files.isEmpty()) {
            throw RequestException.of("No files", "give the files of the pack (at least the open-items export)");
        }
        List<String> glAccounts = job.params().contains(Param.GL_ACCOUNTS) ? value(v, Param.GL_ACCOUNTS) : List.of();
        BigDecimal materiality = job.params().contains(Param.MATERIALITY) ? value(v, Param.MATERIALITY) : null;
        PackRequest.Confirmations confirmations = job.params().contains(Param.KEY_ITEMS)
                ? PackSectionParams.confirmations(v, asOf) : null;
        return new PackRequest(files, asOf, ingestOptions(v), glAccounts, v.templateDir(), v.workFolder(), materiality,
                job == Job.PACK, confirmations);
    }

    public static InspectRequest inspect(RequestValues v) throws IOException {
        NamedFile file = required(v, Input.OPEN_ITEMS);
        return new InspectRequest(file, ingestOptions(v));
    }

    /**
     * How the export is read: a forced profile, the user's column mapping with any single columns decided on top
     * ({@code --column}), the currency of a file without one, and the mappings saved on the page.
     */
    public static IngestOptions ingestOptions(RequestValues v) throws IOException {
        MappingSpec mapping = withColumns(mapping(v), v.givenAll(Param.COLUMN), v.surface().name(Param.COLUMN));
        return new IngestOptions(v.given(Param.PROFILE), mapping, v.given(Param.CURRENCY), v.savedMappings());
    }

    private static MappingSpec mapping(RequestValues v) throws IOException {
        NamedFile file = v.file(Input.MAPPING);
        if (file == null) {
            return null;
        }
        try {
            return MappingSpec.read(file.path());
        } catch (UnreadableFileException e) {
            throw RequestException.inFile("Bad column mapping", e.getMessage());
        }
    }

    /** Columns decided one by one: on a complete mapping they replace its fields; otherwise they join a partial one. */
    private static MappingSpec withColumns(MappingSpec mapping, List<ColumnOverride> overrides, String name) {
        if (overrides.isEmpty()) {
            return mapping;
        }
        Map<Field, String> columns = new EnumMap<>(Field.class);
        overrides.forEach(o -> columns.put(o.field(), o.header()));
        if (mapping != null && !mapping.partial()) {
            Map<Field, String> merged = new EnumMap<>(mapping.columns());
            columns.forEach((f, h) -> {
                if (h.isEmpty()) {
                    merged.remove(f);
                } else {
                    merged.values().removeIf(v -> v.equalsIgnoreCase(h));
                    merged.put(f, h);
                }
            });
            return new MappingSpec(mapping.name() + " with " + name, mapping.headerRow(), merged);
        }
        Map<Field, String> merged = new EnumMap<>(Field.class);
        if (mapping != null) {
            merged.putAll(mapping.columns());
        }
        merged.putAll(columns);
        return MappingSpec.partial(name, merged);
    }

    private static <T> T required(RequestValues v, Param<T> p) {
        T value = v.given(p);
        if (value == null) {
            throw RequestException.badParameter(v.surface().name(p) + " is required (" + p.label() + "): "
                    + p.description());
        }
        return value;
    }

    private static <T> T value(RequestValues v, Param<T> p) {
        T value = v.given(p);
        return value != null ? value : p.whenAbsent();
    }

    private static NamedFile required(RequestValues v, Input role) throws IOException {
        NamedFile f = v.file(role);
        if (f == null) {
            throw role.missing(v.surface());
        }
        return f;
    }

    /** {@code aging-2026-06-30-sap-fbl5n-de.xlsx}: the job, the date, and the export's name without its extension. */
    private static String fileName(String job, LocalDate asOf, String exportName) {
        return job + "-" + asOf + (exportName == null ? "" : "-" + baseName(exportName)) + ".xlsx";
    }

    static String baseName(String fileName) {
        String n = fileName.replaceAll("^.*[\\\\/]", "");
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }
}
