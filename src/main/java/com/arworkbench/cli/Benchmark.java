package com.arworkbench.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import com.arworkbench.request.WorkFolder;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bench}: generates an N-row NetSuite-style open-items export (CSV or XLSX, with title rows
 * and a grand total row), then times {@code aging} on it in a fresh JVM and reports wall time and
 * that JVM's peak RSS. Measuring in a child keeps the generator's memory out of the figure.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = "Generate a large export and time a job on it in a fresh JVM: wall time and peak memory.")
final class Benchmark implements CliCommand {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

    /** The load harness is test code and does not ship in the jar; where it went and how to run it. */
    static final String LOAD_MOVED = "the load harness is not in the jar: it is test code "
            + "(src/test/java/com/arworkbench/cli/LoadTest.java); from the repository run "
            + "mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath "
            + "&& java -cp target/test-classes:target/classes:$(cat target/test.classpath) com.arworkbench.cli.LoadTest "
            + "[--clients 16] [--requests 200] [--server-xmx 1500m] [--large-rows 50000,...] [--keep]";

    enum Format { CSV, XLSX }

    @Option(names = "--job", paramLabel = "aging|dunning|recon|cashapp|pack|statements|allowance", defaultValue = "aging",
            converter = JobName.class, description = "The job to time (default ${DEFAULT-VALUE}).")
    String job;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000",
            description = "Rows of the generated open-items export (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--history-rows", paramLabel = "N",
            description = "Rows of the generated invoice history for pack (default: twice --rows).")
    Long historyRows;

    @Option(names = "--format", paramLabel = "csv|xlsx", defaultValue = "csv",
            description = "The generated export's format (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "20000",
            description = "Distinct customers in the generated data (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--pdf", description = "statements: also write one PDF per customer and currency (time them with "
            + "the workbook).")
    boolean pdf;

    @Option(names = "--keep", description = "Keep the generated files and the workbook, and say where.")
    boolean keep;

    @Option(names = "--compare", description = "aging of a CSV: also time, in the same run and on the same file, a "
            + "plain POI SXSSF program doing the same aging, and print the ratio (the program is in the test classes: "
            + "run with -cp target/ar-workbench.jar:target/test-classes).")
    boolean compare;

    /** {@code --job load} names the load harness, which moved to the tests: say where rather than "unknown job". */
    static final class JobName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.equals("load")) {
                throw new TypeConversionException(LOAD_MOVED);
            }
            if (!List.of("aging", "dunning", "recon", "cashapp", "pack", "statements", "allowance").contains(value)) {
                throw new TypeConversionException("--job is aging, dunning, recon, cashapp, pack, statements or allowance");
            }
            return value;
        }
    }

    @Override
    public void run(ParseResult parsed, PrintStream out) throws IOException {
        String format = this.format.name().toLowerCase(Locale.ROOT);
        Path dir = Files.createTempDirectory("ar-workbench-bench-");
        Path input = dir.resolve("open-items-" + rows + "." + format);
        long t0 = System.nanoTime();
        switch (this.format) {
            case CSV -> writeCsv(input, rows, customers);
            case XLSX -> writeXlsx(input, rows, customers);
        }
        out.printf("generated %,d rows (%s, %,d customers) in %.1f s: %s (%,d bytes)%n", rows, format, customers,
                (System.nanoTime() - t0) / 1e9, input, Files.size(input));
        Path workbook = dir.resolve(job + ".xlsx");
        List<String> args = new ArrayList<>(List.of(job, input.toString(), "--as-of", AS_OF.toString(), "--out",
                workbook.toString()));
        if (job.equals("recon")) {
            // The GL detail of the AR control account: one posting per open item, a few differences planted.
            Path gl = dir.resolve("gl-ar-detail.csv");
            writeGl(input, gl);
            out.printf("generated the GL detail: %,d bytes%n", Files.size(gl));
            args.addAll(List.of("--gl", gl.toString()));
        }
        if (job.equals("cashapp")) {
            // One payment per ten open items: most name their invoice, some only the payer.
            Path payments = dir.resolve("bank-statement.csv");
            long count = writePayments(input, payments, rows / 10);
            out.printf("generated %,d payments: %,d bytes%n", count, Files.size(payments));
            args.addAll(List.of("--payments", payments.toString()));
        }
        if (job.equals("pack")) {
            // Open items plus 15 months of invoice history (twice as many rows by default): the KPIs and forecast.
            long historyRows = this.historyRows == null ? rows * 2 : this.historyRows;
            Path history = dir.resolve("invoice-history-" + historyRows + ".csv");
            long t1 = System.nanoTime();
            writeHistory(history, historyRows, customers);
            out.printf("generated %,d history rows in %.1f s: %,d bytes%n", historyRows, (System.nanoTime() - t1) / 1e9,
                    Files.size(history));
            args.add(1, history.toString());
        }
        if (job.equals("allowance")) {
            // 15 months of history (twice the export's rows) and the write-offs of the customers in distress.
            long historyRows = this.historyRows == null ? rows * 2 : this.historyRows;
            Path history = dir.resolve("invoice-history-" + historyRows + ".csv");
            writeHistory(history, historyRows, customers);
            Path writeOffs = dir.resolve("write-offs.csv");
            long count = writeWriteOffs(history, writeOffs);
            out.printf("generated %,d history rows and %,d write-offs%n", historyRows, count);
            args.addAll(List.of("--history", history.toString(), "--write-offs", writeOffs.toString()));
        }
        if (job.equals("statements")) {
            // A customer master and an invoice history as large as the export: letterheads, contacts and the activity.
            Path master = dir.resolve("customers.csv");
            writeMaster(master, customers);
            long historyRows = this.historyRows == null ? rows : this.historyRows;
            Path history = dir.resolve("invoice-history-" + historyRows + ".csv");
            writeHistory(history, historyRows, customers);
            out.printf("generated a customer master (%,d rows) and %,d history rows%n", customers, historyRows);
            args.addAll(List.of("--customers", master.toString(), "--history", history.toString()));
            if (pdf) {
                args.addAll(List.of("--pdf", dir.resolve("pdf").toString()));
            }
        }
        if (job.equals("dunning")) {
            // A realistic second run: a customer master, and last run's worklist (three weeks earlier) to carry forward.
            Path master = dir.resolve("customers.csv");
            writeMaster(master, customers);
            Path previous = dir.resolve("previous-worklist.xlsx");
            int code = Main.run(new String[] {"dunning", input.toString(), "--as-of", AS_OF.minusDays(21).toString(),
                "--out", previous.toString(), "--customers", master.toString()}, new PrintStream(OutputStream.nullOutputStream()),
                    out);
            if (code != 0) {
                throw new IOException("could not produce the previous worklist");
            }
            out.printf("prepared customer master (%,d rows) and a previous worklist (%,d bytes)%n", customers,
                    Files.size(previous));
            args.addAll(List.of("--customers", master.toString(), "--previous", previous.toString()));
        }
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        cmd.addAll(1, jvmOptions());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AR_WORKBENCH_STATS", "1");
        long start = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        out.print(output);
        out.printf("%s run: exit %d, wall %.2f s (including JVM start), workbook %,d bytes%n", job, code, wall,
                Files.exists(workbook) ? Files.size(workbook) : 0);
        if (compare) {
            compare(input, dir.resolve("plain-poi.xlsx"), wall, out);
        }
        if (!keep) {
            WorkFolder.deleteTree(dir, true);
        } else {
            out.println("kept: " + dir);
        }
    }

    /** The plain POI program of the test classes, on the same file in a fresh JVM with the same options. */
    private void compare(Path input, Path workbook, double ours, PrintStream out) throws IOException {
        String plain = "com.arworkbench.bench.PlainPoiAging";
        if (!job.equals("aging") || format != Format.CSV) {
            out.println("--compare: the plain POI program ages the generated CSV only (--job aging --format csv)");
            return;
        }
        try {
            Class.forName(plain);
        } catch (ClassNotFoundException e) {
            out.println("--compare: the plain POI program is in the test classes, not in the shipped jar: run "
                    + "mvn -q -B -DskipTests test-compile, then java -cp target/ar-workbench.jar:target/test-classes "
                    + "com.arworkbench.cli.Main bench --compare ...");
            return;
        }
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), plain, input.toString(), workbook.toString(),
                AS_OF.toString()));
        cmd.addAll(1, jvmOptions());
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        out.print(output);
        out.printf("plain POI run: exit %d, wall %.2f s (including JVM start), workbook %,d bytes; plain ÷ ours = %.2f%n",
                p.exitValue(), wall, Files.exists(workbook) ? Files.size(workbook) : 0, wall / ours);
    }

    /** The child JVM gets the heap options this JVM was started with, so the README's -Xmx applies to the run. */
    private static List<String> jvmOptions() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(s -> s.startsWith("-Xm") || s.startsWith("-XX:")).toList();
    }

    private record Line(String customer, String type, LocalDate date, String number, LocalDate due, long cents) {
    }

    private static final class Generator {
        private final Random random = new Random(42);
        private final int customers;
        private long totalCents;
        private long n;

        Generator(int customers) {
            this.customers = customers;
        }

        Line next() {
            n++;
            int c = random.nextInt(customers);
            boolean credit = random.nextInt(20) == 0;
            LocalDate date = AS_OF.minusDays(random.nextInt(200) - 10);
            LocalDate due = date.plusDays(30);
            long cents = 1000 + random.nextInt(2_500_000);
            if (credit) {
                cents = -cents / 4;
            }
            totalCents += cents;
            return new Line(String.format("C%05d Customer %05d Ltd", c, c), credit ? "Credit Memo" : "Invoice", date,
                    (credit ? "CM" : "INV") + String.format("%08d", n), due, cents);
        }
    }

    static String money(long cents) {
        String s = String.format(Locale.US, "%,.2f", java.math.BigDecimal.valueOf(Math.abs(cents), 2));
        return cents < 0 ? "-" + s : s;
    }

    private static void writeCsv(Path file, long rows, int customers) throws IOException {
        Generator g = new Generator(customers);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Benchmark Holdings Inc\nA/R Aging Detail\nAs of " + US.format(AS_OF) + "\n\n");
            w.write("Customer,Transaction Type,Date,Document Number,P.O. Number,Due Date,Age,Open Balance\n");
            for (long i = 0; i < rows; i++) {
                Line l = g.next();
                w.write(l.customer() + "," + l.type() + "," + US.format(l.date()) + "," + l.number() + ",PO-" + (i % 9973)
                        + "," + US.format(l.due()) + "," + (AS_OF.toEpochDay() - l.due().toEpochDay()) + ",\""
                        + money(l.cents()) + "\"\n");
            }
            w.write("Total,,,,,,,\"" + money(g.totalCents) + "\"\n");
        }
    }

    /**
     * GL lines for the AR account from the generated subledger: each open item posted once, except
     * every 10,000th (an unposted invoice); plus a few lines on another account and an FX revaluation.
     */
    private static void writeGl(Path subledger, Path gl) throws IOException {
        try (var lines = Files.lines(subledger, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(gl, StandardCharsets.UTF_8)) {
            w.write("Date,Account,Account Name,Document Number,Description,Debit,Credit\n");
            long[] n = {0};
            lines.skip(5).forEach(line -> {
                String[] f = line.split(",", 5);
                if (f.length < 5 || f[0].equals("Total") || f[1].isEmpty()) {
                    return;
                }
                n[0]++;
                if (n[0] % 10_000 == 0) {
                    return;
                }
                String amount = line.substring(line.lastIndexOf(",\"") + 2, line.length() - 1).replace(",", "");
                boolean credit = amount.startsWith("-");
                try {
                    w.write(f[2] + ",1200,Accounts Receivable," + f[3] + "," + f[1] + "," + (credit ? "," + amount.substring(1)
                            : amount + ",") + "\n");
                    if (n[0] % 50_000 == 1) {
                        w.write(f[2] + ",4000,Revenue," + f[3] + ",Sales," + "," + amount.replace("-", "") + "\n");
                    }
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            w.write(US.format(AS_OF) + ",1200,Accounts Receivable,,FX revaluation,125.40,\n");
        }
    }

    /** A generic bank CSV with incoming payments for every tenth open invoice of the generated export. */
    private static long writePayments(Path openItems, Path out, long wanted) throws IOException {
        long[] n = {0};
        try (var lines = Files.lines(openItems, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("Booking date,Value date,Payer,IBAN,Reference,Amount,Currency\n");
            long[] i = {0};
            lines.skip(5).forEach(line -> {
                String[] f = line.split(",", 5);
                if (f.length < 5 || f[0].equals("Total") || !f[1].equals("Invoice") || i[0]++ % 10 != 0 || n[0] >= wanted) {
                    return;
                }
                String amount = line.substring(line.lastIndexOf(",\"") + 2, line.length() - 1).replace(",", "");
                String reference = n[0] % 5 == 4 ? "thank you" : "Payment " + f[3];
                try {
                    w.write(US.format(AS_OF) + "," + US.format(AS_OF) + "," + f[0].substring(7) + ",," + reference + ","
                            + amount + ",\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                n[0]++;
            });
        }
        return n[0];
    }

    /**
     * A NetSuite-style invoice register over the 15 months before the as-of date. Each customer has
     * a habit (days late, from early to very late) with some noise; invoices whose payment would fall
     * after the as-of date are still open (no close date).
     */
    private static void writeHistory(Path file, long rows, int customers) throws IOException {
        Random random = new Random(11);
        int[] habit = new int[customers];
        for (int c = 0; c < customers; c++) {
            habit[c] = random.nextInt(10) < 6 ? random.nextInt(8) - 3 : random.nextInt(10) < 8 ? 5 + random.nextInt(20)
                    : 30 + random.nextInt(40);
        }
        LocalDate start = AS_OF.minusMonths(15);
        int span = (int) (AS_OF.toEpochDay() - start.toEpochDay());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Benchmark Holdings Inc\nInvoice Register\n\n");
            w.write("Customer,Type,Date,Document Number,Due Date,Amount,Amount Remaining,Date Closed\n");
            for (long i = 0; i < rows; i++) {
                int c = random.nextInt(customers);
                LocalDate date = start.plusDays(random.nextInt(span + 1));
                LocalDate due = date.plusDays(random.nextInt(5) == 0 ? 60 : 30);
                long cents = 1000 + random.nextInt(2_500_000);
                LocalDate paid = due.plusDays(habit[c] + random.nextInt(7) - 3);
                boolean open = paid.isAfter(AS_OF);
                w.write(String.format("C%05d Customer %05d Ltd", c, c) + ",Invoice," + US.format(date) + ",H"
                        + String.format("%09d", i) + "," + US.format(due) + ",\"" + money(cents) + "\",\""
                        + money(open ? cents : 0) + "\"," + (open ? "" : US.format(paid)) + "\n");
            }
        }
    }

    /**
     * Write-offs of one customer in fifty (the customers in distress): every fifth of their settled invoices was in
     * fact written off on its closing date, for its amount.
     */
    private static long writeWriteOffs(Path history, Path out) throws IOException {
        long n = 0;
        try (BufferedReader r = Files.newBufferedReader(history, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("Customer,Type,Date,Document Number,Amount\n");
            long seen = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.length() < 7 || !Character.isDigit(line.charAt(1)) || line.endsWith(",")) {
                    continue; // title, header, or an invoice still open
                }
                int customer = Integer.parseInt(line.substring(1, 6));
                if (customer % 50 != 0 || seen++ % 5 != 0) {
                    continue;
                }
                String[] f = line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
                w.write(f[0] + ",Write-off," + f[7] + ",WO" + f[3] + ",\"-" + f[5].replace("\"", "") + "\"\n");
                n++;
            }
        }
        return n;
    }

    /** A CRM-style master for the generated customers: contact, e-mail, language, credit limit, collector, a few blocks. */
    private static void writeMaster(Path file, int customers) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Customer ID,Name,Contact,Email,Language,Credit Limit,Collector,Dunning Block\n");
            for (int c = 0; c < customers; c++) {
                w.write(String.format(Locale.ROOT, "C%05d,Customer %05d Ltd,Contact %05d,ap%05d@example.com,%s,%d,%s,%s%n",
                        c, c, c, c, random.nextInt(4) == 0 ? "de" : "en", 50_000 + random.nextInt(20) * 10_000,
                        "Collector " + (c % 12), random.nextInt(100) == 0 ? "Y" : ""));
            }
        }
    }

    private static void writeXlsx(Path file, long rows, int customers) throws IOException {
        Generator g = new Generator(customers);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("AR Aging Detail");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yyyy"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            s.createRow(0).createCell(0).setCellValue("Benchmark Holdings Inc");
            s.createRow(1).createCell(0).setCellValue("A/R Aging Detail");
            String[] headers = {"Customer", "Transaction Type", "Date", "Document Number", "P.O. Number", "Due Date", "Age",
                "Open Balance"};
            Row h = s.createRow(3);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            int r = 4;
            for (long i = 0; i < rows; i++) {
                Line l = g.next();
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(l.customer());
                row.createCell(1).setCellValue(l.type());
                row.createCell(2).setCellValue(l.date());
                row.getCell(2).setCellStyle(date);
                row.createCell(3).setCellValue(l.number());
                row.createCell(4).setCellValue("PO-" + (i % 9973));
                row.createCell(5).setCellValue(l.due());
                row.getCell(5).setCellStyle(date);
                row.createCell(6).setCellValue(AS_OF.toEpochDay() - l.due().toEpochDay());
                row.createCell(7).setCellValue(java.math.BigDecimal.valueOf(l.cents(), 2).doubleValue());
                row.getCell(7).setCellStyle(money);
            }
            Row total = s.createRow(r);
            total.createCell(0).setCellValue("Total");
            total.createCell(7).setCellValue(java.math.BigDecimal.valueOf(g.totalCents, 2).doubleValue());
            wb.write(out);
        }
    }
}
