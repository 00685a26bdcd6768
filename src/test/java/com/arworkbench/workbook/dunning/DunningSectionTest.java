package com.arworkbench.workbook.dunning;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.dunning.DunningEngine;
import com.arworkbench.dunning.DunningLevel;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningPolicy;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.LetterText;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.ChecksSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class DunningSectionTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final LocalDate PREVIOUS_AS_OF = LocalDate.of(2026, 5, 31);
    private static final Customer ALPHA = new Customer("C1", "Alpha GmbH");
    private static final Customer BETA = new Customer("C2", "Beta Ltd");
    private static final Customer GAMMA = new Customer("C3", "Gamma AG");
    private static final Customer DELTA = new Customer("C4", "Delta SA");

    @TempDir
    Path tmp;

    public static DunningPolicy policy() {
        LetterText l1 = new LetterText("Reminder: {{total}} {{currency}} overdue",
                "Dear {{contact}},\n\nthe following items for {{customer}} are unpaid:\n\n{{items}}\n\nTotal {{total}} {{currency}}."
                        + "\n\nKind regards,\n{{collector}}");
        LetterText l2 = new LetterText("Second notice: {{amountDue}} {{currency}}",
                "Dear {{contact}},\n\n{{items}}\n\nOverdue {{total}}, interest {{interest}}, fee {{fee}}: please pay "
                        + "{{amountDue}} {{currency}}.\n{{collector}}");
        LetterText l3 = new LetterText("Final notice: {{amountDue}} {{currency}}",
                "Dear {{contact}},\n\nthe following items for {{customer}} are seriously overdue (oldest due {{oldestDueDate}}):"
                        + "\n\n{{items}}\n\nPlease pay {{amountDue}} {{currency}} within 7 days.\n{{collector}}");
        return new DunningPolicy("Test policy", 3,
                List.of(new DunningLevel(1, "Reminder", 1, Map.of("en", l1)),
                        new DunningLevel(2, "Second notice", 30, Map.of("en", l2)),
                        new DunningLevel(3, "Final", 60, Map.of("en", l3))),
                Map.of("*", new BigDecimal("25")), Map.of("EUR", new BigDecimal("5.00")), 2, new BigDecimal("8"), 365, 1, 14,
                "en");
    }

    private static OpenItem item(long row, Customer c, String doc, int daysPastDue, String amount, String dispute) {
        LocalDate due = AS_OF.minusDays(daysPastDue);
        return new OpenItem(row, c, doc, new BigDecimal(amount).signum() < 0 ? DocumentType.CREDIT_MEMO : DocumentType.INVOICE,
                "Invoice", due.minusDays(30), due, false, new BigDecimal(amount), null, "EUR", "", "", dispute, null);
    }

    /** Eight items: two notices (Alpha, escalated with a broken promise; Beta), three excluded, three not overdue. */
    private static List<OpenItem> items() {
        return List.of(
                item(2, ALPHA, "INV-1", 90, "1000.00", null),
                item(3, ALPHA, "INV-2", 20, "200.00", null),
                item(4, BETA, "INV-3", 60, "500.00", null),
                item(5, BETA, "INV-4", 46, "300.00", "Price difference"),
                item(6, GAMMA, "INV-5", 10, "20.00", null),
                item(7, DELTA, "INV-6", 2, "100.00", null), // within the grace days
                item(8, DELTA, "INV-7", -15, "100.00", null), // not due yet
                item(9, DELTA, "CN-1", 5, "-50.00", null)); // a credit
    }

    private static PreviousWorklist previous() {
        return new PreviousWorklist("worklist-2026-05-31.xlsx", PREVIOUS_AS_OF,
                Map.of(PreviousWorklist.customerKey(ALPHA, "EUR"), new PreviousWorklist.CustomerState(2, "Promised",
                        LocalDate.of(2026, 6, 15), new BigDecimal("500.00"), "Called the CFO", new BigDecimal("1300.00"), null,
                        PREVIOUS_AS_OF)),
                Map.of(PreviousWorklist.itemKey(ALPHA, "INV-2"), new PreviousWorklist.ItemState(null, null, "Copy sent")));
    }

    private static DunningParameters parameters() {
        return new DunningParameters(AS_OF, policy(), BucketScheme.standard());
    }

    private Path write(List<OpenItem> items, PreviousWorklist previous, List<Map.Entry<String, Object>> provenance)
            throws Exception {
        DunningParameters p = parameters();
        CustomerDirectory directory = new CustomerDirectory(List.of(new CustomerProfile(2, ALPHA, "Ms Alpha",
                "ap@alpha.example", "cfo@alpha.example", "+49 30 1234", "en", "30 days", new BigDecimal("1000.00"),
                "Jane Collector", null, null)));
        DunningEngine engine = new DunningEngine(p, directory, previous);
        items.forEach(engine::accept);
        DunningReport report = engine.report();
        Path out = tmp.resolve("dunning.xlsx");
        WorkbookTemplate template = WorkbookTemplate.load(DunningSection.TEMPLATE, null);
        Map<String, String> placeholders = new HashMap<>(DunningSection.placeholders(p));
        placeholders.putAll(Map.of("sourceFile", "open-items.csv", "profile", "Generic CSV", "version", "test",
                "generatedAt", "2026-06-30T08:00:00Z"));
        template.fill(placeholders);
        try (ReportBook book = new ReportBook(template, List.of("Customer", "Amount"));
             OutputStream os = Files.newOutputStream(out)) {
            book.add(new DunningSection(book, p)).previousWorklist(previous);
            book.startStreaming();
            book.notUsed(new RejectedRow(items.size() + 2, RowDisposition.REJECTED, "Due date 'x' is not a valid date",
                    List.of("C9", "5.00"), new BigDecimal("5.00"), "EUR"));
            String master = book.finish(new RowTieOut(items.size() + 2, 0, 1, Map.of()), ReportBook.results(report), List.of(),
                    provenance, os);
            assertEquals(ChecksSheet.ALL_OK, master);
        }
        return out;
    }

    @Test
    void worklistItemsLettersExcludedTopAndChecksTieOut() throws Exception {
        Path out = write(items(), previous(), List.of(Map.entry("Source file", "open-items.csv"),
                Map.entry(WorklistSheets.ABOUT_AS_OF, AS_OF)));
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            List<String> names = IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
            assertEquals(List.of("Worklist", "Items", "Letters", "Excluded", "Contact log", "Payment plans", "Top 10",
                    "Credit review", "Disputes", "Closed disputes", "Dispute summary", "Exceptions", "Checks", "About"), names);

            // Worklist: rank order, levels, charges to the cent.
            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            List<Row> rows = Workbooks.dataRows(ws, h);
            assertEquals(2, rows.size());
            Row alpha = rows.get(0);
            Row beta = rows.get(1);
            int id = Workbooks.column(ws, h, WorklistSheets.CUSTOMER_ID);
            assertEquals("C1", text(alpha.getCell(id)));
            assertEquals("C2", text(beta.getCell(id)));
            assertEquals("1", text(alpha.getCell(0)));
            // 1000 × 90 + 200 × 20 = 94,000 / 30 = 3,133.33; × 1.5 broken promise × 1.25 over the credit limit
            assertEquals("5875", text(alpha.getCell(Workbooks.column(ws, h, "Score"))));
            int level = Workbooks.column(ws, h, WorklistSheets.LEVEL);
            assertEquals("3", text(alpha.getCell(level)), "reached level 3, one step above last time's 2");
            assertEquals("Final", text(alpha.getCell(Workbooks.column(ws, h, "Level name"))));
            assertEquals("2", text(alpha.getCell(Workbooks.column(ws, h, "Previous level"))));
            assertEquals("1", text(beta.getCell(level)), "a first notice starts at level 1");
            assertEquals("", text(beta.getCell(Workbooks.column(ws, h, "Previous level"))));
            assertMoney("1200.00", alpha.getCell(Workbooks.column(ws, h, "Overdue")), "overdue");
            assertMoney("200.00", alpha.getCell(Workbooks.column(ws, h, "1-30")), "bucket 1-30");
            assertMoney("1000.00", alpha.getCell(Workbooks.column(ws, h, "61-90")), "bucket 61-90");
            assertMoney("0.00", alpha.getCell(Workbooks.column(ws, h, "Over 120")), "bucket over 120");
            // 1000 × 8 % × 90 / 365 = 19.73; 200 × 8 % × 20 / 365 = 0.88
            assertMoney("20.61", alpha.getCell(Workbooks.column(ws, h, "Interest")), "interest");
            assertMoney("5.00", alpha.getCell(Workbooks.column(ws, h, "Fee")), "fee from level 2");
            Cell due = alpha.getCell(Workbooks.column(ws, h, "Amount due"));
            assertEquals(CellType.FORMULA, due.getCellType());
            assertMoney("1225.61", due, "overdue + interest + fee");
            assertMoney("6.58", beta.getCell(Workbooks.column(ws, h, "Interest")), "500 × 8 % × 60 / 365");
            assertMoney("0.00", beta.getCell(Workbooks.column(ws, h, "Fee")), "no fee at level 1");
            assertMoney("1200.00", alpha.getCell(Workbooks.column(ws, h, WorklistSheets.OPEN_BALANCE)), "open balance");
            assertEquals("Yes", text(alpha.getCell(Workbooks.column(ws, h, "Over credit limit"))));
            assertEquals("Partly kept", text(alpha.getCell(Workbooks.column(ws, h, "Broken promise")))); // 100 of the 500 promised paid
            assertEquals("", text(beta.getCell(Workbooks.column(ws, h, "Broken promise"))));
            assertEquals("ap@alpha.example", text(alpha.getCell(Workbooks.column(ws, h, "E-mail"))));
            assertEquals("Level 2 on 2026-05-31 · Promised · promised 500.00 by 2026-06-15 · Called the CFO",
                    text(alpha.getCell(Workbooks.column(ws, h, WorklistSheets.LAST_ACTION))));
            int status = Workbooks.column(ws, h, WorklistSheets.STATUS);
            assertEquals("Open", text(alpha.getCell(status)));
            Workbooks.column(ws, h, WorklistSheets.PROMISE_DATE);
            Workbooks.column(ws, h, WorklistSheets.PROMISE_AMOUNT);
            Workbooks.column(ws, h, WorklistSheets.NOTES);
            assertTrue(DateUtil.isCellDateFormatted(alpha.getCell(Workbooks.column(ws, h, WorklistSheets.PROMISE_DATE))),
                    "the promise date cell is ready for a date");
            assertTrue(DateUtil.isCellDateFormatted(alpha.getCell(Workbooks.column(ws, h, "Oldest due date"))));
            assertEquals(AS_OF.minusDays(90),
                    alpha.getCell(Workbooks.column(ws, h, "Oldest due date")).getLocalDateTimeCellValue().toLocalDate());

            DataValidation statusList = Workbooks.validationAt((XSSFSheet) ws, h + 1, status);
            assertNotNull(statusList, "Status has a drop-down");
            assertEquals(Arrays.asList(WorklistSheets.STATUSES),
                    Arrays.asList(statusList.getValidationConstraint().getExplicitListValues()));
            assertNotNull(Workbooks.validationAt((XSSFSheet) ws, h + 1, Workbooks.column(ws, h, WorklistSheets.PROMISE_DATE)));
            assertTrue(ws.getSheetConditionalFormatting().getNumConditionalFormattings() >= 2,
                    "escalations and broken promises are highlighted");
            assertEquals(h + 1, ws.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(4, ws.getPaneInformation().getVerticalSplitLeftColumn(), "rank to customer name stay in view");
            String filter = ((XSSFSheet) ws).getCTWorksheet().getAutoFilter().getRef();
            assertTrue(filter.endsWith(String.valueOf(h + 1 + 2)), "the total rows are outside the filter: " + filter);

            Row total = Workbooks.rowWithText(ws, 0, "Total EUR");
            assertMoney("1700.00", total.getCell(Workbooks.column(ws, h, "Overdue")), "total overdue on notices");
            assertMoney("27.19", total.getCell(Workbooks.column(ws, h, "Interest")), "total interest");
            assertMoney("5.00", total.getCell(Workbooks.column(ws, h, "Fee")), "total fees");
            assertMoney("1732.19", total.getCell(Workbooks.column(ws, h, "Amount due")), "total due");

            // Items: by rank, then due date; interest per item; collectors' notes carried.
            Sheet is = wb.getSheet("Items");
            int ih = Workbooks.headerRow(is, WorklistSheets.CUSTOMER_ID);
            List<Row> itemRows = Workbooks.dataRows(is, ih);
            assertEquals(List.of("INV-1", "INV-2", "INV-3"), itemRows.stream()
                    .map(r -> text(r.getCell(Workbooks.column(is, ih, WorklistSheets.DOCUMENT)))).toList());
            assertMoney("19.73", itemRows.get(0).getCell(Workbooks.column(is, ih, "Interest")), "INV-1 interest");
            assertMoney("0.88", itemRows.get(1).getCell(Workbooks.column(is, ih, "Interest")), "INV-2 interest");
            assertEquals("1", text(itemRows.get(1).getCell(Workbooks.column(is, ih, "Item level"))));
            assertEquals("3", text(itemRows.get(1).getCell(Workbooks.column(is, ih, "Notice level"))));
            assertEquals("3", text(itemRows.get(1).getCell(Workbooks.column(is, ih, "Source row"))));
            assertEquals("Copy sent", text(itemRows.get(1).getCell(Workbooks.column(is, ih, WorklistSheets.ITEM_NOTES))));
            assertNotNull(Workbooks.validationAt((XSSFSheet) is, ih + 1, Workbooks.column(is, ih, WorklistSheets.DISPUTE)));
            Workbooks.column(is, ih, WorklistSheets.DISPUTE_REASON);

            // Letters: filled, one per notice.
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            List<Row> letterRows = Workbooks.dataRows(ls, lh);
            assertEquals(2, letterRows.size());
            int subject = Workbooks.column(ls, lh, "Subject");
            int body = Workbooks.column(ls, lh, "Body");
            assertEquals("Final notice: 1,225.61 EUR", text(letterRows.get(0).getCell(subject)));
            assertEquals("Reminder: 500.00 EUR overdue", text(letterRows.get(1).getCell(subject)));
            String alphaBody = text(letterRows.get(0).getCell(body));
            assertTrue(alphaBody.startsWith("Dear Ms Alpha,\n"), alphaBody);
            assertTrue(alphaBody.contains("- INV-1, 1 Apr 2026: 1,000.00 EUR (90)"), alphaBody);
            assertTrue(alphaBody.endsWith("Jane Collector"), alphaBody);
            assertEquals("ap@alpha.example", text(letterRows.get(0).getCell(Workbooks.column(ls, lh, "To"))));
            assertEquals("cfo@alpha.example", text(letterRows.get(0).getCell(Workbooks.column(ls, lh, "Cc"))));
            assertTrue(letterRows.get(0).getCell(body).getCellStyle().getWrapText(), "the body wraps");
            assertTrue(ls.getColumnWidth(body) >= 80 * 256, "the body column is letter-wide");
            for (Row r : letterRows) {
                for (Cell c : r) {
                    assertFalse(text(c).contains("{{"), "unfilled placeholder: " + text(c));
                }
            }

            // Excluded: the rule and the reason per item.
            Sheet xs = wb.getSheet("Excluded");
            int xh = Workbooks.headerRow(xs, WorklistSheets.CUSTOMER_ID);
            List<Row> excludedRows = Workbooks.dataRows(xs, xh);
            assertEquals(2, excludedRows.size());
            Row disputed = Workbooks.rowWithText(xs, Workbooks.column(xs, xh, WorklistSheets.DOCUMENT), "INV-4");
            assertEquals("Disputed", text(disputed.getCell(Workbooks.column(xs, xh, "Rule"))));
            assertTrue(text(disputed.getCell(Workbooks.column(xs, xh, "Reason"))).contains("Price difference"));
            assertEquals("Yes", text(disputed.getCell(Workbooks.column(xs, xh, WorklistSheets.DISPUTE))));
            assertEquals("Price difference", text(disputed.getCell(Workbooks.column(xs, xh, WorklistSheets.DISPUTE_REASON))));
            assertMoney("300.00", disputed.getCell(Workbooks.column(xs, xh, "Amount")), "disputed amount");
            Row small = Workbooks.rowWithText(xs, Workbooks.column(xs, xh, WorklistSheets.DOCUMENT), "INV-5");
            assertEquals("Below the minimum amount", text(small.getCell(Workbooks.column(xs, xh, "Rule"))));
            assertTrue(text(small.getCell(Workbooks.column(xs, xh, "Reason"))).contains("below the minimum of 25.00"));
            for (String header : List.of(WorklistSheets.STATUS, WorklistSheets.PROMISE_DATE, WorklistSheets.PROMISE_AMOUNT,
                    WorklistSheets.NOTES, WorklistSheets.OPEN_BALANCE, WorklistSheets.ITEM_NOTES)) {
                Workbooks.column(xs, xh, header);
            }

            // Top 10: by total overdue, dunned + excluded.
            Sheet ts = wb.getSheet("Top 10");
            int th = Workbooks.headerRow(ts, "Rank");
            List<Row> topRows = Workbooks.dataRows(ts, th);
            assertEquals(List.of("Alpha GmbH", "Beta Ltd", "Gamma AG"),
                    topRows.stream().map(r -> text(r.getCell(2))).toList());
            assertMoney("800.00", topRows.get(1).getCell(4), "Beta: 500 dunned + 300 disputed");
            assertMoney("300.00", topRows.get(1).getCell(6), "Beta excluded");
            assertTrue(text(topRows.get(1).getCell(7)).startsWith("Level 1 · Reminder"), text(topRows.get(1).getCell(7)));
            assertEquals("Below the minimum amount", text(topRows.get(2).getCell(7)));

            // Credit review: every customer with open items, by exposure; figures by hand.
            Sheet cr = wb.getSheet("Credit review");
            int ch = Workbooks.headerRow(cr, WorklistSheets.CUSTOMER_ID);
            List<Row> review = Workbooks.dataRows(cr, ch);
            assertEquals(List.of("Alpha GmbH", "Beta Ltd", "Delta SA", "Gamma AG"),
                    review.stream().map(r -> text(r.getCell(Workbooks.column(cr, ch, WorklistSheets.CUSTOMER_NAME)))).toList());
            Row ra = review.get(0);
            assertMoney("1000.00", ra.getCell(Workbooks.column(cr, ch, "Credit limit")), "Alpha's limit from the master");
            assertMoney("1200.00", ra.getCell(Workbooks.column(cr, ch, "Exposure (open balance)")), "1,000 + 200");
            Cell used = ra.getCell(Workbooks.column(cr, ch, "% used"));
            assertEquals(CellType.FORMULA, used.getCellType());
            assertEquals(1.2, used.getNumericCellValue(), 1e-9, "1,200 / 1,000");
            Cell over = ra.getCell(Workbooks.column(cr, ch, "Over limit"));
            assertEquals(CellType.FORMULA, over.getCellType());
            assertEquals("Over limit", over.getStringCellValue());
            // (1,000 × 90 + 200 × 20) / 1,200 = 78.33
            assertMoney("78.30", ra.getCell(Workbooks.column(cr, ch, "Days beyond terms (weighted)")), "weighted days");
            assertEquals("1", text(ra.getCell(Workbooks.column(cr, ch, "Broken promises"))), "the promise judged Partly kept");
            // 1,200 × 1.5 × (1 − 25 % partly kept − 25 % over 30 days) = 900 → 1,000
            assertMoney("1000.00", ra.getCell(Workbooks.column(cr, ch, "Suggested limit")), "Alpha's suggested limit");
            Row rb = review.get(1);
            assertEquals("", text(rb.getCell(Workbooks.column(cr, ch, "Credit limit"))), "Beta is not in the master");
            assertEquals("", text(rb.getCell(Workbooks.column(cr, ch, "Over limit"))));
            assertEquals("Not in the customer master: no limit", text(rb.getCell(Workbooks.column(cr, ch, "Note"))));
            // (500 × 60 + 300 × 46) / 800 = 54.75
            assertMoney("54.80", rb.getCell(Workbooks.column(cr, ch, "Days beyond terms (weighted)")), "Beta weighted days");
            // Delta: 100 + 100 (not due) − 50 credit; (100 × 2 + 100 × 0) / 200 = 1.0 day
            assertMoney("150.00", review.get(2).getCell(Workbooks.column(cr, ch, "Exposure (open balance)")), "Delta");
            assertMoney("1.00", review.get(2).getCell(Workbooks.column(cr, ch, "Days beyond terms (weighted)")), "Delta days");

            // Checks and About.
            Sheet cs = wb.getSheet("Checks");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(cs, 0, "Master check").getCell(1)));
            Row rowsCheck = Workbooks.rowWithText(cs, 0, "Every row read is accounted for");
            assertEquals("10", text(rowsCheck.getCell(1)));
            assertEquals("10", text(rowsCheck.getCell(2)), "3 items + 2 excluded + 3 not overdue + 1 exception + 1 header");
            Row overdueCheck = Workbooks.rowWithText(cs, 0, "Overdue (EUR) = Items + Excluded");
            assertMoney("2020.00", overdueCheck.getCell(1), "everything overdue");
            assertEquals("OK", text(overdueCheck.getCell(4)));
            Row exposureCheck = Workbooks.rowWithText(cs, 0, "Credit review exposure (EUR) = open items");
            assertMoney("2170.00", exposureCheck.getCell(1), "1,200 + 800 + 20 + 150: every open item, credits included");
            assertEquals("OK", text(exposureCheck.getCell(4)));

            Sheet about = wb.getSheet("About");
            long asOfLines = 0;
            for (Row r : about) {
                if (WorklistSheets.ABOUT_AS_OF.equals(text(r.getCell(0)))) {
                    asOfLines++;
                    assertTrue(DateUtil.isCellDateFormatted(r.getCell(1)));
                    assertEquals(AS_OF, r.getCell(1).getLocalDateTimeCellValue().toLocalDate());
                }
            }
            assertEquals(1, asOfLines, "the as-of date is written once");
            assertEquals("1 Reminder ≥1 day; 2 Second notice ≥30 days; 3 Final ≥60 days",
                    text(Workbooks.rowWithText(about, 0, "Levels").getCell(1)));
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(about, 0, "Master check").getCell(1)));

            // Titles are filled everywhere.
            assertEquals("As of 2026-06-30 · policy Test policy · ranked by risk score", text(ws.getRow(1).getCell(0)));
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        assertFalse(text(c).contains("{{"), s.getSheetName() + "!" + c.getAddress() + ": " + text(c));
                    }
                }
            }
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void nothingOverdueStillMakesAWorkbookThatTiesOut() throws Exception {
        List<OpenItem> items = List.of(item(2, DELTA, "INV-6", 2, "100.00", null));
        Path out = write(items, PreviousWorklist.none(), new ArrayList<>(List.of(Map.entry("Source file", "x.csv"))));
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ws = wb.getSheet("Worklist");
            assertEquals(0, Workbooks.dataRows(ws, Workbooks.headerRow(ws, "Rank")).size());
            Row about = Workbooks.rowWithText(wb.getSheet("About"), 0, WorklistSheets.ABOUT_AS_OF);
            assertEquals(AS_OF, about.getCell(1).getLocalDateTimeCellValue().toLocalDate(), "added when the caller did not");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }
}
