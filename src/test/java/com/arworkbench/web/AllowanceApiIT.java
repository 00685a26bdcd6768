package com.arworkbench.web;

import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.XLSX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * POST /api/allowance on a real server with the generated history of src/test/resources/allowance: the workbook
 * with the oracle's provision in its summary, and a request without the history refused by name.
 */
class AllowanceApiIT {

    private static final Path DIR = Path.of("src/test/resources/allowance");

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    private static Multipart form() throws Exception {
        return new Multipart().field("asOf", "2026-06-30")
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")));
    }

    @Test
    void theWorkbookComesWithTheProvisionAgainstTheTrialBalance() throws Exception {
        JsonNode expected = JSON.readTree(DIR.resolve("expected.json").toFile());
        HttpResponse<byte[]> r = client.postBytes("/api/allowance", form()
                .file("history", "history.csv", Files.readAllBytes(DIR.resolve("history.csv")))
                .file("writeOffs", "write-offs.csv", Files.readAllBytes(DIR.resolve("write-offs.csv")))
                .file("gl", "trial-balance.csv", Files.readAllBytes(DIR.resolve("trial-balance.csv")))
                .field("method", "loss-rate").field("outcomeMonths", "6"));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        JsonNode summary = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals("allowance", summary.get("job").asText());
        assertEquals("ALL CHECKS OK", summary.get("checks").asText());
        JsonNode c = summary.get("currencies").get(0);
        assertEquals(expected.get("provision").asText(), c.get("provision").asText());
        assertEquals(expected.get("held").asText(), c.get("held").asText());
        assertEquals(expected.get("adjustment").asText(), c.get("adjustment").asText());
    }

    @Test
    void withoutTheInvoiceHistoryTheRequestIsRefused() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/allowance", form());
        assertEquals(400, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).toLowerCase().contains("history"),
                () -> new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void anUnknownMethodIsRefusedByName() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/allowance", form()
                .file("history", "history.csv", Files.readAllBytes(DIR.resolve("history.csv")))
                .field("method", "gut-feeling"));
        assertEquals(400, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("roll-rate"),
                () -> new String(r.body(), StandardCharsets.UTF_8));
    }
}
