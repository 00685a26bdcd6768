package com.arworkbench.web;

import static com.arworkbench.support.Workbooks.text;
import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.XLSX;
import static com.arworkbench.web.ApiClient.sheetCells;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/recon on a real server (free loopback port). Figures as computed in {@code ReconJobTest}:
 * the SAP case (FBL5N against FBL3N) differs by −3,677.88 in 1000 EUR and +1,200.00 in 2000 USD, every
 * cent explained; the agreeing case with register and prior period rolls forward to the subledger.
 */
class ReconApiIT {

    private static final Path DIR = Path.of("src/test/resources/recon");
    private static final String RECON = "/api/recon";
    private static final String AS_OF = "2026-06-30";

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    private static byte[] fixture(String name) throws Exception {
        return Files.readAllBytes(DIR.resolve(name));
    }

    private static Multipart sap() throws Exception {
        return new Multipart()
                .field("asOf", AS_OF)
                .file("file", "subledger-sap.txt", fixture("subledger-sap.txt"))
                .file("gl", "gl-detail-sap.csv", fixture("gl-detail-sap.csv"));
    }

    /** "entity currency: subledger / GL / difference / explained / unexplained" per comparison of the header. */
    private static List<String> comparisons(JsonNode summary) {
        List<String> out = new ArrayList<>();
        summary.get("comparisons").forEach(c -> out.add(c.get("entity").asText() + " " + c.get("currency").asText() + ": "
                + c.get("subledger").asText() + " / " + c.get("gl").asText() + " / " + c.get("difference").asText() + " / "
                + c.get("explained").asText() + " / " + c.get("unexplained").asText()));
        return out;
    }

    @Test
    void theSapCaseGivesTheWorkbookAndASummaryHeaderMatchingTheCli() throws Exception {
        HttpResponse<byte[]> r = client.postBytes(RECON, sap());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.contains("filename=\"reconciliation-2026-06-30-subledger-sap.xlsx\""), disposition);

        String header = r.headers().firstValue("X-Arw-Summary").orElseThrow();
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII only: " + header);
        JsonNode summary = JSON.readTree(header);
        assertEquals("recon", summary.get("job").asText());
        assertEquals(20, summary.get("rowsRead").asInt());
        assertEquals(28, summary.get("glRows").asInt());
        assertTrue(summary.get("glShape").asText().startsWith("account detail lines"), summary.get("glShape").asText());
        assertEquals("[\"140000\"]", summary.get("glAccounts").toString());
        assertEquals("ALL CHECKS OK", summary.get("checks").asText());
        assertEquals(false, summary.get("rollForward").asBoolean());
        List<String> expected = List.of("1000 EUR: 33414.80 / 29736.92 / -3677.88 / -3677.88 / 0.00",
                "2000 USD: 21690.24 / 22890.24 / 1200.00 / 1200.00 / 0.00");
        assertEquals(expected, comparisons(summary));

        // The CLI prints the same figures.
        Path cliOut = tmp.resolve("cli.xlsx");
        CliRun.Result c = CliRun.run("recon", DIR.resolve("subledger-sap.txt").toString(), "--gl", DIR.resolve("gl-detail-sap.csv").toString(),
                "--as-of", AS_OF, "--out", cliOut.toString());
        assertEquals(0, c.code(), c.err());
        for (JsonNode cmp : summary.get("comparisons")) {
            String part = cmp.get("entity").asText() + " " + cmp.get("currency").asText() + ": subledger "
                    + cmp.get("subledger").asText() + ", GL " + cmp.get("gl").asText() + ", difference "
                    + cmp.get("difference").asText() + ", unexplained " + cmp.get("unexplained").asText();
            assertTrue(c.out().contains(part), "'" + part + "' in: " + c.out());
        }

        Path xlsx = tmp.resolve("api.xlsx");
        Files.write(xlsx, r.body());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            assertEquals(1, wb.getSheet("Pivot").getPivotTables().size());
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void apiAndCliGiveTheSameSummarySheet() throws Exception {
        Path cliOut = tmp.resolve("cli.xlsx");
        CliRun.Result c = CliRun.run("recon", DIR.resolve("subledger-agree.csv").toString(), "--gl", DIR.resolve("gl-agree.csv").toString(),
                "--as-of", AS_OF, "--gl-accounts", "11000", "--register", DIR.resolve("register.csv").toString(),
                "--prior", DIR.resolve("prior-open-items.csv").toString(), "--out", cliOut.toString());
        assertEquals(0, c.code(), c.err());

        Multipart form = new Multipart()
                .field("asOf", AS_OF)
                .field("glAccounts", "11000")
                .file("file", "subledger-agree.csv", fixture("subledger-agree.csv"))
                .file("gl", "gl-agree.csv", fixture("gl-agree.csv"))
                .file("register", "register.csv", fixture("register.csv"))
                .file("prior", "prior-open-items.csv", fixture("prior-open-items.csv"));
        HttpResponse<byte[]> api = client.postBytes(RECON, form);
        assertEquals(200, api.statusCode(), () -> new String(api.body(), StandardCharsets.UTF_8));
        JsonNode summary = JSON.readTree(api.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals(true, summary.get("rollForward").asBoolean());
        assertEquals(List.of(" USD: 5140.00 / 5140.00 / 0.00 / 0.00 / 0.00"), comparisons(summary));
        Path apiOut = tmp.resolve("api.xlsx");
        Files.write(apiOut, api.body());

        for (String sheet : List.of("Summary", "Roll-forward", "Recon Data")) {
            List<List<String>> fromCli = sheetCells(cliOut, sheet);
            List<List<String>> fromApi = sheetCells(apiOut, sheet);
            assertTrue(fromCli.size() > 5, sheet + " has rows: " + fromCli);
            assertEquals(fromCli, fromApi, sheet);
        }
        assertTrue(sheetCells(cliOut, "Roll-forward").stream().flatMap(List::stream).anyMatch(x -> x.equals("FORMULA:7080")),
                "opening 7,080.00 on Roll-forward");
    }

    // ---------------------------------------------------------------- errors

    @Test
    void missingAsOfIs400() throws Exception {
        Multipart form = new Multipart()
                .file("file", "subledger-sap.txt", fixture("subledger-sap.txt"))
                .file("gl", "gl-detail-sap.csv", fixture("gl-detail-sap.csv"));
        client.assertErrorAndAlive(client.postText(RECON, form), 400, "asOf");
    }

    @Test
    void missingGlPartIs400Json() throws Exception {
        Multipart form = new Multipart()
                .field("asOf", AS_OF)
                .file("file", "subledger-sap.txt", fixture("subledger-sap.txt"));
        client.assertErrorAndAlive(client.postText(RECON, form), 400, "'gl'");
    }

    @Test
    void anOpenItemsFileGivenAsTheGlIs422NamingTheGl() throws Exception {
        Multipart form = new Multipart()
                .field("asOf", AS_OF)
                .file("file", "subledger-agree.csv", fixture("subledger-agree.csv"))
                .file("gl", "open-items-again.csv", fixture("subledger-agree.csv"));
        JsonNode body = client.assertErrorAndAlive(client.postText(RECON, form), 422, "GL export");
        assertTrue(body.get("detail").asText().contains("general ledger"), body.get("detail").asText());
    }

    @Test
    void aGlWithoutAnArAccountIs422NamingTheField() throws Exception {
        byte[] renamed = new String(fixture("gl-trial-balance.csv"), StandardCharsets.UTF_8)
                .replace("Accounts Receivable", "Customer balances").getBytes(StandardCharsets.UTF_8);
        Multipart form = new Multipart()
                .field("asOf", AS_OF)
                .file("file", "subledger-tb.csv", fixture("subledger-tb.csv"))
                .file("gl", "trial-balance.csv", renamed);
        JsonNode body = client.assertErrorAndAlive(client.postText(RECON, form), 422, "glAccounts");
        assertTrue(body.get("detail").asText().contains("1200 Customer balances"), body.get("detail").asText());
    }

    @Test
    void healthIsFineAfterErrors() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertEquals(400, client.postText(RECON, new Multipart().field("asOf", AS_OF)
                    .file("file", "subledger-sap.txt", fixture("subledger-sap.txt"))).statusCode());
        }
        HttpResponse<String> health = client.get("/api/health");
        assertEquals(200, health.statusCode());
        assertEquals("ok", JSON.readTree(health.body()).get("status").asText());
        assertEquals(200, client.postBytes(RECON, sap()).statusCode(), "and still reconciles");
    }
}
