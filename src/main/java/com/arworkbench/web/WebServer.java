package com.arworkbench.web;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.layout.ErpProfiles;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.layout.SavedMappings;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.layout.MappingSpec;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.UnsupportedFormatException;
import com.arworkbench.jobs.AgingJob;
import com.arworkbench.jobs.AgingRequest;
import com.arworkbench.jobs.AppVersion;
import com.arworkbench.jobs.CashAppJob;
import com.arworkbench.jobs.CashAppRequest;
import com.arworkbench.jobs.DunningJob;
import com.arworkbench.jobs.DunningRequest;
import com.arworkbench.jobs.JobOutcome;
import com.arworkbench.jobs.NamedFile;
import com.arworkbench.jobs.PackInputs;
import com.arworkbench.jobs.PackJob;
import com.arworkbench.jobs.PackRequest;
import com.arworkbench.jobs.PackRole;
import com.arworkbench.jobs.ReconJob;
import com.arworkbench.jobs.ReconRequest;
import com.arworkbench.jobs.Inspection;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and the page. A thin shell: every endpoint saves the upload to a private temp
 * folder, calls the same job the CLI calls, answers, and deletes the folder.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Header values must be ASCII: customer names in file names are escaped, not dropped. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private final Javalin app;
    private final Config config;
    /** Everything the server writes goes below this folder. */
    private final Path tempRoot;
    /** The column mappings users saved, found again by header signature. */
    private final SavedMappings savedMappings;
    private final ErrorMapper errors;
    private final MappingRoutes mappings;

    /**
     * @param maxUploadBytes largest accepted upload; larger ones get 413
     * @param token          required on every API call when not null (mandatory off loopback)
     * @param tempDir        the server's own temp root: every upload, every workbook being built and Jetty's
     *                       multipart cache live below it; created at start and deleted at stop. Null means a
     *                       new {@code ar-workbench-<pid>-…} folder in java.io.tmpdir; a folder that already
     *                       exists gets such a private subfolder
     * @param mappingsDir    where column mappings the user saves are kept ({@code serve --mappings-dir}); null
     *                       keeps them in the temp root, gone when the server stops (tests)
     */
    public record Config(String host, int port, long maxUploadBytes, Path templateDir, String token, Path tempDir,
                         Path mappingsDir) {

        public Config(String host, int port, long maxUploadBytes, Path templateDir, String token) {
            this(host, port, maxUploadBytes, templateDir, token, null);
        }

        public Config(String host, int port, long maxUploadBytes, Path templateDir, String token, Path tempDir) {
            this(host, port, maxUploadBytes, templateDir, token, tempDir, null);
        }

        public static final long DEFAULT_MAX_UPLOAD_MB = 200;

        public static Config fromArgs(String host, String port, String maxUploadMb, String templates, String token) {
            return fromArgs(host, port, maxUploadMb, templates, token, null);
        }

        public static Config fromArgs(String host, String port, String maxUploadMb, String templates, String token,
                String tempDir) {
            return fromArgs(host, port, maxUploadMb, templates, token, tempDir, null);
        }

        /** @param mappingsDir null: {@code ~/.ar-workbench/mappings} */
        public static Config fromArgs(String host, String port, String maxUploadMb, String templates, String token,
                String tempDir, String mappingsDir) {
            String h = host == null ? "127.0.0.1" : host;
            int p;
            long mb;
            try {
                p = port == null ? 7070 : Integer.parseInt(port);
                mb = maxUploadMb == null ? DEFAULT_MAX_UPLOAD_MB : Long.parseLong(maxUploadMb);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port and --max-upload-mb take whole numbers");
            }
            String t = token != null ? token : System.getenv("AR_WORKBENCH_TOKEN");
            return new Config(h, p, mb * 1024 * 1024, templates == null ? null : Path.of(templates),
                    t == null || t.isBlank() ? null : t, tempDir == null ? null : Path.of(tempDir),
                    mappingsDir == null ? SavedMappings.defaultDir() : Path.of(mappingsDir));
        }

        public static Config loopback(int port) {
            return new Config("127.0.0.1", port, DEFAULT_MAX_UPLOAD_MB * 1024 * 1024, null, null);
        }
    }

    private WebServer(Config config) throws IOException {
        this.config = config;
        if (!isLoopback(config.host()) && config.token() == null) {
            throw new IllegalArgumentException("binding to " + config.host() + " exposes customer data to the network; "
                    + "give --token (or AR_WORKBENCH_TOKEN) so every API call must present it");
        }
        // Always a folder of our own, removed whole at stop: a given folder that already exists
        // (say, someone's home) gets a private subfolder and is never emptied.
        String prefix = "ar-workbench-" + ProcessHandle.current().pid() + "-";
        if (config.tempDir() == null) {
            this.tempRoot = Files.createTempDirectory(prefix);
        } else if (Files.exists(config.tempDir())) {
            this.tempRoot = Files.createTempDirectory(config.tempDir(), prefix);
        } else {
            this.tempRoot = Files.createDirectories(config.tempDir());
        }
        Path multipartCache = Files.createDirectories(tempRoot.resolve("multipart"));
        this.savedMappings = new SavedMappings(config.mappingsDir() != null ? config.mappingsDir()
                : tempRoot.resolve("mappings"));
        this.errors = new ErrorMapper(config.maxUploadBytes());
        this.mappings = new MappingRoutes(this, savedMappings);
        RequestTempFiles.install();
        this.app = Javalin.create(c -> {
            c.jetty.host = config.host();
            c.jetty.port = config.port();
            c.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
            c.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes() + 1024 * 1024, SizeUnit.BYTES);
            c.jetty.multipartConfig.maxInMemoryFileSize(1024 * 1024, SizeUnit.BYTES);
            c.jetty.multipartConfig.cacheDirectory(multipartCache.toString());
            c.http.maxRequestSize = config.maxUploadBytes() + 1024 * 1024;
            c.staticFiles.add("/public", Location.CLASSPATH);
            c.startup.showJavalinBanner = false;
            c.routes.before(this::guard);
            c.routes.get("/api/health", this::health);
            c.routes.post("/api/inspect", ErrorMapper.contained(this::inspect));
            c.routes.post("/api/aging", ErrorMapper.contained(this::aging));
            c.routes.post("/api/dunning", ErrorMapper.contained(this::dunning));
            c.routes.post("/api/recon", ErrorMapper.contained(this::recon));
            c.routes.post("/api/cashapp", ErrorMapper.contained(this::cashapp));
            c.routes.post("/api/recognize", ErrorMapper.contained(this::recognize));
            c.routes.post("/api/pack", ErrorMapper.contained(this::pack));
            c.routes.post("/api/kpi", ErrorMapper.contained(this::kpi));
            c.routes.get("/api/mappings", mappings::list);
            c.routes.post("/api/mappings", ErrorMapper.contained(mappings::save));
            c.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.error(), e.getMessage()));
            c.routes.exception(Exception.class, errors::map);
            c.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) {
                    error(ctx, 404, "Not found", "No API endpoint " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    public static WebServer start(Config config) {
        com.arworkbench.ingest.table.PoiLimits.apply();
        WebServer server;
        try {
            server = new WebServer(config);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot create the server's temp folder: " + e.getMessage(), e);
        }
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.removeTempRoot();
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof java.net.BindException) {
                    throw new PortInUseException(config.host(), config.port(), c);
                }
            }
            throw e;
        }
        return server;
    }

    public int port() {
        return app.port();
    }

    /** The folder below which every upload, workbook in progress and multipart part is kept while a request runs. */
    public Path tempRoot() {
        return tempRoot;
    }

    Config config() {
        return config;
    }

    /** Stops the server and removes its temp root with everything in it. */
    public void stop() {
        app.stop();
        removeTempRoot();
    }

    private void removeTempRoot() {
        try {
            deleteTree(tempRoot, true);
        } catch (IOException e) {
            LOG.warn("Could not remove the temp folder {}: {}", tempRoot, e.getMessage());
        }
    }

    /** Deletes everything below {@code dir}, and {@code dir} itself when asked. */
    static void deleteTree(Path dir, boolean includingDir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                if (includingDir || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        if (ctx.path().startsWith("/api/") && config.token() != null) {
            String given = ctx.header("X-Arw-Token");
            String auth = ctx.header("Authorization");
            if (given == null && auth != null && auth.startsWith("Bearer ")) {
                given = auth.substring(7).strip();
            }
            if (!config.token().equals(given)) {
                throw new ApiException(401, "Token required", "This server was started with a token; send it as "
                        + "'Authorization: Bearer <token>' or 'X-Arw-Token'.");
            }
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxUploadBytes() + 1024 * 1024) {
            throw tooLarge(length);
        }
    }

    private void health(Context ctx) throws IOException {
        List<Map<String, String>> profiles = ErpProfiles.all().stream()
                .map(p -> Map.of("id", p.id(), "name", p.name())).toList();
        // The pack's table from file roles to sections, so the page shows what a set of files gives.
        List<Map<String, Object>> sections = java.util.Arrays.stream(com.arworkbench.jobs.PackSection.values())
                .map(s -> Map.<String, Object>of("name", s.label(), "needs", s.needs().stream().map(Enum::name).toList(),
                        "uses", s.uses().stream().map(Enum::name).toList(), "add", s.add())).toList();
        json(ctx, 200, Map.of("status", "ok", "version", AppVersion.get(), "profiles", profiles, "packSections", sections));
    }

    private void inspect(Context ctx) throws Exception {
        try (Upload upload = Upload.of(ctx, "file", this)) {
            Inspection.Report report = Inspection.inspect(upload.path(), upload.displayName(), ingestOptions(ctx, upload));
            json(ctx, 200, report);
        }
    }

    private void aging(Context ctx) throws Exception {
        AgingParameters parameters;
        try {
            parameters = new AgingParameters(asOf(ctx.formParam("asOf")), AgingBasis.parse(ctx.formParam("basis")),
                    BucketScheme.parse(ctx.formParam("buckets")));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Bad parameter", e.getMessage());
        }
        try (Upload upload = Upload.of(ctx, "file", this)) {
            AgingRequest request = new AgingRequest(upload.path(), upload.displayName(), parameters,
                    ingestOptions(ctx, upload), config.templateDir());
            buildAndSend(ctx, upload, "aging-" + parameters.asOf() + "-" + baseName(upload.displayName()) + ".xlsx",
                    out -> AgingJob.run(request, out));
        }
    }

    private void dunning(Context ctx) throws Exception {
        LocalDate asOf = requiredAsOf(ctx);
        try (Upload upload = Upload.of(ctx, "file", this)) {
            NamedFile customers = upload.extra(ctx, "customers");
            NamedFile previous = upload.extra(ctx, "previous");
            NamedFile policy = upload.extra(ctx, "policy");
            DunningRequest request = new DunningRequest(new NamedFile(upload.path(), upload.displayName()), asOf,
                    ingestOptions(ctx, upload), customers, previous, policy, config.templateDir());
            buildAndSend(ctx, upload, "dunning-" + asOf + "-" + baseName(upload.displayName()) + ".xlsx",
                    out -> DunningJob.run(request, out));
        }
    }

    private void recon(Context ctx) throws Exception {
        LocalDate asOf = requiredAsOf(ctx);
        try (Upload upload = Upload.of(ctx, "file", this)) {
            NamedFile gl = upload.extra(ctx, "gl");
            if (gl == null) {
                throw new ApiException(400, "No GL file", "Send the general ledger export (trial balance or AR account "
                        + "detail) in the multipart field 'gl'.");
            }
            NamedFile register = upload.extra(ctx, "register");
            NamedFile prior = upload.extra(ctx, "prior");
            ReconRequest request = new ReconRequest(new NamedFile(upload.path(), upload.displayName()), gl, asOf,
                    ingestOptions(ctx, upload), ReconRequest.accounts(ctx.formParam("glAccounts")), register, prior,
                    config.templateDir());
            buildAndSend(ctx, upload, "reconciliation-" + asOf + "-" + baseName(upload.displayName()) + ".xlsx",
                    out -> ReconJob.run(request, out));
        }
    }

    private void cashapp(Context ctx) throws Exception {
        LocalDate asOf = requiredAsOf(ctx);
        try (Upload upload = Upload.of(ctx, "file", this)) {
            NamedFile payments = upload.extra(ctx, "payments");
            if (payments == null) {
                throw new ApiException(400, "No payments file", "Send the bank statement or payments file (BAI2, camt.053, "
                        + "CSV or XLSX) in the multipart field 'payments'.");
            }
            CashAppRequest request = new CashAppRequest(new NamedFile(upload.path(), upload.displayName()), payments,
                    asOf, ingestOptions(ctx, upload), upload.extra(ctx, "customers"), upload.extra(ctx, "rules"),
                    upload.extra(ctx, "remittances"), config.templateDir());
            buildAndSend(ctx, upload, "cash-application-" + asOf + "-" + baseName(upload.displayName()) + ".xlsx",
                    out -> CashAppJob.run(request, out));
        }
    }

    /** What each dropped file is, by content, before the pack is built: the page shows it. */
    private void recognize(Context ctx) throws Exception {
        try (Upload upload = Upload.many(ctx, this)) {
            PackInputs inputs = PackInputs.recognise(upload.packFiles(ctx));
            IngestOptions options = ingestOptions(ctx, upload);
            List<Map<String, Object>> list = new ArrayList<>();
            String mappingProblem = null;
            String dataEnds = null;
            for (PackInputs.Input i : inputs.all()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", i.file().name());
                m.put("size", Files.size(i.file().path()));
                m.put("role", i.role() == null ? "UNKNOWN" : i.role().name());
                m.put("roleLabel", i.role() == null ? "Not recognised" : i.role().label());
                m.put("description", i.description());
                m.put("how", i.how());
                if (i.role() == PackRole.OPEN_ITEMS) {
                    // The open items' columns, for the mapping table; and where their dates end, for the as-of date.
                    try {
                        Inspection.Report r = Inspection.inspect(i.file().path(), i.file().name(), options);
                        m.put("columns", r.columns());
                        m.put("headerRow", r.headerRow());
                        m.put("profile", r.profile());
                        m.put("uncertain", r.uncertain());
                        m.put("savedMapping", r.savedMapping());
                        m.put("documentDates", r.documentDates());
                        if (r.documentDates() != null && (dataEnds == null || r.documentDates().max().compareTo(dataEnds) > 0)) {
                            dataEnds = r.documentDates().max();
                        }
                        if (!r.uncertain().isEmpty() && mappingProblem == null) {
                            mappingProblem = "Choose the columns of " + i.file().name() + ": " + r.uncertain().stream()
                                    .map(u -> u.label().toLowerCase()).toList() + " could come from more than one column.";
                        }
                    } catch (AmbiguousMappingException e) {
                        m.put("uncertain", ErrorMapper.uncertain(e));
                        m.put("columns", List.of());
                        if (mappingProblem == null) {
                            mappingProblem = "Choose the columns of " + i.file().name() + ": " + e.getMessage();
                        }
                    } catch (UnreadableFileException e) {
                        if (mappingProblem == null) {
                            mappingProblem = i.file().name() + ": " + e.getMessage();
                        }
                    }
                }
                list.add(m);
            }
            String problem = null;
            try {
                inputs.byRole();
            } catch (com.arworkbench.ingest.UnreadableFileException e) {
                problem = e.getMessage();
            }
            if (problem == null) {
                problem = mappingProblem;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("dataEnds", dataEnds);
            body.put("files", list);
            body.put("canBuild", problem == null);
            body.put("problem", problem == null ? "" : problem);
            json(ctx, 200, body);
        }
    }

    /** The month-end pack from any number of files (multipart field {@code files}); roles optional. */
    private void pack(Context ctx) throws Exception {
        LocalDate asOf = requiredAsOf(ctx);
        try (Upload upload = Upload.many(ctx, this)) {
            sendPack(ctx, upload, new PackRequest(upload.packFiles(ctx), asOf, ingestOptions(ctx, upload),
                    ReconRequest.accounts(ctx.formParam("glAccounts")), config.templateDir()), "month-end-pack-" + asOf);
        }
    }

    /** KPIs from the open items ({@code file}) and the invoice history ({@code history}); prior and writeOffs optional. */
    private void kpi(Context ctx) throws Exception {
        LocalDate asOf = requiredAsOf(ctx);
        try (Upload upload = Upload.of(ctx, "file", this)) {
            NamedFile history = upload.extra(ctx, "history");
            if (history == null) {
                throw new ApiException(400, "No invoice history", "Send the invoice history (invoices with invoice date, "
                        + "due date, amount and paid date) in the multipart field 'history'.");
            }
            List<PackRequest.PackFile> files = new ArrayList<>(List.of(
                    new PackRequest.PackFile(new NamedFile(upload.path(), upload.displayName()), PackRole.OPEN_ITEMS),
                    new PackRequest.PackFile(history, PackRole.INVOICE_HISTORY)));
            NamedFile prior = upload.extra(ctx, "prior");
            if (prior != null) {
                files.add(new PackRequest.PackFile(prior, PackRole.PRIOR_OPEN_ITEMS));
            }
            NamedFile writeOffs = upload.extra(ctx, "writeOffs");
            if (writeOffs != null) {
                files.add(new PackRequest.PackFile(writeOffs, PackRole.WRITE_OFFS));
            }
            sendPack(ctx, upload, new PackRequest(files, asOf, ingestOptions(ctx, upload), List.of(), config.templateDir()),
                    "kpi-" + asOf + "-" + baseName(upload.displayName()));
        }
    }

    private void sendPack(Context ctx, Upload upload, PackRequest request, String name) throws Exception {
        buildAndSend(ctx, upload, name + ".xlsx", out -> PackJob.run(request, out));
    }

    /** A job's run, writing its workbook to the stream it is given. */
    private interface WorkbookRun {
        JobOutcome run(OutputStream out) throws Exception;
    }

    /** Runs the job into the request's temp folder, then sends the workbook with the job's summary. */
    private static void buildAndSend(Context ctx, Upload upload, String downloadName, WorkbookRun job) throws Exception {
        Path workbook = upload.dir().resolve("workbook.xlsx");
        JobOutcome outcome;
        try (OutputStream out = Files.newOutputStream(workbook)) {
            outcome = job.run(out);
        }
        sendWorkbook(ctx, workbook, downloadName, outcome.summary());
    }

    /**
     * The workbook as an attachment, with the run's summary as an ASCII JSON header for the page.
     * The bytes are copied to the client here, inside the request's try-with-resources, so the file
     * is closed and its folder deleted whether the client reads it all or hangs up half way.
     */
    private static void sendWorkbook(Context ctx, Path workbook, String name, Map<String, Object> summary) throws IOException {
        ctx.status(200);
        ctx.disableCompression();
        ctx.contentType(XLSX);
        ctx.header("Content-Disposition", contentDisposition(name));
        ctx.header("X-Arw-Summary", JSON.writeValueAsString(summary));
        ctx.header("Access-Control-Expose-Headers", "Content-Disposition, X-Arw-Summary");
        ctx.header("Content-Length", String.valueOf(Files.size(workbook)));
        try (InputStream in = Files.newInputStream(workbook)) {
            OutputStream out = ctx.res().getOutputStream();
            in.transferTo(out);
            out.flush();
        }
    }

    /** {@code attachment} with an ASCII fallback name and the UTF-8 name, neither able to name a folder. */
    static String contentDisposition(String name) {
        String safe = name.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "");
        String ascii = safe.replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(safe, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private IngestOptions ingestOptions(Context ctx, Upload upload) throws IOException {
        String profile = ctx.formParam("profile");
        if (profile != null && !profile.isBlank() && ErpProfiles.byId(profile).isEmpty()) {
            throw new ApiException(400, "Unknown profile", "Unknown profile '" + profile + "'. Known profiles: "
                    + ErpProfiles.ids());
        }
        MappingSpec mapping = null;
        UploadedFile mappingFile = ctx.uploadedFile("mapping");
        String mappingText = ctx.formParam("mapping");
        try {
            if (mappingFile != null) {
                Path p = upload.dir().resolve("mapping.json");
                try (InputStream in = mappingFile.content()) {
                    Files.copy(in, p, StandardCopyOption.REPLACE_EXISTING);
                }
                mapping = MappingSpec.read(p);
            } else if (mappingText != null && !mappingText.isBlank()) {
                mapping = MappingSpec.fromJson(new ObjectMapper().readTree(mappingText), "mapping field");
            }
        } catch (UnreadableFileException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiException(400, "Bad column mapping", e.getMessage());
        }
        String currency;
        try {
            currency = IngestOptions.currencyCode(ctx.formParam("currency"), "currency");
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Bad parameter", e.getMessage());
        }
        return new IngestOptions(profile == null || profile.isBlank() ? null : profile, mapping, currency, savedMappings);
    }

    private static LocalDate requiredAsOf(Context ctx) {
        try {
            return asOf(ctx.formParam("asOf"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "Bad parameter", e.getMessage());
        }
    }

    private static LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("asOf is required: the date the aging is computed at, as YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf must be a date as YYYY-MM-DD, not '" + text + "'");
        }
    }

    private ApiException tooLarge(long length) {
        return new ApiException(413, "File too large", "The upload is " + size(length) + "; uploads are limited to "
                + size(config.maxUploadBytes()) + " (start the server with --max-upload-mb to change it).");
    }

    static void error(Context ctx, int status, String error, String detail) {
        try {
            json(ctx, status, new ApiError(error, detail));
        } catch (IOException e) {
            ctx.status(status).result(error);
        }
    }

    static void json(Context ctx, int status, Object body) throws IOException {
        ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
    }

    /** "200 MB", "50 KB": sizes for people. */
    static String size(long bytes) {
        return bytes >= 1024 * 1024 ? (bytes / (1024 * 1024)) + " MB" : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }

    static String baseName(String fileName) {
        String n = fileName.replaceAll("^.*[\\\\/]", "");
        int dot = n.lastIndexOf('.');
        return (dot > 0 ? n.substring(0, dot) : n).replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
