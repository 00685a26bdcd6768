package com.arworkbench.web;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Shared by the API tests: a real server on a free loopback port and an HTTP client talking to it.
 * Registered as {@code @RegisterExtension static final ApiClient client = new ApiClient();} it starts the
 * server before the class's tests and stops it after them; {@link #on(WebServer)} talks to a server a
 * test starts itself. Also: the JSON error checks, workbook cells for comparing, and the CLI run in-process.
 */
public final class ApiClient implements BeforeAllCallback, AfterAllCallback {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private WebServer server;

    /** A client for the loopback server this extension starts before all tests and stops after them. */
    ApiClient() {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), null);
    }

    private ApiClient(HttpClient http, WebServer server) {
        this.http = http;
        this.server = server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = WebServer.start(WebServer.Config.loopback(0));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.stop();
        }
    }

    /** A client for another server (one the test starts and stops itself), sharing this HTTP client. */
    ApiClient on(WebServer other) {
        return new ApiClient(http, other);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build());
    }

    private HttpRequest post(String path, Multipart form) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", form.contentType()).POST(form.publisher()).build();
    }

    HttpResponse<String> postText(String path, Multipart form) throws Exception {
        return send(post(path, form));
    }

    HttpResponse<byte[]> postBytes(String path, Multipart form) throws Exception {
        return http.send(post(path, form), BodyHandlers.ofByteArray());
    }

    /** The status, a JSON content type and a body with non-empty error and detail. */
    static JsonNode assertError(HttpResponse<String> r, int status) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                r.headers().firstValue("Content-Type").orElse("(none)"));
        JsonNode body = JSON.readTree(r.body());
        assertFalse(body.path("error").asText().isBlank(), "error in " + r.body());
        assertFalse(body.path("detail").asText().isBlank(), "detail in " + r.body());
        return body;
    }

    /** {@link #assertError}, the detail naming the problem without Java internals, and this server still up. */
    JsonNode assertErrorAndAlive(HttpResponse<String> r, int status, String detailMentions) throws Exception {
        JsonNode body = assertError(r, status);
        String detail = body.get("detail").asText();
        assertTrue(detail.toLowerCase().contains(detailMentions.toLowerCase()),
                "detail should mention '" + detailMentions + "': " + detail);
        assertFalse(detail.contains("Exception"), "no Java internals in " + detail);
        HttpResponse<String> health = get("/api/health");
        assertEquals(200, health.statusCode(), "the server still answers after a " + status);
        assertEquals("ok", JSON.readTree(health.body()).get("status").asText());
        return body;
    }

    /** Every cell of a sheet as type and displayed text (formulas by cached value), row by row. */
    static List<List<String>> sheetCells(Path xlsx, String sheetName) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            Sheet s = wb.getSheet(sheetName);
            assertNotNull(s, sheetName);
            for (int i = 0; i <= s.getLastRowNum(); i++) {
                Row r = s.getRow(i);
                List<String> cells = new ArrayList<>();
                if (r != null) {
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        Cell cell = r.getCell(c);
                        cells.add(cell == null ? "" : cell.getCellType() + ":" + text(cell));
                    }
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
