package com.arworkbench.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The yardstick of {@code bench --compare} (issue 17): the simplest program that does the aging of the benchmark's
 * generated CSV with POI's SXSSF (window 200) and FastCSV, as a developer would write it in an afternoon: a Detail
 * sheet of every item with its bucket, a Summary per customer. No checks, no exceptions sheet, no layout detection:
 * it is told the file's columns. Kept with the tests, never in the shipped jar.
 *
 * <p>Usage: {@code PlainPoiAging INPUT.csv OUTPUT.xlsx YYYY-MM-DD [--columns customer=0,type=1,date=2,document=3,due=5,
 * amount=7] [--header-row 5] [--dates M/d/yyyy]}: the columns by position from 0 ({@code currency=N} optional,
 * {@code type} may be left out), the header's line number from 1, the date pattern. The defaults are the
 * benchmark's NetSuite-style CSV. Prints its peak RSS like the tool's stats line.
 */
public final class PlainPoiAging {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final String[] BUCKETS = {"Current", "1-30", "31-60", "61-90", "91-120", "Over 120"};

    private PlainPoiAging() {
    }

    /**
     * Where the fields are: column positions from 0 ({@code -1}: no such column), the header's line number from 1
     * (the data follow it), the date pattern.
     */
    public record Layout(int customer, int type, int date, int document, int due, int amount, int currency,
                         long headerLine, String datePattern) {

        /** The benchmark's NetSuite-style CSV: four title lines, then the header. */
        public static final Layout NETSUITE = new Layout(0, 1, 2, 3, 5, 7, -1, 5, "M/d/yyyy");

        /** From {@code --columns customer=1,date=3,... --header-row 1 --dates yyyy-MM-dd}, missing ones from {@link #NETSUITE}. */
        public static Layout of(String[] args, int from) {
            Map<String, Integer> columns = new HashMap<>(Map.of("customer", 0, "type", 1, "date", 2, "document", 3,
                    "due", 5, "amount", 7, "currency", -1));
            long header = NETSUITE.headerLine();
            String dates = NETSUITE.datePattern();
            for (int i = from; i < args.length; i += 2) {
                String value = args[i + 1];
                switch (args[i]) {
                    case "--columns" -> {
                        columns.put("type", -1);
                        for (String pair : value.split(",")) {
                            String[] kv = pair.split("=");
                            if (!columns.containsKey(kv[0])) {
                                throw new IllegalArgumentException("unknown column " + kv[0]);
                            }
                            columns.put(kv[0], Integer.parseInt(kv[1]));
                        }
                    }
                    case "--header-row" -> header = Long.parseLong(value);
                    case "--dates" -> dates = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Layout(columns.get("customer"), columns.get("type"), columns.get("date"), columns.get("document"),
                    columns.get("due"), columns.get("amount"), columns.get("currency"), header, dates);
        }

        int width() {
            return Math.max(Math.max(Math.max(customer, type), Math.max(date, document)),
                    Math.max(Math.max(due, amount), currency)) + 1;
        }
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        long rows = run(input, output, asOf, Layout.of(args, 3));
        System.out.println("plain POI SXSSF: " + rows + " items -> " + output + "; " + peak());
    }

    static long run(Path input, Path output, LocalDate asOf) throws IOException {
        return run(input, output, asOf, Layout.NETSUITE);
    }

    /** Ages the rows after the header line: Detail (one row per item, its bucket), Summary (per customer and currency). */
    public static long run(Path input, Path output, LocalDate asOf, Layout layout) throws IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(layout.datePattern());
        int width = layout.width();
        Map<String, BigDecimal[]> customers = new HashMap<>();
        long items = 0;
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200);
             CsvReader<CsvRecord> csv = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
                     .ofCsvRecord(input)) {
            CellStyle dates = wb.createCellStyle();
            dates.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet detail = wb.createSheet("Detail");
            Row header = detail.createRow(0);
            String[] titles = {"Customer", "Type", "Date", "Document", "Due", "Days past due", "Bucket", "Open amount",
                "Currency"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            int r = 1;
            for (CsvRecord rec : csv) {
                if (rec.getStartingLineNumber() <= layout.headerLine() || rec.getFieldCount() < width) {
                    continue; // title lines, the header, a short line
                }
                String customer = rec.getField(layout.customer());
                if (customer.isEmpty() || rec.getField(layout.date()).isEmpty()) {
                    continue; // a total line
                }
                LocalDate date = LocalDate.parse(rec.getField(layout.date()), format);
                LocalDate due = LocalDate.parse(rec.getField(layout.due()), format);
                BigDecimal amount = new BigDecimal(rec.getField(layout.amount()).replace(",", ""));
                if (date.isAfter(asOf)) {
                    continue;
                }
                String currency = layout.currency() < 0 ? "" : rec.getField(layout.currency());
                long days = ChronoUnit.DAYS.between(due, asOf);
                int b = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : days <= 120 ? 4 : 5;
                Row row = detail.createRow(r++);
                row.createCell(0).setCellValue(customer);
                row.createCell(1).setCellValue(layout.type() < 0 ? (amount.signum() < 0 ? "Credit" : "Invoice")
                        : rec.getField(layout.type()));
                row.createCell(2).setCellValue(date);
                row.getCell(2).setCellStyle(dates);
                row.createCell(3).setCellValue(rec.getField(layout.document()));
                row.createCell(4).setCellValue(due);
                row.getCell(4).setCellStyle(dates);
                row.createCell(5).setCellValue(days);
                row.createCell(6).setCellValue(BUCKETS[b]);
                row.createCell(7).setCellValue(amount.doubleValue());
                row.getCell(7).setCellStyle(money);
                row.createCell(8).setCellValue(currency);
                BigDecimal[] sums = customers.computeIfAbsent(customer + "\t" + currency, k -> zeros());
                sums[b] = sums[b].add(amount);
                items++;
            }
            Sheet summary = wb.createSheet("Summary");
            Row h = summary.createRow(0);
            h.createCell(0).setCellValue("Customer");
            h.createCell(1).setCellValue("Currency");
            for (int i = 0; i < BUCKETS.length; i++) {
                h.createCell(i + 2).setCellValue(BUCKETS[i]);
            }
            int s = 1;
            for (Map.Entry<String, BigDecimal[]> e : new java.util.TreeMap<>(customers).entrySet()) {
                Row row = summary.createRow(s++);
                String[] key = e.getKey().split("\t", 2);
                row.createCell(0).setCellValue(key[0]);
                row.createCell(1).setCellValue(key[1]);
                for (int i = 0; i < BUCKETS.length; i++) {
                    row.createCell(i + 2).setCellValue(e.getValue()[i].doubleValue());
                    row.getCell(i + 2).setCellStyle(money);
                }
            }
            try (OutputStream out = Files.newOutputStream(output)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return items;
    }

    private static BigDecimal[] zeros() {
        BigDecimal[] a = new BigDecimal[BUCKETS.length];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    private static String peak() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    return "peak RSS " + Long.parseLong(l.replaceAll("\\D", "")) / 1024 + " MB";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return "peak RSS n/a";
    }
}
