package com.arworkbench.web;

import com.arworkbench.ingest.layout.SavedMappings;
import com.arworkbench.ingest.table.PoiLimits;
import com.arworkbench.request.Job;
import com.arworkbench.request.WorkFolder;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP API and the page: configuration and wiring. The routes are thin shells ({@link JobRoutes},
 * {@link RecognizeRoute}, {@link MappingRoutes}) over the request layer and the jobs the command line runs;
 * what they throw becomes a JSON answer in {@link ErrorMapper}.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private final Javalin app;
    private final Config config;
    /** Everything the server writes goes below this folder. */
    private final Path tempRoot;
    /** The column mappings users saved, found again by header signature. */
    private final SavedMappings savedMappings;
    /** The runs the page follows ({@code X-Arw-Run}, {@code GET /api/progress/{id}}). */
    private final ProgressRegistry progress = new ProgressRegistry();

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

        public static final long DEFAULT_MAX_UPLOAD_MB = 200;

        public Config(String host, int port, long maxUploadBytes, Path templateDir, String token) {
            this(host, port, maxUploadBytes, templateDir, token, null);
        }

        public Config(String host, int port, long maxUploadBytes, Path templateDir, String token, Path tempDir) {
            this(host, port, maxUploadBytes, templateDir, token, tempDir, null);
        }

        /** {@code serve}'s settings: no token falls back to AR_WORKBENCH_TOKEN, no mappings folder to the default. */
        public static Config of(String host, int port, long maxUploadMb, Path templates, String token, Path tempDir,
                Path mappingsDir) {
            String t = token != null ? token : System.getenv("AR_WORKBENCH_TOKEN");
            return new Config(host, port, maxUploadMb * 1024 * 1024, templates, t == null || t.isBlank() ? null : t, tempDir,
                    mappingsDir == null ? SavedMappings.defaultDir() : mappingsDir);
        }

        /** As typed: null for a default. */
        public static Config fromArgs(String host, String port, String maxUploadMb, String templates, String token) {
            try {
                return of(host == null ? "127.0.0.1" : host, port == null ? 7070 : Integer.parseInt(port),
                        maxUploadMb == null ? DEFAULT_MAX_UPLOAD_MB : Long.parseLong(maxUploadMb),
                        templates == null ? null : Path.of(templates), token, null, null);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port and --max-upload-mb take whole numbers");
            }
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
        ErrorMapper errors = new ErrorMapper(config.maxUploadBytes());
        JobRoutes jobs = new JobRoutes(this);
        MappingRoutes mappings = new MappingRoutes(this, savedMappings);
        Guard guard = new Guard(config);
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
            c.routes.before(guard::check);
            c.routes.get("/api/health", HealthRoute::health);
            c.routes.get("/api/progress/{id}", progress::answer);
            c.routes.post("/api/inspect", ErrorMapper.contained(jobs::inspect));
            for (Job job : Job.values()) {
                if (job.writesWorkbook()) {
                    c.routes.post("/api/" + job.command(), jobs.workbook(job));
                }
            }
            c.routes.post("/api/recognize", ErrorMapper.contained(new RecognizeRoute(this)::recognize));
            c.routes.get("/api/mappings", mappings::list);
            c.routes.post("/api/mappings", ErrorMapper.contained(mappings::save));
            c.routes.exception(Exception.class, errors::map);
            c.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.attribute(ProgressRegistry.OWN_404) == null) {
                    Responses.error(ctx, 404, "Not found", "No API endpoint " + ctx.method() + " " + ctx.path());
                }
            });
        });
    }

    public static WebServer start(Config config) {
        PoiLimits.apply();
        refuseBusyPort(config);
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

    /**
     * A port already taken is the user's to fix, in one plain line: found before Jetty starts (and logs its
     * own failure); the bind below still maps a port taken in between.
     */
    private static void refuseBusyPort(Config config) {
        if (config.port() == 0) {
            return;
        }
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(config.host(), config.port()));
        } catch (java.net.BindException e) {
            throw new PortInUseException(config.host(), config.port(), e);
        } catch (IOException e) {
            // not a busy port (say, an unknown host): Jetty's own start reports it
        }
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

    ProgressRegistry progress() {
        return progress;
    }

    SavedMappings savedMappings() {
        return savedMappings;
    }

    /** Stops the server and removes its temp root with everything in it. */
    public void stop() {
        app.stop();
        removeTempRoot();
    }

    private void removeTempRoot() {
        try {
            WorkFolder.deleteTree(tempRoot, true);
        } catch (IOException e) {
            LOG.warn("Could not remove the temp folder {}: {}", tempRoot, e.getMessage());
        }
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (IOException e) {
            return false;
        }
    }
}
