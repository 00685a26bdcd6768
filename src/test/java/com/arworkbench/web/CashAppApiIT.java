package com.arworkbench.web;

import static com.arworkbench.support.Workbooks.text;
import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.XLSX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/cashapp against a real server: the workbook, the summary header, the same figures as the CLI, errors. */
class CashAppApiIT {

    private static final Path DIR = Path.of("src/test/resources/cashapp");
    private static final String CASHAPP = "/api/cashapp";
    private static final String AS_OF = "2026-06-30";

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    private static Multipart form(String payments) throws Exception {
        return new Multipart().field("asOf", AS_OF)
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("payments", payments, Files.readAllBytes(DIR.resolve(payments)))
                .file("customers", "customers.csv", Files.readAllBytes(DIR.resolve("customers.csv")));
    }

    @Test
    void appliesTheBankStatementAndMatchesTheCli() throws Exception {
        HttpResponse<byte[]> r = client.postBytes(CASHAPP, form("payments.camt053.xml"));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("cash-application-2026-06-30-open-items.xlsx"));
        JsonNode s = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals("cashapp", s.get("job").asText());
        assertTrue(s.get("paymentsFormat").asText().startsWith("ISO 20022 camt.053"), s.get("paymentsFormat").asText());
        assertEquals("ALL CHECKS OK", s.get("checks").asText());

        Path cliOut = tmp.resolve("cli.xlsx");
        CliRun.Result c = CliRun.run("cashapp", DIR.resolve("open-items.csv").toString(), "--payments",
                DIR.resolve("payments.camt053.xml").toString(), "--customers", DIR.resolve("customers.csv").toString(),
                "--as-of", AS_OF, "--out", cliOut.toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(c.out().contains("auto-applied " + s.get("autoApplied").asText()), c.out());
        assertTrue(c.out().contains("unapplied " + s.get("unapplied").asText()), c.out());

        Path api = tmp.resolve("api.xlsx");
        Files.write(api, r.body());
        assertEquals(ApiClient.sheetCells(cliOut, "Applied"), ApiClient.sheetCells(api, "Applied"));
        try (XSSFWorkbook wb = Workbooks.open(api)) {
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void missingPaymentsOrAsOfAreClientErrors() throws Exception {
        Multipart noPayments = new Multipart().field("asOf", AS_OF)
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")));
        client.assertErrorAndAlive(client.postText(CASHAPP, noPayments), 400, "payments");
        Multipart noAsOf = new Multipart()
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("payments", "p.xml", Files.readAllBytes(DIR.resolve("payments.camt053.xml")));
        client.assertErrorAndAlive(client.postText(CASHAPP, noAsOf), 400, "asOf");
        Multipart garbage = new Multipart().field("asOf", AS_OF)
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("payments", "statement.xml", "<?xml version=\"1.0\"?><note>not a statement</note>".getBytes());
        client.assertErrorAndAlive(client.postText(CASHAPP, garbage), 422, "payments");
    }
}
