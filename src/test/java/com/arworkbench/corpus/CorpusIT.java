package com.arworkbench.corpus;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import com.arworkbench.web.ApiClient;
import com.arworkbench.web.Multipart;
import com.arworkbench.web.WebServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The export corpus (GitHub issue 11, item 6): every layout under src/test/resources/corpus goes through aging
 * (CLI and HTTP API), dunning and cash application, and must tie to the cent per customer ID (per name where the
 * export has only names) with what the independent oracle ({@code corpus/oracle.py}) computed into
 * {@code corpus/expected/<layout>.json}. Each case collects every difference it finds and reports them together,
 * so one failure says everything that is wrong with that layout.
 */
class CorpusIT {

    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_REPORTED = 12;

    @TempDir
    static Path tmp;

    private static WebServer server;
    private static HttpClient http;

    @BeforeAll
    static void startServer() {
        server = WebServer.start(WebServer.Config.loopback(0));
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    static Stream<String> layouts() throws Exception {
        try (Stream<Path> s = Files.list(CORPUS.resolve("expected"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length())).sorted().toList().stream();
        }
    }

    // ------------------------------------------------------------------------------------------ the four runs

    @ParameterizedTest(name = "aging CLI {0}")
    @MethodSource("layouts")
    void agingThroughTheCli(String layout) throws Exception {
        Case c = Case.load(layout);
        Path out = tmp.resolve("aging-cli-" + layout + ".xlsx");
        CliRun.Result r = CliRun.run(c.command("aging", out));
        assertEquals(0, r.code(), layout + ": aging exited " + r.code() + ": " + r.err().strip());
        assertAging(c, out, "CLI");
    }

    @ParameterizedTest(name = "aging API {0}")
    @MethodSource("layouts")
    void agingThroughTheApi(String layout) throws Exception {
        Case c = Case.load(layout);
        Multipart form = new Multipart().file("file", c.input().getFileName().toString(), Files.readAllBytes(c.input()))
                .field("asOf", c.asOf());
        c.options().forEach(form::field);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/aging"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes())).build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(),
                layout + ": /api/aging answered " + new String(response.body(), StandardCharsets.UTF_8));
        Path out = Files.write(tmp.resolve("aging-api-" + layout + ".xlsx"), response.body());
        assertAging(c, out, "API");
    }

    @ParameterizedTest(name = "dunning CLI {0}")
    @MethodSource("layouts")
    void dunningKeepsTheCustomerIds(String layout) throws Exception {
        Case c = Case.load(layout);
        Path out = tmp.resolve("dunning-" + layout + ".xlsx");
        CliRun.Result r = CliRun.run(c.command("dunning", out));
        assertEquals(0, r.code(), layout + ": dunning exited " + r.code() + ": " + r.err().strip());
        List<String> errors = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ws = sheet(wb, "Worklist");
            int h = headerRow(ws, "Rank");
            int id = column(ws, h, "Customer ID");
            int name = column(ws, h, "Customer name");
            int cur = column(ws, h, "Currency");
            List<Row> rows = rowsBelow(ws, h).stream().filter(r2 -> !text(r2.getCell(name)).isBlank()
                    || !text(r2.getCell(id)).isBlank()).toList();
            for (JsonNode customer : c.expected().get("customers")) {
                if (!customer.get("dunned").asBoolean()) {
                    continue;
                }
                String currency = customer.get("currency").asText();
                boolean found = rows.stream().anyMatch(row -> c.sameCustomer(customer, text(row.getCell(id)),
                        text(row.getCell(name))) && currency.equals(text(row.getCell(cur))));
                if (!found) {
                    errors.add(c.describe(customer) + " overdue " + customer.get("overdue").asText()
                            + " is not on the Worklist" + near(rows, customer, id, name, cur, -1));
                }
            }
            String master = masterCheck(wb);
            if (!"ALL CHECKS OK".equals(master)) {
                errors.add("Checks: " + master);
            }
        }
        report(layout + " (dunning)", errors);
    }

    @ParameterizedTest(name = "cash application CLI {0}")
    @MethodSource("layouts")
    void cashApplicationFindsTheCustomer(String layout) throws Exception {
        Case c = Case.load(layout);
        JsonNode p = c.expected().get("samplePayment");
        String payer = p.path("customerName").asText().isBlank() ? p.path("customerId").asText()
                : p.get("customerName").asText();
        Path payments = tmp.resolve("payments-" + layout + ".csv");
        Files.writeString(payments, "Booking Date,Value Date,Payer,Remittance Information,Amount,Currency,Bank Reference\n"
                + "2026-06-29,2026-06-29," + csv(payer) + "," + csv("Invoice " + p.get("documentNumber").asText()) + ","
                + p.get("amount").asText() + "," + p.get("currency").asText() + ",BR-260629-0001\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("cash-" + layout + ".xlsx");
        List<String> args = new ArrayList<>(List.of("cashapp", c.input().toString(), "--payments", payments.toString(),
                "--as-of", c.asOf(), "--out", out.toString()));
        args.addAll(c.args());
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), layout + ": cashapp exited " + r.code() + ": " + r.err().strip());
        List<String> errors = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet applied = sheet(wb, "Applied");
            int h = headerRow(applied, "Payment id");
            int inv = column(applied, h, "Invoice");
            int id = column(applied, h, "Customer ID");
            int name = column(applied, h, "Customer name");
            int cur = column(applied, h, "Currency");
            int amount = column(applied, h, "Applied amount");
            List<Row> rows = rowsBelow(applied, h).stream().filter(r2 -> !text(r2.getCell(inv)).isBlank()).toList();
            String doc = p.get("documentNumber").asText();
            Row hit = rows.stream().filter(row -> doc.equals(text(row.getCell(inv)))).findFirst().orElse(null);
            if (hit == null) {
                errors.add("payment of " + p.get("currency").asText() + " " + p.get("amount").asText() + " for document "
                        + doc + " was not auto-applied; Applied has " + rows.stream().map(row -> "[" + text(row.getCell(inv))
                        + " / " + text(row.getCell(id)) + " / " + text(row.getCell(name)) + "]").toList()
                        + "; Review has " + reviewRows(wb) + "; " + c.cashOutcome(r.out()));
            } else {
                if (c.byId() && !p.get("customerId").asText().equals(text(hit.getCell(id)))) {
                    errors.add("Applied shows customer ID '" + text(hit.getCell(id)) + "' for " + doc + ", expected '"
                            + p.get("customerId").asText() + "'");
                }
                if (!c.byId() && !p.get("customerName").asText().equalsIgnoreCase(text(hit.getCell(name)))) {
                    errors.add("Applied shows customer '" + text(hit.getCell(name)) + "' for " + doc + ", expected '"
                            + p.get("customerName").asText() + "'");
                }
                if (!p.get("currency").asText().equals(text(hit.getCell(cur)))) {
                    errors.add("Applied currency '" + text(hit.getCell(cur)) + "', expected " + p.get("currency").asText());
                }
                if (Workbooks.money(hit.getCell(amount)).compareTo(new BigDecimal(p.get("amount").asText())) != 0) {
                    errors.add("applied " + text(hit.getCell(amount)) + ", expected " + p.get("amount").asText());
                }
            }
            String master = masterCheck(wb);
            if (!"ALL CHECKS OK".equals(master)) {
                errors.add("Checks: " + master);
            }
        }
        report(layout + " (cash application)", errors);
    }

    // ------------------------------------------------------------------------------------------ aging workbook

    private static void assertAging(Case c, Path out, String how) throws Exception {
        List<String> errors = new ArrayList<>();
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet summary = sheet(wb, "Summary");
            int h = headerRow(summary, "Customer ID");
            int id = column(summary, h, "Customer ID");
            int name = column(summary, h, "Customer name");
            int cur = column(summary, h, "Currency");
            int total = column(summary, h, "Total");
            int items = column(summary, h, "Items");
            List<Row> totalRows = new ArrayList<>();
            List<Row> customerRows = new ArrayList<>();
            for (Row row : rowsBelow(summary, h)) {
                String first = text(row.getCell(0));
                if (first.equals("Total") || first.startsWith("Total ")) {
                    totalRows.add(row);
                } else if (!text(row.getCell(name)).isBlank() || !text(row.getCell(id)).isBlank()) {
                    customerRows.add(row);
                }
            }
            JsonNode customers = c.expected().get("customers");
            for (JsonNode customer : customers) {
                String currency = customer.get("currency").asText();
                if (c.byId() && customer.get("id").asText().isBlank()) {
                    throw new IllegalStateException("expected JSON has a blank id: " + customer);
                }
                List<Row> same = customerRows.stream().filter(row -> c.sameCustomer(customer, text(row.getCell(id)),
                        text(row.getCell(name))) && currency.equals(text(row.getCell(cur)))).toList();
                if (same.size() != 1) {
                    errors.add(c.describe(customer) + " open " + customer.get("open").asText() + ": " + same.size()
                            + " Summary rows" + near(customerRows, customer, id, name, cur, total));
                    continue;
                }
                Row row = same.get(0);
                BigDecimal actual = Workbooks.money(row.getCell(total));
                if (actual.compareTo(new BigDecimal(customer.get("open").asText())) != 0) {
                    errors.add(c.describe(customer) + " total " + actual.toPlainString() + " vs expected "
                            + customer.get("open").asText());
                }
                int n = (int) Workbooks.money(row.getCell(items)).doubleValue();
                if (n != customer.get("items").asInt()) {
                    errors.add(c.describe(customer) + " items " + n + " vs expected " + customer.get("items").asInt());
                }
            }
            if (customerRows.size() != customers.size()) {
                errors.add("Summary has " + customerRows.size() + " customer rows, expected " + customers.size() + ": "
                        + customerRows.stream().map(row -> "[" + text(row.getCell(id)) + " | " + text(row.getCell(name))
                        + " | " + text(row.getCell(cur)) + " | " + text(row.getCell(total)) + "]").limit(MAX_REPORTED)
                        .toList());
            }
            var totals = c.expected().get("totals").fields();
            while (totals.hasNext()) {
                var e = totals.next();
                Row row = totalRows.stream().filter(t -> text(t.getCell(0)).equals("Total " + e.getKey())).findFirst()
                        .orElse(null);
                if (row == null) {
                    errors.add("no 'Total " + e.getKey() + "' row (expected " + e.getValue().asText() + "); total rows: "
                            + totalRows.stream().map(t -> text(t.getCell(0)) + "=" + text(t.getCell(total))).toList());
                } else if (Workbooks.money(row.getCell(total)).compareTo(new BigDecimal(e.getValue().asText())) != 0) {
                    errors.add("Total " + e.getKey() + " " + Workbooks.money(row.getCell(total)).toPlainString()
                            + " vs expected " + e.getValue().asText());
                }
            }
            if (c.expected().has("localTotal")) {
                // The local-currency view (e.g. Business Central's "Remaining Amt. (LCY)"): one total across currencies.
                String want = c.expected().get("localTotal").asText();
                Row row = totalRows.stream().filter(t -> text(t.getCell(0)).equals("Total in local currency")).findFirst()
                        .orElse(null);
                if (row == null) {
                    errors.add("no 'Total in local currency' row (expected " + want + ")");
                } else if (Workbooks.money(row.getCell(total)).compareTo(new BigDecimal(want)) != 0) {
                    errors.add("Total in local currency " + Workbooks.money(row.getCell(total)).toPlainString()
                            + " vs expected " + want);
                }
            }
            String master = masterCheck(wb);
            if (!"ALL CHECKS OK".equals(master)) {
                errors.add("Checks: " + master);
            }
        }
        report(c.layout() + " (aging " + how + ")", errors);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void report(String what, List<String> errors) {
        if (!errors.isEmpty()) {
            fail(what + ": " + errors.size() + " difference(s):\n  " + errors.stream().limit(MAX_REPORTED)
                    .collect(Collectors.joining("\n  ")));
        }
    }

    /** Rows that look like the expected customer by ID or by name, to say what the workbook did with it. */
    private static String near(List<Row> rows, JsonNode customer, int id, int name, int cur, int total) {
        String wantName = customer.path("name").asText();
        String wantId = customer.path("id").asText();
        List<String> seen = rows.stream().filter(row -> (!wantName.isBlank() && (wantName.equalsIgnoreCase(
                text(row.getCell(name))) || wantName.equalsIgnoreCase(text(row.getCell(id)))))
                || (!wantId.isBlank() && (wantId.equals(text(row.getCell(id))) || text(row.getCell(name)).contains(wantId))))
                .map(row -> "[id '" + text(row.getCell(id)) + "', name '" + text(row.getCell(name)) + "', currency '"
                        + text(row.getCell(cur)) + "'" + (total >= 0 ? ", total " + text(row.getCell(total)) : "") + "]")
                .toList();
        return seen.isEmpty() ? " (nothing with that ID or name)" : "; rows with that ID or name: " + seen;
    }

    /** What the Review sheet suggested instead (invoice, customer ID, rule), to tell a missing document number. */
    private static List<String> reviewRows(XSSFWorkbook wb) {
        Sheet review = wb.getSheet("Review");
        if (review == null) {
            return List.of();
        }
        int h = headerRow(review, "Payment id");
        int inv = column(review, h, "Invoice");
        int id = column(review, h, "Customer ID");
        int rule = column(review, h, "Rule");
        return rowsBelow(review, h).stream().filter(r -> !text(r.getCell(rule)).isBlank()).map(r -> "[invoice '"
                + text(r.getCell(inv)) + "', customer ID '" + text(r.getCell(id)) + "', " + text(r.getCell(rule)) + "]")
                .limit(MAX_REPORTED).toList();
    }

    private static String masterCheck(XSSFWorkbook wb) {
        Sheet checks = sheet(wb, "Checks");
        for (Row r : checks) {
            if ("Master check".equals(text(r.getCell(0)))) {
                return text(r.getCell(1));
            }
        }
        return "(no Master check row)";
    }

    private static Sheet sheet(XSSFWorkbook wb, String name) {
        Sheet s = wb.getSheet(name);
        if (s == null) {
            fail("no sheet '" + name + "'");
        }
        return s;
    }

    /** The first row with a cell reading {@code header} (ignoring case), wherever the template puts it. */
    private static int headerRow(Sheet sheet, String header) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if (header.equalsIgnoreCase(text(c).strip())) {
                    return r.getRowNum();
                }
            }
        }
        throw new AssertionError("no header row with '" + header + "' on " + sheet.getSheetName());
    }

    private static int column(Sheet sheet, int headerRow, String header) {
        for (Cell c : sheet.getRow(headerRow)) {
            if (header.equalsIgnoreCase(text(c).strip())) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column '" + header + "' on " + sheet.getSheetName());
    }

    private static List<Row> rowsBelow(Sheet sheet, int headerRow) {
        List<Row> rows = new ArrayList<>();
        for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r != null) {
                boolean any = false;
                for (Cell c : r) {
                    any |= c.getCellType() != CellType.BLANK && !text(c).isBlank();
                }
                if (any) {
                    rows.add(r);
                }
            }
        }
        return rows;
    }

    private static String csv(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** One layout: its expected JSON and input file. */
    private record Case(String layout, JsonNode expected, Path input) {

        static Case load(String layout) throws Exception {
            JsonNode e = JSON.readTree(CORPUS.resolve("expected/" + layout + ".json").toFile());
            return new Case(layout, e, CORPUS.resolve(e.get("file").asText()));
        }

        boolean byId() {
            return expected.get("byId").asBoolean();
        }

        String asOf() {
            return expected.get("asOf").asText();
        }

        List<String> args() {
            List<String> a = new ArrayList<>();
            expected.get("args").forEach(n -> a.add(n.asText()));
            return a;
        }

        /** The extra CLI options as API form fields: {@code --currency USD} is {@code currency=USD}. */
        Map<String, String> options() {
            Map<String, String> m = new HashMap<>();
            List<String> a = args();
            for (int i = 0; i + 1 < a.size(); i += 2) {
                m.put(a.get(i).replaceFirst("^--", ""), a.get(i + 1));
            }
            return m;
        }

        String[] command(String job, Path out) {
            List<String> a = new ArrayList<>(List.of(job, input.toString(), "--as-of", asOf(), "--out", out.toString()));
            a.addAll(args());
            return a.toArray(String[]::new);
        }

        boolean sameCustomer(JsonNode customer, String idCell, String nameCell) {
            if (byId()) {
                return !idCell.isBlank() && customer.get("id").asText().equals(idCell);
            }
            String want = customer.get("name").asText();
            return want.equalsIgnoreCase(nameCell) || (nameCell.isBlank() && want.equalsIgnoreCase(idCell));
        }

        String describe(JsonNode customer) {
            String cur = customer.get("currency").asText();
            return byId() ? "customer ID " + customer.get("id").asText() + " (" + customer.get("name").asText() + ", "
                    + cur + ")" : "customer '" + customer.get("name").asText() + "' (" + cur + ")";
        }

        String cashOutcome(String out) {
            return "CLI said: " + out.strip();
        }
    }
}
