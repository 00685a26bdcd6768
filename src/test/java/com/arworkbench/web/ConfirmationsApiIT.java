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
 * POST /api/confirmations on a real server (the fixture of src/test/resources/confirmations, figures by hand in its
 * README): the workbook with its summary, and a missing threshold refused by name.
 */
class ConfirmationsApiIT {

    private static final Path DIR = Path.of("src/test/resources/confirmations");

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    private static Multipart form() throws Exception {
        return new Multipart().field("asOf", "2026-06-30")
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("history", "history.csv", Files.readAllBytes(DIR.resolve("history.csv")));
    }

    @Test
    void theWorkbookComesWithTheSampleInItsSummary() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/confirmations", form().field("keyItems", "50000")
                .field("tolerable", "1500").field("confidence", "95").field("seed", "7").field("negative", "true"));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        JsonNode summary = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals("confirmations", summary.get("job").asText());
        assertEquals(7, summary.get("seed").asLong());
        assertEquals(6, summary.get("balances").asInt());
        assertEquals("ALL CHECKS OK", summary.get("checks").asText());
        assertEquals("EUR", summary.get("samples").get(0).get("currency").asText());
        assertEquals(4, summary.get("samples").get(0).get("sampleSize").asInt());
        assertEquals("500.00", summary.get("samples").get(0).get("interval").asText());
    }

    @Test
    void withoutTheTolerableMisstatementTheRequestIsRefused() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/confirmations", form().field("keyItems", "50000"));
        assertEquals(400, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("tolerable"),
                () -> new String(r.body(), StandardCharsets.UTF_8));
    }
}
