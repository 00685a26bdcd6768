package com.arworkbench.cli;

import com.arworkbench.jobs.AppVersion;
import com.arworkbench.web.WebServer;
import java.io.PrintStream;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code serve}: the page and the HTTP API, until Ctrl+C. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = "Start the page and the HTTP API on this computer (http://127.0.0.1:7070/ by default).")
final class ServeCommand implements CliCommand {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "The port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default ${DEFAULT-VALUE}); any other address needs --token.")
    String host;

    @Option(names = "--token", paramLabel = "T", description = "A token every /api/ call must present (default: the "
            + "AR_WORKBENCH_TOKEN environment variable, else none).")
    String token;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "" + WebServer.Config.DEFAULT_MAX_UPLOAD_MB,
            description = "The largest upload accepted, in MB (default ${DEFAULT-VALUE}); larger ones get HTTP 413.")
    long maxUploadMb;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Your own copy of the workbook templates (default: the templates built in).")
    Path templates;

    @Option(names = "--temp-dir", paramLabel = "DIR", description = "The server's temp area: uploads and workbooks "
            + "being built live below it and go when answered (default: a private folder under java.io.tmpdir).")
    Path tempDir;

    @Option(names = "--mappings-dir", paramLabel = "DIR",
            description = "Where the column mappings saved on the page are kept (default ~/.ar-workbench/mappings).")
    Path mappingsDir;

    @Override
    public void run(ParseResult parsed, PrintStream out) {
        WebServer.Config config = WebServer.Config.of(host, port, maxUploadMb, templates, token, tempDir, mappingsDir);
        WebServer server = WebServer.start(config);
        // Ctrl+C or SIGTERM: stop serving and remove the server's temp folder.
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "ar-workbench-shutdown"));
        out.println("AR Workbench " + AppVersion.get() + " listening on http://" + config.host() + ":" + server.port()
                + "/  (Ctrl+C to stop)");
    }
}
