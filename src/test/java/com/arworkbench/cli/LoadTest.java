package com.arworkbench.cli;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The load harness (test scope: it does not ship in the jar): many concurrent clients against ONE server (started in a child JVM
 * with a fixed heap), mixed sizes and jobs. Every client uploads data carrying its own marker
 * ({@code LTccQrrr}: client and request number) in customer names, file names and amounts, reads
 * the returned workbook back with POI (event API, so a 200,000-row workbook is scanned, not
 * loaded) and checks that it holds its own marker and totals and no other marker. Reports
 * failures, latency percentiles, throughput, the server's peak RSS (VmHWM) and what the server
 * left in its temp folder. {@link ConcurrentLoadIT} runs it small; the full run is a command of its own, from the
 * repository folder (the server child JVM gets the same class path):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath
 * java -cp target/test-classes:target/classes:$(cat target/test.classpath) com.arworkbench.cli.LoadTest \
 *      [--clients 16] [--requests 200] [--server-xmx 1500m] [--large-rows 50000,100000,150000,200000] [--keep]
 * </pre>
 */
final class LoadTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final Pattern MARKER = Pattern.compile("LT(\\d{2})Q(\\d{3})");
    private static final Path EXAMPLES = Path.of("examples");
    /** Grand totals of the bundled examples (README): what their workbooks must show whoever sends them. */
    static final BigDecimal SAP_EXAMPLE_TOTAL = new BigDecimal("891753.32");

    private LoadTest() {
    }

    enum Kind { AGING_SMALL, AGING_XLSX, AGING_LARGE, PACK, EXAMPLE_AGING, EXAMPLE_PACK }

    /** One planned request: which client sends it, its global number, what it is and how many rows. */
    record Planned(int client, int number, Kind kind, int rows) {
        String tag() {
            return String.format(Locale.ROOT, "LT%02dQ%03d", client, number);
        }
    }

    /** What happened to one request. */
    record Outcome(Planned request, int status, long nanos, long uploaded, long downloaded, String failure) {
    }

    /** All outcomes of a run, with its wall time. */
    record Result(List<Outcome> outcomes, long wallNanos) {

        List<Outcome> failures() {
            return outcomes.stream().filter(o -> o.failure() != null).toList();
        }

        double percentileSeconds(double p) {
            List<Long> sorted = outcomes.stream().map(Outcome::nanos).sorted().toList();
            if (sorted.isEmpty()) {
                return 0;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e9;
        }
    }

    /**
     * The request mix: {@code requests} requests dealt round-robin to {@code clients} clients. The
     * large exports are spread evenly over the run; one in ten is a generated pack (open items,
     * invoice history, customer master), one in ten an example file (aging or pack), one in five
     * of the rest an XLSX export, the others CSV exports of 20 to 3,000 rows.
     */
    static List<Planned> plan(int clients, int requests, List<Integer> largeRows, boolean examples) {
        Map<Integer, Integer> large = new HashMap<>();
        for (int k = 0; k < largeRows.size(); k++) {
            large.put((int) ((k + 0.5) * requests / largeRows.size()), largeRows.get(k));
        }
        Random random = new Random(2026);
        List<Planned> plan = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int client = i % clients;
            Kind kind;
            int rows = 20 + random.nextInt(2981);
            if (large.containsKey(i)) {
                kind = Kind.AGING_LARGE;
                rows = large.get(i);
            } else if (i % 10 == 3) {
                kind = Kind.PACK;
                rows = 50 + random.nextInt(1000);
            } else if (i % 10 == 7 && examples) {
                kind = (i / 10) % 2 == 0 ? Kind.EXAMPLE_AGING : Kind.EXAMPLE_PACK;
            } else if (i % 5 == 1) {
                kind = Kind.AGING_XLSX;
            } else {
                kind = Kind.AGING_SMALL;
            }
            plan.add(new Planned(client, i, kind, rows));
        }
        return plan;
    }

    /** Sends the plan against {@code base} with one thread and one HTTP client per client; never throws for a request. */
    static Result drive(URI base, List<Planned> plan, Path work, String token) throws InterruptedException {
        int clients = plan.stream().mapToInt(Planned::client).max().orElse(-1) + 1;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, clients));
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            List<Planned> mine = plan.stream().filter(p -> p.client() == client).toList();
            futures.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                for (Planned p : mine) {
                    outcomes.add(send(http, base, p, work, token));
                }
            }));
        }
        pool.shutdown();
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        pool.awaitTermination(1, TimeUnit.MINUTES);
        List<Outcome> sorted = new ArrayList<>(outcomes);
        sorted.sort((a, b) -> Integer.compare(a.request().number(), b.request().number()));
        return new Result(sorted, System.nanoTime() - start);
    }

    /** Builds, sends and verifies one request. Only the HTTP exchange is timed. */
    private static Outcome send(HttpClient http, URI base, Planned p, Path work, String token) {
        Path answer = work.resolve(p.tag() + ".xlsx");
        long t0 = 0;
        long elapsed = 0;
        int status = -1;
        long uploaded = 0;
        try {
            Built built = build(p);
            uploaded = built.form.size();
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(built.path))
                    .timeout(Duration.ofMinutes(10))
                    .header("Content-Type", built.form.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(built.form.bytes()));
            if (token != null) {
                request.header("X-Arw-Token", token);
            }
            t0 = System.nanoTime();
            HttpResponse<Path> r = http.send(request.build(), HttpResponse.BodyHandlers.ofFile(answer));
            elapsed = System.nanoTime() - t0;
            status = r.statusCode();
            long downloaded = Files.size(answer);
            String failure = status != 200 ? "HTTP " + status + ": " + Files.readString(answer, StandardCharsets.UTF_8)
                    : verify(p, built.expectedTotal, answer, r.headers().firstValue("X-Arw-Summary").orElse(""));
            return new Outcome(p, status, elapsed, uploaded, downloaded, failure);
        } catch (Exception | OutOfMemoryError e) {
            if (t0 != 0 && elapsed == 0) {
                elapsed = System.nanoTime() - t0;
            }
            return new Outcome(p, status, elapsed, uploaded, 0, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(answer);
            } catch (IOException e) {
                // the work folder is removed at the end anyway
            }
        }
    }

    record Built(String path, Form form, BigDecimal expectedTotal) {
    }

    static Built build(Planned p) throws IOException {
        String tag = p.tag();
        Random random = new Random(p.number() * 7919L + p.client());
        Form form = new Form().field("asOf", AS_OF.toString());
        switch (p.kind()) {
            case AGING_SMALL, AGING_LARGE -> {
                StringBuilder csv = new StringBuilder(p.rows() * 90);
                BigDecimal total = openItemsCsv(csv, tag, p.rows(), random);
                return new Built("/api/aging", form.file("file", "open-items-" + tag + ".csv",
                        csv.toString().getBytes(StandardCharsets.UTF_8)), total);
            }
            case AGING_XLSX -> {
                ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
                BigDecimal total = openItemsXlsx(xlsx, tag, p.rows(), random);
                return new Built("/api/aging", form.file("file", "open-items-" + tag + ".xlsx", xlsx.toByteArray()), total);
            }
            case PACK -> {
                StringBuilder open = new StringBuilder();
                BigDecimal total = openItemsCsv(open, tag, p.rows(), random);
                int customers = Math.max(5, p.rows() / 10);
                form.file("files", "open-items-" + tag + ".csv", open.toString().getBytes(StandardCharsets.UTF_8))
                        .file("files", "invoice-history-" + tag + ".csv", history(tag, p.rows() * 2, customers, random))
                        .file("files", "customers-" + tag + ".csv", master(tag, customers));
                return new Built("/api/pack", form, total);
            }
            case EXAMPLE_AGING -> {
                return new Built("/api/aging", form.file("file", "sap-fbl5n-de.csv",
                        Files.readAllBytes(EXAMPLES.resolve("sap-fbl5n-de.csv"))), SAP_EXAMPLE_TOTAL);
            }
            case EXAMPLE_PACK -> {
                form.file("files", "netsuite-ar-aging-detail.csv", Files.readAllBytes(EXAMPLES.resolve("netsuite-ar-aging-detail.csv")))
                        .file("files", "invoice-history.csv", Files.readAllBytes(EXAMPLES.resolve("kpi/invoice-history.csv")))
                        .file("files", "netsuite-customers.csv", Files.readAllBytes(EXAMPLES.resolve("netsuite-customers.csv")));
                return new Built("/api/pack", form, null);
            }
            default -> throw new IllegalStateException(p.kind().name());
        }
    }

    // ------------------------------------------------------------------ generated exports

    private static String customer(String tag, int c) {
        return String.format(Locale.ROOT, "C%05d %s Customer %05d Ltd", c, tag, c);
    }

    /** A NetSuite A/R Aging Detail CSV; every document dated on or before the as-of date. Returns the grand total. */
    private static BigDecimal openItemsCsv(StringBuilder w, String tag, int rows, Random random) {
        int customers = Math.max(5, rows / 10);
        w.append(tag).append(" Holdings Inc\nA/R Aging Detail\nAs of ").append(US.format(AS_OF)).append("\n\n");
        w.append("Customer,Transaction Type,Date,Document Number,P.O. Number,Due Date,Age,Open Balance\n");
        long total = 0;
        for (int i = 0; i < rows; i++) {
            int c = random.nextInt(customers);
            boolean credit = random.nextInt(20) == 0;
            LocalDate date = AS_OF.minusDays(1 + random.nextInt(200));
            LocalDate due = date.plusDays(30);
            long cents = 1000 + random.nextInt(2_500_000);
            if (credit) {
                cents = -cents / 4;
            }
            total += cents;
            w.append(customer(tag, c)).append(credit ? ",Credit Memo," : ",Invoice,").append(US.format(date)).append(',')
                    .append(credit ? "CM" : "INV").append(tag).append(String.format(Locale.ROOT, "%07d", i)).append(",PO-")
                    .append(i % 9973).append(',').append(US.format(due)).append(',')
                    .append(AS_OF.toEpochDay() - due.toEpochDay()).append(",\"").append(Benchmark.money(cents)).append("\"\n");
        }
        w.append("Total,,,,,,,\"").append(Benchmark.money(total)).append("\"\n");
        return BigDecimal.valueOf(total, 2);
    }

    private static BigDecimal openItemsXlsx(OutputStream out, String tag, int rows, Random random) throws IOException {
        int customers = Math.max(5, rows / 10);
        long total = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            Sheet s = wb.createSheet("AR Aging Detail");
            var date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy"));
            s.createRow(0).createCell(0).setCellValue(tag + " Holdings Inc");
            String[] headers = {"Customer", "Transaction Type", "Date", "Document Number", "Due Date", "Open Balance"};
            Row h = s.createRow(2);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 0; i < rows; i++) {
                int c = random.nextInt(customers);
                LocalDate d = AS_OF.minusDays(1 + random.nextInt(200));
                long cents = 1000 + random.nextInt(2_500_000);
                total += cents;
                Row row = s.createRow(3 + i);
                row.createCell(0).setCellValue(customer(tag, c));
                row.createCell(1).setCellValue("Invoice");
                row.createCell(2).setCellValue(d);
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue("INV" + tag + String.format(Locale.ROOT, "%07d", i));
                row.createCell(4).setCellValue(d.plusDays(30));
                row.getCell(4).setCellStyle(date);
                row.createCell(5).setCellValue(BigDecimal.valueOf(cents, 2).doubleValue());
            }
            wb.write(out);
        }
        return BigDecimal.valueOf(total, 2);
    }

    /** A NetSuite-style invoice register over 15 months, paid with a per-customer habit; open when paid after the as-of date. */
    private static byte[] history(String tag, int rows, int customers, Random random) {
        StringBuilder w = new StringBuilder();
        w.append(tag).append(" Holdings Inc\nInvoice Register\n\n");
        w.append("Customer,Type,Date,Document Number,Due Date,Amount,Amount Remaining,Date Closed\n");
        LocalDate start = AS_OF.minusMonths(15);
        int span = (int) (AS_OF.toEpochDay() - start.toEpochDay());
        for (int i = 0; i < rows; i++) {
            int c = random.nextInt(customers);
            LocalDate date = start.plusDays(random.nextInt(span + 1));
            LocalDate due = date.plusDays(30);
            long cents = 1000 + random.nextInt(2_500_000);
            LocalDate paid = due.plusDays((c % 7) * 5 + random.nextInt(7) - 3);
            boolean open = paid.isAfter(AS_OF);
            w.append(customer(tag, c)).append(",Invoice,").append(US.format(date)).append(",H").append(tag)
                    .append(String.format(Locale.ROOT, "%07d", i)).append(',').append(US.format(due)).append(",\"")
                    .append(Benchmark.money(cents)).append("\",\"").append(Benchmark.money(open ? cents : 0)).append("\",")
                    .append(open ? "" : US.format(paid)).append('\n');
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] master(String tag, int customers) {
        StringBuilder w = new StringBuilder("Customer ID,Name,Contact,Email,Language,Credit Limit,Collector,Dunning Block\n");
        for (int c = 0; c < customers; c++) {
            w.append(String.format(Locale.ROOT, "C%05d,%s Customer %05d Ltd,Contact %s %05d,ap%05d@example.com,en,%d,Collector %d,%n",
                    c, tag, c, tag, c, c, 50_000 + (c % 20) * 10_000, c % 12));
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------ verification

    /**
     * Null when the workbook is right: master check OK, the aging total equal to what was sent,
     * this request's marker present and no other request's marker anywhere (any sheet, any cell).
     */
    static String verify(Planned p, BigDecimal expectedTotal, Path xlsx, String summaryHeader) throws Exception {
        if (!summaryHeader.contains("ALL CHECKS OK")) {
            return "checks not OK: " + summaryHeader;
        }
        boolean example = p.kind() == Kind.EXAMPLE_AGING || p.kind() == Kind.EXAMPLE_PACK;
        String own = p.tag();
        Scan scan = scan(xlsx, p.kind() == Kind.PACK || p.kind() == Kind.EXAMPLE_PACK ? "Aging" : "Summary");
        Set<String> foreign = new java.util.TreeSet<>(scan.markers);
        foreign.remove(own);
        if (!foreign.isEmpty()) {
            return "CROSS-TALK: workbook of " + (example ? "an example sent by " : "") + own + " contains data of " + foreign;
        }
        if (!example && !scan.markers.contains(own)) {
            return "own data missing: no " + own + " in the workbook";
        }
        if (scan.total == null) {
            return "no Total row on the " + scan.summarySheet + " sheet";
        }
        if (expectedTotal != null && scan.total.compareTo(expectedTotal) != 0) {
            return "total " + scan.total + " on the workbook, " + expectedTotal + " sent";
        }
        return null;
    }

    /** What a workbook scan found: every marker anywhere (any request's), and the grand total on the summary sheet. */
    static final class Scan {
        final Set<String> markers = new java.util.TreeSet<>();
        final String summarySheet;
        BigDecimal total;

        Scan(String summarySheet) {
            this.summarySheet = summarySheet;
        }
    }

    /** Reads every sheet with POI's event API (no full load). */
    static Scan scan(Path xlsx, String summarySheet) throws Exception {
        Scan scan = new Scan(summarySheet);
        try (OPCPackage pkg = OPCPackage.open(xlsx.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = reader.getSharedStringsTable();
            for (int i = 0; strings != null && i < strings.getUniqueCount(); i++) {
                markers(strings.getItemAt(i).getString(), scan);
            }
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    boolean summary = sheets.getSheetName().equals(summarySheet);
                    Cells cells = new Cells(strings, scan, summary);
                    factory.newSAXParser().parse(new InputSource(in), cells);
                    if (summary) {
                        scan.total = cells.grandTotal();
                    }
                }
            }
        }
        return scan;
    }

    private static void markers(String text, Scan scan) {
        if (text == null || text.indexOf("LT") < 0) {
            return;
        }
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            scan.markers.add(m.group());
        }
    }

    /** SAX handler over one sheet: markers in every string cell; on the summary sheet, the cells by row. */
    private static final class Cells extends DefaultHandler {
        private final SharedStrings strings;
        private final Scan scan;
        private final boolean keep;
        private final Map<Integer, Map<Integer, String>> rows = new TreeMap<>();
        private final StringBuilder text = new StringBuilder();
        private String type;
        private String ref;
        private boolean inValue;

        Cells(SharedStrings strings, Scan scan, boolean keep) {
            this.strings = strings;
            this.scan = scan;
            this.keep = keep;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) {
            switch (local) {
                case "c" -> {
                    type = a.getValue("t");
                    ref = a.getValue("r");
                    text.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String local, String qName) {
            if (local.equals("v") || local.equals("t")) {
                inValue = false;
            } else if (local.equals("c")) {
                String value = text.toString();
                if ("s".equals(type) && !value.isEmpty()) {
                    value = strings.getItemAt(Integer.parseInt(value)).getString();
                } else {
                    markers(value, scan);
                }
                if (keep && ref != null) {
                    int[] rc = position(ref);
                    rows.computeIfAbsent(rc[0], k -> new TreeMap<>()).put(rc[1], value);
                }
            }
        }

        /** The value in the Total column of the first row labelled "Total…", under the header with "Customer ID". */
        BigDecimal grandTotal() {
            Integer totalColumn = null;
            for (Map<Integer, String> row : rows.values()) {
                if (totalColumn == null && row.containsValue("Customer ID")) {
                    totalColumn = row.entrySet().stream().filter(e -> e.getValue().equals("Total")).map(Map.Entry::getKey)
                            .findFirst().orElse(null);
                } else if (totalColumn != null && row.getOrDefault(0, "").startsWith("Total")) {
                    String v = row.get(totalColumn);
                    return v == null || v.isBlank() ? null : new BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP);
                }
            }
            return null;
        }

        private static int[] position(String ref) {
            int col = 0;
            int i = 0;
            while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
                col = col * 26 + (ref.charAt(i) - 'A' + 1);
                i++;
            }
            return new int[] {Integer.parseInt(ref.substring(i)) - 1, col - 1};
        }
    }

    /** A multipart/form-data body. */
    static final class Form {
        private final String boundary = "----arw-load-" + UUID.randomUUID();
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        Form field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Form file(String name, String fileName, byte[] content) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        long size() {
            return body.size() + boundary.length() + 6;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + 100);
            all.writeBytes(body.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }

        private void write(String s) {
            body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }

    // ------------------------------------------------------------------ the command

    /** {@code LoadTest [--clients 16] [--requests 200] [--server-xmx 1500m] [--large-rows 50000,…] [--keep]}. */
    @Command(name = "LoadTest", mixinStandardHelpOptions = true,
            description = "Many concurrent clients against one server in a child JVM (see the class comment).")
    static final class Options {
        @Option(names = "--clients", paramLabel = "N", defaultValue = "16", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
        int clients;

        @Option(names = "--requests", paramLabel = "N", defaultValue = "200", description = "Requests in all (default ${DEFAULT-VALUE}).")
        int requests;

        @Option(names = "--server-xmx", paramLabel = "SIZE", defaultValue = "1500m", description = "The server's heap (default ${DEFAULT-VALUE}).")
        String xmx;

        @Option(names = "--large-rows", paramLabel = "ROWS", split = ",", defaultValue = "50000,100000,150000,200000",
                description = "Rows of the large exports (default ${DEFAULT-VALUE}).")
        List<Integer> largeRows;

        @Option(names = "--keep", description = "Keep the work folder.")
        boolean keep;
    }

    /** The command line (see the class comment); exit code 0 when every request passed, 1 otherwise, 2 on bad usage. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Options());
        try {
            ParseResult parsed = cli.parseArgs(args);
            if (CommandLine.executeHelpRequest(parsed) != null) {
                return;
            }
            Options options = cli.getCommand();
            if (options.clients < 1 || options.requests < 1) {
                throw new ParameterException(cli, "--clients and --requests must be at least 1");
            }
            run(options, System.out);
        } catch (ParameterException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (IOException | RuntimeException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        }
    }

    static void run(Options a, PrintStream out) throws IOException {
        int clients = a.clients;
        int requests = a.requests;
        String xmx = a.xmx;
        List<Integer> largeRows = a.largeRows;
        boolean examples = Files.isRegularFile(EXAMPLES.resolve("sap-fbl5n-de.csv"));
        if (!examples) {
            out.println("examples/ not found in the working folder: the example requests are replaced by generated ones");
        }
        Path dir = Files.createTempDirectory("ar-workbench-load-");
        Path serverTemp = dir.resolve("server-temp");
        Path work = Files.createDirectories(dir.resolve("client"));
        Path log = dir.resolve("server.log");
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx" + xmx,
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve", "--port", "0",
                "--temp-dir", serverTemp.toString()));
        Process server = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        try {
            int port = awaitPort(server, log);
            List<Planned> plan = plan(clients, requests, largeRows, examples);
            Map<Kind, Long> mix = new TreeMap<>();
            plan.forEach(p -> mix.merge(p.kind(), 1L, Long::sum));
            out.printf("server pid %d on port %d with -Xmx%s; %d clients, %d requests: %s; large exports %s rows%n",
                    server.pid(), port, xmx, clients, requests, mix, largeRows);
            Result result;
            try {
                result = drive(URI.create("http://127.0.0.1:" + port), plan, work, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
            String peak = procStatus(server.pid(), "VmHWM");
            long left = countFiles(serverTemp);
            report(result, out);
            out.printf("server peak RSS (VmHWM) %s with -Xmx%s; files left in the server's temp folder after all requests: %d%n",
                    peak, xmx, left);
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
            out.printf("server stopped (exit %d after SIGTERM); its temp folder %s%n", server.exitValue(),
                    Files.exists(serverTemp) ? "is still there" : "was removed");
            if (!result.failures().isEmpty() || left != 0) {
                out.println("server log: " + log);
                throw new IOException(result.failures().size() + " failed request(s), " + left + " temp file(s) left");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } finally {
            if (server.isAlive()) {
                server.destroyForcibly();
            }
            if (!a.keep) {
                deleteTree(dir);
            }
        }
    }

    static void report(Result result, PrintStream out) {
        long up = result.outcomes().stream().mapToLong(Outcome::uploaded).sum();
        long down = result.outcomes().stream().mapToLong(Outcome::downloaded).sum();
        double wall = result.wallNanos() / 1e9;
        out.printf("requests %d, failures %d, latency p50 %.2f s, p95 %.2f s, max %.2f s; wall %.1f s, throughput %.2f req/s "
                        + "(%.1f MB up, %.1f MB down)%n", result.outcomes().size(), result.failures().size(),
                result.percentileSeconds(50), result.percentileSeconds(95), result.percentileSeconds(100), wall,
                result.outcomes().size() / wall, up / 1e6, down / 1e6);
        Map<Kind, List<Outcome>> byKind = new TreeMap<>();
        result.outcomes().forEach(o -> byKind.computeIfAbsent(o.request().kind(), k -> new ArrayList<>()).add(o));
        byKind.forEach((k, list) -> out.printf("  %-13s %3d requests, p50 %.2f s, max %.2f s%s%n", k, list.size(),
                new Result(list, 1).percentileSeconds(50), new Result(list, 1).percentileSeconds(100),
                k == Kind.EXAMPLE_AGING || k == Kind.EXAMPLE_PACK ? " (bundled example files)"
                        : String.format(Locale.ROOT, ", %,d to %,d rows", list.stream().mapToInt(o -> o.request().rows()).min()
                                .orElse(0), list.stream().mapToInt(o -> o.request().rows()).max().orElse(0))));
        result.failures().stream().limit(10).forEach(o -> out.printf("  FAILED %s %s (%d rows): %s%n", o.request().tag(),
                o.request().kind(), o.request().rows(), o.failure()));
    }

    private static int awaitPort(Process server, Path log) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("listening on http://[^:]+:(\\d+)/");
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Files.writeString(log, seen);
                Thread drain = new Thread(() -> {
                    try (OutputStream o = Files.newOutputStream(log, java.nio.file.StandardOpenOption.APPEND)) {
                        lines.lines().forEach(l -> {
                            try {
                                o.write((l + "\n").getBytes(StandardCharsets.UTF_8));
                            } catch (IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        });
                    } catch (IOException | RuntimeException e) {
                        // the server went away
                    }
                }, "server-log");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IOException("the server did not start:\n" + seen);
    }

    /** A line of /proc/PID/status such as VmHWM, as MB; "n/a" off Linux. */
    static String procStatus(long pid, String key) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith(key + ":")) {
                    return String.format(Locale.ROOT, "%.0f MB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "n/a";
    }

    /** Regular files below a folder (0 when it does not exist). */
    static long countFiles(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted((x, y) -> y.getNameCount() - x.getNameCount()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
