package com.arworkbench.cli;

import static com.arworkbench.cli.CliRun.run;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun.Result;
import com.arworkbench.support.Workbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispute log across three dunning runs through {@link Main#run}, the workbook edited with POI in between as a
 * collector would. The policy adds Friday 3 July 2026 as a holiday; business days and SLA due dates are counted by
 * hand in the comments (30 June 2026 is a Tuesday).
 */
class DisputeLogRoundTripCliTest {

    private static final Path DIR = Path.of("src/test/resources/dunning");
    private static final String NOTES = "Buyer says 5 % discount agreed\nPO 4711";

    @TempDir
    Path tmp;

    /** The test export with the Disputed column of INV-26-0288 set to {@code flag}. */
    Path export(String name, String flag) throws Exception {
        String csv = Files.readString(DIR.resolve("open-items.csv"), StandardCharsets.UTF_8);
        String line = "K1007,Meridian Health Partners,INV-26-0288,Invoice,2026-03-21,2026-04-20,USD,\"3,200.00\",";
        assertTrue(csv.contains(line + "\n") || csv.contains(line + "\r\n"), "the test export changed");
        Path p = tmp.resolve(name);
        Files.writeString(p, csv.replace(line, line + flag), StandardCharsets.UTF_8);
        return p;
    }

    Path policy() throws Exception {
        String json = Files.readString(Path.of("workbook-templates/dunning-policy.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"holidays\": []"));
        Path p = tmp.resolve("policy.json");
        Files.writeString(p, json.replace("\"holidays\": []", "\"holidays\": [\"2026-07-03\"]"), StandardCharsets.UTF_8);
        return p;
    }

    Path dunning(Path export, String asOf, Path previous, String out) throws Exception {
        Path o = tmp.resolve(out);
        List<String> args = new java.util.ArrayList<>(List.of("dunning", export.toString(), "--as-of", asOf, "--policy",
                policy().toString(), "--out", o.toString()));
        if (previous != null) {
            args.addAll(List.of("--previous", previous.toString()));
        }
        Result r = run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
        return o;
    }

    /** The cases of a sheet by case ID: header → cell text (dates as ISO). */
    static Map<String, Map<String, String>> cases(XSSFWorkbook wb, String sheet) {
        Sheet s = wb.getSheet(sheet);
        int h = Workbooks.headerRow(s, "Case");
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Row row : Workbooks.dataRows(s, h)) {
            Map<String, String> m = new HashMap<>();
            for (Cell head : s.getRow(h)) {
                Cell c = row.getCell(head.getColumnIndex());
                m.put(text(head), isDate(c) ? c.getLocalDateTimeCellValue().toLocalDate().toString() : text(c));
            }
            out.put(m.get("Case"), m);
        }
        return out;
    }

    private static boolean isDate(Cell c) {
        if (c == null) {
            return false;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.NUMERIC && DateUtil.isCellDateFormatted(c);
    }

    /** Types into a cell as a collector would, keeping the cell's format (the sheet's strings are inline: a new cell). */
    static void type(Row row, int col, Object value) {
        Cell old = row.getCell(col);
        CellStyle style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell c = row.createCell(col);
        if (style != null) {
            c.setCellStyle(style);
        }
        if (value instanceof LocalDate d) {
            c.setCellValue(d);
        } else {
            c.setCellValue((String) value);
        }
    }

    private static Row caseRow(Sheet s, String id) {
        return Workbooks.rowWithText(s, 0, id);
    }

    static void type(Sheet s, String id, String header, Object value) {
        type(caseRow(s, id), Workbooks.column(s, Workbooks.headerRow(s, "Case"), header), value);
    }

    private static String excludedReason(XSSFWorkbook wb, String doc) {
        Sheet ex = wb.getSheet("Excluded");
        int h = Workbooks.headerRow(ex, "Customer ID");
        for (Row r : Workbooks.dataRows(ex, h)) {
            if (doc.equals(text(r.getCell(Workbooks.column(ex, h, "Document no."))))) {
                return text(r.getCell(Workbooks.column(ex, h, "Rule"))) + ": "
                        + text(r.getCell(Workbooks.column(ex, h, "Reason")));
            }
        }
        return null;
    }

    private static boolean onItems(XSSFWorkbook wb, String doc) {
        Sheet items = wb.getSheet("Items");
        int h = Workbooks.headerRow(items, "Customer ID");
        int col = Workbooks.column(items, h, "Document no.");
        return Workbooks.dataRows(items, h).stream().anyMatch(r -> doc.equals(text(r.getCell(col))));
    }

    @Test
    void casesOpenAreEditedResolvedAndCarriedOverThreeRuns() throws Exception {
        // Run 1, 30 Jun: INV-26-0436 is flagged "Y" in the export, INV-26-0288 "Damaged goods".
        Path run1 = dunning(export("run1.csv", "Damaged goods"), "2026-06-30", null, "run1.xlsx");
        Path edited1 = tmp.resolve("edited1.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(run1)) {
            Map<String, Map<String, String>> open = cases(wb, "Disputes");
            assertEquals(2, open.size(), open.toString());
            Map<String, String> one = open.get("D-0001");
            assertEquals("INV-26-0436", one.get("Document no."));
            assertEquals("Export flag", one.get("Source"));
            assertEquals("2026-06-30", one.get("Opened"));
            assertEquals("2150", one.get("Amount in dispute"));
            assertEquals("0", one.get("Business days open"));
            // SLA: Wed 1 (1), Thu 2 (2), [Fri 3 holiday], Mon 6 .. Fri 10 (7).
            assertEquals("2026-07-10", one.get("SLA due date"));
            assertEquals("No", one.get("SLA breached"));
            assertEquals("1", one.get("Items held back"));
            Map<String, String> two = open.get("D-0002");
            assertEquals("INV-26-0288", two.get("Document no."));
            assertEquals("Damaged goods", two.get("Reason code"));
            assertEquals("Disputed: Disputed — only this item is held back", excludedReason(wb, "INV-26-0436"));

            // The collector's edits.
            Sheet d = wb.getSheet("Disputes");
            type(d, "D-0001", "Opened", LocalDate.of(2026, 6, 26));
            type(d, "D-0001", "Owner", "Jana Köhler");
            type(d, "D-0001", "Reason code", "Pricing");
            type(d, "D-0001", "Root cause", "Price list not updated");
            type(d, "D-0001", "Status", "Waiting on customer");
            type(d, "D-0001", "Next action", "Credit note request sent to sales");
            type(d, "D-0001", "Next action date", "after month-end");
            type(d, "D-0001", "Case notes", NOTES);
            type(d, "D-0002", "Owner", "Sam Ortiz");
            type(d, "D-0002", "Root cause", "Carrier damage claim rejected");
            type(d, "D-0002", "Status", "Resolved");
            type(d, "D-0002", "Resolved date", LocalDate.of(2026, 7, 8));
            type(d, "D-0002", "Outcome", "Valid - customer to pay");
            Sheet items = wb.getSheet("Items");
            int h = Workbooks.headerRow(items, "Customer ID");
            type(Workbooks.rowWithText(items, Workbooks.column(items, h, "Document no."), "INV-26-0412"),
                    Workbooks.column(items, h, "Dispute"), "Yes");
            try (var out = Files.newOutputStream(edited1)) {
                wb.write(out);
            }
        }

        // Run 2, Wed 15 Jul: the export no longer flags INV-26-0288.
        Path export2 = export("run2.csv", "");
        Path run2 = dunning(export2, "2026-07-15", edited1, "run2.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(run2)) {
            Map<String, Map<String, String>> open = cases(wb, "Disputes");
            assertEquals(List.of("D-0001", "D-0003"), open.keySet().stream().sorted().toList());
            Map<String, String> one = open.get("D-0001");
            assertTyped(one);
            // From Fri 26 Jun: Mon 29, Tue 30, Wed 1, Thu 2 (4), [Fri 3 holiday], 6..10 (9), 13, 14, 15 (12).
            assertEquals("12", one.get("Business days open"));
            // SLA: 29 (1), 30, 1, 2 (4), 6 (5), 7 (6), 8 (7).
            assertEquals("2026-07-08", one.get("SLA due date"));
            assertEquals("Yes", one.get("SLA breached"));
            Map<String, String> three = open.get("D-0003");
            assertEquals("INV-26-0412", three.get("Document no."));
            assertEquals("Worklist", three.get("Source"));
            assertEquals("2026-07-15", three.get("Opened"));
            assertEquals("1", three.get("Items held back"));
            // SLA from Wed 15 Jul: 16, 17, 20 .. 24 → Fri 24 Jul.
            assertEquals("2026-07-24", three.get("SLA due date"));
            assertTrue(excludedReason(wb, "INV-26-0412").startsWith("Disputed"), excludedReason(wb, "INV-26-0412"));

            Workbooks.assertCachedValuesRecalculate(wb);
            Sheet about = wb.getSheet("About");
            assertEquals("2 open (2 carried + 1 opened + 0 reopened − 1 closed this run), 1 closed in all",
                    text(Workbooks.rowWithText(about, 0, "Dispute cases").getCell(1)));
            assertEquals("2026-07-03", text(Workbooks.rowWithText(about, 0, "Dispute holidays").getCell(1)));
            assertEquals("1", text(Workbooks.rowWithText(about, 0, "Open dispute cases past their SLA").getCell(1)));
            Map<String, Map<String, String>> closed = cases(wb, "Closed disputes");
            assertEquals(List.of("D-0002"), List.copyOf(closed.keySet()));
            Map<String, String> two = closed.get("D-0002");
            assertTypedTwo(two);
            assertEquals("2026-07-15", two.get("Closed on"));
            // From Tue 30 Jun to Wed 8 Jul: 1, 2 (2), [3 holiday], 6, 7, 8 (5); SLA: 1, 2, 6, 7, 8, 9, 10 → Fri 10 Jul.
            assertEquals("5", two.get("Business days open"));
            assertEquals("2026-07-10", two.get("SLA due date"));
            assertEquals("No", two.get("SLA breached"));
            assertTrue(onItems(wb, "INV-26-0288"), "customer to pay: dunned again");
            assertEquals(null, excludedReason(wb, "INV-26-0288"));

            Map<String, Map<String, String>> summary = summary(wb);
            Map<String, String> pricing = summary.get("Reason code|Pricing|USD");
            assertEquals("1", pricing.get("Open cases"));
            assertEquals("2150", pricing.get("Amount in dispute"));
            assertEquals("1", pricing.get("Open, SLA breached"));
            Map<String, String> damaged = summary.get("Reason code|Damaged goods|USD");
            assertEquals("0", damaged.get("Open cases"));
            assertEquals("1", damaged.get("Closed cases"));
            assertEquals("5", damaged.get("Avg business days to resolve"));
            assertEquals("1", summary.get("Root cause|Carrier damage claim rejected|USD").get("Closed cases"));
            assertEquals("1", summary.get("Reason code|(blank)|EUR").get("Open cases"), "INV-26-0412 has no code yet");
        }

        // Run 3, Fri 31 Jul, on run 2's workbook as it came out: everything typed survives again.
        Path run3 = dunning(export2, "2026-07-31", run2, "run3.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(run3)) {
            Map<String, Map<String, String>> open = cases(wb, "Disputes");
            assertEquals(List.of("D-0001", "D-0003"), open.keySet().stream().sorted().toList());
            assertTyped(open.get("D-0001"));
            // 12 to 15 Jul, then 16, 17 (14), 20 .. 24 (19), 27 .. 31 (24).
            assertEquals("24", open.get("D-0001").get("Business days open"));
            assertEquals("2026-07-15", open.get("D-0003").get("Opened"));
            // From Wed 15 Jul: 16, 17 (2), 20 .. 24 (7), 27 .. 31 (12).
            assertEquals("12", open.get("D-0003").get("Business days open"));
            Map<String, Map<String, String>> closed = cases(wb, "Closed disputes");
            assertEquals(List.of("D-0002"), List.copyOf(closed.keySet()));
            assertTypedTwo(closed.get("D-0002"));
            assertEquals("2026-07-15", closed.get("D-0002").get("Closed on"), "closed once, never again");
            assertEquals("5", closed.get("D-0002").get("Business days open"));
            assertFalse(String.valueOf(excludedReason(wb, "INV-26-0288")).startsWith("Disputed"));
        }
    }

    /** The month-end pack with last run's worklist carries the dispute log too: Disputes with the typed values. */
    @Test
    void thePackWithAPreviousWorklistShowsTheDisputes() throws Exception {
        Path run1 = dunning(export("run1.csv", "Damaged goods"), "2026-06-30", null, "run1.xlsx");
        Path edited = tmp.resolve("edited.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(run1)) {
            type(wb.getSheet("Disputes"), "D-0001", "Owner", "Jana Köhler");
            type(wb.getSheet("Disputes"), "D-0002", "Status", "Resolved");
            type(wb.getSheet("Disputes"), "D-0002", "Outcome", "Credit note issued");
            try (var out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Path pack = tmp.resolve("pack.xlsx");
        Result r = run("pack", export("run2.csv", "").toString(), "--as-of", "2026-07-15", "--previous", edited.toString(),
                "--out", pack.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            Map<String, Map<String, String>> open = cases(wb, "Disputes");
            assertEquals(List.of("D-0001"), List.copyOf(open.keySet()));
            assertEquals("Jana Köhler", open.get("D-0001").get("Owner"));
            // Mon 30 Jun → Wed 15 Jul without holidays (the pack's default policy): 1, 2, 3 (3), 6..10 (8), 13, 14, 15 (11).
            assertEquals("11", open.get("D-0001").get("Business days open"));
            Map<String, Map<String, String>> closed = cases(wb, "Closed disputes");
            assertEquals("Credit note issued", closed.get("D-0002").get("Outcome"));
            // A credit note was issued but the invoice is still open: it stays held back, and says why.
            assertEquals("1", closed.get("D-0002").get("Items held back"));
            assertTrue(excludedReason(wb, "INV-26-0288").contains("case D-0002 resolved on 2026-07-15 (Credit note issued)"),
                    excludedReason(wb, "INV-26-0288"));
            assertTrue(wb.getSheetIndex("Dispute summary") > 0);
        }
    }

    /**
     * The NetSuite example has names only and the master gives IDs (shown on Worklist, while Items, Excluded and the
     * cases keep the export's names): a case resolved for payment releases its item all the same.
     */
    @Test
    void aNamesOnlyExportWithAMasterReleasesTheItemOfACaseResolvedForPayment() throws Exception {
        String[] common = {"examples/netsuite-ar-aging-detail.csv", "--customers", "examples/netsuite-customers.csv"};
        Path first = tmp.resolve("first.xlsx");
        Result r1 = run("dunning", common[0], common[1], common[2], "--as-of", "2026-06-30", "--previous",
                "src/test/resources/golden/dunning-previous-2026-05-31.xlsx", "--out", first.toString());
        assertEquals(0, r1.code(), r1.err());
        Path edited = tmp.resolve("edited.xlsx");
        String doc;
        try (XSSFWorkbook wb = Workbooks.open(first)) {
            Map<String, String> one = cases(wb, "Disputes").get("D-0001");
            doc = one.get("Document no.");
            assertTrue(excludedReason(wb, doc).startsWith("Disputed"), excludedReason(wb, doc));
            type(wb.getSheet("Disputes"), "D-0001", "Status", "Resolved");
            type(wb.getSheet("Disputes"), "D-0001", "Outcome", "Valid - customer to pay");
            try (var out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Path second = tmp.resolve("second.xlsx");
        Result r2 = run("dunning", common[0], common[1], common[2], "--as-of", "2026-07-15", "--previous", edited.toString(),
                "--out", second.toString());
        assertEquals(0, r2.code(), r2.err());
        assertTrue(r2.out().contains("ALL CHECKS OK"), r2.out());
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            assertTrue(cases(wb, "Disputes").isEmpty());
            assertEquals("Valid - customer to pay", cases(wb, "Closed disputes").get("D-0001").get("Outcome"));
            assertEquals("", cases(wb, "Closed disputes").get("D-0001").get("Items held back"));
            String reason = String.valueOf(excludedReason(wb, doc));
            assertFalse(reason.startsWith("Disputed"), doc + " is no longer held back as disputed: " + reason);
        }
    }

    private static void assertTyped(Map<String, String> one) {
        assertEquals("2026-06-26", one.get("Opened"));
        assertEquals("2026-06-30", one.get("First seen"));
        assertEquals("Jana Köhler", one.get("Owner"));
        assertEquals("Pricing", one.get("Reason code"));
        assertEquals("Price list not updated", one.get("Root cause"));
        assertEquals("Waiting on customer", one.get("Status"));
        assertEquals("Credit note request sent to sales", one.get("Next action"));
        assertEquals("after month-end", one.get("Next action date"));
        assertEquals(NOTES, one.get("Case notes"));
        assertEquals("2150", one.get("Amount when opened"));
    }

    private static void assertTypedTwo(Map<String, String> two) {
        assertEquals("INV-26-0288", two.get("Document no."));
        assertEquals("Sam Ortiz", two.get("Owner"));
        assertEquals("Damaged goods", two.get("Reason code"));
        assertEquals("Carrier damage claim rejected", two.get("Root cause"));
        assertEquals("Resolved", two.get("Status"));
        assertEquals("2026-07-08", two.get("Resolved date"));
        assertEquals("Valid - customer to pay", two.get("Outcome"));
        assertEquals("Damaged goods", two.get("Dispute as flagged"));
    }

    /** Dispute summary rows by "group|value|currency". */
    private static Map<String, Map<String, String>> summary(XSSFWorkbook wb) {
        Sheet s = wb.getSheet("Dispute summary");
        int h = Workbooks.headerRow(s, "Group");
        Map<String, Map<String, String>> out = new HashMap<>();
        for (Row row : Workbooks.dataRows(s, h)) {
            Map<String, String> m = new HashMap<>();
            for (Cell head : s.getRow(h)) {
                m.put(text(head), text(row.getCell(head.getColumnIndex())));
            }
            out.put(m.get("Group") + "|" + m.get("Reason code / root cause") + "|" + m.get("Currency"), m);
        }
        return out;
    }
}
