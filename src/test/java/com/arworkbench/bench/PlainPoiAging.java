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
 * it knows the file's columns. Kept with the tests, never in the shipped jar.
 *
 * <p>Usage: {@code PlainPoiAging INPUT.csv OUTPUT.xlsx YYYY-MM-DD}; prints its peak RSS like the tool's stats line.
 */
public final class PlainPoiAging {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy");
    private static final String[] BUCKETS = {"Current", "1-30", "31-60", "61-90", "91-120", "Over 120"};

    private PlainPoiAging() {
    }

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args[2]);
        long rows = run(input, output, asOf);
        System.out.println("plain POI SXSSF: " + rows + " items -> " + output + "; " + peak());
    }

    static long run(Path input, Path output, LocalDate asOf) throws IOException {
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
            String[] titles = {"Customer", "Type", "Date", "Document", "Due", "Days past due", "Bucket", "Open amount"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }
            boolean data = false;
            int r = 1;
            for (CsvRecord rec : csv) {
                if (!data) {
                    data = rec.getFieldCount() > 7 && rec.getField(0).equals("Customer");
                    continue;
                }
                if (rec.getFieldCount() < 8 || rec.getField(0).equals("Total") || rec.getField(0).isEmpty()) {
                    continue;
                }
                LocalDate date = LocalDate.parse(rec.getField(2), US);
                LocalDate due = LocalDate.parse(rec.getField(5), US);
                BigDecimal amount = new BigDecimal(rec.getField(7).replace(",", ""));
                if (date.isAfter(asOf)) {
                    continue;
                }
                long days = ChronoUnit.DAYS.between(due, asOf);
                int b = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : days <= 120 ? 4 : 5;
                Row row = detail.createRow(r++);
                row.createCell(0).setCellValue(rec.getField(0));
                row.createCell(1).setCellValue(rec.getField(1));
                row.createCell(2).setCellValue(date);
                row.getCell(2).setCellStyle(dates);
                row.createCell(3).setCellValue(rec.getField(3));
                row.createCell(4).setCellValue(due);
                row.getCell(4).setCellStyle(dates);
                row.createCell(5).setCellValue(days);
                row.createCell(6).setCellValue(BUCKETS[b]);
                row.createCell(7).setCellValue(amount.doubleValue());
                row.getCell(7).setCellStyle(money);
                BigDecimal[] sums = customers.computeIfAbsent(rec.getField(0), k -> zeros());
                sums[b] = sums[b].add(amount);
                items++;
            }
            Sheet summary = wb.createSheet("Summary");
            Row h = summary.createRow(0);
            h.createCell(0).setCellValue("Customer");
            for (int i = 0; i < BUCKETS.length; i++) {
                h.createCell(i + 1).setCellValue(BUCKETS[i]);
            }
            int s = 1;
            for (Map.Entry<String, BigDecimal[]> e : new java.util.TreeMap<>(customers).entrySet()) {
                Row row = summary.createRow(s++);
                row.createCell(0).setCellValue(e.getKey());
                for (int i = 0; i < BUCKETS.length; i++) {
                    row.createCell(i + 1).setCellValue(e.getValue()[i].doubleValue());
                    row.getCell(i + 1).setCellStyle(money);
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
