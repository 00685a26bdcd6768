package com.arworkbench.web;

import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.poi.util.TempFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's temp area: after every request (success, client errors, a client hanging up half
 * way through its upload or through the download) nothing is left in it, no file in it stays open,
 * and nothing from an upload is written anywhere else; client file names never become paths.
 */
class TempFilesAndFaultsIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    static Path tmp;

    private static WebServer server;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        server = WebServer.start(new WebServer.Config("127.0.0.1", 0, 200L * 1024 * 1024, null, null,
                tmp.resolve("server-temp")));
        client = new ApiClient().on(server);
    }

    @AfterAll
    static void stop() {
        Path root = server.tempRoot();
        server.stop();
        assertFalse(Files.exists(root), "the server removes its temp folder when it stops");
    }

    @Test
    void theDefaultTempRootIsAPrivateFolderRemovedAtStop() throws Exception {
        WebServer other = WebServer.start(WebServer.Config.loopback(0));
        Path root = other.tempRoot();
        try {
            assertTrue(Files.isDirectory(root));
            assertEquals(Path.of(System.getProperty("java.io.tmpdir")).toRealPath(), root.toRealPath().getParent());
            assertTrue(root.getFileName().toString().startsWith("ar-workbench-" + ProcessHandle.current().pid() + "-"),
                    root.toString());
        } finally {
            other.stop();
        }
        assertFalse(Files.exists(root), "removed at stop: " + root);
    }

    @Test
    void successfulAndFailedRequestsLeaveNothingBehind() throws Exception {
        byte[] netsuite = fixture("netsuite-aging-detail.csv");
        HttpResponse<byte[]> ok = client.postBytes("/api/aging", new Multipart().field("asOf", "2026-07-31")
                .file("file", "netsuite-aging-detail.csv", netsuite));
        assertEquals(200, ok.statusCode());
        assertEquals(200, client.postText("/api/inspect", new Multipart().file("file", "n.csv", netsuite)).statusCode());
        HttpResponse<byte[]> pack = client.postBytes("/api/pack", new Multipart().field("asOf", "2026-06-30")
                .file("files", "netsuite-ar-aging-detail.csv", Files.readAllBytes(Path.of("examples/netsuite-ar-aging-detail.csv")))
                .file("files", "invoice-history.csv", Files.readAllBytes(Path.of("examples/kpi/invoice-history.csv"))));
        assertEquals(200, pack.statusCode(), () -> new String(pack.body(), StandardCharsets.UTF_8));
        assertNothingLeft();

        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertError(client.postText("/api/aging", new Multipart().field("asOf", "2026-07-31")
                .file("file", "export.csv", noise)), 415);
        assertError(client.postText("/api/aging", new Multipart().field("asOf", "2026-07-31").field("profile", "sap-fbl5n")
                .file("file", "netsuite-aging-detail.csv", netsuite)), 422);
        assertError(client.postText("/api/aging", new Multipart().field("asOf", "2026-07-31").field("profile", "nope")
                .file("file", "netsuite-aging-detail.csv", netsuite)), 400);
        assertError(client.postText("/api/recon", new Multipart().field("asOf", "2026-07-31")
                .file("file", "netsuite-aging-detail.csv", netsuite)), 400);
        assertError(client.postText("/api/aging", new Multipart().field("asOf", "2026-07-31")
                .field("mapping", "{\"columns\":{\"openAmount\":\"Remaining\"}}").file("file", "n.csv", netsuite)), 422);
        assertError(client.postText("/api/pack", new Multipart().field("asOf", "2026-06-30")
                .file("files", "noise.bin", noise)), 422);
        assertNothingLeft();

        // an upload over the limit, on a small server with its own temp root
        WebServer small = WebServer.start(new WebServer.Config("127.0.0.1", 0, 50 * 1024, null, null, tmp.resolve("small")));
        try {
            byte[] big = new byte[200 * 1024];
            java.util.Arrays.fill(big, (byte) 'a');
            assertError(client.on(small).postText("/api/aging", new Multipart().field("asOf", "2026-07-31")
                    .file("file", "big.csv", big)), 413);
            assertEquals(0, leftovers(small.tempRoot()).size(), () -> "left: " + leftovers(small.tempRoot()));
        } finally {
            small.stop();
        }
    }

    @Test
    void aClientThatHangsUpDuringTheUploadLeavesNothingBehind() throws Exception {
        String boundary = "----arw-disconnect";
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            OutputStream out = socket.getOutputStream();
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"asOf\"\r\n\r\n2026-07-31\r\n--" + boundary
                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n";
            out.write(("POST /api/aging HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: multipart/form-data; boundary=" + boundary
                    + "\r\nContent-Length: 20000000\r\n\r\n" + head).getBytes(StandardCharsets.US_ASCII));
            byte[] line = "C1 Customer,Invoice,7/1/2026,INV1,PO,7/31/2026,0,\"100.00\"\n".getBytes(StandardCharsets.US_ASCII);
            for (int sent = 0; sent < 3 * 1024 * 1024; sent += line.length) {
                out.write(line);
            }
            out.flush();
            // more than the 1 MB kept in memory: Jetty spills the part into the server's temp area
            assertTrue(waitFor(() -> !leftovers(server.tempRoot()).isEmpty(), 10_000),
                    "the part being uploaded is cached in the server's temp area");
        }
        assertTrue(waitFor(() -> leftovers(server.tempRoot()).isEmpty(), 20_000),
                () -> "left behind after the client hung up during the upload: " + leftovers(server.tempRoot()));
        assertEquals(200, client.get("/api/health").statusCode());
    }

    @Test
    void aClientThatHangsUpDuringTheDownloadLeavesNothingBehind() throws Exception {
        StringBuilder csv = new StringBuilder("Customer,Transaction Type,Date,Document Number,Due Date,Open Balance\n");
        Random random = new Random(3);
        for (int i = 0; i < 60_000; i++) {
            csv.append("C").append(random.nextInt(5000)).append(" Customer ").append(i % 97).append(",Invoice,")
                    .append(1 + random.nextInt(12)).append("/").append(1 + random.nextInt(28)).append("/2025,INV")
                    .append(1_000_000 + i).append(",7/31/2026,\"").append(random.nextInt(100_000)).append(".")
                    .append(10 + random.nextInt(90)).append("\"\n");
        }
        Multipart form = new Multipart().field("asOf", "2026-07-31")
                .file("file", "large.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
        byte[] body = form.bytes();
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096);
            socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5000);
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/aging HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + form.contentType()
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] first = in.readNBytes(16);
            assertTrue(new String(first, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"),
                    new String(first, StandardCharsets.US_ASCII));
            in.readNBytes(2000);
            // the server is still sending the workbook (several MB) while we stop reading
            assertFalse(leftovers(server.tempRoot()).isEmpty(), "the workbook is still being sent from the temp area");
        }
        assertTrue(waitFor(() -> leftovers(server.tempRoot()).isEmpty(), 30_000),
                () -> "left behind after the client hung up during the download: " + leftovers(server.tempRoot()));
        assertEquals(200, client.get("/api/health").statusCode());
    }

    @Test
    void clientFileNamesNeverBecomePaths() throws Exception {
        String marker = "evil-" + UUID.randomUUID();
        byte[] netsuite = fixture("netsuite-aging-detail.csv");
        for (String name : List.of("../../" + marker + ".csv", "..\\..\\" + marker + ".csv", "C:\\x\\..\\" + marker + ".csv",
                tmp.toAbsolutePath() + "/" + marker + ".csv", "../../etc/passwd", "..")) {
            HttpResponse<byte[]> r = client.postBytes("/api/aging", new Multipart().field("asOf", "2026-07-31")
                    .file("file", name, netsuite));
            assertEquals(200, r.statusCode(), name);
            String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
            String plain = disposition.replaceAll(".*filename=\"([^\"]*)\".*", "$1");
            assertTrue(plain.matches("aging-2026-07-31-[A-Za-z0-9._-]+\\.xlsx"), disposition);
            assertFalse(disposition.contains("/") || disposition.contains("\\") || disposition.contains("%2F")
                    || disposition.contains("%5C") || disposition.contains("\r") || disposition.contains("\n"), disposition);
        }
        // a line break in the file name breaks the part's headers: a client error, never a header of the answer
        HttpResponse<String> crlf = client.postText("/api/aging", new Multipart().field("asOf", "2026-07-31")
                .file("file", "a\r\nX-Injected: 1", netsuite));
        assertTrue(crlf.statusCode() == 200 || crlf.statusCode() == 400, crlf.body());
        assertTrue(crlf.headers().firstValue("X-Injected").isEmpty(), "no header injection through a file name");
        // several files, and the optional extra files, named like paths too
        HttpResponse<String> pack = client.postText("/api/pack", new Multipart().field("asOf", "2026-06-30")
                .file("files", "../../" + marker + "-open.csv", Files.readAllBytes(Path.of("examples/netsuite-ar-aging-detail.csv")))
                .file("files", "C:\\x\\..\\" + marker + "-customers.csv", Files.readAllBytes(Path.of("examples/netsuite-customers.csv"))));
        assertEquals(200, pack.statusCode(), pack.body());
        JsonNode summary = JSON.readTree(pack.headers().firstValue("X-Arw-Summary").orElseThrow());
        List<String> names = new ArrayList<>();
        summary.get("files").forEach(f -> names.add(f.get("name").asText()));
        assertEquals(List.of(marker + "-open.csv", marker + "-customers.csv"), names, "only the last segment is shown");
        HttpResponse<String> dunning = client.postText("/api/dunning", new Multipart().field("asOf", "2026-06-30")
                .file("file", "/etc/" + marker + ".csv", Files.readAllBytes(Path.of("examples/netsuite-ar-aging-detail.csv")))
                .file("customers", "../" + marker + "-master.csv", Files.readAllBytes(Path.of("examples/netsuite-customers.csv"))));
        assertEquals(200, dunning.statusCode(), dunning.body());
        // Uploads are saved under fixed names in their own folder below the temp root (web/Upload): a client name
        // that became a path would leave a file named with the marker in one of these places.
        Path root = server.tempRoot().toAbsolutePath().normalize();
        for (Path where : List.of(root, root.getParent(), root.getParent().getParent(), tmp,
                Path.of(System.getProperty("java.io.tmpdir")), Path.of("").toAbsolutePath(), Path.of("/etc"))) {
            try (Stream<Path> s = Files.list(where)) {
                assertEquals(List.of(), s.filter(p -> p.getFileName().toString().contains(marker)).toList(), "in " + where);
            }
        }
        assertNothingLeft();
    }

    @Test
    void poiTempFilesOfARequestGoToItsFolder() throws Exception {
        RequestTempFiles.install();
        Path dir = Files.createDirectories(tmp.resolve("request"));
        try (RequestTempFiles.Scope ignored = RequestTempFiles.use(dir)) {
            java.io.File f = TempFile.createTempFile("poi-sxssf-sheet", ".xml");
            assertEquals(dir, f.toPath().getParent());
            Files.delete(f.toPath());
        }
        assertTrue(RequestTempFiles.current() == null, "the scope ends with the request");
    }

    @Test
    void contentDispositionCannotNameAFolderOrBreakTheHeader() {
        String d = Responses.contentDisposition("aging-2026-07-31-../../..\\x\"y\r\nZ: 1.xlsx");
        assertFalse(d.contains("/") || d.contains("\\") || d.contains("\r") || d.contains("\n"), d);
        assertTrue(d.matches("attachment; filename=\"[A-Za-z0-9._-]+\"; filename\\*=UTF-8''[A-Za-z0-9._*%-]+"), d);
        assertEquals("upload", Upload.displayName("..", "upload"));
        assertEquals("y.csv", Upload.displayName("C:\\x\\..\\y.csv", "upload"));
        assertEquals("passwd", Upload.displayName("../../etc/passwd", "upload"));
    }

    // ---------------------------------------------------------------- helpers

    private void assertNothingLeft() throws Exception {
        assertTrue(waitFor(() -> leftovers(server.tempRoot()).isEmpty(), 10_000),
                () -> "left behind in the server's temp area: " + leftovers(server.tempRoot()));
    }

    /**
     * Files below the temp root, plus files this JVM still holds open there (an unlinked file that
     * is still open keeps its disk space: it counts as a leak too). Folders themselves do not count.
     */
    static List<String> leftovers(Path root) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).forEach(p -> found.add(p.toString()));
        } catch (IOException | java.io.UncheckedIOException e) {
            // the folder is being changed while we walk it: look again later
            found.add("(walking: " + e.getMessage() + ")");
        }
        Path fds = Path.of("/proc/self/fd");
        if (Files.isDirectory(fds)) {
            try (Stream<Path> s = Files.list(fds)) {
                for (Path fd : s.toList()) {
                    try {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith(root.toString()) && !Files.isDirectory(Path.of(target))) {
                            found.add("open: " + target);
                        }
                    } catch (IOException | UnsupportedOperationException e) {
                        // closed meanwhile
                    }
                }
            } catch (IOException e) {
                // not Linux
            }
        }
        return found;
    }

    static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(FIXTURES.resolve(name));
    }
}
