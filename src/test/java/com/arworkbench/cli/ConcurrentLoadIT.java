package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.web.WebServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load test of {@code bench --job load}, small: 4 concurrent clients, 24 requests (small
 * generated CSV and XLSX exports, packs of three files, the bundled examples) against one server.
 * No request fails, no workbook holds another request's data, nothing stays in the temp area.
 */
class ConcurrentLoadIT {

    @TempDir
    Path tmp;

    @Test
    void concurrentClientsGetTheirOwnWorkbooksAndNothingIsLeftBehind() throws Exception {
        WebServer server = WebServer.start(new WebServer.Config("127.0.0.1", 0, 200L * 1024 * 1024, null, null,
                tmp.resolve("server-temp")));
        try {
            List<LoadTest.Planned> plan = LoadTest.plan(4, 24, List.of(), true);
            assertTrue(plan.stream().anyMatch(p -> p.kind() == LoadTest.Kind.PACK), "packs in the mix");
            assertTrue(plan.stream().anyMatch(p -> p.kind() == LoadTest.Kind.AGING_XLSX), "xlsx in the mix");
            assertTrue(plan.stream().anyMatch(p -> p.kind() == LoadTest.Kind.EXAMPLE_PACK), "examples in the mix");
            Path work = Files.createDirectories(tmp.resolve("client"));
            LoadTest.Result result = LoadTest.drive(URI.create("http://127.0.0.1:" + server.port()), plan, work, null);
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            LoadTest.report(result, new PrintStream(report, true, StandardCharsets.UTF_8));
            assertEquals(24, result.outcomes().size());
            assertEquals(List.of(), result.failures(), report.toString(StandardCharsets.UTF_8));
            assertEquals(0, LoadTest.countFiles(server.tempRoot()), "files left in the server's temp area");
            try (Stream<Path> s = Files.list(work)) {
                assertEquals(0, s.count(), "the client removes each answer after checking it");
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void theCheckCatchesAWorkbookWithAnotherRequestsData() throws Exception {
        WebServer server = WebServer.start(new WebServer.Config("127.0.0.1", 0, 200L * 1024 * 1024, null, null,
                tmp.resolve("server-temp")));
        try {
            LoadTest.Planned mine = new LoadTest.Planned(1, 5, LoadTest.Kind.AGING_SMALL, 200);
            LoadTest.Planned other = new LoadTest.Planned(2, 6, LoadTest.Kind.AGING_SMALL, 200);
            LoadTest.Built built = LoadTest.build(mine);
            HttpResponse<Path> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + built.path()))
                    .header("Content-Type", built.form().contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(built.form().bytes())).build(),
                    HttpResponse.BodyHandlers.ofFile(tmp.resolve("answer.xlsx")));
            assertEquals(200, r.statusCode());
            String summary = r.headers().firstValue("X-Arw-Summary").orElseThrow();
            assertNull(LoadTest.verify(mine, built.expectedTotal(), r.body(), summary));
            String swapped = LoadTest.verify(other, built.expectedTotal(), r.body(), summary);
            assertTrue(swapped != null && swapped.contains("CROSS-TALK") && swapped.contains(mine.tag()), swapped);
            String wrongTotal = LoadTest.verify(mine, built.expectedTotal().add(new BigDecimal("0.01")), r.body(), summary);
            assertTrue(wrongTotal != null && wrongTotal.contains("total"), wrongTotal);
        } finally {
            server.stop();
        }
    }
}
