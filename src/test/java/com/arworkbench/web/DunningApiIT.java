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
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/dunning on a real server (free loopback port) with all four uploads: the open items,
 * the customer master, last run's worklist and the team's policy. The previous worklist is made by
 * the CLI as of 10 June; the API run is as of 30 June, 20 days later, so every customer noticed then
 * climbs to level 2 and pays the policy's fee.
 */
class DunningApiIT {

    private static final Path DIR = Path.of("src/test/resources/dunning");
    private static final String DUNNING = "/api/dunning";
    private static final String AS_OF = "2026-06-30";

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    private Path previous;

    /** Last run's worklist (as of 10 June, same export, master and policy), made with the CLI. */
    @BeforeEach
    void previousWorklist() throws Exception {
        previous = tmp.resolve("worklist-2026-06-10.xlsx");
        CliRun.Result r = CliRun.run("dunning", DIR.resolve("open-items.csv").toString(), "--as-of", "2026-06-10",
                "--customers", DIR.resolve("customers.csv").toString(), "--policy", DIR.resolve("policy.json").toString(),
                "--out", previous.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("4 customers to contact"), r.out());
    }

    private Multipart allFour() throws IOException {
        return new Multipart()
                .field("asOf", AS_OF)
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("customers", "customers.csv", Files.readAllBytes(DIR.resolve("customers.csv")))
                .file("previous", previous.getFileName().toString(), Files.readAllBytes(previous))
                .file("policy", "policy.json", Files.readAllBytes(DIR.resolve("policy.json")));
    }

    @Test
    void allFourUploadsGiveTheWorklistWithASummaryHeader() throws Exception {
        HttpResponse<byte[]> r = client.postBytes(DUNNING, allFour());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        String disposition = r.headers().firstValue("Content-Disposition").orElseThrow();
        assertTrue(disposition.startsWith("attachment;"), disposition);
        assertTrue(disposition.contains("filename=\"dunning-2026-06-30-open-items.xlsx\""), disposition);

        String header = r.headers().firstValue("X-Arw-Summary").orElseThrow();
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "ASCII only: " + header);
        JsonNode summary = JSON.readTree(header);
        assertEquals("dunning", summary.get("job").asText());
        assertEquals(5, summary.get("customersToContact").asInt());
        assertEquals(8, summary.get("itemsDunned").asInt());
        assertEquals(5, summary.get("itemsExcluded").asInt());
        assertEquals(7, summary.get("itemsNotOverdue").asInt());
        assertEquals(27, summary.get("rowsRead").asInt());
        assertEquals("ALL CHECKS OK", summary.get("checks").asText());
        Map<String, String> dunned = new HashMap<>();
        summary.get("overdue").forEach(o -> dunned.put(o.get("currency").asText(), o.get("dunned").asText() + " / "
                + o.get("excluded").asText()));
        assertEquals(Map.of("EUR", "4820.00 / 818.50", "USD", "6450.00 / 5990.00"), dunned);
        // Noticed on 10 June: Hafenmeister, Brightwater, Northwind, Orchard climb to 2; Alpenblick is new at 1.
        List<String> levels = new ArrayList<>();
        summary.get("levels").forEach(l -> levels.add(l.get("level").asInt() + " " + l.get("name").asText() + " × "
                + l.get("customers").asInt()));
        assertEquals(List.of("1 Friendly reminder × 1", "2 Second reminder × 4"), levels);

        Path xlsx = tmp.resolve("api.xlsx");
        Files.write(xlsx, r.body());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            Row hafen = Workbooks.rowWithText(ws, Workbooks.column(ws, h, "Customer name"), "Hafenmeister Logistik GmbH");
            assertEquals("2", text(hafen.getCell(Workbooks.column(ws, h, "Level"))));
            assertEquals("1", text(hafen.getCell(Workbooks.column(ws, h, "Previous level"))));
            assertEquals("Level 1 on 2026-06-10 · Open", text(hafen.getCell(Workbooks.column(ws, h, "Last action"))));
            Workbooks.assertMoney("10.00", hafen.getCell(Workbooks.column(ws, h, "Fee")), "the policy's EUR fee");
            Workbooks.assertMoney("37.50", Workbooks.rowWithText(ws, 0, "Total USD").getCell(Workbooks.column(ws, h, "Fee")),
                    "three USD notices at level 2, 12.50 each");
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            Row letter = Workbooks.rowWithText(ls, Workbooks.column(ls, lh, "Customer name"), "Hafenmeister Logistik GmbH");
            assertEquals("Zweite Erinnerung: 3.580,00 EUR", text(letter.getCell(Workbooks.column(ls, lh, "Subject"))));
            Sheet about = wb.getSheet("About");
            assertEquals("policy.json", text(Workbooks.rowWithText(about, 0, "Policy file").getCell(1)));
            assertEquals("worklist-2026-06-10.xlsx (as of 2026-06-10)",
                    text(Workbooks.rowWithText(about, 0, "Previous worklist").getCell(1)));
            assertEquals("customers.csv", text(Workbooks.rowWithText(about, 0, "Customer master").getCell(1)));
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void apiAndCliGiveTheSameWorklist() throws Exception {
        Path cliOut = tmp.resolve("cli.xlsx");
        CliRun.Result r = CliRun.run("dunning", DIR.resolve("open-items.csv").toString(), "--as-of", AS_OF,
                "--customers", DIR.resolve("customers.csv").toString(), "--previous", previous.toString(),
                "--policy", DIR.resolve("policy.json").toString(), "--out", cliOut.toString());
        assertEquals(0, r.code(), r.err());

        HttpResponse<byte[]> api = client.postBytes(DUNNING, allFour());
        assertEquals(200, api.statusCode());
        Path apiOut = tmp.resolve("api.xlsx");
        Files.write(apiOut, api.body());

        for (String sheet : List.of("Worklist", "Items", "Letters", "Excluded", "Exceptions")) {
            List<List<String>> fromCli = sheetCells(cliOut, sheet);
            List<List<String>> fromApi = sheetCells(apiOut, sheet);
            assertTrue(fromCli.size() > 5, sheet + " has rows: " + fromCli);
            assertEquals(fromCli, fromApi, sheet);
        }
        List<List<String>> worklist = sheetCells(cliOut, "Worklist");
        assertTrue(worklist.stream().flatMap(List::stream).anyMatch(c -> c.equals("STRING:Second reminder")), "" + worklist);
        assertTrue(worklist.stream().flatMap(List::stream).anyMatch(c -> c.equals("STRING:Nordwind collections policy")
                || c.contains("policy Nordwind collections policy")), "the policy's name in the title: " + worklist.get(1));
    }

    // ---------------------------------------------------------------- errors

    @Test
    void missingAsOfIs400() throws Exception {
        Multipart form = new Multipart()
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("policy", "policy.json", Files.readAllBytes(DIR.resolve("policy.json")));
        client.assertErrorAndAlive(client.postText(DUNNING, form), 400, "asOf");
    }

    @Test
    void aPolicyOfRandomBytesIsRefusedNamingThePolicy() throws Exception {
        byte[] noise = new byte[2048];
        new Random(7).nextBytes(noise);
        Multipart form = new Multipart()
                .field("asOf", AS_OF)
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("customers", "customers.csv", Files.readAllBytes(DIR.resolve("customers.csv")))
                .file("policy", "team-policy.json", noise);
        HttpResponse<String> r = client.postText(DUNNING, form);
        assertTrue(r.statusCode() == 422 || r.statusCode() == 415, r.statusCode() + " " + r.body());
        JsonNode body = client.assertErrorAndAlive(r, r.statusCode(), "dunning policy");
        assertTrue(body.get("detail").asText().contains("team-policy.json"),
                "the user's file name, not the upload's temp name: " + body.get("detail").asText());
    }

    @Test
    void aPreviousWorklistThatIsNotOursIs422() throws Exception {
        Multipart form = new Multipart()
                .field("asOf", AS_OF)
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("previous", "last-month.csv", Files.readAllBytes(DIR.resolve("customers.csv")));
        client.assertErrorAndAlive(client.postText(DUNNING, form), 422, "previous worklist");
    }
}
