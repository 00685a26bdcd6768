package com.arworkbench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Three dunning runs a few weeks apart, with a collector's edits between them, typed into the produced workbook
 * the way a collector types in Excel (real date cells, numbers, the drop-down values). Played through the command
 * line and through the page: every Contact log row must survive, and every promise and instalment must be judged as
 * worked out by hand below.
 *
 * <p>Customers (USD): Alpha promises 6,000 and pays 4,000 (partly kept); Bravo promises 8,000 twice and pays nothing
 * (broken, twice); Charlie promises 4,000 and pays it all (kept, judged when it has left the export); Delta agrees a
 * plan of 3 × 3,000, pays the first and misses the second (on track, then missed: escalated); Foxtrot falls due
 * between runs 2 and 3; Golf disputes its invoice in the ERP: the case is worked between runs 1 and 2, resolved with a
 * credit note between runs 2 and 3, and closed when the invoice has left the export.
 */
public final class CollectionsScenario {

    /** One dunning run: the export, last run's workbook (null on the first run), the as-of date; returns the workbook. */
    public interface Runner {
        Path run(Path export, Path previous, LocalDate asOf) throws Exception;
    }

    static final LocalDate RUN_1 = LocalDate.of(2026, 6, 1);
    static final LocalDate RUN_2 = LocalDate.of(2026, 6, 15);
    static final LocalDate RUN_3 = LocalDate.of(2026, 7, 1);

    private CollectionsScenario() {
    }

    /** Plays the three runs; returns the third run's workbook. */
    public static Path play(Path dir, Runner runner) throws Exception {
        Path first = runner.run(export(dir, "open-items-2026-06-01.csv",
                "C1,Alpha Ltd,INV-A1,Invoice,2026-03-31,2026-04-30,USD,10000.00",
                "C1,Alpha Ltd,INV-A2,Invoice,2026-04-15,2026-05-15,USD,5000.00",
                "C2,Bravo Inc,INV-B1,Invoice,2026-04-01,2026-05-01,USD,8000.00",
                "C3,Charlie GmbH,INV-C1,Invoice,2026-04-10,2026-05-10,USD,4000.00",
                "C4,Delta SA,INV-D1,Invoice,2026-04-25,2026-05-25,USD,3000.00",
                "C4,Delta SA,INV-D2,Invoice,2026-04-28,2026-05-28,USD,6000.00",
                "C5,Foxtrot BV,INV-F1,Invoice,2026-05-20,2026-06-19,USD,1200.00",
                "C6,Golf Srl,INV-G1,Invoice,2026-04-01,2026-05-01,USD,2500.00,Pricing"), null, RUN_1);
        try (XSSFWorkbook wb = Workbooks.open(first)) {
            assertEquals(4, log(wb).size(), "run 1 logs its four letters");
            assertEquals(List.of("Run", "Run", "Run", "Run"), column(log(wb), "Source"));
            Map<String, String> golf = row(rows(wb.getSheet("Disputes"), "Case"), "Document no.", "INV-G1");
            assertEquals("Export flag", golf.get("Source"));
            assertEquals("2026-06-01", golf.get("Opened"));
        }
        Path edited1 = edit(first, dir.resolve("worklist-2026-06-01-edited.xlsx"), wb -> {
            Sheet worklist = wb.getSheet("Worklist");
            type(worklist, "C1", "Status", "Promised", "Promise date", RUN_1.plusDays(9), "Promise amount", 6000,
                    "Notes", "Called AP, will pay 6k by 10 Jun");
            type(worklist, "C2", "Status", "Promised", "Promise date", LocalDate.of(2026, 6, 12), "Promise amount", 8000);
            type(worklist, "C3", "Status", "Promised", "Promise date", LocalDate.of(2026, 6, 20), "Promise amount", 4000,
                    "Notes", "Cheque run on the 19th");
            typeWhere(wb.getSheet("Disputes"), "Document no.", "INV-G1", "Owner", "Dana", "Reason code", "Pricing",
                    "Next action", "Credit note requested from sales");
            Sheet plans = wb.getSheet("Payment plans");
            for (int i = 1; i <= 3; i++) {
                append(plans, "Customer ID", "C4", "Customer name", "Delta SA", "Currency", "USD", "Agreed on",
                        LocalDate.of(2026, 6, 2), "Instalment", i, "Due date", LocalDate.of(2026, 6, 10).plusDays(14L * (i - 1)),
                        "Amount", 3000);
            }
        });

        Path second = runner.run(export(dir, "open-items-2026-06-15.csv",
                "C1,Alpha Ltd,INV-A1,Invoice,2026-03-31,2026-04-30,USD,6000.00",
                "C1,Alpha Ltd,INV-A2,Invoice,2026-04-15,2026-05-15,USD,5000.00",
                "C1,Alpha Ltd,INV-A3,Invoice,2026-06-05,2026-07-05,USD,3000.00",
                "C2,Bravo Inc,INV-B1,Invoice,2026-04-01,2026-05-01,USD,8000.00",
                "C3,Charlie GmbH,INV-C1,Invoice,2026-04-10,2026-05-10,USD,4000.00",
                "C4,Delta SA,INV-D2,Invoice,2026-04-28,2026-05-28,USD,6000.00",
                "C5,Foxtrot BV,INV-F1,Invoice,2026-05-20,2026-06-19,USD,1200.00",
                "C6,Golf Srl,INV-G1,Invoice,2026-04-01,2026-05-01,USD,2500.00,Pricing"), edited1, RUN_2);
        List<Map<String, String>> log2;
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            log2 = log(wb);
            // 4 carried + 3 typed on the worklist + 2 promises judged + 2 letters
            assertEquals(11, log2.size(), "run 2's log: " + log2);
            assertEquals(List.of("Run", "Run", "Run", "Run", "Worklist", "Worklist", "Worklist", "Run", "Run", "Run", "Run"),
                    column(log2, "Source"));
            Map<String, String> alpha = promise(log2, "C1", "2026-06-10");
            // 15,000 then − 14,000 now + 3,000 invoiced since 1 June = 4,000 paid of 6,000 promised
            assertEquals("Partly kept", alpha.get("Promise outcome"));
            assertEquals("4000", alpha.get("Paid since"));
            assertEquals("15000", alpha.get("Balance then"));
            assertEquals("Called AP, will pay 6k by 10 Jun", alpha.get("Note").replace("Status: Promised · ", ""));
            assertEquals("Broken", promise(log2, "C2", "2026-06-12").get("Promise outcome"));
            assertEquals("Pending", promise(log2, "C3", "2026-06-20").get("Promise outcome"));
            Map<String, Map<String, String>> worklist = byCustomer(rows(wb.getSheet("Worklist"), "Rank"));
            assertEquals("Partly kept", worklist.get("C1").get("Broken promise"));
            assertEquals("Broken", worklist.get("C2").get("Broken promise"));
            // 8,000 × 45 days / 30 × 1.5 for the broken promise
            assertEquals("18000", worklist.get("C2").get("Score"));
            assertTrue(!worklist.containsKey("C3") && !worklist.containsKey("C4"), "Charlie waits on a promise, Delta on a plan");
            List<Map<String, String>> excluded = rows(wb.getSheet("Excluded"), "Customer ID");
            assertTrue(excluded.stream().anyMatch(r -> r.get("Customer ID").equals("C4")
                    && r.get("Rule").equals("Payment plan on track")), "Delta held back by its plan: " + excluded);
            List<Map<String, String>> plans = rows(wb.getSheet("Payment plans"), "Customer ID");
            assertEquals(List.of("Paid", "Upcoming", "Upcoming"), column(plans, "Status"));
            assertEquals("9000", plans.get(0).get("Balance at start"), "measured from run 1's balance");
            assertEquals("On track", plans.get(0).get("Plan status"));
            Map<String, String> golf = row(rows(wb.getSheet("Disputes"), "Case"), "Document no.", "INV-G1");
            assertEquals(List.of("Dana", "Pricing", "Credit note requested from sales"),
                    List.of(golf.get("Owner"), golf.get("Reason code"), golf.get("Next action")), "typed values kept");
            // Tue 2 June to Mon 15 June: 10 business days, past the 7-day SLA
            assertEquals("10", golf.get("Business days open"));
            assertEquals("Yes", golf.get("SLA breached"));
            assertEquals("ALL CHECKS OK", masterCheck(wb));
        }
        Path edited2 = edit(second, dir.resolve("worklist-2026-06-15-edited.xlsx"), wb -> {
            append(wb.getSheet("Contact log"), "Date", LocalDate.of(2026, 6, 16), "Customer ID", "C2", "Customer name",
                    "Bravo Inc", "Currency", "USD", "Collector", "Dana", "Channel", "Phone", "Note", "Cheque in the post",
                    "Promise date", LocalDate.of(2026, 6, 25), "Promise amount", 8000);
            typeWhere(wb.getSheet("Disputes"), "Document no.", "INV-G1", "Status", "Resolved", "Resolved date",
                    LocalDate.of(2026, 6, 19), "Outcome", "Credit note issued");
        });

        Path third = runner.run(export(dir, "open-items-2026-07-01.csv",
                "C1,Alpha Ltd,INV-A1,Invoice,2026-03-31,2026-04-30,USD,6000.00",
                "C1,Alpha Ltd,INV-A2,Invoice,2026-04-15,2026-05-15,USD,5000.00",
                "C1,Alpha Ltd,INV-A3,Invoice,2026-06-05,2026-07-05,USD,3000.00",
                "C2,Bravo Inc,INV-B1,Invoice,2026-04-01,2026-05-01,USD,8000.00",
                "C4,Delta SA,INV-D2,Invoice,2026-04-28,2026-05-28,USD,6000.00",
                "C5,Foxtrot BV,INV-F1,Invoice,2026-05-20,2026-06-19,USD,1200.00"), edited2, RUN_3);
        try (XSSFWorkbook wb = Workbooks.open(third)) {
            List<Map<String, String>> log3 = log(wb);
            // 11 + the collector's call carried, + 2 promises judged + 1 instalment missed + 4 letters
            assertEquals(19, log3.size(), "run 3's log: " + log3);
            for (int i = 0; i < log2.size(); i++) {
                Map<String, String> before = new LinkedHashMap<>(log2.get(i));
                Map<String, String> after = new LinkedHashMap<>(log3.get(i));
                if ("Pending".equals(before.get("Promise outcome"))) {
                    for (String judged : List.of("Promise outcome", "Paid since", "Judged on")) {
                        before.remove(judged);
                        after.remove(judged);
                    }
                }
                assertEquals(before, after, "row " + (i + 1) + " of the Contact log is carried unchanged");
            }
            assertEquals("Cheque in the post", log3.get(11).get("Note"), "the collector's call is kept");
            assertEquals("Kept", promise(log3, "C3", "2026-06-20").get("Promise outcome"), "Charlie paid, left the export");
            assertEquals("4000", promise(log3, "C3", "2026-06-20").get("Paid since"));
            assertEquals("Broken", promise(log3, "C2", "2026-06-25").get("Promise outcome"));
            assertEquals("Partly kept", promise(log3, "C1", "2026-06-10").get("Promise outcome"), "judged once");
            assertEquals(1, log3.stream().filter(r -> r.get("Note").contains("instalment 2")).count(),
                    "the missed instalment logged once: " + log3);
            List<Map<String, String>> plans = rows(wb.getSheet("Payment plans"), "Customer ID");
            assertEquals(List.of("Paid", "Missed", "Upcoming"), column(plans, "Status"));
            assertEquals("Instalment missed", plans.get(0).get("Plan status"));
            Map<String, Map<String, String>> worklist = byCustomer(rows(wb.getSheet("Worklist"), "Rank"));
            assertNotNull(worklist.get("C4"), "a missed instalment puts Delta back on the worklist");
            assertEquals("Instalment missed", worklist.get("C4").get("Broken promise"));
            assertEquals("2", worklist.get("C4").get("Level"));
            assertEquals("1", worklist.get("C4").get("Previous level"));
            assertEquals("Broken", worklist.get("C2").get("Broken promise"));
            assertEquals("", worklist.get("C1").get("Broken promise"), "Alpha's promise was judged last run");
            assertTrue(worklist.containsKey("C5") && !worklist.containsKey("C3"));
            assertTrue(rows(wb.getSheet("Disputes"), "Case").stream().noneMatch(r -> r.get("Document no.").equals("INV-G1")));
            Map<String, String> golf = row(rows(wb.getSheet("Closed disputes"), "Case"), "Document no.", "INV-G1");
            assertEquals(List.of("Dana", "Pricing", "Resolved", "2026-06-19", "Credit note issued"), List.of(golf.get("Owner"),
                    golf.get("Reason code"), golf.get("Status"), golf.get("Resolved date"), golf.get("Outcome")));
            assertEquals("ALL CHECKS OK", masterCheck(wb));
        }
        return third;
    }

    /* ------------------------------------------------------------------ */

    interface Edit {
        void apply(XSSFWorkbook wb) throws IOException;
    }

    private static Path export(Path dir, String name, String... rows) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Customer ID,Customer Name,Document No,Type,Document Date,Due Date,Currency,Open Amount,Disputed");
        lines.addAll(List.of(rows));
        return Files.write(dir.resolve(name), lines);
    }

    private static Path edit(Path produced, Path saved, Edit edit) throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(produced)) {
            edit.apply(wb);
            try (OutputStream out = Files.newOutputStream(saved)) {
                wb.write(out);
            }
        }
        return saved;
    }

    /** Types values into the cells of {@code customerId}'s row, header by header, as a collector would. */
    private static void type(Sheet sheet, String customerId, Object... headerValues) {
        int header = Workbooks.headerRow(sheet, sheet.getRow(headerRowIndex(sheet)).getCell(0).getStringCellValue());
        int idColumn = Workbooks.column(sheet, header, "Customer ID");
        Row row = Workbooks.rowWithText(sheet, idColumn, customerId);
        put(sheet, header, row, headerValues);
    }

    /** Types values into the row whose {@code keyHeader} cell is {@code key}. */
    private static void typeWhere(Sheet sheet, String keyHeader, String key, Object... headerValues) {
        int header = headerRowIndex(sheet);
        Row row = Workbooks.rowWithText(sheet, Workbooks.column(sheet, header, keyHeader), key);
        put(sheet, header, row, headerValues);
    }

    private static Map<String, String> row(List<Map<String, String>> rows, String header, String value) {
        return rows.stream().filter(r -> value.equals(r.get(header))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + header + " " + value + ": " + rows));
    }

    /** Types a new row just below the last one with content. */
    private static void append(Sheet sheet, Object... headerValues) {
        int header = headerRowIndex(sheet);
        int last = header;
        for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r != null && r.getCell(0) != null && !Workbooks.text(r.getCell(0)).isEmpty()) {
                last = i;
            }
        }
        Row row = sheet.getRow(last + 1) == null ? sheet.createRow(last + 1) : sheet.getRow(last + 1);
        put(sheet, header, row, headerValues);
    }

    private static void put(Sheet sheet, int header, Row row, Object... headerValues) {
        for (int i = 0; i < headerValues.length; i += 2) {
            int col = Workbooks.column(sheet, header, (String) headerValues[i]);
            Cell c = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
            Object v = headerValues[i + 1];
            if (v instanceof LocalDate d) {
                c.setCellValue(d);
                if (!DateUtil.isCellDateFormatted(c)) {
                    // Excel formats a typed date as one; POI does not.
                    CellStyle style = sheet.getWorkbook().createCellStyle();
                    style.setDataFormat(sheet.getWorkbook().getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                    c.setCellStyle(style);
                }
            } else if (v instanceof Number n) {
                c.setCellValue(n.doubleValue());
            } else {
                c.setCellValue((String) v);
            }
        }
    }

    /** The header row: the first row with a "Customer ID" cell. */
    private static int headerRowIndex(Sheet sheet) {
        for (Row r : sheet) {
            for (Cell c : r) {
                if ("Customer ID".equals(Workbooks.text(c))) {
                    return r.getRowNum();
                }
            }
        }
        throw new AssertionError("no header row on " + sheet.getSheetName());
    }

    /** Every row below the header with a value under {@code key}, as header → text (dates ISO). */
    static List<Map<String, String>> rows(Sheet sheet, String key) {
        int header = headerRowIndex(sheet);
        Row h = sheet.getRow(header);
        List<Map<String, String>> out = new ArrayList<>();
        for (int i = header + 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r == null) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (Cell hc : h) {
                Cell c = r.getCell(hc.getColumnIndex());
                String text = c != null && c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                        && DateUtil.isCellDateFormatted(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                        : Workbooks.text(c);
                m.put(Workbooks.text(hc), text);
            }
            if (!m.getOrDefault(key, "").isEmpty() && !m.get(key).startsWith("Total")) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<Map<String, String>> log(XSSFWorkbook wb) {
        return rows(wb.getSheet("Contact log"), "Source");
    }

    private static List<String> column(List<Map<String, String>> rows, String header) {
        return rows.stream().map(r -> r.get(header)).toList();
    }

    private static Map<String, String> promise(List<Map<String, String>> log, String customer, String date) {
        return log.stream().filter(r -> r.get("Customer ID").equals(customer) && r.get("Promise date").equals(date))
                .findFirst().orElseThrow(() -> new AssertionError("no promise of " + customer + " by " + date + ": " + log));
    }

    private static Map<String, Map<String, String>> byCustomer(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.put(r.get("Customer ID"), r));
        return m;
    }

    private static String masterCheck(XSSFWorkbook wb) {
        Sheet checks = wb.getSheet("Checks");
        for (Row r : checks) {
            for (Cell c : r) {
                String t = Workbooks.text(c);
                if (t.startsWith("ALL CHECKS OK") || t.contains("CHECK")) {
                    return t.startsWith("ALL CHECKS OK") ? "ALL CHECKS OK" : t;
                }
            }
        }
        return "no master check";
    }

    static BigDecimal unused() {
        return BigDecimal.ZERO;
    }
}
