package com.arworkbench.web;

import static com.arworkbench.support.HostileFiles.utf8;
import static com.arworkbench.web.ApiClient.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.HostileFiles;
import com.arworkbench.support.WorkbookSafety;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.AboutSheet;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 7, bad and hostile input, end to end: every file-level case through the CLI (one
 * {@code error:} line, exit ≠ 0) and the API (a JSON 4xx, the server still up) for aging, pack and
 * inspect, the others for a representative subset; bad rows land on Exceptions and never abort a
 * file; input text never becomes a formula, a link or a macro in any sheet of any workbook.
 */
class HostileInputIT {

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    static Path dir;

    static final String AS_OF = "2026-06-30";
    static final Path OPEN_ITEMS = Path.of("examples/netsuite-ar-aging-detail.csv");
    static final Path HISTORY = Path.of("examples/kpi/invoice-history.csv");
    static final Path GL = Path.of("examples/recon/trial-balance-2026-06.csv");
    static final Path CASH_OPEN_ITEMS = Path.of("examples/cashapp/open-items.csv");
    static final Path PAYMENTS = Path.of("examples/cashapp/payments.camt053.xml");

    /** The text a referenced local file holds: it must never reach any output or error message. */
    static String secret;
    static Path secretFile;
    static Path goodXlsx;

    @BeforeAll
    static void secretAndBase() throws Exception {
        secret = "TOP-SECRET-" + UUID.randomUUID();
        secretFile = Files.writeString(dir.resolve("secret.txt"), secret);
        goodXlsx = HostileFiles.xlsx(dir.resolve("good.xlsx"), HostileFiles.someRows());
    }

    // ------------------------------------------------------------------ the file-level cases

    /** A broken or hostile file, what the API answers for it as the one open-items file, and what the error mentions. */
    record Case(String name, String fileName, Builder build, int status, String mentions, String packMentions) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Builder {
        Path build(Path target) throws Exception;
    }

    static String doctype(String root, String entities) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE " + root + " [" + entities + "]>\n";
    }

    static String xxe() {
        return "<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">";
    }

    static String laughs() {
        StringBuilder sb = new StringBuilder("<!ENTITY lol0 \"lololololololololololololololololololol\">");
        for (int i = 1; i <= 9; i++) {
            sb.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                sb.append("&lol").append(i - 1).append(';');
            }
            sb.append("\">");
        }
        return sb.toString();
    }

    static String sheetWith(String cellXml) {
        return "<worksheet xmlns=\"" + HostileFiles.MAIN_NS + "\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Customer</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>Due Date</t></is></c>"
                + "<c r=\"C1\" t=\"inlineStr\"><is><t>Open Balance</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>" + cellXml + "</t></is></c>"
                + "<c r=\"B2\" t=\"inlineStr\"><is><t>6/1/2026</t></is></c><c r=\"C2\"><v>10</v></c></row>"
                + "</sheetData></worksheet>";
    }

    static String spreadsheetMl(String prolog, String cellText) {
        return prolog + "<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" "
                + "xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet ss:Name=\"Aging\"><Table>"
                + "<Row><Cell><Data ss:Type=\"String\">Customer</Data></Cell><Cell><Data ss:Type=\"String\">Due Date</Data></Cell>"
                + "<Cell><Data ss:Type=\"String\">Open Balance</Data></Cell></Row>"
                + "<Row><Cell><Data ss:Type=\"String\">" + cellText + "</Data></Cell><Cell><Data ss:Type=\"String\">6/1/2026</Data>"
                + "</Cell><Cell><Data ss:Type=\"Number\">10</Data></Cell></Row></Table></Worksheet></Workbook>";
    }

    static final long TWO_GB = 2048L * 1024 * 1024;

    static Stream<Case> fileCases() {
        return Stream.of(
                new Case("empty file", "export.csv", t -> Files.write(t, new byte[0]), 422, "empty", "empty"),
                new Case("random bytes", "export.csv", t -> {
                    byte[] noise = new byte[8192];
                    new Random(7).nextBytes(noise);
                    return Files.write(t, noise);
                }, 415, "binary", "binary"),
                new Case("xlsx cut in half", "export.xlsx", t -> HostileFiles.cutInHalf(goodXlsx, t), 422, "damaged",
                        "damaged"),
                new Case("CSV of numbers, no header", "numbers.csv",
                        t -> Files.writeString(t, "1,2,3\r\n4,5,6\r\n7,8,9\r\n10,11,12\r\n"), 422, "header", "first 60"),
                // An empty aging that says ALL CHECKS OK would hide a wrong report filter (issue 11).
                new Case("a header with no data rows", "header-only.csv", t -> Files.writeString(t, csv()), 422,
                        "no data rows", "no data rows"),
                new Case("only a chart sheet", "chart.xlsx", HostileFiles::chartSheetOnly, 422, "chart sheet", "chart sheet"),
                new Case("password-protected xlsx", "locked.xlsx", t -> HostileFiles.encrypted(goodXlsx, t, "secret"), 422,
                        "save it without a password", "save it without a password"),
                new Case("zip bomb: sheet XML of 2 GB spaces", "bomb.xlsx",
                        t -> HostileFiles.bomb(goodXlsx, t, "xl/worksheets/sheet1.xml",
                                "<?xml version=\"1.0\"?><worksheet xmlns=\"" + HostileFiles.MAIN_NS + "\"><sheetData>",
                                TWO_GB, (byte) ' ', "</sheetData></worksheet>"), 422, "zip bomb", "zip bomb"),
                new Case("zip bomb: one shared string of 2 GB", "bomb-strings.xlsx",
                        t -> HostileFiles.bomb(goodXlsx, t, "xl/sharedStrings.xml",
                                "<?xml version=\"1.0\"?><sst xmlns=\"" + HostileFiles.MAIN_NS + "\"><si><t>",
                                TWO_GB, (byte) 'A', "</t></si></sst>"), 422, "zip bomb", "zip bomb"),
                new Case("XXE in the xlsx sheet XML", "xxe.xlsx",
                        t -> HostileFiles.withPart(goodXlsx, t, "xl/worksheets/sheet1.xml",
                                doctype("worksheet", xxe()) + sheetWith("&xxe;")), 422, "DOCTYPE", "DOCTYPE"),
                new Case("billion laughs in the xlsx shared strings", "laughs.xlsx",
                        t -> HostileFiles.withPart(goodXlsx, t, "xl/sharedStrings.xml",
                                doctype("sst", laughs()) + "<sst xmlns=\"" + HostileFiles.MAIN_NS + "\"><si><t>&lol9;</t></si></sst>"),
                        422, "DOCTYPE", "DOCTYPE"),
                new Case("XXE in SpreadsheetML 2003", "xxe.xls",
                        t -> Files.writeString(t, spreadsheetMl(doctype("Workbook", xxe()), "&xxe;")), 422, "DOCTYPE", "DOCTYPE"),
                new Case("billion laughs in SpreadsheetML 2003", "laughs.xls",
                        t -> Files.writeString(t, spreadsheetMl(doctype("Workbook", laughs()), "&lol9;")), 422, "DOCTYPE",
                        "DOCTYPE"));
    }

    static Path build(Case c) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("case-" + Math.abs(c.name().hashCode())));
        Path file = folder.resolve(c.fileName());
        if (!Files.exists(file)) {
            c.build().build(file);
        }
        return file;
    }

    /** Fails unless the run exits ≠ 0 with exactly one readable error line that mentions {@code mentions}. */
    static String assertCliError(CliRun.Result r, String mentions) {
        assertNotEquals(0, r.code(), "exit code; stdout " + r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(1, lines.size(), "one stderr line: " + r.err());
        assertTrue(lines.get(0).startsWith("error: "), lines.get(0));
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "no Java internals: " + r.err());
        assertTrue(lines.get(0).toLowerCase().contains(mentions.toLowerCase()), "should mention '" + mentions + "': " + lines.get(0));
        assertEquals("", r.out());
        assertFalse(r.err().contains(secret), "the secret never appears");
        return lines.get(0);
    }

    JsonNode assertApiError(HttpResponse<String> r, int status, String mentions) throws Exception {
        assertFalse(r.body().contains(secret), "the secret never appears");
        return client.assertErrorAndAlive(r, status, mentions);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void agingAndInspectRefuseTheFileClearly(Case c) throws Exception {
        Path file = build(c);
        assertCliError(CliRun.run("aging", file.toString(), "--as-of", AS_OF, "--out", dir.resolve("out.xlsx").toString()),
                c.mentions());
        assertCliError(CliRun.run("inspect", file.toString()), c.mentions());
        assertFalse(Files.exists(dir.resolve("out.xlsx")), "no workbook left behind");
        byte[] bytes = Files.readAllBytes(file);
        assertApiError(client.postText("/api/aging", new Multipart().field("asOf", AS_OF).file("file", c.fileName(), bytes)),
                c.status(), c.mentions());
        assertApiError(client.postText("/api/inspect", new Multipart().file("file", c.fileName(), bytes)), c.status(),
                c.mentions());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void packRefusesTheFileClearly(Case c) throws Exception {
        Path file = build(c);
        // alone, and beside good files: a bad file among good ones still stops the pack with its own name
        assertCliError(CliRun.run("pack", file.toString(), "--as-of", AS_OF, "--out", dir.resolve("pack.xlsx").toString()),
                c.packMentions());
        String line = assertCliError(CliRun.run("pack", OPEN_ITEMS.toString(), file.toString(), "--history", HISTORY.toString(),
                "--as-of", AS_OF, "--out", dir.resolve("pack.xlsx").toString()), c.packMentions());
        assertTrue(line.contains(c.fileName()), "names the file: " + line);
        byte[] bytes = Files.readAllBytes(file);
        JsonNode body = assertApiError(client.postText("/api/pack", new Multipart().field("asOf", AS_OF)
                .file("files", "open-items.csv", Files.readAllBytes(OPEN_ITEMS))
                .file("files", c.fileName(), bytes)), 422, c.packMentions());
        assertTrue(body.get("detail").asText().contains(c.fileName()), body.toString());
        // /api/recognize answers 200 and says the file cannot be used, and why
        HttpResponse<String> rec = client.postText("/api/recognize", new Multipart().file("files", c.fileName(), bytes));
        assertEquals(200, rec.statusCode(), rec.body());
        assertFalse(rec.body().contains(secret));
        JsonNode files = JSON.readTree(rec.body());
        assertEquals("UNKNOWN", files.get("files").get(0).get("role").asText(), rec.body());
        assertFalse(files.get("canBuild").asBoolean());
        assertTrue(files.get("problem").asText().toLowerCase().contains(c.packMentions().toLowerCase()), rec.body());
    }

    /** What the kpi job says of the file as its history: a header that is an open-items header is no history header. */
    static String historyMentions(Case c) {
        return c.mentions().equals("header") || c.mentions().equals("no data rows") ? "history" : c.mentions();
    }

    /** The same files in the other jobs' places: the subledger of recon, the open items of dunning and kpi, the history. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fileCases")
    void otherJobsRefuseTheFileClearly(Case c) throws Exception {
        Path file = build(c);
        String out = dir.resolve("other.xlsx").toString();
        byte[] bytes = Files.readAllBytes(file);
        assertCliError(CliRun.run("dunning", file.toString(), "--as-of", AS_OF, "--out", out), c.mentions());
        assertCliError(CliRun.run("recon", file.toString(), "--gl", GL.toString(), "--as-of", AS_OF, "--out", out),
                c.mentions());
        assertCliError(CliRun.run("kpi", OPEN_ITEMS.toString(), "--history", file.toString(), "--as-of", AS_OF, "--out", out),
                historyMentions(c));
        assertApiError(client.postText("/api/dunning", new Multipart().field("asOf", AS_OF).file("file", c.fileName(), bytes)),
                c.status(), c.mentions());
        assertApiError(client.postText("/api/recon", new Multipart().field("asOf", AS_OF).file("file", c.fileName(), bytes)
                .file("gl", "gl.csv", Files.readAllBytes(GL))), c.status(), c.mentions());
        assertApiError(client.postText("/api/kpi", new Multipart().field("asOf", AS_OF)
                .file("file", "open.csv", Files.readAllBytes(OPEN_ITEMS)).file("history", c.fileName(), bytes)),
                422, historyMentions(c)); // the history's error is wrapped
        assertApiError(client.postText("/api/cashapp", new Multipart().field("asOf", AS_OF).file("file", c.fileName(), bytes)
                .file("payments", "payments.xml", Files.readAllBytes(PAYMENTS))), c.status(), c.mentions());
        assertFalse(Files.exists(Path.of(out)));
    }

    // ------------------------------------------------------------------ payments: camt.053 (cash application)

    static Stream<Arguments> camtCases() {
        String camt = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"><BkToCstmrStmt><Stmt><Id>S1</Id>"
                + "<Ntry><Amt Ccy=\"EUR\">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntry></Stmt></BkToCstmrStmt></Document>";
        return Stream.of(
                Arguments.of("XXE in camt.053", doctype("Document", xxe()) + camt.formatted("&xxe;"), "DOCTYPE"),
                Arguments.of("billion laughs in camt.053", doctype("Document", laughs()) + camt.formatted("&lol9;"), "DOCTYPE"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("camtCases")
    void cashAppRefusesHostileBankStatements(String name, String xml, String mentions) throws Exception {
        Path file = Files.writeString(dir.resolve(name.replace(' ', '-') + ".xml"), xml);
        assertCliError(CliRun.run("cashapp", CASH_OPEN_ITEMS.toString(), "--payments", file.toString(), "--as-of", AS_OF,
                "--out", dir.resolve("cash.xlsx").toString()), mentions);
        assertCliError(CliRun.run("pack", CASH_OPEN_ITEMS.toString(), "--payments", file.toString(), "--as-of", AS_OF,
                "--out", dir.resolve("cash.xlsx").toString()), mentions);
        assertApiError(client.postText("/api/cashapp", new Multipart().field("asOf", AS_OF)
                .file("file", "open-items.csv", Files.readAllBytes(CASH_OPEN_ITEMS))
                .file("payments", "statement.xml", utf8(xml))), 422, mentions);
        assertApiError(client.postText("/api/pack", new Multipart().field("asOf", AS_OF)
                .field("roles", "{\"statement.xml\":\"payments\"}")
                .file("files", "open-items.csv", Files.readAllBytes(CASH_OPEN_ITEMS))
                .file("files", "statement.xml", utf8(xml))), 422, mentions);
    }

    // ------------------------------------------------------------------ size limits

    @Test
    void packOverTheLimitIs413ForOneFileAndForTheTotal() throws Exception {
        WebServer small = WebServer.start(new WebServer.Config("127.0.0.1", 0, 50 * 1024, null, null));
        try {
            ApiClient smallClient = client.on(small);
            byte[] thirtyKb = csvOfSize(30 * 1024);
            // each file is under the limit, together they are over it
            JsonNode body = assertApiError(smallClient.postText("/api/pack", new Multipart().field("asOf", AS_OF)
                    .file("files", "a.csv", thirtyKb).file("files", "b.csv", thirtyKb)), 413, "limited");
            assertTrue(body.get("detail").asText().contains("together"), body.toString());
            // one file over the limit
            assertApiError(smallClient.postText("/api/pack", new Multipart().field("asOf", AS_OF)
                    .file("files", "big.csv", csvOfSize(200 * 1024))), 413, "limited");
            // The whole request far over the limit is refused from its Content-Length, before the body is read.
            // The server answers 413 and closes the connection; a client still sending its body may see the
            // close before the answer (a race on a busy machine), which is as good a refusal.
            try {
                assertApiError(smallClient.postText("/api/pack", new Multipart().field("asOf", AS_OF)
                        .file("files", "a.csv", csvOfSize(2 * 1024 * 1024))), 413, "limited");
            } catch (java.io.IOException closedWhileSending) {
                // refused: the connection was closed before the upload was taken
            }
            assertEquals(200, smallClient.get("/api/health").statusCode());
        } finally {
            small.stop();
        }
    }

    static byte[] csvOfSize(int bytes) {
        StringBuilder csv = new StringBuilder(String.join(",", HostileFiles.HEADER)).append("\n");
        for (int i = 0; csv.length() < bytes; i++) {
            csv.append("C").append(i % 50).append(",Invoice,6/1/2026,INV").append(i).append(",7/31/2026,100.00\n");
        }
        return utf8(csv.toString());
    }

    // ------------------------------------------------------------------ files that are read: the output must be right

    static String csv(String... lines) {
        return String.join(",", HostileFiles.HEADER) + "\r\n" + String.join("\r\n", lines) + "\r\n";
    }

    /** aging and pack through the CLI and the API; each workbook handed to {@code check}. */
    void agingAndPackSucceed(Path file, Consumer<Path> check) throws Exception {
        Path cliAging = dir.resolve("cli-aging-" + file.getFileName() + ".xlsx");
        Path cliPack = dir.resolve("cli-pack-" + file.getFileName() + ".xlsx");
        CliRun.Result a = CliRun.run("aging", file.toString(), "--as-of", AS_OF, "--out", cliAging.toString());
        assertEquals(0, a.code(), a.err());
        CliRun.Result p = CliRun.run("pack", file.toString(), "--as-of", AS_OF, "--out", cliPack.toString());
        assertEquals(0, p.code(), p.err());
        check.accept(cliAging);
        check.accept(cliPack);
        byte[] bytes = Files.readAllBytes(file);
        for (String endpoint : List.of("/api/aging", "/api/pack")) {
            HttpResponse<byte[]> r = client.postBytes(endpoint, new Multipart().field("asOf", AS_OF)
                    .file(endpoint.equals("/api/pack") ? "files" : "file", file.getFileName().toString(), bytes));
            assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
            Path out = Files.write(dir.resolve("api-" + endpoint.substring(5) + "-" + file.getFileName() + ".xlsx"), r.body());
            check.accept(out);
        }
    }

    static String about(XSSFWorkbook wb, String item) {
        Sheet about = wb.getSheet("About");
        StringBuilder values = new StringBuilder();
        for (Row r : about) {
            if (r.getCell(0) != null && Workbooks.text(r.getCell(0)).startsWith(item)) {
                values.append(Workbooks.text(r.getCell(1))).append('\n');
            }
        }
        return values.toString();
    }

    /** Detail rows (aging: "Detail", pack: "Aging Detail") as the customer-name and document-number texts. */
    static List<String> detail(XSSFWorkbook wb) {
        Sheet s = wb.getSheet("Detail") != null ? wb.getSheet("Detail") : wb.getSheet("Aging Detail");
        int h = Workbooks.headerRow(s, "Source row");
        int name = Workbooks.column(s, h, "Customer name");
        int doc = Workbooks.column(s, h, "Document no.");
        List<String> out = new ArrayList<>();
        for (Row r : Workbooks.dataRows(s, h)) {
            out.add(Workbooks.text(r.getCell(name)) + " | " + Workbooks.text(r.getCell(doc)));
        }
        return out;
    }

    interface Check {
        void check(XSSFWorkbook wb) throws Exception;
    }

    static Consumer<Path> workbook(Check check) {
        return p -> {
            try (XSSFWorkbook wb = Workbooks.open(p)) {
                check.check(wb);
            } catch (Exception e) {
                throw new AssertionError(p.getFileName() + ": " + e.getMessage(), e);
            }
        };
    }

    @Test
    void aMacroEnabledWorkbookIsReadAndTheOutputHasNoMacros() throws Exception {
        Path xlsm = HostileFiles.macroEnabled(goodXlsx, dir.resolve("export.xlsm"));
        assertTrue(HostileFiles.entries(xlsm).containsKey("xl/vbaProject.bin"));
        agingAndPackSucceed(xlsm, p -> {
            try {
                WorkbookSafety.assertNoLinksOrMacros(p);
                try (XSSFWorkbook wb = Workbooks.open(p)) {
                    assertEquals(20, detail(wb).size(), "every row of the macro workbook read");
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    static final List<String> PAYLOADS = List.of("=HYPERLINK(\"http://evil.example/x\",\"click\")", "@SUM(1+1)",
            "+cmd|' /C calc'!A0", "-2+3", "=1+1", "=SUM(9+9)");

    static String injectionCsv() {
        return csv("\"=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\",Invoice,5/1/2026,-2+3,5/31/2026,100.00",
                "@SUM(1+1),Invoice,5/2/2026,INV-2,5/31/2026,200.00",
                "+cmd|' /C calc'!A0,Invoice,5/3/2026,=1+1,5/31/2026,300.00",
                "Plain Customer,Invoice,5/4/2026,INV-4,5/31/2026,=SUM(9+9)");
    }

    @Test
    void formulaLookingTextStaysTextInEverySheetOfEveryWorkbook() throws Exception {
        // the file name is hostile too: it is printed on About and in titles
        Path file = Files.writeString(Files.createDirectories(dir.resolve("inj")).resolve("=1+1 @SUM(1+1).csv"), injectionCsv());
        List<String> payloads = new ArrayList<>(PAYLOADS);
        payloads.add("=1+1 @SUM(1+1).csv");
        List<Path> outputs = new ArrayList<>();
        agingAndPackSucceed(file, outputs::add);

        String out = dir.resolve("inj").toString();
        assertEquals(0, CliRun.run("dunning", file.toString(), "--as-of", AS_OF, "--out", out + "/dunning.xlsx").code());
        outputs.add(Path.of(out, "dunning.xlsx"));
        assertEquals(0, CliRun.run("recon", file.toString(), "--gl", GL.toString(), "--as-of", AS_OF,
                "--out", out + "/recon.xlsx").code());
        outputs.add(Path.of(out, "recon.xlsx"));
        assertEquals(0, CliRun.run("pack", file.toString(), "--history", HISTORY.toString(), "--as-of", AS_OF,
                "--out", out + "/pack-kpi.xlsx").code());
        outputs.add(Path.of(out, "pack-kpi.xlsx"));
        // cash application: a payer and a customer named with formulas
        Path open = Files.writeString(Path.of(out, "open-items.csv"), Files.readString(CASH_OPEN_ITEMS)
                .replace("Acme Industrial Supply GmbH", "+cmd|' /C calc'!A0"));
        byte[] bank = Files.readAllBytes(Path.of("examples/cashapp/payments.bank.csv"));
        Path payments = Files.write(Path.of(out, "bank.csv"), replace(bank, "\"Kaiser Elektrotechnik KG\"",
                "\"=HYPERLINK(\"\"http://evil.example/x\"\",\"\"click\"\")\""));
        CliRun.Result cash = CliRun.run("cashapp", open.toString(), "--payments", payments.toString(), "--as-of", AS_OF,
                "--out", out + "/cash.xlsx");
        assertEquals(0, cash.code(), cash.err());
        outputs.add(Path.of(out, "cash.xlsx"));

        for (Path p : outputs) {
            WorkbookSafety.Found found = WorkbookSafety.assertPayloadsAreText(p, payloads);
            String where = p.getFileName() + ": " + found.where();
            if (p.getFileName().toString().contains("cash")) {
                assertTrue(found.sheetsWith(PAYLOADS.get(0)).contains("Applied"), "the payer's name: " + where);
                continue;
            }
            for (String payload : PAYLOADS) {
                assertFalse(found.sheetsWith(payload).isEmpty(), payload + " as text somewhere in " + where);
            }
            assertTrue(found.sheetsWith("=SUM(9+9)").contains("Exceptions"), "the bad row's raw value on Exceptions: " + where);
            if (!p.getFileName().toString().startsWith("api-")) {
                assertTrue(found.sheetsWith("=1+1 @SUM(1+1).csv").contains("About"), "the file name on About: " + where);
            }
        }
        // through the API the uploaded file name is the hostile one
        HttpResponse<byte[]> r = client.postBytes("/api/dunning", new Multipart().field("asOf", AS_OF)
                .file("file", "@SUM(1+1)=HYPERLINK(1).csv", utf8(injectionCsv())));
        assertEquals(200, r.statusCode());
        Path api = Files.write(Path.of(out, "api-dunning.xlsx"), r.body());
        WorkbookSafety.Found found = WorkbookSafety.assertPayloadsAreText(api, List.of("@SUM(1+1)=HYPERLINK(1).csv"));
        assertTrue(found.sheetsWith("@SUM(1+1)=HYPERLINK(1).csv").contains("About"), found.where().toString());
    }

    static byte[] replace(byte[] bytes, String from, String to) {
        String s = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(s.contains(from), from);
        return s.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void newlinesQuotesAndTabsInsideFieldsArePreserved() throws Exception {
        Path file = Files.writeString(dir.resolve("embedded.csv"), csv(
                "\"Line one\nLine two\",Invoice,5/1/2026,\"INV \"\"quoted\"\"\",5/31/2026,100.00",
                "\"Tab\there, comma\",Invoice,5/2/2026,INV-2,5/31/2026,\"1,200.50\""));
        agingAndPackSucceed(file, workbook(wb -> assertEquals(List.of("Line one\nLine two | INV \"quoted\"",
                "Tab\there, comma | INV-2"), detail(wb))));
    }

    @Test
    void aFieldOver32767CharactersIsCutWithAnEllipsisAndCountedOnAbout() throws Exception {
        String longName = "N" + "x".repeat(39_998) + "Z"; // 40,000 characters
        // also a 40,000-character header: it becomes an Exceptions column heading
        String csv = String.join(",", HostileFiles.HEADER) + ",Remark " + "r".repeat(40_000) + "\r\n"
                + longName + ",Invoice,5/1/2026,INV-1,5/31/2026,100.00,a\r\n"
                + "Bad Amount Customer,Invoice,5/2/2026,INV-2,5/31/2026,not a number,b\r\n";
        Path file = Files.writeString(dir.resolve("long-field.csv"), csv);
        agingAndPackSucceed(file, workbook(wb -> {
            String name = detail(wb).get(0).split(" \\| ")[0];
            assertEquals(32_767, name.length());
            assertTrue(name.startsWith("Nxxx") && name.endsWith("x…"), "cut with an ellipsis");
            long truncated = Long.parseLong(about(wb, AboutSheet.TRUNCATED_CELLS).strip());
            assertTrue(truncated >= 2, "About counts the cut cells (Detail name and Exceptions heading at least): " + truncated);
            boolean onExceptions = false;
            for (Row r : wb.getSheet("Exceptions")) {
                for (Cell c : r) {
                    onExceptions |= c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Bad Amount Customer");
                }
            }
            assertTrue(onExceptions, "the bad row is on Exceptions; the file was not aborted");
        }));
    }

    @Test
    void invalidUtf8BytesNeverBreakTheRead() throws Exception {
        // valid UTF-8 (ü as C3 BC), then stray bytes that are not UTF-8 (FC alone, C3 followed by '(')
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(utf8(String.join(",", HostileFiles.HEADER) + "\r\n"));
        b.writeBytes(utf8("Müller GmbH,Invoice,5/1/2026,INV-1,5/31/2026,100.00\r\n"));
        b.writeBytes(new byte[] {'M', (byte) 0xFC, 'l', 'l', 'e', 'r', ' ', 'A', 'G'});
        b.writeBytes(utf8(",Invoice,5/2/2026,INV-2,5/31/2026,200.00\r\n"));
        b.writeBytes(new byte[] {'B', (byte) 0xC3, '(', 'x'});
        b.writeBytes(utf8(",Invoice,5/3/2026,INV-3,5/31/2026,300.00\r\n"));
        Path file = Files.write(dir.resolve("bad-utf8.csv"), b.toByteArray());
        // the sample is not valid UTF-8, so the file is read as Windows-1252: every byte is a character
        agingAndPackSucceed(file, workbook(wb -> {
            List<String> names = detail(wb).stream().map(x -> x.split(" \\| ")[0]).toList();
            assertEquals(List.of("MÃ¼ller GmbH", "Müller AG", "BÃ(x"), names);
            assertTrue(about(wb, "Detected format").contains("windows-1252"), about(wb, "Detected format"));
        }));
        // past the 64 KB the sniffer samples, bad bytes in a UTF-8 file become U+FFFD, and the row is still read
        StringBuilder big = new StringBuilder(String.join(",", HostileFiles.HEADER)).append("\r\n");
        for (int i = 0; big.length() < 70_000; i++) {
            big.append("Kunde Ü").append(i % 7).append(",Invoice,5/1/2026,INV-").append(i).append(",5/31/2026,1.00\r\n");
        }
        ByteArrayOutputStream late = new ByteArrayOutputStream();
        late.writeBytes(utf8(big.toString()));
        late.writeBytes(new byte[] {'L', 'a', 't', 'e', (byte) 0xFC});
        late.writeBytes(utf8(",Invoice,5/2/2026,INV-LATE,5/31/2026,2.00\r\n"));
        Path lateFile = Files.write(dir.resolve("late-bad-utf8.csv"), late.toByteArray());
        Path out = dir.resolve("late.xlsx");
        CliRun.Result r = CliRun.run("aging", lateFile.toString(), "--as-of", AS_OF, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertTrue(detail(wb).contains("Late\uFFFD | INV-LATE"), "replacement character");
        }
    }

    @Test
    void mixedLineEndingsAreAllRowBreaks() throws Exception {
        String h = String.join(",", HostileFiles.HEADER);
        Path file = Files.writeString(dir.resolve("mixed-eol.csv"), h + "\r\n"
                + "A,Invoice,5/1/2026,INV-1,5/31/2026,1.00\n"
                + "B,Invoice,5/2/2026,INV-2,5/31/2026,2.00\r"
                + "C,Invoice,5/3/2026,INV-3,5/31/2026,3.00\r\n"
                + "D,Invoice,5/4/2026,INV-4,5/31/2026,4.00");
        agingAndPackSucceed(file, workbook(wb -> assertEquals(List.of("A | INV-1", "B | INV-2", "C | INV-3", "D | INV-4"),
                detail(wb))));
    }

    // ------------------------------------------------------------------ bounded reading of the text formats

    @Test
    void htmlWithAHugeCellAndDeepNestingIsReadWithinBounds() throws Exception {
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(5_000)); // deeply nested elements before the table
        html.append("<table><tr><th>Customer</th><th>Due Date</th><th>Open Balance</th></tr>");
        html.append("<tr><td>").append("H".repeat(1_500_000)).append("</td><td>6/1/2026</td><td>10.00</td></tr>");
        html.append("<tr><td>Normal</td><td>6/1/2026</td><td>20.00</td></tr></table>");
        html.append("</div>".repeat(5_000)).append("</body></html>");
        Path file = Files.writeString(dir.resolve("huge.html"), html);
        agingAndPackSucceed(file, workbook(wb -> {
            List<String> rows = detail(wb);
            assertEquals(2, rows.size(), "both rows");
            assertEquals(32_767, rows.get(0).split(" \\| ")[0].length());
        }));
    }

    @Test
    void spreadsheetMlWithAHugeCellIsReadWithinBounds() throws Exception {
        Path file = Files.writeString(dir.resolve("huge-cell.xml"), spreadsheetMl("<?xml version=\"1.0\"?>\n",
                "S".repeat(1_500_000)));
        agingAndPackSucceed(file, workbook(wb -> {
            assertEquals(32_767, detail(wb).get(0).split(" \\| ")[0].length());
            assertTrue(Long.parseLong(about(wb, AboutSheet.TRUNCATED_CELLS).strip()) >= 1, "counted on About");
        }));
    }

    @Test
    void theSecretNeverAppearsInAnyOutput() throws Exception {
        // XXE in a part the reader does not refuse outright would resolve into cells; prove it does not
        Path xlsx = HostileFiles.withPart(goodXlsx, dir.resolve("xxe-core.xlsx"), "docProps/custom.xml",
                doctype("Properties", xxe()) + "<Properties>&xxe;</Properties>");
        CliRun.Result r = CliRun.run("aging", xlsx.toString(), "--as-of", AS_OF, "--out",
                dir.resolve("xxe-core-out.xlsx").toString());
        assertFalse(r.out().contains(secret) || r.err().contains(secret));
        if (r.code() == 0) {
            assertFalse(WorkbookSafety.allText(dir.resolve("xxe-core-out.xlsx")).contains(secret));
        }
    }
}
