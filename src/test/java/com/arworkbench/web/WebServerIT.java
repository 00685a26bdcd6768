package com.arworkbench.web;

import static com.arworkbench.support.Workbooks.text;
import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.XLSX;
import static com.arworkbench.web.ApiClient.assertError;
import static com.arworkbench.web.ApiClient.sheetCells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTTP API end to end: a real server on a free loopback port, multipart uploads of the fixture
 * exports, workbooks read back with POI, and every error answered as JSON with the right status.
 */
class WebServerIT {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    // ---------------------------------------------------------------- health and the page

    @Test
    void errorsAHostileFileRaisesBecomeA422NotAnHtml500() {
        // POI warns that hostile files can raise any Throwable; Errors skip Javalin's exception mappers.
        ApiException deep = assertThrows(ApiException.class,
                () -> ErrorMapper.contained(ctx -> { throw new StackOverflowError(); }).handle(null));
        assertEquals(422, deep.status());
        assertTrue(deep.getMessage().contains("nested too deeply"), deep.getMessage());
        ApiException big = assertThrows(ApiException.class,
                () -> ErrorMapper.contained(ctx -> { throw new OutOfMemoryError("Java heap space"); }).handle(null));
        assertEquals(422, big.status());
        assertTrue(big.getMessage().contains("more memory"), big.getMessage());
    }

    @Test
    void healthListsStatusVersionAndProfiles() throws Exception {
        HttpResponse<String> r = client.get("/api/health");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonNode body = JSON.readTree(r.body());
        assertEquals("ok", body.get("status").asText());
        assertFalse(body.path("version").asText().isBlank(), "version is given");
        List<String> ids = new ArrayList<>();
        body.get("profiles").forEach(p -> ids.add(p.get("id").asText()));
        assertTrue(ids.contains("sap-fbl5n"), "profiles " + ids);
        assertTrue(ids.contains("netsuite"), "profiles " + ids);
        body.get("profiles").forEach(p -> assertFalse(p.path("name").asText().isBlank(), "profile name for " + p));
        // The pack's table from file roles to sections, served so the page keeps no copy of it.
        JsonNode sections = body.get("packSections");
        assertEquals(9, sections.size(), sections.toString());
        assertEquals("KPIs, Forecast, Back-test", sections.get(2).get("name").asText());
        assertEquals("[\"INVOICE_HISTORY\"]", sections.get(2).get("needs").toString());
        assertEquals("[]", sections.get(2).get("params").toString(), "from files alone");
        // The allowance, after the reconciliation: the write-offs, with the history and the GL when given.
        assertEquals("Allowance for doubtful accounts", sections.get(5).get("name").asText());
        assertEquals("[\"WRITE_OFFS\"]", sections.get(5).get("needs").toString());
        // The balance confirmations, after the customer statements: the open items and both thresholds filled.
        assertEquals("Customer statements", sections.get(7).get("name").asText());
        assertEquals("Balance confirmations", sections.get(8).get("name").asText());
        assertEquals("[\"keyItems\",\"tolerable\"]", sections.get(8).get("params").toString());
    }

    @Test
    void servesThePageWithAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> page = client.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"),
                page.headers().firstValue("Content-Type").orElse("(none)"));
        assertTrue(page.body().contains("AR Workbench"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        // no inline script in the page: every <script> loads a file, and no element has an on… handler
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("(?is)<script([^>]*)>(.*?)</script>").matcher(page.body());
        int count = 0;
        while (scripts.find()) {
            count++;
            assertTrue(scripts.group(1).contains("src="), "script without src: " + scripts.group());
            assertTrue(scripts.group(2).isBlank(), "inline script: " + scripts.group());
        }
        assertTrue(count > 0, "the page loads its script");
        assertFalse(java.util.regex.Pattern.compile("(?i)\\son[a-z]+\\s*=").matcher(page.body()).find(), "inline event handler");
        assertFalse(page.body().toLowerCase().contains("javascript:"), "javascript: URL");
        HttpResponse<String> api = client.get("/api/health");
        assertEquals(csp, api.headers().firstValue("Content-Security-Policy").orElse(""));
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));

        Map<String, String> modules = pageModules(page.body());
        assertTrue(modules.size() > 1, "the entry module and the modules it imports: " + modules.keySet());
    }

    /**
     * The page's script: the ES module its module script names, and every module that one imports, by path.
     * Each is served with a JavaScript type, without which the browser refuses a module (and nosniff any guess).
     */
    private static Map<String, String> pageModules(String html) throws Exception {
        java.util.regex.Matcher entry = java.util.regex.Pattern.compile("<script type=\"module\" src=\"([^\"]+)\"")
                .matcher(html);
        assertTrue(entry.find(), "the page loads a module script");
        java.util.regex.Pattern imports = java.util.regex.Pattern.compile("(?m)^import\\s[^;]*?from\\s+'([^']+)'");
        Map<String, String> modules = new LinkedHashMap<>();
        Deque<String> todo = new ArrayDeque<>(List.of(URI.create("/").resolve(entry.group(1)).getPath()));
        while (!todo.isEmpty()) {
            String path = todo.pop();
            if (modules.containsKey(path)) {
                continue;
            }
            HttpResponse<String> js = client.get(path);
            assertEquals(200, js.statusCode(), path);
            String type = js.headers().firstValue("Content-Type").orElse("(none)");
            assertTrue(type.contains("javascript"), path + " is served as " + type);
            assertFalse(js.body().isBlank(), path);
            modules.put(path, js.body());
            java.util.regex.Matcher imported = imports.matcher(js.body());
            while (imported.find()) {
                todo.add(URI.create(path).resolve(imported.group(1)).getPath());
            }
        }
        return modules;
    }

    @Test
    void thePageLeadsWithTheMonthEndPackAndKeepsTheSingleJobs() throws Exception {
        String html = client.get("/").body();
        int pack = html.indexOf("id=\"pack-card\"");
        int singles = html.indexOf("id=\"singles-heading\"");
        assertTrue(pack > 0 && singles > pack, "the pack card comes first, the single jobs below it");
        for (String id : List.of("pack-rows", "pack-problem", "pack-as-of", "pack-sections", "pack-build", "pack-result",
                "pack-kpis", "pack-checks", "job-aging", "job-dunning", "job-recon", "job-cashapp", "job-statements",
                "job-confirmations", "build")) {
            assertTrue(html.contains("id=\"" + id + "\""), "the page has #" + id);
        }
        // The drop zones are drawn by the script from its table of jobs and their files (BrowserIT sees them drawn).
        assertTrue(html.contains("<div data-zones=\"pack\"></div>"), "the pack's drop zone has its place");
        assertTrue(html.contains("<div data-zones=\"aging dunning recon cashapp statements confirmations allowance\"></div>"), "so have the single jobs'");
        assertTrue(html.contains("Month-end pack") && html.contains("Build month-end pack"));
        assertTrue(html.matches("(?s).*class=\"tagline\"[^<]*month-end pack[^<]*KPIs.*"), "the tagline names the pack and KPIs");
        assertFalse(html.contains("<script>") || html.contains(" style=\"") || html.matches("(?s).*\\son[a-z]+=\".*"),
                "no inline script, style or handler under the CSP");

        String js = String.join("\n", pageModules(html).values());
        assertTrue(js.contains("'/api/recognize'") && js.contains("'/api/pack'"), "the page calls /api/recognize and /api/pack");
        for (String role : List.of("open-items", "history", "prior", "write-offs", "gl", "payments", "remittances",
                "customers", "previous")) {
            assertTrue(js.contains("value: '" + role + "'"), "role choice " + role);
        }
        for (String endpoint : List.of("/api/aging", "/api/dunning", "/api/recon", "/api/cashapp")) {
            assertTrue(js.contains("'" + endpoint + "'"), "the page still calls " + endpoint);
        }
        for (String writer : List.of(".innerHTML", ".outerHTML", "insertAdjacentHTML", "document.write")) {
            assertFalse(js.contains(writer), "text from files and the server goes in as textContent, not with " + writer);
        }
    }

    @Test
    void unknownApiPathIsJson404() throws Exception {
        HttpResponse<String> r = client.get("/api/nothing-here");
        assertError(r, 404);
    }

    // ---------------------------------------------------------------- inspect

    @Test
    void inspectDescribesAQuickBooksOnlineExport() throws Exception {
        HttpResponse<String> r = client.postText("/api/inspect", new Multipart()
                .file("file", "quickbooks-online-aging-detail.csv", fixture("quickbooks-online-aging-detail.csv")));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("quickbooks-online-aging-detail.csv", body.get("fileName").asText());
        assertEquals("quickbooks-online", body.get("profile").get("id").asText());
        assertFalse(body.get("profile").get("forced").asBoolean());
        assertEquals(5, body.get("headerRow").asLong());
        assertEquals(14, body.get("dataRows").asLong());
        assertEquals(0, body.get("rejectedRows").asLong());
        List<BigDecimal> totals = new ArrayList<>();
        body.get("controlTotals").forEach(t -> totals.add(new BigDecimal(t.get("amount").asText())));
        assertEquals(List.of(new BigDecimal("21947.09")), totals);
        assertTrue(body.get("columns").isArray() && body.get("columns").size() > 0, "columns " + body.get("columns"));
        List<String> headers = new ArrayList<>();
        body.get("columns").forEach(c -> headers.add(c.get("header").asText()));
        assertTrue(headers.contains("Open balance"), "mapped headers " + headers);
    }

    @Test
    void inspectWithAForcedProfileThatDoesNotFitIs422() throws Exception {
        HttpResponse<String> r = client.postText("/api/inspect", new Multipart()
                .field("profile", "sap-fbl5n")
                .file("file", "quickbooks-online-aging-detail.csv", fixture("quickbooks-online-aging-detail.csv")));
        JsonNode body = assertError(r, 422);
        String detail = body.get("detail").asText();
        assertTrue(detail.contains("header"), detail);
        assertTrue(detail.contains("sap-fbl5n"), detail);
    }

    // ---------------------------------------------------------------- aging

    @Test
    void agingReturnsTheWorkbookWithASummaryHeader() throws Exception {
        JsonNode expected = expected("sap-fbl5n-de");
        String asOf = expected.get("asOf").asText();
        HttpResponse<byte[]> r = client.postBytes("/api/aging", new Multipart()
                .field("asOf", asOf)
                .file("file", "sap-fbl5n-de.csv", fixture("sap-fbl5n-de.csv")));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));

        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename=\"aging-" + asOf + "-sap-fbl5n-de.xlsx\""), disposition);

        String summaryHeader = r.headers().firstValue("X-Arw-Summary").orElseThrow();
        assertTrue(summaryHeader.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII only: " + summaryHeader);
        JsonNode summary = JSON.readTree(summaryHeader);
        assertEquals("ALL CHECKS OK", summary.get("checks").asText());
        assertEquals(expected.get("rowsAged").asInt(), summary.get("rowsAged").asInt());
        assertEquals(0, summary.get("rowsRejected").asInt());
        assertEquals("EUR", summary.get("totals").get(0).get("currency").asText());
        assertEquals(0, new BigDecimal(expected.get("buckets").get("EUR").get("Total").asText())
                .compareTo(new BigDecimal(summary.get("totals").get(0).get("amount").asText())));

        Path xlsx = tmp.resolve("api.xlsx");
        Files.write(xlsx, r.body());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            Sheet s = wb.getSheet("Summary");
            int h = Workbooks.headerRow(s, "Customer ID");
            Row total = Workbooks.rowWithText(s, 0, "Total EUR");
            Workbooks.assertMoney(expected.get("buckets").get("EUR").get("Total").asText(),
                    total.getCell(Workbooks.column(s, h, "Total")), "Summary Total EUR");
            for (String bucket : List.of("Current", "1-30", "31-60", "61-90", "91-120", "Over 120")) {
                Workbooks.assertMoney(expected.get("buckets").get("EUR").get(bucket).asText(),
                        total.getCell(Workbooks.column(s, h, bucket)), "Summary Total EUR " + bucket);
            }
            Sheet detail = wb.getSheet("Detail");
            assertEquals(expected.get("rowsAged").asInt(),
                    Workbooks.dataRows(detail, Workbooks.headerRow(detail, "Source row")).size(), "Detail rows");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
    }

    @Test
    void apiAndCliProduceTheSameSummary() throws Exception {
        String asOf = expected("netsuite-aging-detail").get("asOf").asText();
        Path input = FIXTURES.resolve("netsuite-aging-detail.csv");
        Path cliOut = tmp.resolve("cli.xlsx");
        CliRun.Result run = CliRun.run("aging", input.toString(), "--as-of", asOf, "--out", cliOut.toString());
        assertEquals(0, run.code(), run.err());

        HttpResponse<byte[]> r = client.postBytes("/api/aging", new Multipart()
                .field("asOf", asOf)
                .file("file", "netsuite-aging-detail.csv", Files.readAllBytes(input)));
        assertEquals(200, r.statusCode());
        Path apiOut = tmp.resolve("api.xlsx");
        Files.write(apiOut, r.body());

        List<List<String>> cli = sheetCells(cliOut, "Summary");
        List<List<String>> api = sheetCells(apiOut, "Summary");
        assertTrue(cli.size() > 5, "Summary has rows: " + cli);
        assertTrue(cli.stream().flatMap(List::stream).anyMatch(c -> c.endsWith(":45932.69")), "grand total in " + cli);
        assertEquals(cli, api);
    }

    @Test
    void bucketsAndBasisFieldsAreApplied() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/aging", new Multipart()
                .field("asOf", "2026-07-31")
                .field("buckets", "15,45")
                .field("basis", "document")
                .file("file", "netsuite-aging-detail.csv", fixture("netsuite-aging-detail.csv")));
        assertEquals(200, r.statusCode());
        Path xlsx = tmp.resolve("custom.xlsx");
        Files.write(xlsx, r.body());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            Sheet s = wb.getSheet("Summary");
            int h = Workbooks.headerRow(s, "Customer ID");
            Workbooks.column(s, h, "1-15");
            Workbooks.column(s, h, "Over 45");
            Sheet detail = wb.getSheet("Detail");
            int dh = Workbooks.headerRow(detail, "Source row");
            // INV10452: document 7/1/2026, due 7/31/2026 -> 30 days by document date (0 by due date)
            Row row = Workbooks.rowWithText(detail, Workbooks.column(detail, dh, "Document no."), "INV10452");
            assertEquals("30", text(row.getCell(Workbooks.column(detail, dh, "Days past due"))));
            assertEquals("16-45", text(row.getCell(Workbooks.column(detail, dh, "Bucket"))));
        }
    }

    // ---------------------------------------------------------------- errors

    @Test
    void missingAsOfIs400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .file("file", "netsuite.csv", fixture("netsuite-aging-detail.csv"))), 400, "asOf");
    }

    @Test
    void asOfNotIsoIs400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "31/12/2026")
                .file("file", "netsuite.csv", fixture("netsuite-aging-detail.csv"))), 400, "31/12/2026");
    }

    @Test
    void descendingBucketsAre400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").field("buckets", "60,30")
                .file("file", "netsuite.csv", fixture("netsuite-aging-detail.csv"))), 400, "ascending");
    }

    @Test
    void unknownBasisIs400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").field("basis", "weekly")
                .file("file", "netsuite.csv", fixture("netsuite-aging-detail.csv"))), 400, "weekly");
    }

    @Test
    void noFileFieldIs400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart().field("asOf", "2026-07-31")), 400, "file");
        client.assertErrorAndAlive(client.postText("/api/inspect", new Multipart().field("profile", "netsuite")), 400, "file");
    }

    @Test
    void unknownProfileIs400() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").field("profile", "no-such-erp")
                .file("file", "netsuite.csv", fixture("netsuite-aging-detail.csv"))), 400, "no-such-erp");
    }

    @Test
    void emptyFileIs422() throws Exception {
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").file("file", "empty.csv", new byte[0])), 422, "empty");
    }

    @Test
    void randomBytesAre415() throws Exception {
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").file("file", "export.csv", noise)), 415, "binary");
    }

    @Test
    void xmlThatIsNotASpreadsheetIs415() throws Exception {
        byte[] xml = "<?xml version=\"1.0\"?>\n<note><to>x</to></note>\n".getBytes(StandardCharsets.UTF_8);
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").file("file", "note.xml", xml)), 415, "XML");
    }

    @Test
    void headerOnlyCsvIsA422NotAnEmptyWorkbook() throws Exception {
        // An empty aging that says ALL CHECKS OK would hide a wrong report filter (issue 11).
        byte[] csv = "Customer,Transaction Type,Date,Document Number,Due Date,Open Balance\r\n"
                .getBytes(StandardCharsets.UTF_8);
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").file("file", "header-only.csv", csv)), 422, "No open items in header-only.csv");
    }

    @Test
    void uploadLargerThanTheLimitIs413() throws Exception {
        WebServer small = WebServer.start(new WebServer.Config("127.0.0.1", 0, 50 * 1024, null, null));
        try {
            ApiClient smallClient = client.on(small);
            StringBuilder csv = new StringBuilder("Customer,Date,Document Number,Due Date,Open Balance\n");
            for (int i = 0; csv.length() < 200 * 1024; i++) {
                csv.append("C").append(i % 50).append(",7/1/2026,INV").append(i).append(",7/31/2026,100.00\n");
            }
            HttpResponse<String> r = smallClient.postText("/api/aging", new Multipart()
                    .field("asOf", "2026-07-31")
                    .file("file", "big.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
            JsonNode body = assertError(r, 413);
            assertTrue(body.get("detail").asText().contains("limited"), body.toString());
            assertEquals(200, smallClient.get("/api/health").statusCode(), "the small server still answers");

            // a file under the limit is still accepted by the same server
            HttpResponse<byte[]> ok = smallClient.postBytes("/api/aging", new Multipart()
                    .field("asOf", "2026-07-31")
                    .file("file", "netsuite-aging-detail.csv", fixture("netsuite-aging-detail.csv")));
            assertEquals(200, ok.statusCode());
        } finally {
            small.stop();
        }
    }

    // ---------------------------------------------------------------- binding and temp files

    @Test
    void refusesToBindOffLoopbackWithoutAToken() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WebServer.start(new WebServer.Config("0.0.0.0", 0, 1024 * 1024, null, null)));
        assertTrue(e.getMessage().contains("token"), e.getMessage());
    }

    @Test
    void aTokenIsRequiredOnTheApiWhenConfigured() throws Exception {
        WebServer guarded = WebServer.start(new WebServer.Config("127.0.0.1", 0, 1024 * 1024, null, "s3cret-token"));
        try {
            ApiClient guardedClient = client.on(guarded);
            assertError(guardedClient.get("/api/health"), 401);
            HttpRequest.Builder health = HttpRequest.newBuilder(guardedClient.uri("/api/health")).GET();
            assertEquals(401, guardedClient.send(health.copy().header("Authorization", "Bearer wrong").build())
                    .statusCode());
            assertEquals(200, guardedClient.send(health.copy().header("Authorization", "Bearer s3cret-token").build())
                    .statusCode());
            assertEquals(200, guardedClient.send(health.copy().header("X-Arw-Token", "s3cret-token").build())
                    .statusCode());
            assertError(guardedClient.postText("/api/aging", new Multipart().field("asOf", "2026-07-31")
                    .file("file", "netsuite.csv", fixture("netsuite-aging-detail.csv"))), 401);
            assertEquals(200, guardedClient.get("/").statusCode(), "the page itself needs no token");

            // every API call, including the multi-file ones, checks the token before reading any upload
            byte[] netsuite = fixture("netsuite-aging-detail.csv");
            for (String endpoint : List.of("/api/inspect", "/api/aging", "/api/dunning", "/api/recon", "/api/cashapp",
                    "/api/recognize", "/api/pack", "/api/kpi")) {
                Multipart form = new Multipart().field("asOf", "2026-07-31").file("file", "n.csv", netsuite)
                        .file("files", "n.csv", netsuite);
                HttpRequest.Builder post = HttpRequest.newBuilder(guardedClient.uri(endpoint))
                        .header("Content-Type", form.contentType()).POST(form.publisher());
                assertError(guardedClient.send(post.copy().build()), 401);
                assertError(guardedClient.send(post.copy().header("X-Arw-Token", "s3cret-toke").build()), 401);
                assertError(guardedClient.send(post.copy().header("Authorization", "Basic czNjcmV0LXRva2Vu").build()), 401);
                assertEquals(0, TempFilesAndFaultsIT.leftovers(guarded.tempRoot()).size(), endpoint);
            }
            Multipart pack = new Multipart().field("asOf", "2026-07-31").file("files", "n.csv", netsuite);
            HttpResponse<String> ok = guardedClient.send(HttpRequest.newBuilder(guardedClient.uri("/api/pack"))
                    .header("Content-Type", pack.contentType()).header("Authorization", "Bearer s3cret-token")
                    .POST(pack.publisher()).build());
            assertEquals(200, ok.statusCode(), ok.body());
        } finally {
            guarded.stop();
        }
    }

    @Test
    void bindsToLoopbackByDefaultAndElsewhereOnlyWithAToken() throws Exception {
        WebServer.Config defaults = WebServer.Config.fromArgs(null, null, null, null, "t");
        assertEquals("127.0.0.1", defaults.host());
        assertEquals(7070, defaults.port());
        assertThrows(IllegalArgumentException.class,
                () -> WebServer.start(new WebServer.Config("::", 0, 1024 * 1024, null, null)));
        WebServer open = WebServer.start(WebServer.Config.fromArgs("0.0.0.0", "0", null, null, "wide-open-no-more"));
        try {
            ApiClient openClient = client.on(open);
            assertError(openClient.get("/api/health"), 401);
            assertEquals(200, openClient.send(HttpRequest.newBuilder(openClient.uri("/api/health"))
                    .header("X-Arw-Token", "wide-open-no-more").GET().build()).statusCode());
        } finally {
            open.stop();
        }
    }

    @Test
    void aColumnMappingCanBeSentAsAField() throws Exception {
        byte[] csv = """
                Client,Inv #,Inv Date,Pay By,Balance
                Alpha Ltd,A-1,2026-05-01,2026-05-31,100.00
                Beta GmbH,B-1,2026-07-01,2026-07-20,40.25
                """.getBytes(StandardCharsets.UTF_8);
        String mapping = "{\"columns\":{\"customer\":\"Client\",\"documentNumber\":\"Inv #\",\"documentDate\":\"Inv Date\","
                + "\"dueDate\":\"Pay By\",\"openAmount\":\"Balance\"}}";
        HttpResponse<byte[]> r = client.postBytes("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").field("mapping", mapping).file("file", "odd.csv", csv));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        JsonNode summary = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertTrue(summary.get("profile").asText().contains("Custom mapping"), summary.toString());
        assertEquals(2, summary.get("rowsAged").asInt());
        assertEquals("140.25", summary.get("totals").get(0).get("amount").asText());

        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").field("mapping", "{not json").file("file", "odd.csv", csv)), 400, "");
        client.assertErrorAndAlive(client.postText("/api/aging", new Multipart()
                .field("asOf", "2026-07-31").field("mapping", "{\"columns\":{\"openAmount\":\"Remaining\"}}")
                .file("file", "odd.csv", csv)), 422, "Remaining");
    }

    @Test
    void aBodyThatIsNotMultipartIsAClientError() throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(client.uri("/api/aging"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"asOf\":\"2026-07-31\"}")).build());
        client.assertErrorAndAlive(r, 400, "");
    }

    // ---------------------------------------------------------------- helpers

    private static byte[] fixture(String name) throws IOException {
        return Files.readAllBytes(FIXTURES.resolve(name));
    }

    private static JsonNode expected(String name) throws IOException {
        return JSON.readTree(FIXTURES.resolve("expected/" + name + ".json").toFile());
    }
}
