package com.arworkbench.web;

import static com.arworkbench.support.Workbooks.text;
import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.XLSX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/recognize and /api/pack against a real server, with the files the page's month-end pack
 * is tried with: the NetSuite open items, invoice history, write-offs, customer master and GL detail.
 */
class PackApiIT {

    private static final String AS_OF = "2026-06-30";
    private static final Path OPEN_ITEMS = Path.of("examples/netsuite-ar-aging-detail.csv");
    private static final Path HISTORY = Path.of("examples/kpi/invoice-history.csv");
    private static final Path WRITE_OFFS = Path.of("examples/kpi/write-offs.csv");
    private static final Path CUSTOMERS = Path.of("examples/netsuite-customers.csv");
    private static final Path GL = Path.of("examples/recon/netsuite-gl-detail.csv");
    private static final String WRITE_OFFS_ROLE = "{\"write-offs.csv\": \"write-offs\"}";

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    /** Every file in the repeated field "files", as the page sends them. */
    private static Multipart files(Path... paths) throws Exception {
        Multipart form = new Multipart();
        for (Path p : paths) {
            form.file("files", p.getFileName().toString(), Files.readAllBytes(p));
        }
        return form;
    }

    private static Multipart allFive() throws Exception {
        return files(OPEN_ITEMS, HISTORY, WRITE_OFFS, CUSTOMERS, GL);
    }

    private static Map<String, String> roles(JsonNode answer) {
        Map<String, String> roles = new LinkedHashMap<>();
        answer.get("files").forEach(f -> roles.put(f.get("name").asText(), f.get("role").asText()));
        return roles;
    }

    @Test
    void recognisesTheFiveFilesByContentAndTakesTheWriteOffsRoleFromTheUser() throws Exception {
        HttpResponse<String> r = client.postText("/api/recognize", allFive().field("roles", WRITE_OFFS_ROLE));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals(Map.of("netsuite-ar-aging-detail.csv", "OPEN_ITEMS", "invoice-history.csv", "INVOICE_HISTORY",
                "write-offs.csv", "WRITE_OFFS", "netsuite-customers.csv", "CUSTOMER_MASTER",
                "netsuite-gl-detail.csv", "GENERAL_LEDGER"), roles(body));
        List<String> order = new ArrayList<>(roles(body).keySet());
        assertEquals(List.of("netsuite-ar-aging-detail.csv", "invoice-history.csv", "write-offs.csv",
                "netsuite-customers.csv", "netsuite-gl-detail.csv"), order, "files in the order sent");
        assertTrue(body.get("canBuild").asBoolean(), r.body());
        assertEquals("", body.get("problem").asText());
        for (JsonNode f : body.get("files")) {
            assertFalse(f.path("roleLabel").asText().isBlank(), "roleLabel of " + f);
            assertFalse(f.path("description").asText().isBlank(), "description of " + f);
            assertFalse(f.path("how").asText().isBlank(), "how of " + f);
            assertTrue(f.path("size").asLong() > 0, "size of " + f);
        }
        assertEquals(Files.size(HISTORY), body.get("files").get(1).get("size").asLong());
        assertEquals("Write-offs (bad debts)", body.get("files").get(2).get("roleLabel").asText());
        assertTrue(body.get("files").get(2).get("how").asText().startsWith("given as"), body.get("files").get(2).toString());
    }

    @Test
    void withoutTheRoleTheWriteOffsAreRecognisedByTheirTitleNotAsASecondHistory() throws Exception {
        // They have the history's columns; before, they clashed with it ("Keep one") while the checklist counted them.
        HttpResponse<String> r = client.postText("/api/recognize", allFive());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("WRITE_OFFS", roles(body).get("write-offs.csv"));
        assertEquals("INVOICE_HISTORY", roles(body).get("invoice-history.csv"));
        assertTrue(body.get("canBuild").asBoolean(), body.get("problem").asText());
    }

    @Test
    void noOpenItemsIsAProblemNotAnError() throws Exception {
        HttpResponse<String> r = client.postText("/api/recognize", files(HISTORY));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(Map.of("invoice-history.csv", "INVOICE_HISTORY"), roles(body));
        assertFalse(body.get("canBuild").asBoolean());
        assertTrue(body.get("problem").asText().contains("No open-items export"), body.get("problem").asText());
    }

    @Test
    void recognizeWithoutFilesOrWithBadRolesIs400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/recognize", new Multipart().field("roles", "{}")), 400, "files");
        client.assertErrorAndAlive(client.postText("/api/recognize", files(OPEN_ITEMS)
                .field("roles", "{\"netsuite-ar-aging-detail.csv\": \"lottery\"}")), 400, "role");
    }

    @Test
    void packIsOneWorkbookWithEverySectionTheFilesAllow() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/pack", allFive().field("asOf", AS_OF).field("roles", WRITE_OFFS_ROLE));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow().contains("month-end-pack-2026-06-30.xlsx"));

        JsonNode s = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals("pack", s.get("job").asText());
        assertEquals("ALL CHECKS OK", s.get("checks").asText());
        List<String> sections = new ArrayList<>();
        s.get("sections").forEach(n -> sections.add(n.asText()));
        assertEquals(List.of("Dashboard", "Aging", "KPIs", "Forecast", "Back-test", "Dunning worklist", "Reconciliation",
                "Allowance", "Provision matrix", "Loss history", "Allowance by customer", "Write-offs", "Journal entry",
                "Statements", "Mail merge"), sections);
        assertEquals(5, s.get("files").size());
        assertEquals(163, s.get("rowsAged").asInt());
        assertEquals(0, s.get("rowsRejected").asInt());
        assertTrue(s.get("rowsRead").asInt() >= s.get("rowsAged").asInt(), s.toString());
        JsonNode kpi = s.get("kpis").get(0);
        assertNotNull(kpi, s.toString());
        for (String field : List.of("endingAr", "dso", "bestPossibleDso", "averageDaysDelinquent", "countbackDso", "cei",
                "percentCurrent", "percentOver90", "forecast13Weeks")) {
            assertFalse(kpi.path(field).asText().isBlank(), field + " in " + kpi);
        }

        Path pack = tmp.resolve("pack.xlsx");
        Files.write(pack, r.body());
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            for (String sheet : List.of("Dashboard", "KPIs", "Forecast", "Worklist", "Reconciliation")) {
                assertNotNull(wb.getSheet(sheet), sheet + " sheet");
            }
            assertNull(wb.getSheet("Cash Application"), "no payments, no cash application");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
    }

    /**
     * The confirmation fields the page's pack card sends: the pack has the balance confirmations after the customer
     * statements, with the seed and confidence sent on its Sample sheet and the replies read back by the job; one
     * threshold without the other is a 400 naming the missing field.
     */
    @Test
    void packWithTheConfirmationFieldsHasTheBalanceConfirmations() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/pack", files(OPEN_ITEMS, HISTORY).field("asOf", AS_OF)
                .field("keyItems", "40000").field("tolerable", "50000").field("confidence", "90").field("seed", "7"));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        JsonNode s = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals("ALL CHECKS OK", s.get("checks").asText());
        List<String> sections = new ArrayList<>();
        s.get("sections").forEach(n -> sections.add(n.asText()));
        assertEquals(List.of("Dashboard", "Aging", "KPIs", "Forecast", "Back-test", "Statements", "Mail merge",
                "Confirmations", "Confirmation letters", "Sample"), sections);
        Path pack = tmp.resolve("pack.xlsx");
        Files.write(pack, r.body());
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            var sample = wb.getSheet("Sample");
            int h = Workbooks.headerRow(sample, "Currency");
            var first = Workbooks.dataRows(sample, h).get(0);
            assertEquals("7", text(first.getCell(Workbooks.column(sample, h, "Seed"))));
            assertEquals("90", text(first.getCell(Workbooks.column(sample, h, "Confidence %"))));
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }

        JsonNode refused = client.assertErrorAndAlive(client.postText("/api/pack", files(OPEN_ITEMS).field("asOf", AS_OF)
                .field("keyItems", "40000")), 400, "tolerable is missing");
        assertTrue(refused.get("detail").asText().startsWith("keyItems asks for the balance confirmations"),
                refused.toString());
        client.assertErrorAndAlive(client.postText("/api/pack", files(OPEN_ITEMS).field("asOf", AS_OF)
                .field("tolerable", "50000").field("negative", "false")), 400, "keyItems is missing");
        client.assertErrorAndAlive(client.postText("/api/pack", files(OPEN_ITEMS).field("asOf", AS_OF)
                .field("keyItems", "40000").field("tolerable", "-5")), 400, "tolerable must be an amount above 0");
    }

    @Test
    void packWithoutAsOfIs400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/pack", files(OPEN_ITEMS, HISTORY)), 400, "asOf");
    }

    @Test
    void twoOpenItemsExportsAre422NamingBothAndTheWayOut() throws Exception {
        Path odoo = Path.of("examples/odoo-open-items.csv");
        JsonNode body = client.assertErrorAndAlive(client.postText("/api/pack",
                files(OPEN_ITEMS, odoo).field("asOf", AS_OF)), 422, "two files are read as open items");
        String detail = body.get("detail").asText();
        assertTrue(detail.contains("netsuite-ar-aging-detail.csv") && detail.contains("odoo-open-items.csv"), detail);
        assertTrue(detail.contains("Prior-period open items") && detail.contains("Role menu"), "says how to keep both: " + detail);
    }
}
