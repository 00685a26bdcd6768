package com.arworkbench.cli;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.MappingSpec;
import com.arworkbench.jobs.AgingJob;
import com.arworkbench.jobs.AgingRequest;
import com.arworkbench.jobs.AppVersion;
import com.arworkbench.jobs.JobOutcome;
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
import com.arworkbench.jobs.Inspection;
import com.arworkbench.web.WebServer;
import com.arworkbench.workbook.TemplateGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Command line: {@code aging}, {@code inspect}, {@code serve}, {@code bench}, {@code templates}.
 * Exit 0 on success; on failure one readable line on stderr and exit 2 (usage) or 1 (the file).
 */
public final class Main {

    static final int EXIT_OK = 0;
    static final int EXIT_FILE = 1;
    static final int EXIT_USAGE = 2;

    private static final String USAGE = """
            AR Workbench %s — ERP accounts-receivable exports to auditor-ready Excel workbooks.

            Usage:
              ar-workbench aging INPUT --as-of YYYY-MM-DD --out FILE.xlsx
                           [--basis due|document] [--buckets 30,60,90,120]
                           [--profile NAME] [--mapping FILE.json] [--column FIELD=HEADER] [--templates DIR]
              ar-workbench dunning INPUT --as-of YYYY-MM-DD --out FILE.xlsx
                           [--customers FILE] [--previous FILE.xlsx] [--policy FILE.json]
                           [--profile NAME] [--mapping FILE.json] [--column FIELD=HEADER] [--templates DIR]
              ar-workbench recon INPUT --gl GL_FILE --as-of YYYY-MM-DD --out FILE.xlsx
                           [--gl-accounts 1200,1210] [--register FILE] [--prior FILE]
                           [--profile NAME] [--mapping FILE.json] [--column FIELD=HEADER] [--templates DIR]
              ar-workbench cashapp OPEN_ITEMS --payments FILE --as-of YYYY-MM-DD --out FILE.xlsx
                           [--remittances FILE] [--customers FILE] [--rules FILE.json] [--profile NAME] [--mapping FILE.json] [--column FIELD=HEADER]
              ar-workbench kpi OPEN_ITEMS --history FILE --as-of YYYY-MM-DD --out FILE.xlsx
                           [--prior FILE] [--write-offs FILE] [--profile NAME] [--mapping FILE.json] [--column FIELD=HEADER] [--templates DIR]
              ar-workbench pack FILE... --as-of YYYY-MM-DD --out FILE.xlsx
                           (each FILE recognised by content: open items, invoice history, GL, payments,
                            remittance advice, customer master, previous worklist; or name a file's role:)
                           [--history FILE] [--prior FILE] [--write-offs FILE] [--gl FILE] [--gl-accounts 1200]
                           [--payments FILE] [--remittances FILE] [--customers FILE] [--previous FILE]
                           [--profile NAME] [--mapping FILE.json] [--column FIELD=HEADER] [--templates DIR]
              ar-workbench inspect INPUT [--profile NAME] [--mapping FILE.json] [--column FIELD=HEADER]
                           [--write-mapping OUT.json]
                           (--column, repeatable: read one field from the named column; the rest is detected)
              ar-workbench serve [--port 7070] [--host 127.0.0.1] [--max-upload-mb 200] [--temp-dir DIR]
                           [--mappings-dir DIR]  (saved column mappings; default ~/.ar-workbench/mappings)
              ar-workbench bench [--job aging|dunning|recon|cashapp|pack] [--rows 1000000] [--format csv|xlsx] [--customers 20000] [--keep]
              ar-workbench templates --out DIR

            Profiles: %s
            """;

    private Main() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != EXIT_OK || !(args.length > 0 && args[0].equals("serve"))) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        com.arworkbench.ingest.table.PoiLimits.apply();
        try {
            CliArguments a = CliArguments.parse(args, Set.of("as-of", "out", "basis", "buckets", "profile", "mapping", "currency",
                    "templates", "port", "host", "max-upload-mb", "rows", "format", "customers", "token", "previous",
                    "policy", "job", "gl", "gl-accounts", "register", "prior", "payments", "rules", "remittances", "history",
                    "write-offs", "history-rows", "temp-dir", "clients", "requests", "server-xmx", "large-rows", "column",
                    "write-mapping", "mappings-dir"));
            switch (a.command()) {
                case "aging" -> aging(a, out);
                case "dunning" -> dunning(a, out);
                case "recon" -> recon(a, out);
                case "cashapp" -> cashapp(a, out);
                case "kpi" -> kpi(a, out);
                case "pack" -> pack(a, out);
                case "inspect" -> inspect(a, out);
                case "serve" -> serve(a, out);
                case "bench" -> Benchmark.run(a, out);
                case "templates" -> templates(a, out);
                case "help", "--help", "-h" -> out.print(usage());
                case "version", "--version" -> out.println("AR Workbench " + AppVersion.get());
                default -> throw new CliArguments.UsageException("unknown command '" + a.command()
                        + "' (commands: aging, dunning, recon, cashapp, kpi, pack, inspect, serve, bench, templates, help)");
            }
            return EXIT_OK;
        } catch (CliArguments.UsageException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + ". Run 'ar-workbench help' for usage.");
            return EXIT_USAGE;
        } catch (AmbiguousMappingException e) {
            err.println("error: " + e.commandLineHint());
            return EXIT_FILE;
        } catch (UnreadableFileException e) {
            err.println("error: " + e.getMessage());
            return EXIT_FILE;
        } catch (IOException e) {
            err.println("error: " + (e instanceof java.nio.file.NoSuchFileException ? "file not found: " : "")
                    + e.getMessage());
            return EXIT_FILE;
        } catch (StackOverflowError | OutOfMemoryError e) {
            // POI's own advice: a hostile file can provoke any error. Still one line, never a stack trace.
            err.println("error: the input could not be processed within this program's memory or nesting limits ("
                    + e.getClass().getSimpleName() + "); the file may be hostile or far larger than an export.");
            return EXIT_FILE;
        } catch (com.arworkbench.web.PortInUseException e) {
            err.println("error: " + e.getMessage());
            return EXIT_FILE;
        } catch (RuntimeException e) {
            // A bug, not the user's fault: still one line, with enough to report it.
            err.println("error: unexpected failure (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "). Please report it with the input file's layout.");
            return EXIT_FILE;
        }
    }

    private static String usage() {
        return String.format(USAGE, AppVersion.get(), com.arworkbench.ingest.layout.ErpProfiles.ids());
    }

    private static void aging(CliArguments a, PrintStream out) throws IOException, UnreadableFileException {
        a.allowOnly(Set.of("as-of", "out", "basis", "buckets", "profile", "mapping", "column", "currency", "mappings-dir", "templates"));
        Path input = input(a);
        Path target = outputFile(a);
        AgingParameters p = new AgingParameters(asOf(a.require("as-of", "2026-06-30")), AgingBasis.parse(a.option("basis")),
                BucketScheme.parse(a.option("buckets")));
        AgingRequest request = new AgingRequest(input, input.getFileName().toString(), p, ingestOptions(a),
                templateDir(a));
        runJob(target, os -> AgingJob.run(request, os), out);
    }

    private static void dunning(CliArguments a, PrintStream out) throws IOException, UnreadableFileException {
        a.allowOnly(Set.of("as-of", "out", "customers", "previous", "policy", "profile", "mapping", "column", "currency", "mappings-dir", "templates"));
        Path input = input(a);
        Path target = outputFile(a);
        DunningRequest request = new DunningRequest(NamedFile.of(input), asOf(a.require("as-of", "2026-06-30")),
                ingestOptions(a), existing(a, "customers"), existing(a, "previous"), existing(a, "policy"),
                templateDir(a));
        runJob(target, os -> DunningJob.run(request, os), out);
    }

    private static void recon(CliArguments a, PrintStream out) throws IOException, UnreadableFileException {
        a.allowOnly(Set.of("as-of", "out", "gl", "gl-accounts", "register", "prior", "profile", "mapping", "column", "currency", "mappings-dir", "templates"));
        Path input = input(a);
        a.require("gl", "gl-trial-balance.csv");
        Path target = outputFile(a);
        ReconRequest request = new ReconRequest(NamedFile.of(input), existing(a, "gl"), asOf(a.require("as-of", "2026-06-30")),
                ingestOptions(a), ReconRequest.accounts(a.option("gl-accounts")), existing(a, "register"), existing(a, "prior"),
                templateDir(a));
        runJob(target, os -> ReconJob.run(request, os), out);
    }

    private static void cashapp(CliArguments a, PrintStream out) throws IOException, UnreadableFileException {
        a.allowOnly(Set.of("as-of", "out", "payments", "customers", "rules", "remittances", "profile", "mapping", "column", "currency", "mappings-dir", "templates"));
        Path input = input(a);
        a.require("payments", "bank-statement.xml");
        Path target = outputFile(a);
        CashAppRequest request = new CashAppRequest(NamedFile.of(input), existing(a, "payments"),
                asOf(a.require("as-of", "2026-06-30")), ingestOptions(a), existing(a, "customers"), existing(a, "rules"),
                existing(a, "remittances"), templateDir(a));
        runJob(target, os -> CashAppJob.run(request, os), out);
    }

    private static void kpi(CliArguments a, PrintStream out) throws IOException, UnreadableFileException {
        a.allowOnly(Set.of("as-of", "out", "history", "prior", "write-offs", "profile", "mapping", "column", "currency", "mappings-dir", "templates"));
        Path input = input(a);
        a.require("history", "invoice-history.csv");
        Path target = outputFile(a);
        List<PackRequest.PackFile> files = new ArrayList<>(List.of(new PackRequest.PackFile(NamedFile.of(input),
                PackRole.OPEN_ITEMS)));
        roleFiles(a, files);
        runJob(target, os -> PackJob.run(new PackRequest(files, asOf(a.require("as-of", "2026-06-30")), ingestOptions(a),
                List.of(), templateDir(a)), os), out);
    }

    private static void pack(CliArguments a, PrintStream out) throws IOException, UnreadableFileException {
        a.allowOnly(Set.of("as-of", "out", "history", "prior", "write-offs", "gl", "gl-accounts", "payments", "remittances",
                "customers", "previous", "profile", "mapping", "column", "currency", "mappings-dir", "templates"));
        List<PackRequest.PackFile> files = new ArrayList<>();
        for (String f : a.positional()) {
            Path p = Path.of(f);
            if (!Files.isRegularFile(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            files.add(new PackRequest.PackFile(NamedFile.of(p), null));
        }
        roleFiles(a, files);
        if (files.isEmpty()) {
            throw new CliArguments.UsageException("give the files of the pack (at least the open-items export)");
        }
        Path target = outputFile(a);
        runJob(target, os -> PackJob.run(new PackRequest(files, asOf(a.require("as-of", "2026-06-30")), ingestOptions(a),
                ReconRequest.accounts(a.option("gl-accounts")), templateDir(a)), os), out);
    }

    /** Files named by role (--history FILE …) join the pack with that role instead of being recognised. */
    private static void roleFiles(CliArguments a, List<PackRequest.PackFile> files) throws IOException {
        for (String option : List.of("history", "prior", "write-offs", "gl", "payments", "remittances", "customers", "previous")) {
            NamedFile f = existing(a, option);
            if (f != null) {
                files.add(new PackRequest.PackFile(f, PackRole.parse(option)));
            }
        }
    }

    private static NamedFile existing(CliArguments a, String option) throws IOException {
        String v = a.option(option);
        if (v == null) {
            return null;
        }
        Path p = Path.of(v);
        if (!Files.isRegularFile(p)) {
            throw new java.nio.file.NoSuchFileException(p + " (--" + option + ")");
        }
        return NamedFile.of(p);
    }

    /** Writes the job's workbook, prints its summary line (and, for the benchmark, memory and phase times). */
    private static void runJob(Path target, WorkbookJob<? extends JobOutcome> job, PrintStream out)
            throws IOException, UnreadableFileException {
        JobOutcome outcome = writeAtomically(target, job);
        out.println(outcome.summaryLine() + " -> " + target);
        if (System.getenv("AR_WORKBENCH_STATS") != null) {
            out.println(RunStats.line() + "; phases: " + outcome.timings());
        }
    }

    private static Path templateDir(CliArguments a) {
        return a.option("templates") == null ? null : Path.of(a.option("templates"));
    }

    private interface WorkbookJob<T> {
        T run(OutputStream out) throws IOException, UnreadableFileException;
    }

    /** Writes next to the target and moves into place, so a failed run never leaves half a workbook. */
    private static <T> T writeAtomically(Path target, WorkbookJob<T> job) throws IOException, UnreadableFileException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path partial = Files.createTempFile(dir, ".ar-workbench-", ".xlsx.part");
        try {
            T outcome;
            try (OutputStream os = Files.newOutputStream(partial)) {
                outcome = job.run(os);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return outcome;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static void inspect(CliArguments a, PrintStream out) throws IOException, UnreadableFileException {
        a.allowOnly(Set.of("profile", "mapping", "column", "currency", "mappings-dir", "write-mapping"));
        Path input = input(a);
        Inspection.Report report = Inspection.inspect(input, input.getFileName().toString(), ingestOptions(a));
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
        out.println(json.writeValueAsString(report));
        String target = a.option("write-mapping");
        if (target != null) {
            Path file = Path.of(target);
            if (Files.isDirectory(file)) {
                throw new CliArguments.UsageException("--write-mapping " + file + " is a folder; give a file name such as "
                        + file.resolve("mapping.json"));
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, json.writeValueAsBytes(completeSpec(report).toJson()));
        }
    }

    /** The mapping the inspection used, complete: header row and every mapped field by header text (or position). */
    static MappingSpec completeSpec(Inspection.Report report) {
        int width = 0;
        for (Inspection.ColumnUse c : report.columns()) {
            width = Math.max(width, c.index() + 1);
        }
        List<String> headers = new ArrayList<>(java.util.Collections.nCopies(width, ""));
        for (Inspection.ColumnUse c : report.columns()) {
            headers.set(c.index(), c.header() == null ? "" : c.header());
        }
        java.util.Map<Field, String> columns = new java.util.EnumMap<>(Field.class);
        for (Inspection.ColumnUse c : report.columns()) {
            if (c.fieldKey() != null) {
                columns.put(Field.fromKey(c.fieldKey()), MappingSpec.reference(headers, c.index()));
            }
        }
        return new MappingSpec(report.fileName(), (int) report.headerRow(), columns);
    }

    private static void serve(CliArguments a, PrintStream out) {
        a.allowOnly(Set.of("port", "host", "max-upload-mb", "templates", "token", "temp-dir", "mappings-dir"));
        WebServer.Config config = WebServer.Config.fromArgs(a.option("host"), a.option("port"), a.option("max-upload-mb"),
                a.option("templates"), a.option("token"), a.option("temp-dir"), a.option("mappings-dir"));
        WebServer server = WebServer.start(config);
        // Ctrl+C or SIGTERM: stop serving and remove the server's temp folder.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "ar-workbench-shutdown"));
        out.println("AR Workbench " + AppVersion.get() + " listening on http://" + config.host() + ":" + server.port()
                + "/  (Ctrl+C to stop)");
    }

    private static void templates(CliArguments a, PrintStream out) throws IOException {
        a.allowOnly(Set.of("out"));
        Path dir = Path.of(a.require("out", "workbook-templates"));
        TemplateGenerator.writeAll(dir);
        out.println("default templates written to " + dir.toAbsolutePath());
    }

    private static Path outputFile(CliArguments a) {
        Path target = Path.of(a.require("out", a.command() + ".xlsx"));
        if (Files.isDirectory(target)) {
            throw new CliArguments.UsageException("--out " + target + " is a folder; give a file name such as "
                    + target.resolve(a.command() + ".xlsx"));
        }
        return target;
    }

    static Path input(CliArguments a) throws IOException {
        if (a.positional().size() != 1) {
            throw new CliArguments.UsageException("give exactly one input file (got " + a.positional().size() + ")");
        }
        Path input = Path.of(a.positional().get(0));
        if (!Files.isRegularFile(input)) {
            throw new java.nio.file.NoSuchFileException(input.toString());
        }
        return input;
    }

    static LocalDate asOf(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of must be a date as YYYY-MM-DD, not '" + text + "'");
        }
    }

    static IngestOptions ingestOptions(CliArguments a) throws UnreadableFileException {
        String profile = a.option("profile");
        if (profile != null && com.arworkbench.ingest.layout.ErpProfiles.byId(profile).isEmpty()) {
            throw new CliArguments.UsageException("unknown profile '" + profile + "' (known: "
                    + com.arworkbench.ingest.layout.ErpProfiles.ids() + ")");
        }
        MappingSpec mapping = a.option("mapping") == null ? null : MappingSpec.read(Path.of(a.option("mapping")));
        List<String> overrides = a.options("column");
        if (!overrides.isEmpty()) {
            java.util.Map<Field, String> columns = new java.util.EnumMap<>(Field.class);
            for (String o : overrides) {
                int eq = o.indexOf('=');
                if (eq <= 0) {
                    throw new CliArguments.UsageException("--column takes FIELD=HEADER, e.g. --column openAmount=\"Balance\" "
                            + "(fields: " + Field.known() + "), not '" + o + "'");
                }
                Field f;
                try {
                    f = Field.fromKey(o.substring(0, eq).strip());
                } catch (IllegalArgumentException e) {
                    throw new CliArguments.UsageException("--column " + o + ": " + e.getMessage());
                }
                columns.put(f, unquote(o.substring(eq + 1).strip()));
            }
            if (mapping != null && !mapping.partial()) {
                // a complete mapping file with a few fields overridden: still complete
                java.util.Map<Field, String> merged = new java.util.EnumMap<>(mapping.columns());
                columns.forEach((f, h) -> {
                    if (h.isEmpty()) {
                        merged.remove(f);
                    } else {
                        merged.values().removeIf(v -> v.equalsIgnoreCase(h));
                        merged.put(f, h);
                    }
                });
                mapping = new MappingSpec(mapping.name() + " with --column", mapping.headerRow(), merged);
            } else {
                java.util.Map<Field, String> merged = new java.util.EnumMap<>(Field.class);
                if (mapping != null) {
                    merged.putAll(mapping.columns());
                }
                merged.putAll(columns);
                mapping = MappingSpec.partial("--column", merged);
            }
        }
        IngestOptions options = new IngestOptions(a.option("profile"), mapping)
                .withBaseCurrency(IngestOptions.currencyCode(a.option("currency"), "--currency"));
        // The mappings saved on the page are used here too: the same header is read the same way everywhere.
        Path saved = a.option("mappings-dir") != null ? Path.of(a.option("mappings-dir"))
                : com.arworkbench.ingest.layout.SavedMappings.defaultDir();
        if (java.nio.file.Files.isDirectory(saved)) {
            options = options.withSavedMappings(new com.arworkbench.ingest.layout.SavedMappings(saved));
        } else if (a.option("mappings-dir") != null) {
            throw new CliArguments.UsageException("--mappings-dir " + saved + " is not a folder");
        }
        return options;
    }

    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }
}
