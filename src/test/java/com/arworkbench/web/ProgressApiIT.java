package com.arworkbench.web;

import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Following a build (issue 17): a job POST with {@code X-Arw-Run} is seen by {@code GET /api/progress/{id}} from its
 * headers on, with its phase and the rows read while it runs, and done once answered, with the workbook or an error.
 * The long run is held open by the test itself: it sends the upload in two parts, and reads nothing of the answer
 * until it has seen the run working, so nothing here depends on how fast the machine is.
 */
@Timeout(300)
class ProgressApiIT {

    private static final Path OPEN_ITEMS = Path.of("examples/netsuite-ar-aging-detail.csv");
    private static final Path HISTORY = Path.of("examples/kpi/invoice-history.csv");
    private static final Path WRITE_OFFS = Path.of("examples/kpi/write-offs.csv");
    /** The phases an aging run goes through (docs/api.md lists them). */
    private static final Set<String> AGING_PHASES = Set.of("receiving the files", "opening the files", "reading rows",
            "writing the workbook", "sending the workbook");

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    @Test
    void aRunIsFollowedFromItsHeadersThroughItsRowsToDone() throws Exception {
        int rows = 120_000;
        Path csv = GeneratedExport.write(tmp.resolve("big.csv"), rows);
        Multipart form = new Multipart().file("file", "big.csv", Files.readAllBytes(csv)).field("asOf", "2026-06-30");
        byte[] body = form.bytes();
        String id = "it-" + UUID.randomUUID();
        List<JsonNode> seen = new ArrayList<>();
        JsonNode running;
        try (Socket socket = new Socket("127.0.0.1", client.uri("/").getPort())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/aging HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Arw-Run: " + id + "\r\nContent-Type: "
                    + form.contentType() + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 1000);
            out.flush();

            // Known from the moment its headers arrived, while most of the upload is still to come.
            JsonNode receiving = awaitProgress(id, p -> true, seen);
            assertEquals("receiving the files", receiving.get("phase").asText(), receiving.toString());
            assertEquals(0, receiving.get("rows").asLong());
            assertFalse(receiving.get("done").asBoolean());

            out.write(body, 1000, body.length - 1000);
            out.flush();
            // The test reads nothing of the answer (24 MB for 300k rows, some 9 MB here: more than the sockets hold),
            // so the run cannot be done before it is seen with rows.
            running = awaitProgress(id, p -> p.get("rows").asLong() > 0 || p.get("done").asBoolean(), seen);
            assertFalse(running.get("done").asBoolean(), running.toString());
            assertTrue(AGING_PHASES.contains(running.get("phase").asText()), running.toString());

            String head = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200", head);
            byte[] rest = socket.getInputStream().readAllBytes();
            assertTrue(rest.length > 1_000_000, "the workbook came: " + rest.length + " bytes");
        }

        // Jetty ends the answer when its Content-Length is written; the run reads done a moment later.
        JsonNode done = awaitProgress(id, p -> p.get("done").asBoolean(), seen);
        assertEquals(done, progress(id), "the same answer on the endpoint's own checks");
        assertEquals("sending the workbook", done.get("phase").asText());
        long counted = done.get("rows").asLong();
        assertTrue(counted >= rows && counted <= rows + GeneratedExport.OTHER_LINES,
                "every invoice row counted, and at most the file's other lines besides: " + counted);
        Thread.sleep(250);
        assertEquals(done.get("seconds").asDouble(), progress(id).get("seconds").asDouble(), "frozen when done");

        // What the polls saw only ever moved forward.
        for (int i = 1; i < seen.size(); i++) {
            JsonNode a = seen.get(i - 1);
            JsonNode b = seen.get(i);
            assertTrue(AGING_PHASES.contains(b.get("phase").asText()), b.toString());
            assertTrue(b.get("rows").asLong() >= a.get("rows").asLong(), a + " then " + b);
            assertTrue(b.get("seconds").asDouble() >= a.get("seconds").asDouble(), a + " then " + b);
        }
    }

    @Test
    void aRunAnsweredWithAnErrorIsDoneToo() throws Exception {
        String id = "it-" + UUID.randomUUID();
        Multipart form = new Multipart().file("file", "open-items.csv", Files.readAllBytes(OPEN_ITEMS));  // no asOf
        assertError(post("/api/aging", form, id), 400);
        JsonNode p = progress(id);
        assertTrue(p.get("done").asBoolean(), p.toString());
        assertEquals(0, p.get("rows").asLong(), "refused before any row was read");
    }

    @Test
    void thePackCountsTheHistoryRowsToo() throws Exception {
        String id = "it-" + UUID.randomUUID();
        Multipart form = new Multipart().field("asOf", "2026-06-30").field("roles", "{\"write-offs.csv\":\"write-offs\"}");
        for (Path f : List.of(OPEN_ITEMS, HISTORY, WRITE_OFFS)) {
            form.file("files", f.getFileName().toString(), Files.readAllBytes(f));
        }
        HttpResponse<String> r = post("/api/pack", form, id);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode p = awaitProgress(id, n -> n.get("done").asBoolean(), new ArrayList<>());
        long lines = 0;
        for (Path f : List.of(OPEN_ITEMS, HISTORY, WRITE_OFFS)) {
            lines += Files.readAllLines(f).size();
        }
        long counted = p.get("rows").asLong();
        assertTrue(counted > Files.readAllLines(OPEN_ITEMS).size() && counted <= lines,
                "more rows than the open items have lines (the history's are counted too), no more than all files' lines: "
                        + counted + " of " + lines);
    }

    @Test
    void anUnknownOrMalformedIdIsAJson404() throws Exception {
        JsonNode body = assertError(client.get("/api/progress/never-sent-0001"), 404);
        assertEquals("Unknown run", body.get("error").asText());
        assertError(client.get("/api/progress/short"), 404);
        assertError(client.get("/api/progress/" + "x".repeat(65)), 404);
        assertError(client.get("/api/progress/under_score_id"), 404);
    }

    @Test
    void aBadRunHeaderIsIgnoredAndTheJobStillAnswers() throws Exception {
        for (String bad : List.of("short", "has spaces 123", "x".repeat(65), "under_score_1")) {
            Multipart form = new Multipart().file("file", "open-items.csv", Files.readAllBytes(OPEN_ITEMS))
                    .field("asOf", "2026-06-30");
            HttpRequest request = HttpRequest.newBuilder(client.uri("/api/aging")).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", form.contentType()).header("X-Arw-Run", bad).POST(form.publisher()).build();
            HttpResponse<String> r = client.send(request);
            assertEquals(200, r.statusCode(), bad + ": " + r.body());
            assertEquals(ApiClient.XLSX, r.headers().firstValue("Content-Type").orElse(""));
            assertError(client.get("/api/progress/" + URLEncoder.encode(bad, StandardCharsets.UTF_8).replace("+", "%20")),
                    404);
        }
    }

    // ---------------------------------------------------------------- helpers

    private static HttpResponse<String> post(String path, Multipart form, String runId) throws Exception {
        return client.send(HttpRequest.newBuilder(client.uri(path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", form.contentType()).header("X-Arw-Run", runId).POST(form.publisher()).build());
    }

    private static JsonNode progress(String id) throws Exception {
        HttpResponse<String> r = client.get("/api/progress/" + id);
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        JsonNode p = JSON.readTree(r.body());
        assertEquals(List.of("phase", "rows", "done", "seconds"), fieldNames(p), r.body());
        return p;
    }

    /** Polls every 50 ms (404s skipped: not known yet) until {@code until} holds; every answer goes to {@code seen}. */
    private static JsonNode awaitProgress(String id, Predicate<JsonNode> until, List<JsonNode> seen) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = client.get("/api/progress/" + id);
            if (r.statusCode() == 200) {
                JsonNode p = JSON.readTree(r.body());
                seen.add(p);
                if (until.test(p)) {
                    return p;
                }
            } else {
                assertEquals(404, r.statusCode(), r.body());
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the run never got there; seen: " + seen);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
