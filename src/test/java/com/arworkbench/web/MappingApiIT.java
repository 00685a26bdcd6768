package com.arworkbench.web;

import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The mapping step over HTTP: columns with confidence, the 422 that asks, partial mappings, saved mappings. */
class MappingApiIT {

    private static final Path DIR = Path.of("src/test/resources/mapping");

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    @Test
    void inspectListsEveryColumnWithItsFieldConfidenceEvidenceAndSample() throws Exception {
        JsonNode body = inspect("guessed.csv", null);
        JsonNode cols = body.get("columns");
        assertEquals(7, cols.size(), cols.toString());
        JsonNode amount = cols.get(5);
        assertEquals("Invoice Amount", amount.get("header").asText());
        assertEquals("openAmount", amount.get("fieldKey").asText(), "the first candidate is shown…");
        assertEquals("Open amount", amount.get("field").asText());
        assertEquals("low", amount.get("confidence").asText(), "…and marked low: the user decides");
        assertTrue(amount.get("evidence").asText().contains("values are amounts"), amount.toString());
        assertEquals("1000.00", amount.get("sample").asText());
        JsonNode owed = cols.get(6);
        assertTrue(owed.get("fieldKey").isNull(), "Still Owed is not used: " + owed);
        assertEquals(1, body.get("uncertain").size(), body.toString());
        assertEquals("[\"Invoice Amount\",\"Still Owed\"]", body.get("uncertain").get(0).get("candidates").toString());
        assertTrue(body.get("savedMapping").isNull());
    }

    @Test
    void aPartialMappingMovesOneFieldAndTheWorkbookFollows() throws Exception {
        String spec = "{\"partial\": true, \"columns\": {\"openAmount\": \"Still Owed\"}}";
        JsonNode body = inspect("guessed.csv", spec);
        assertEquals("openAmount", body.get("columns").get(6).get("fieldKey").asText());
        assertEquals("originalAmount", body.get("columns").get(5).get("fieldKey").asText(), "the other amount is the original");
        assertEquals(0, body.get("uncertain").size(), "decided");
        assertEquals("dueDate", body.get("columns").get(3).get("fieldKey").asText(), "the rest is detected");

        HttpResponse<byte[]> r = client.postBytes("/api/aging", new Multipart().field("asOf", "2026-06-30")
                .field("mapping", spec).file("file", "guessed.csv", Files.readAllBytes(DIR.resolve("guessed.csv"))));
        assertEquals(200, r.statusCode(), new String(r.body()));
        assertEquals("3000.00", summaryTotal(r.body()));
    }

    @Test
    void anUncertainRequiredFieldIsA422NamingTheCandidates() throws Exception {
        HttpResponse<String> r = client.postText("/api/aging", new Multipart().field("asOf", "2026-06-30")
                .field("mapping", "{\"partial\": true, \"columns\": {\"openAmount\": \"Amount\"}}")
                .file("file", "two.csv", Files.readAllBytes(DIR.resolve("two-amount-columns.csv"))));
        JsonNode body = assertError(r, 422);
        JsonNode u = body.get("uncertain");
        assertEquals(1, u.size(), body.toString());
        assertEquals("openAmount", u.get(0).get("field").asText());
        assertEquals("Open amount", u.get(0).get("label").asText());
        assertEquals("[\"6\",\"7\"]", u.get(0).get("candidates").toString());

        HttpResponse<String> plain = client.postText("/api/inspect", new Multipart()
                .file("file", "two.csv", Files.readAllBytes(DIR.resolve("two-amount-columns.csv"))));
        assertEquals(200, plain.statusCode(), plain.body());
        assertEquals("[\"6\",\"7\"]", JSON.readTree(plain.body()).get("uncertain").get(0).get("candidates").toString(),
                "two columns under the header the open amount was matched by: inspect shows the question, a build asks it");
        HttpResponse<String> decided = client.postText("/api/inspect", new Multipart()
                .field("mapping", "{\"partial\": true, \"columns\": {\"openAmount\": \"7\"}}")
                .file("file", "two.csv", Files.readAllBytes(DIR.resolve("two-amount-columns.csv"))));
        assertEquals(200, decided.statusCode(), decided.body());
        assertEquals("openAmount", JSON.readTree(decided.body()).get("columns").get(6).get("fieldKey").asText());

        HttpResponse<String> inspect = client.postText("/api/inspect", new Multipart()
                .field("mapping", "{\"partial\": true, \"columns\": {\"openAmount\": \"Amount\"}}")
                .file("file", "two.csv", Files.readAllBytes(DIR.resolve("two-amount-columns.csv"))));
        assertEquals(1, assertError(inspect, 422).get("uncertain").size(), "inspect asks the same way");

        HttpResponse<String> recognize = client.postText("/api/recognize", new Multipart()
                .field("mapping", "{\"partial\": true, \"columns\": {\"openAmount\": \"Amount\"}}")
                .file("files", "two.csv", Files.readAllBytes(DIR.resolve("two-amount-columns.csv"))));
        JsonNode rec = JSON.readTree(recognize.body());
        assertFalse(rec.get("canBuild").asBoolean(), rec.toString());
        assertEquals("openAmount", rec.get("files").get(0).get("uncertain").get(0).get("field").asText(), rec.toString());
        assertTrue(rec.get("problem").asText().contains("Choose the columns of two.csv"), rec.toString());
    }

    @Test
    void aSavedMappingIsUsedByItselfForTheNextFileWithTheSameHeader() throws Exception {
        // a server of its own, with its own mappings folder, so the other tests see no saved mapping
        Path folder = tmp.resolve("mappings");
        WebServer server = WebServer.start(new WebServer.Config("127.0.0.1", 0, 50L * 1024 * 1024, null, null,
                tmp.resolve("temp"), folder));
        try {
            savedMappingOn(client.on(server));
            assertTrue(Files.list(folder).anyMatch(p -> p.toString().endsWith(".json")), "saved in the folder given");
        } finally {
            server.stop();
        }
    }

    private void savedMappingOn(ApiClient client) throws Exception {
        HttpResponse<String> empty = client.get("/api/mappings");
        assertEquals(200, empty.statusCode());

        HttpResponse<String> saved = client.postText("/api/mappings", new Multipart().field("name", "Harbor open items")
                .field("mapping", "{\"partial\": true, \"columns\": {\"openAmount\": \"Still Owed\"}}")
                .file("file", "guessed.csv", Files.readAllBytes(DIR.resolve("guessed.csv"))));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonNode entry = JSON.readTree(saved.body());
        assertEquals("Harbor open items", entry.get("name").asText());
        assertEquals(64, entry.get("signature").asText().length());
        assertEquals("Still Owed", entry.get("headers").get(6).asText());

        JsonNode list = JSON.readTree(client.get("/api/mappings").body());
        assertTrue(list.get("mappings").findValuesAsText("name").contains("Harbor open items"), list.toString());
        assertEquals(0, list.get("problems").size());

        // next month's export: same columns, written differently; no mapping sent
        JsonNode next = JSON.readTree(client.postText("/api/inspect", new Multipart()
                .file("file", "guessed-next.csv", Files.readAllBytes(DIR.resolve("guessed-next.csv")))).body());
        assertEquals("Harbor open items", next.get("savedMapping").asText(), next.toString());
        assertEquals("openAmount", next.get("columns").get(6).get("fieldKey").asText());
        HttpResponse<byte[]> r = client.postBytes("/api/aging", new Multipart().field("asOf", "2026-06-30")
                .file("file", "guessed-next.csv", Files.readAllBytes(DIR.resolve("guessed-next.csv"))));
        assertEquals(200, r.statusCode());
        assertEquals("1100.00", summaryTotal(r.body()));

        HttpResponse<String> recognize = client.postText("/api/recognize", new Multipart()
                .file("files", "guessed-next.csv", Files.readAllBytes(DIR.resolve("guessed-next.csv"))));
        JsonNode f = JSON.readTree(recognize.body()).get("files").get(0);
        assertEquals("Harbor open items", f.get("savedMapping").asText(), f.toString());
        assertEquals("openAmount", f.get("columns").get(6).get("fieldKey").asText());

        assertError(client.postText("/api/mappings", new Multipart().field("mapping", "{\"columns\": {}}")), 400);
        assertError(client.postText("/api/mappings", new Multipart().field("name", "x").field("mapping", "{nope")), 400);
        assertError(client.postText("/api/mappings", new Multipart().field("name", "x")
                .field("mapping", "{\"partial\": true, \"columns\": {\"openAmount\": \"Still Owed\"}}")), 400);
        HttpResponse<String> wrong = client.postText("/api/mappings", new Multipart().field("name", "x")
                .field("mapping", "{\"partial\": true, \"columns\": {\"openAmount\": \"No Such Column\"}}")
                .file("file", "guessed.csv", Files.readAllBytes(DIR.resolve("guessed.csv"))));
        assertTrue(assertError(wrong, 422).get("detail").asText().contains("No Such Column"), wrong.body());
    }

    @Test
    void recognitionFixesWriteOffsCamt054AndTheDataEnd() throws Exception {
        // write-offs have the history's columns: recognised by their title, not a clash with the history
        HttpResponse<String> r = client.postText("/api/recognize", new Multipart()
                .file("files", "open.csv", Files.readAllBytes(Path.of("examples/netsuite-ar-aging-detail.csv")))
                .file("files", "invoice-history.csv", Files.readAllBytes(Path.of("examples/kpi/invoice-history.csv")))
                .file("files", "write-offs.csv", Files.readAllBytes(Path.of("examples/kpi/write-offs.csv"))));
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.get("canBuild").asBoolean(), body.toString());
        assertEquals("WRITE_OFFS", body.get("files").get(2).get("role").asText(), body.toString());
        assertEquals("INVOICE_HISTORY", body.get("files").get(1).get("role").asText());
        assertTrue(body.get("files").get(0).get("columns").size() > 5, "the open items' columns for the mapping table");
        assertTrue(body.get("dataEnds").asText().startsWith("2026-06"), body.get("dataEnds").toString());

        // two histories: the message points to the role menu, not to CLI flags and API fields
        HttpResponse<String> twice = client.postText("/api/recognize", new Multipart()
                .file("files", "open.csv", Files.readAllBytes(Path.of("examples/netsuite-ar-aging-detail.csv")))
                .file("files", "h1.csv", Files.readAllBytes(Path.of("examples/kpi/invoice-history.csv")))
                .file("files", "h2.csv", Files.readAllBytes(Path.of("examples/kpi/invoice-history.csv"))));
        String problem = JSON.readTree(twice.body()).get("problem").asText();
        assertTrue(problem.contains("Role menu"), problem);
        assertFalse(problem.contains("API roles field"), problem);

        // a camt.052 report is refused at recognition, so the build never 422s after an OK
        HttpResponse<String> camt = client.postText("/api/recognize", new Multipart()
                .file("files", "open.csv", Files.readAllBytes(Path.of("examples/netsuite-ar-aging-detail.csv")))
                .file("files", "r.xml", Files.readAllBytes(DIR.resolve("report.camt052.xml"))));
        JsonNode c = JSON.readTree(camt.body());
        assertEquals("UNKNOWN", c.get("files").get(1).get("role").asText(), c.toString());
        assertTrue(c.get("files").get(1).get("how").asText().contains("camt.052"), c.toString());
        assertFalse(c.get("canBuild").asBoolean());
    }

    private static JsonNode inspect(String file, String mapping) throws Exception {
        Multipart form = new Multipart().file("file", file, Files.readAllBytes(DIR.resolve(file)));
        if (mapping != null) {
            form.field("mapping", mapping);
        }
        HttpResponse<String> r = client.postText("/api/inspect", form);
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private String summaryTotal(byte[] xlsx) throws Exception {
        Path p = Files.write(tmp.resolve("w-" + System.nanoTime() + ".xlsx"), xlsx);
        try (XSSFWorkbook wb = Workbooks.open(p)) {
            Sheet s = wb.getSheet("Summary");
            int header = Workbooks.headerRow(s, "Customer ID");
            int col = Workbooks.column(s, header, "Total");
            Row total = Workbooks.rowWithText(s, 0, "Total USD");
            return Workbooks.money(total.getCell(col)).toPlainString();
        }
    }
}
