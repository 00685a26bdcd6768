package com.arworkbench.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The benchmark's generated inputs. The open items come from one seeded generator, so every format holds the same
 * items: a NetSuite-style "A/R Aging Detail" CSV (title lines, the header, a grand total line), a generic CSV (one
 * header row, ISO dates, plain amounts, a currency column) and an XLSX like the NetSuite CSV. The GL detail and the
 * bank payments are derived from the same items, so they work with every format.
 */
final class BenchData {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);

    private BenchData() {
    }

    /** The generated open-items export's format. */
    enum Format {
        NETSUITE_CSV("netsuite-csv", "csv"), GENERIC_CSV("generic-csv", "csv"), XLSX("xlsx", "xlsx");

        final String label;
        final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        /** The columns the plain POI program is told, as its arguments; none for a format it cannot read. */
        List<String> plainLayout() {
            return switch (this) {
                case NETSUITE_CSV -> List.of("--columns", "customer=0,type=1,date=2,document=3,due=5,amount=7",
                        "--header-row", "5", "--dates", "M/d/yyyy");
                case GENERIC_CSV -> List.of("--columns", "customer=1,date=3,document=2,due=4,amount=7,currency=5",
                        "--header-row", "1", "--dates", "yyyy-MM-dd");
                case XLSX -> List.of();
            };
        }
    }

    /** {@code --format}: netsuite-csv, generic-csv or xlsx; {@code csv} is netsuite-csv, as it was before. */
    static final class FormatName implements ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.equals("csv")) {
                return Format.NETSUITE_CSV;
            }
            for (Format f : Format.values()) {
                if (f.label.equals(v)) {
                    return f;
                }
            }
            throw new TypeConversionException("--format is netsuite-csv (or csv), generic-csv or xlsx");
        }
    }

    /** One generated open item. */
    record Line(int customerNumber, String customer, String type, LocalDate date, String number, LocalDate due,
                long cents) {

        boolean credit() {
            return cents < 0;
        }

        /** One customer in ten is billed in euros (the generic CSV's currency column); the rest in dollars. */
        String currency() {
            return customerNumber % 10 == 0 ? "EUR" : "USD";
        }
    }

    /** The open items, the same sequence for the same seed and customer count. */
    static final class Generator {
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
            return new Line(c, String.format("C%05d Customer %05d Ltd", c, c), credit ? "Credit Memo" : "Invoice", date,
                    (credit ? "CM" : "INV") + String.format("%08d", n), due, cents);
        }

        long totalCents() {
            return totalCents;
        }
    }

    static String money(long cents) {
        String s = String.format(Locale.US, "%,.2f", BigDecimal.valueOf(Math.abs(cents), 2));
        return cents < 0 ? "-" + s : s;
    }

    /** Without thousands separators: {@code -1234.56}. */
    private static String plain(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }

    static void writeOpenItems(Format format, Path file, long rows, int customers) throws IOException {
        switch (format) {
            case NETSUITE_CSV -> writeNetSuiteCsv(file, rows, customers);
            case GENERIC_CSV -> writeGenericCsv(file, rows, customers);
            case XLSX -> writeXlsx(file, rows, customers);
        }
    }

    private static void writeNetSuiteCsv(Path file, long rows, int customers) throws IOException {
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
            w.write("Total,,,,,,,\"" + money(g.totalCents()) + "\"\n");
        }
    }

    /**
     * A plain export as a generic system or a hand-made report gives it: one header row, ISO dates, amounts without
     * separators, credits as negative amounts, a currency column; one invoice in eight is partly paid (the open
     * amount is half the amount).
     */
    private static void writeGenericCsv(Path file, long rows, int customers) throws IOException {
        Generator g = new Generator(customers);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Customer ID,Customer,Invoice,Invoice date,Due date,Currency,Amount,Open amount\n");
            for (long i = 0; i < rows; i++) {
                Line l = g.next();
                long amount = !l.credit() && i % 8 == 7 ? l.cents() * 2 : l.cents();
                w.write(String.format("C%05d", l.customerNumber()) + "," + l.customer().substring(7) + "," + l.number()
                        + "," + l.date() + "," + l.due() + "," + l.currency() + "," + plain(amount) + ","
                        + plain(l.cents()) + "\n");
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
                row.createCell(7).setCellValue(BigDecimal.valueOf(l.cents(), 2).doubleValue());
                row.getCell(7).setCellStyle(money);
            }
            Row total = s.createRow(r);
            total.createCell(0).setCellValue("Total");
            total.createCell(7).setCellValue(BigDecimal.valueOf(g.totalCents(), 2).doubleValue());
            wb.write(out);
            wb.dispose();
        }
    }

    /**
     * GL lines for the AR account from the generated open items: each posted once, except every 10,000th (an
     * unposted invoice); plus a few lines on another account and an FX revaluation.
     */
    static long writeGl(Path gl, long rows, int customers) throws IOException {
        Generator g = new Generator(customers);
        long lines = 0;
        try (BufferedWriter w = Files.newBufferedWriter(gl, StandardCharsets.UTF_8)) {
            w.write("Date,Account,Account Name,Document Number,Description,Debit,Credit\n");
            for (long n = 1; n <= rows; n++) {
                Line l = g.next();
                if (n % 10_000 == 0) {
                    continue;
                }
                String amount = plain(Math.abs(l.cents()));
                w.write(US.format(l.date()) + ",1200,Accounts Receivable," + l.number() + "," + l.type() + ","
                        + (l.credit() ? "," + amount : amount + ",") + "\n");
                lines++;
                if (n % 50_000 == 1) {
                    w.write(US.format(l.date()) + ",4000,Revenue," + l.number() + ",Sales,," + amount + "\n");
                    lines++;
                }
            }
            w.write(US.format(AS_OF) + ",1200,Accounts Receivable,,FX revaluation,125.40,\n");
            return lines + 1;
        }
    }

    /** A generic bank CSV with incoming payments for every tenth generated invoice, at most {@code wanted}. */
    static long writePayments(Path out, long rows, int customers, long wanted) throws IOException {
        Generator g = new Generator(customers);
        long n = 0;
        long invoices = 0;
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("Booking date,Value date,Payer,IBAN,Reference,Amount,Currency\n");
            for (long i = 0; i < rows && n < wanted; i++) {
                Line l = g.next();
                if (l.credit() || invoices++ % 10 != 0) {
                    continue;
                }
                String reference = n % 5 == 4 ? "thank you" : "Payment " + l.number();
                w.write(US.format(AS_OF) + "," + US.format(AS_OF) + "," + l.customer().substring(7) + ",," + reference + ","
                        + plain(l.cents()) + ",\n");
                n++;
            }
        }
        return n;
    }

    /**
     * A NetSuite-style invoice register over the 15 months before the as-of date. Each customer has
     * a habit (days late, from early to very late) with some noise; invoices whose payment would fall
     * after the as-of date are still open (no close date).
     */
    static void writeHistory(Path file, long rows, int customers) throws IOException {
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
    static long writeWriteOffs(Path history, Path out) throws IOException {
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
    static void writeMaster(Path file, int customers) throws IOException {
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
}
