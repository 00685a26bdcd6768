package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.dunning.DunningPolicy;
import com.arworkbench.dunning.Exclusion;
import com.arworkbench.dunning.Notice;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.dunning.PolicyFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.support.Workbooks;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dunning pipeline end to end through {@link DunningJob#run}: the fixture export and customer
 * master in, the workbook read back with POI. The round trip edits the produced workbook as a
 * collector would and feeds it back as the previous worklist.
 *
 * <p>The fixture (as of 2026-06-30, default policy: grace 3 days, levels at 1/30/60/90 days, fee 5.00
 * from level 2, minimum 25.00, 14 days between notices):
 * <ul>
 * <li>K1001 Hafenmeister (EUR, German; master name differs, joined by ID): INV-26-0412 45 days, INV-26-0498
 *     12 days, INV-26-0561 due 15 Jul</li>
 * <li>K1002 Brightwater (USD): INV-26-0377 90 days, INV-26-0455 30 days, INV-26-0540 due 10 Jul, payment -300</li>
 * <li>K1003 Alpenblick (EUR; master row without ID, joined by name): INV-26-0519 4 days (overdue), INV-26-0520
 *     3 days (inside the grace), INV-26-0571 1 day</li>
 * <li>K1004 Northwind (USD): INV-26-0301 60 days, INV-26-0436 35 days flagged Disputed in the export</li>
 * <li>K1005 Lindqvist (EUR): 800.00 at 40 days, credit memo -950.00 covers it</li>
 * <li>K1006 Café Rosa (EUR, not in the master): 18.50, below the minimum</li>
 * <li>K1007 Meridian (USD): dunning block "legal review" in the master</li>
 * <li>K1008 Orchard Valley (USD): 122 and 18 days; open 2,615.00 over its credit limit of 2,000.00</li>
 * </ul>
 */
class DunningJobTest {

    static final Path DIR = Path.of("src/test/resources/dunning");
    static final Path OPEN_ITEMS = DIR.resolve("open-items.csv");
    static final Path CUSTOMERS = DIR.resolve("customers.csv");
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static final String HAFENMEISTER = "Hafenmeister Logistik GmbH";
    static final String BRIGHTWATER = "Brightwater Foods Inc.";
    static final String ALPENBLICK = "Alpenblick Hotels AG";
    static final String NORTHWIND = "Northwind Retail Inc.";
    static final String ORCHARD = "Orchard Valley Farms";

    @TempDir
    Path tmp;

    static DunningOutcome run(Path openItems, LocalDate asOf, Path customers, Path previous, Path policy, Path out)
            throws IOException, UnreadableFileException {
        DunningRequest request = new DunningRequest(NamedFile.of(openItems), asOf, IngestOptions.detect(),
                NamedFile.of(customers), NamedFile.of(previous), NamedFile.of(policy), null);
        try (OutputStream os = Files.newOutputStream(out)) {
            return DunningJob.run(request, os);
        }
    }

    // ---------------------------------------------------------------- first run

    @Test
    void firstRunWithTheMaster() throws Exception {
        Path out = tmp.resolve("first.xlsx");
        DunningOutcome outcome = run(OPEN_ITEMS, AS_OF, CUSTOMERS, null, null, out);
        assertEquals("ALL CHECKS OK", outcome.masterCheck());
        assertEquals(5, outcome.report().notices().size());
        assertEquals(8, outcome.report().itemsDunned());
        assertEquals(5, outcome.report().excluded().size());
        assertEquals(7, outcome.report().itemsNotOverdue(), "3 future invoices, 2 inside the grace, 1 payment, 1 credit memo");
        assertEquals(7, outcome.report().customersMatchedInMaster(), "K1001 by ID (other name), Alpenblick by name");
        assertEquals(1, outcome.report().customersNotInMaster(), "Café Rosa");
        String line = outcome.summaryLine();
        assertTrue(line.contains("5 customers to contact (8 items), 5 overdue items excluded, 7 not overdue"), line);
        assertTrue(line.contains("EUR 4820.00 dunned / 818.50 excluded"), line);
        assertTrue(line.contains("USD 6450.00 dunned / 5990.00 excluded"), line);

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            // Worklist: ranked by risk score; every level is 1 on a first run (one step above "no previous level").
            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            List<Row> rows = Workbooks.dataRows(ws, h);
            int name = Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME);
            assertEquals(List.of(ORCHARD, BRIGHTWATER, HAFENMEISTER, NORTHWIND, ALPENBLICK),
                    rows.stream().map(r -> text(r.getCell(name))).toList());
            // 1,275 × 122 / 30 + 890 × 18 / 30 = 5,719 × 1.25 over the credit limit; 1,845 × 90 / 30 + 960 × 30 / 30;
            // 2,380 × 45 / 30 + 1,190 × 12 / 30; 1,480 × 60 / 30; 1,250 × 4 / 30.
            assertEquals(List.of("7149", "6495", "4046", "2960", "167"), column(ws, h, rows, "Score"));
            assertEquals(List.of("1", "1", "1", "1", "1"), column(ws, h, rows, WorklistSheets.LEVEL));
            assertEquals(List.of("Reminder", "Reminder", "Reminder", "Reminder", "Reminder"), column(ws, h, rows, "Level name"));
            assertEquals(List.of("", "", "", "", ""), column(ws, h, rows, "Previous level"), "no previous worklist");
            assertEquals(List.of("Open", "Open", "Open", "Open", "Open"), column(ws, h, rows, WorklistSheets.STATUS));
            assertEquals(List.of("Yes", "", "", "", ""), column(ws, h, rows, "Over credit limit"));
            assertEquals(List.of("", "", "", "", ""), column(ws, h, rows, "Broken promise"));
            assertEquals(List.of("", "", "", "", ""), column(ws, h, rows, WorklistSheets.LAST_ACTION));

            Row hafen = rows.get(2);
            assertMoney("3570.00", cell(ws, h, hafen, "Overdue"), "Hafenmeister overdue");
            assertMoney("2380.00", cell(ws, h, hafen, "31-60"), "INV-26-0412, 45 days");
            assertMoney("1190.00", cell(ws, h, hafen, "1-30"), "INV-26-0498, 12 days");
            assertMoney("0.00", cell(ws, h, hafen, "Fee"), "no fee at level 1");
            assertMoney("3570.00", cell(ws, h, hafen, "Amount due"), "Hafenmeister amount due");
            assertMoney("7140.00", cell(ws, h, hafen, WorklistSheets.OPEN_BALANCE), "with the invoice not yet due");
            assertEquals("Frau Petra Janssen", text(cell(ws, h, hafen, "Contact")), "joined by ID despite the other name");
            assertEquals("de", text(cell(ws, h, hafen, "Language")));
            assertEquals("Jonas Weber", text(cell(ws, h, hafen, "Collector")));
            assertEquals("Reto Brunner", text(cell(ws, h, rows.get(4), "Contact")), "Alpenblick joined by name");
            assertMoney("2165.00", cell(ws, h, rows.get(0), "Overdue"), "Orchard overdue");
            assertMoney("2615.00", cell(ws, h, rows.get(0), WorklistSheets.OPEN_BALANCE), "Orchard open");
            assertMoney("2000.00", cell(ws, h, rows.get(0), "Credit limit"), "Orchard limit");
            assertMoney("4905.00", cell(ws, h, rows.get(1), WorklistSheets.OPEN_BALANCE), "Brightwater open, after the payment");
            Row eurTotal = Workbooks.rowWithText(ws, 0, "Total EUR");
            assertMoney("4820.00", eurTotal.getCell(Workbooks.column(ws, h, "Overdue")), "EUR dunned");
            Row usdTotal = Workbooks.rowWithText(ws, 0, "Total USD");
            assertMoney("6450.00", usdTotal.getCell(Workbooks.column(ws, h, "Overdue")), "USD dunned");

            // Items: each item's own level from its days past due (30, 60 and 90 days are the thresholds).
            Map<String, Row> items = byDocument(wb.getSheet("Items"));
            Sheet is = wb.getSheet("Items");
            int ih = Workbooks.headerRow(is, WorklistSheets.CUSTOMER_ID);
            assertEquals(List.of("INV-25-1187", "INV-26-0465", "INV-26-0377", "INV-26-0455", "INV-26-0412", "INV-26-0498",
                    "INV-26-0301", "INV-26-0519"), new ArrayList<>(items.keySet()));
            Map<String, String> days = new LinkedHashMap<>();
            Map<String, String> itemLevels = new LinkedHashMap<>();
            items.forEach((doc, r) -> {
                days.put(doc, text(cell(is, ih, r, "Days past due")));
                itemLevels.put(doc, text(cell(is, ih, r, "Item level")));
                assertEquals("1", text(cell(is, ih, r, "Notice level")), doc);
            });
            assertEquals(Map.of("INV-25-1187", "122", "INV-26-0465", "18", "INV-26-0377", "90", "INV-26-0455", "30",
                    "INV-26-0412", "45", "INV-26-0498", "12", "INV-26-0301", "60", "INV-26-0519", "4"), days);
            assertEquals(Map.of("INV-25-1187", "4", "INV-26-0465", "1", "INV-26-0377", "4", "INV-26-0455", "2",
                    "INV-26-0412", "2", "INV-26-0498", "1", "INV-26-0301", "3", "INV-26-0519", "1"), itemLevels);
            assertEquals("13", text(cell(is, ih, items.get("INV-26-0519"), "Source row")), "4 days past due: overdue");

            // Letters: the German customer gets the German letter, numbers and dates in German.
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            Row letter = Workbooks.rowWithText(ls, Workbooks.column(ls, lh, WorklistSheets.CUSTOMER_NAME), HAFENMEISTER);
            assertEquals("de", text(cell(ls, lh, letter, "Language")));
            assertEquals("buchhaltung@hafenmeister.example", text(cell(ls, lh, letter, "To")));
            assertEquals("Zahlungserinnerung: 3.570,00 EUR offen", text(cell(ls, lh, letter, "Subject")));
            String body = text(cell(ls, lh, letter, "Body"));
            assertTrue(body.startsWith("Sehr geehrte Damen und Herren,\n\nfolgende Rechnungen an Hafenmeister Logistik GmbH "
                    + "sind bei uns noch offen:"), body);
            assertTrue(body.contains("- INV-26-0412, 16.05.2026: 2.380,00 EUR (45)\n- INV-26-0498, 18.06.2026: 1.190,00 EUR (12)"),
                    body);
            assertTrue(body.contains("Offener Betrag: 3.570,00 EUR."), body);
            assertTrue(body.endsWith("Mit freundlichen Grüßen\nJonas Weber"), body);
            Row english = Workbooks.rowWithText(ls, Workbooks.column(ls, lh, WorklistSheets.CUSTOMER_NAME), ALPENBLICK);
            assertEquals("Payment reminder: 1,250.00 EUR overdue", text(cell(ls, lh, english, "Subject")));
            assertTrue(text(cell(ls, lh, english, "Body")).startsWith("Dear Reto Brunner,"), text(cell(ls, lh, english, "Body")));

            // Excluded: the export's disputed item, the blocked customer, credits that cover, below the minimum.
            Sheet xs = wb.getSheet("Excluded");
            int xh = Workbooks.headerRow(xs, WorklistSheets.CUSTOMER_ID);
            Map<String, Row> excluded = byDocument(xs);
            assertEquals(List.of("INV-26-0436", "INV-26-0390", "INV-26-0502", "INV-26-0288", "INV-26-0470"),
                    new ArrayList<>(excluded.keySet()));
            assertRule(xs, xh, excluded.get("INV-26-0436"), "Disputed", "Disputed — only this item is held back");
            assertEquals("Yes", text(cell(xs, xh, excluded.get("INV-26-0436"), WorklistSheets.DISPUTE)));
            assertRule(xs, xh, excluded.get("INV-26-0390"), "Credits cover the overdue amount",
                    "Credits and unapplied cash (-950.00) cover the overdue 800.00");
            assertRule(xs, xh, excluded.get("INV-26-0502"), "Below the minimum amount",
                    "Overdue 18.50 EUR is below the minimum of 25.00");
            for (String doc : List.of("INV-26-0288", "INV-26-0470")) {
                assertRule(xs, xh, excluded.get(doc), "Customer on dunning block",
                        "Customer on dunning block in the master (legal review)");
            }
            assertMoney("2150.00", cell(xs, xh, excluded.get("INV-26-0436"), "Amount"), "disputed amount");
            // Neither the item 3 days past due (grace) nor the one 1 day past due is listed anywhere.
            assertFalse(items.containsKey("INV-26-0520") || excluded.containsKey("INV-26-0520"));
            assertFalse(items.containsKey("INV-26-0571") || excluded.containsKey("INV-26-0571"));

            // Exceptions: the master's row without a customer, referenced by file and row.
            Sheet ex = wb.getSheet("Exceptions");
            Row bad = Workbooks.rowWithText(ex, 0, "customers.csv row 9");
            assertEquals("Rejected", text(bad.getCell(1)));
            assertEquals("Customer master row without customer ID or name", text(bad.getCell(2)));

            // Checks: everything ties, including the row count with the master's row on Exceptions.
            Sheet cs = wb.getSheet("Checks");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(cs, 0, "Master check").getCell(1)));
            Row rowsCheck = Workbooks.rowWithText(cs, 0, "Every row read is accounted for");
            assertEquals("27", text(rowsCheck.getCell(1)));
            assertEquals("27", text(rowsCheck.getCell(2)), "8 items + 5 excluded + 7 not overdue + 5 exceptions + 1 blank + 1 header");
            assertMoney("5638.50", Workbooks.rowWithText(cs, 0, "Overdue (EUR) = Items + Excluded").getCell(1), "EUR overdue");
            assertMoney("12440.00", Workbooks.rowWithText(cs, 0, "Overdue (USD) = Items + Excluded").getCell(1), "USD overdue");

            Sheet about = wb.getSheet("About");
            assertTrue(text(Workbooks.rowWithText(about, 0, "Customer master format").getCell(1))
                    .contains("Generic customer master"), "a CRM export with Customer ID is read with its IDs");
            assertEquals("7", text(Workbooks.rowWithText(about, 0, "Customers found in the master").getCell(1)));
            assertEquals("1", text(Workbooks.rowWithText(about, 0, "Customer master rows not used (on Exceptions)").getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    // ---------------------------------------------------------------- round trip

    @Test
    void roundTripAsACollectorWouldDoIt() throws Exception {
        Path first = tmp.resolve("worklist-2026-06-30.xlsx");
        run(OPEN_ITEMS, AS_OF, CUSTOMERS, null, null, first);
        Path edited = tmp.resolve("worklist-2026-06-30-edited.xlsx");
        editAsACollector(first, edited);

        // 5 July: the promise is not yet due; everyone else was noticed on 30 June, 5 days ago.
        Path july5 = tmp.resolve("worklist-2026-07-05.xlsx");
        DunningOutcome o5 = run(OPEN_ITEMS, LocalDate.of(2026, 7, 5), CUSTOMERS, edited, null, july5);
        assertEquals("ALL CHECKS OK", o5.masterCheck());
        assertEquals(0, o5.report().notices().size(), "nobody is contacted again yet");
        try (XSSFWorkbook wb = Workbooks.open(july5)) {
            Sheet xs = wb.getSheet("Excluded");
            int xh = Workbooks.headerRow(xs, WorklistSheets.CUSTOMER_ID);
            Map<String, Row> excluded = byDocument(xs);
            for (String doc : List.of("INV-26-0377", "INV-26-0455")) {
                Row r = excluded.get(doc);
                assertRule(xs, xh, r, "Promise to pay not yet due", "Promised to pay 500.00 USD by 2026-07-10 (not yet due)");
                // The promise stays on the sheet the next run reads, so it survives while the customer waits.
                assertEquals("Promised", text(cell(xs, xh, r, WorklistSheets.STATUS)));
                assertEquals(LocalDate.of(2026, 7, 10), cell(xs, xh, r, WorklistSheets.PROMISE_DATE)
                        .getLocalDateTimeCellValue().toLocalDate());
                assertMoney("500.00", cell(xs, xh, r, WorklistSheets.PROMISE_AMOUNT), "promised");
                assertEquals("CFO promised", text(cell(xs, xh, r, WorklistSheets.NOTES)));
            }
            String recently = "Notice (level 1) sent on 2026-06-30; the next one is due from 2026-07-14";
            for (String doc : List.of("INV-25-1187", "INV-26-0465", "INV-26-0412", "INV-26-0301", "INV-26-0519",
                    "INV-26-0520", "INV-26-0571")) {
                assertRule(xs, xh, excluded.get(doc), "Noticed recently", recently);
            }
            assertEquals("Contacted", text(cell(xs, xh, excluded.get("INV-26-0301"), WorklistSheets.STATUS)));
            assertEquals("left voicemail", text(cell(xs, xh, excluded.get("INV-26-0301"), WorklistSheets.NOTES)));
            assertRule(xs, xh, excluded.get("INV-26-0498"), "Disputed", "Disputed: damaged goods — only this item is held back");
            assertEquals("copy of invoice re-sent", text(cell(xs, xh, excluded.get("INV-26-0412"), WorklistSheets.ITEM_NOTES)));
            assertEquals(15, excluded.size(), "every overdue item is accounted for");
            Workbooks.assertCachedValuesRecalculate(wb);
        }

        // 20 July, nothing paid: the promise is broken; the others are due again, one level up.
        Path july20 = tmp.resolve("worklist-2026-07-20.xlsx");
        DunningOutcome o20 = run(OPEN_ITEMS, LocalDate.of(2026, 7, 20), CUSTOMERS, edited, null, july20);
        assertEquals("ALL CHECKS OK", o20.masterCheck());
        Notice bw = notice(o20, BRIGHTWATER);
        assertTrue(bw.brokenPromise());
        try (XSSFWorkbook wb = Workbooks.open(july20)) {
            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            int name = Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME);
            Row b = Workbooks.rowWithText(ws, name, BRIGHTWATER);
            assertEquals("1", text(cell(ws, h, b, "Rank")), "a broken promise ranks first");
            assertEquals("Broken", text(cell(ws, h, b, "Broken promise")));
            assertEquals("2", text(cell(ws, h, b, WorklistSheets.LEVEL)), "one step above level 1, though 110 days reach level 4");
            assertEquals("Second notice", text(cell(ws, h, b, "Level name")));
            assertEquals("1", text(cell(ws, h, b, "Previous level")));
            // (1,845 × 110 + 960 × 50 + 2,400 × 10) / 30 = 9,165; × 1.5 for the broken promise.
            assertEquals("13748", text(cell(ws, h, b, "Score")));
            assertMoney("5205.00", cell(ws, h, b, "Overdue"), "INV-26-0540 (due 10 Jul) is overdue now");
            assertMoney("5.00", cell(ws, h, b, "Fee"), "fee from level 2");
            assertMoney("5210.00", cell(ws, h, b, "Amount due"), "overdue + fee");
            assertEquals("Level 1 on 2026-06-30 · Promised · promised 500.00 by 2026-07-10 · CFO promised",
                    text(cell(ws, h, b, WorklistSheets.LAST_ACTION)));
            assertEquals("Open", text(cell(ws, h, b, WorklistSheets.STATUS)), "a fresh worklist starts Open");

            Row n = Workbooks.rowWithText(ws, name, NORTHWIND);
            assertEquals("2", text(cell(ws, h, n, WorklistSheets.LEVEL)));
            assertEquals("", text(cell(ws, h, n, "Broken promise")));
            assertEquals("Level 1 on 2026-06-30 · Contacted · left voicemail", text(cell(ws, h, n, WorklistSheets.LAST_ACTION)));

            Row hm = Workbooks.rowWithText(ws, name, HAFENMEISTER);
            assertEquals("2", text(cell(ws, h, hm, WorklistSheets.LEVEL)));
            assertMoney("5950.00", cell(ws, h, hm, "Overdue"), "INV-26-0412 and INV-26-0561; INV-26-0498 disputed");
            assertEquals("Level 1 on 2026-06-30 · Open", text(cell(ws, h, hm, WorklistSheets.LAST_ACTION)));
            assertEquals("2", text(cell(ws, h, Workbooks.rowWithText(ws, name, ORCHARD), WorklistSheets.LEVEL)));
            Row alpen = Workbooks.rowWithText(ws, name, ALPENBLICK);
            assertEquals("1", text(cell(ws, h, alpen, WorklistSheets.LEVEL)), "24 days past due: still level 1, not escalated");
            assertEquals("1", text(cell(ws, h, alpen, "Previous level")));
            assertEquals(5, Workbooks.dataRows(ws, h).size());

            // The German customer's second notice, with the fee.
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            Row letter = Workbooks.rowWithText(ls, Workbooks.column(ls, lh, WorklistSheets.CUSTOMER_NAME), HAFENMEISTER);
            assertEquals("2. Mahnung: 5.955,00 EUR fällig", text(cell(ls, lh, letter, "Subject")));
            assertTrue(text(cell(ls, lh, letter, "Body")).contains("Überfällig 5.950,00, abzüglich Gutschriften 0,00, Zinsen 0,00, Mahngebühr 5,00"),
                    text(cell(ls, lh, letter, "Body")));

            // Items: the note on the document that reappears is carried; the disputed one is not on a notice.
            Sheet is = wb.getSheet("Items");
            int ih = Workbooks.headerRow(is, WorklistSheets.CUSTOMER_ID);
            Map<String, Row> items = byDocument(is);
            assertFalse(items.containsKey("INV-26-0498"));
            Row noted = items.get("INV-26-0412");
            assertEquals("copy of invoice re-sent", text(cell(is, ih, noted, WorklistSheets.ITEM_NOTES)));
            assertEquals("", text(cell(is, ih, noted, WorklistSheets.DISPUTE)));
            assertEquals("3", text(cell(is, ih, noted, "Item level")), "65 days past due");
            assertEquals("2", text(cell(is, ih, noted, "Notice level")));
            assertEquals("", text(cell(is, ih, items.get("INV-26-0561"), WorklistSheets.ITEM_NOTES)));

            Sheet xs = wb.getSheet("Excluded");
            int xh = Workbooks.headerRow(xs, WorklistSheets.CUSTOMER_ID);
            Row disputed = byDocument(xs).get("INV-26-0498");
            assertNotNull(disputed, "the document disputed on the worklist is held back");
            assertRule(xs, xh, disputed, "Disputed", "Disputed: damaged goods — only this item is held back");
            assertEquals("Yes", text(cell(xs, xh, disputed, WorklistSheets.DISPUTE)));
            assertEquals("damaged goods", text(cell(xs, xh, disputed, WorklistSheets.DISPUTE_REASON)));
            assertEquals("photos requested from the driver", text(cell(xs, xh, disputed, WorklistSheets.ITEM_NOTES)));
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            Row previousLine = Workbooks.rowWithText(wb.getSheet("About"), 0, "Previous worklist");
            assertEquals("worklist-2026-06-30-edited.xlsx (as of 2026-06-30)", text(previousLine.getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }

        // A kept promise: INV-26-0455 (960.00 ≥ 500.00 promised) was paid, the balance fell by 960.00.
        Path paid = tmp.resolve("open-items-after-payment.csv");
        String csv = Files.readString(OPEN_ITEMS, StandardCharsets.UTF_8);
        String paidLine = "K1002,Brightwater Foods Inc.,INV-26-0455,Invoice,2026-05-01,2026-05-31,USD,960.00,\n";
        assertTrue(csv.contains(paidLine));
        Files.writeString(paid, csv.replace(paidLine, "").replace("USD,\"14,990.00\"", "USD,\"14,030.00\""),
                StandardCharsets.UTF_8);
        Path kept = tmp.resolve("worklist-kept.xlsx");
        DunningOutcome ok = run(paid, LocalDate.of(2026, 7, 20), CUSTOMERS, edited, null, kept);
        assertEquals("ALL CHECKS OK", ok.masterCheck());
        Notice k = notice(ok, BRIGHTWATER);
        assertFalse(k.brokenPromise(), "4,905.00 open then, 3,945.00 now: 960.00 paid of 500.00 promised");
        assertEquals(2, k.level(), "what is still overdue is dunned as usual");
        assertEquals(new BigDecimal("4245.00"), k.overdue());
        try (XSSFWorkbook wb = Workbooks.open(kept)) {
            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            Row b = Workbooks.rowWithText(ws, Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME), BRIGHTWATER);
            assertEquals("", text(cell(ws, h, b, "Broken promise")));
            assertMoney("3945.00", cell(ws, h, b, WorklistSheets.OPEN_BALANCE), "after the payment");
        }
    }

    /**
     * What a collector does with the produced workbook: a promise and a call on Worklist, a dispute
     * and notes on Items, saved under another name.
     */
    @Test
    void aRunInBetweenKeepsEachCustomersNoticeHistory() throws Exception {
        // 30 Jun notices; 5 Jul everyone waits (promise / interval) and that workbook becomes the previous one.
        Path first = tmp.resolve("w-0630.xlsx");
        run(OPEN_ITEMS, AS_OF, CUSTOMERS, null, null, first);
        Path edited = tmp.resolve("w-0630-edited.xlsx");
        editAsACollector(first, edited);
        Path july5 = tmp.resolve("w-0705.xlsx");
        run(OPEN_ITEMS, LocalDate.of(2026, 7, 5), CUSTOMERS, edited, null, july5);
        try (XSSFWorkbook wb = Workbooks.open(july5)) {
            Sheet xs = wb.getSheet("Excluded");
            int xh = Workbooks.headerRow(xs, WorklistSheets.CUSTOMER_ID);
            Row r = byDocument(xs).get("INV-26-0301");
            assertEquals("1", text(cell(xs, xh, r, WorklistSheets.LAST_NOTICE_LEVEL)));
            assertEquals(AS_OF, cell(xs, xh, r, WorklistSheets.LAST_NOTICE_DATE).getLocalDateTimeCellValue().toLocalDate());
        }

        // 8 Jul from the 5 Jul workbook: the 30 Jun notices are 8 days old, still inside the 14-day interval.
        DunningOutcome o8 = run(OPEN_ITEMS, LocalDate.of(2026, 7, 8), CUSTOMERS, july5, null, tmp.resolve("w-0708.xlsx"));
        assertEquals(0, o8.report().notices().size(), "nobody gets a second notice 8 days after the first");

        // 20 Jul from the 5 Jul workbook: the broken promise climbs to level 2 and Last action still dates the notice.
        DunningOutcome o20 = run(OPEN_ITEMS, LocalDate.of(2026, 7, 20), CUSTOMERS, july5, null, tmp.resolve("w-0720.xlsx"));
        Notice bw = notice(o20, BRIGHTWATER);
        assertTrue(bw.brokenPromise());
        assertEquals(2, bw.level());
        assertEquals(AS_OF, bw.previous().lastNoticeDate());
        assertEquals("ALL CHECKS OK", o20.masterCheck());
    }

    private static void editAsACollector(Path in, Path out) throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(in)) {
            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            int name = Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME);
            Row b = Workbooks.rowWithText(ws, name, BRIGHTWATER);
            set(ws, h, b, WorklistSheets.STATUS, "Promised");
            Cell promiseDate = cellOrNew(b, Workbooks.column(ws, h, WorklistSheets.PROMISE_DATE));
            assertTrue(DateUtil.isADateFormat(promiseDate.getCellStyle().getDataFormat(),
                    promiseDate.getCellStyle().getDataFormatString()), "the Promise date cell is pre-formatted as a date");
            promiseDate.setCellValue(LocalDate.of(2026, 7, 10));
            cellOrNew(b, Workbooks.column(ws, h, WorklistSheets.PROMISE_AMOUNT)).setCellValue(500);
            set(ws, h, b, WorklistSheets.NOTES, "CFO promised");
            Row n = Workbooks.rowWithText(ws, name, NORTHWIND);
            set(ws, h, n, WorklistSheets.STATUS, "Contacted");
            set(ws, h, n, WorklistSheets.NOTES, "left voicemail");

            Sheet is = wb.getSheet("Items");
            int ih = Workbooks.headerRow(is, WorklistSheets.CUSTOMER_ID);
            Map<String, Row> items = byDocument(is);
            set(is, ih, items.get("INV-26-0498"), WorklistSheets.DISPUTE, "Yes");
            set(is, ih, items.get("INV-26-0498"), WorklistSheets.DISPUTE_REASON, "damaged goods");
            set(is, ih, items.get("INV-26-0498"), WorklistSheets.ITEM_NOTES, "photos requested from the driver");
            set(is, ih, items.get("INV-26-0412"), WorklistSheets.ITEM_NOTES, "copy of invoice re-sent");
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    // ---------------------------------------------------------------- policy

    @Test
    void aCustomPolicyChangesGraceInterestAndFees() throws Exception {
        Path policyFile = tmp.resolve("eight-percent.json");
        Files.writeString(policyFile, """
                {"name": "8 % interest, no grace",
                 "graceDays": 0,
                 "minimumOverdue": {"*": 25.00},
                 "feePerNotice": {"EUR": 7.50, "USD": 7.50},
                 "feeFromLevel": 1,
                 "annualInterestPercent": 8,
                 "interestDayBasis": 365,
                 "escalation": {"maxLevelStep": 1, "minDaysBetweenNotices": 14},
                 "defaultLanguage": "en",
                 "levels": [
                   {"level": 1, "name": "Reminder", "minDaysPastDue": 1,
                    "letters": {"en": {"subject": "Reminder: {{amountDue}} {{currency}}",
                                       "body": "Overdue {{total}}, interest {{interest}}, fee {{fee}}."}}},
                   {"level": 2, "name": "Demand", "minDaysPastDue": 30,
                    "letters": {"en": {"subject": "Demand: {{amountDue}} {{currency}}", "body": "{{items}}"}}}]}
                """, StandardCharsets.UTF_8);
        DunningPolicy parsed = PolicyFile.parse(Files.readAllBytes(policyFile), "eight-percent.json");
        assertEquals(0, parsed.graceDays());
        assertEquals(0, new BigDecimal("8").compareTo(parsed.annualInterestPercent()));
        assertEquals(0, new BigDecimal("7.50").compareTo(parsed.fee("EUR", 1)));

        Path out = tmp.resolve("policy.xlsx");
        DunningOutcome outcome = run(OPEN_ITEMS, AS_OF, CUSTOMERS, null, policyFile, out);
        assertEquals("ALL CHECKS OK", outcome.masterCheck());
        assertEquals(5, outcome.report().itemsNotOverdue(), "no grace: the items 1 and 3 days past due are overdue");
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            // Interest per item = amount × 8 / 100 / 365 × days, rounded to the cent.
            Sheet is = wb.getSheet("Items");
            int ih = Workbooks.headerRow(is, WorklistSheets.CUSTOMER_ID);
            Map<String, Row> items = byDocument(is);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("INV-26-0412", "23.47"); // 2,380.00 × 8 % × 45 / 365 = 23.474
            expected.put("INV-26-0498", "3.13");  // 1,190.00 × 8 % × 12 / 365 = 3.130
            expected.put("INV-26-0519", "1.10");  // 1,250.00 × 8 % × 4 / 365 = 1.096
            expected.put("INV-26-0520", "0.42");  // 640.00 × 8 % × 3 / 365 = 0.421 (inside the default grace)
            expected.put("INV-26-0571", "0.09");  // 415.00 × 8 % × 1 / 365 = 0.091
            expected.put("INV-26-0377", "36.39"); // 1,845.00 × 8 % × 90 / 365 = 36.394
            expected.put("INV-26-0455", "6.31");  // 960.00 × 8 % × 30 / 365 = 6.312
            expected.forEach((doc, interest) -> {
                assertNotNull(items.get(doc), doc + " on Items");
                assertMoney(interest, cell(is, ih, items.get(doc), "Interest"), doc + " interest");
            });

            Sheet ws = wb.getSheet("Worklist");
            int h = Workbooks.headerRow(ws, "Rank");
            int name = Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME);
            Row alpen = Workbooks.rowWithText(ws, name, ALPENBLICK);
            assertMoney("2305.00", cell(ws, h, alpen, "Overdue"), "all three Alpenblick invoices");
            assertMoney("1.61", cell(ws, h, alpen, "Interest"), "1.10 + 0.42 + 0.09");
            assertMoney("7.50", cell(ws, h, alpen, "Fee"), "fee from level 1");
            assertMoney("2314.11", cell(ws, h, alpen, "Amount due"), "2,305.00 + 1.61 + 7.50");
            Row hafen = Workbooks.rowWithText(ws, name, HAFENMEISTER);
            assertMoney("26.60", cell(ws, h, hafen, "Interest"), "23.47 + 3.13");
            assertMoney("3604.10", cell(ws, h, hafen, "Amount due"), "3,570.00 + 26.60 + 7.50");
            Row bright = Workbooks.rowWithText(ws, name, BRIGHTWATER);
            assertMoney("42.70", cell(ws, h, bright, "Interest"), "36.39 + 6.31");
            assertMoney("2855.20", cell(ws, h, bright, "Amount due"), "2,805.00 + 42.70 + 7.50");

            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            Row letter = Workbooks.rowWithText(ls, Workbooks.column(ls, lh, WorklistSheets.CUSTOMER_NAME), HAFENMEISTER);
            assertEquals("en", text(cell(ls, lh, letter, "Language")), "no German letter in this policy: the default language");
            assertEquals("Reminder: 3,604.10 EUR", text(cell(ls, lh, letter, "Subject")));

            Sheet about = wb.getSheet("About");
            assertEquals("0", text(Workbooks.rowWithText(about, 0, "Grace days").getCell(1)));
            assertTrue(text(Workbooks.rowWithText(about, 0, "Interest").getCell(1)).startsWith("8 % a year"));
            assertEquals("eight-percent.json", text(Workbooks.rowWithText(about, 0, "Policy file").getCell(1)));
            assertEquals("As of 2026-06-30 · policy 8 % interest, no grace · ranked by risk score", text(ws.getRow(1).getCell(0)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    // ---------------------------------------------------------------- the example

    @Test
    void theNetSuiteExampleWithItsCustomerMaster() throws Exception {
        Path out = tmp.resolve("example.xlsx");
        DunningOutcome o = run(Path.of("examples/netsuite-ar-aging-detail.csv"), AS_OF,
                Path.of("examples/netsuite-customers.csv"), null, null, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        assertEquals(28, o.report().customersMatchedInMaster(), "joined by exact name");
        assertEquals(0, o.report().customersNotInMaster());
        // NetSuite's Hold reads Auto / Off / On: only "On" holds a customer back.
        List<String> blocked = o.report().excluded().stream().filter(x -> x.rule() == Exclusion.CUSTOMER_BLOCKED)
                .map(x -> x.item().customer().displayName()).distinct().toList();
        assertEquals(List.of("Magnolia Home Health"), blocked);
        assertEquals(22, o.report().notices().size());
        assertEquals(List.of("Beacon Hill Dental Group", "Cascade Brewing Co.", "Granite State Builders", "Summit Orthopedics"),
                o.report().notices().stream().filter(Notice::overCreditLimit).map(n -> n.customer().displayName())
                        .sorted().toList());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            Row letter = Workbooks.rowWithText(ls, Workbooks.column(ls, lh, WorklistSheets.CUSTOMER_NAME), "Cascade Brewing Co.");
            assertEquals("accounting@cascadebrewing.example", text(cell(ls, lh, letter, "To")));
            assertTrue(text(cell(ls, lh, letter, "Body")).startsWith("Dear Megan Foley,"), text(cell(ls, lh, letter, "Body")));
            assertTrue(text(cell(ls, lh, letter, "Body")).endsWith("Marcus Lee"), "signed by the sales rep");
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    // ---------------------------------------------------------------- bad inputs

    @Test
    void aPolicyThatIsNotJsonOrHasNoLevelsIsRefusedByName() throws Exception {
        Path notJson = tmp.resolve("house-rules.json");
        Files.writeString(notJson, "grace: 3 days\nlevels: 1, 30, 60\n", StandardCharsets.UTF_8);
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> run(OPEN_ITEMS, AS_OF, null, null, notJson, tmp.resolve("x.xlsx")));
        assertTrue(e.getMessage().contains("dunning policy"), e.getMessage());
        assertTrue(e.getMessage().contains("house-rules.json"), e.getMessage());
        assertTrue(e.getMessage().contains("not valid JSON"), e.getMessage());

        Path noLevels = tmp.resolve("no-levels.json");
        Files.writeString(noLevels, "{\"name\": \"Lenient\", \"graceDays\": 5, \"levels\": []}", StandardCharsets.UTF_8);
        UnreadableFileException e2 = assertThrows(UnreadableFileException.class,
                () -> run(OPEN_ITEMS, AS_OF, null, null, noLevels, tmp.resolve("y.xlsx")));
        assertTrue(e2.getMessage().contains("dunning policy"), e2.getMessage());
        assertTrue(e2.getMessage().contains("no-levels.json"), e2.getMessage());
        assertTrue(e2.getMessage().contains("\"levels\""), e2.getMessage());

        UnreadableFileException e3 = assertThrows(UnreadableFileException.class,
                () -> PolicyFile.parse("{\"levels\": [{\"level\": 1, \"name\": \"R\", \"minDaysPastDue\": 1}]}"
                        .getBytes(StandardCharsets.UTF_8), "no-letters.json"));
        assertTrue(e3.getMessage().contains("dunning policy no-letters.json"), e3.getMessage());
        assertTrue(e3.getMessage().contains("no letters"), e3.getMessage());
    }

    @Test
    void aPreviousWorklistThatIsNotOursIsRefusedByName() throws Exception {
        // The aging workbook of the same export: an .xlsx, but without a Worklist sheet.
        Path aging = tmp.resolve("aging-2026-06-30.xlsx");
        try (OutputStream os = Files.newOutputStream(aging)) {
            AgingJob.run(new AgingRequest(OPEN_ITEMS, "open-items.csv", new AgingParameters(AS_OF, AgingBasis.parse(null),
                    BucketScheme.standard()), IngestOptions.detect(), null), os);
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> run(OPEN_ITEMS, AS_OF, CUSTOMERS, aging, null, tmp.resolve("x.xlsx")));
        assertTrue(e.getMessage().contains("previous worklist"), e.getMessage());
        assertTrue(e.getMessage().contains("'Worklist'"), e.getMessage());

        // The open-items CSV given by mistake.
        UnreadableFileException e2 = assertThrows(UnreadableFileException.class,
                () -> run(OPEN_ITEMS, AS_OF, CUSTOMERS, OPEN_ITEMS, null, tmp.resolve("y.xlsx")));
        assertTrue(e2.getMessage().contains("previous worklist"), e2.getMessage());
        assertTrue(e2.getMessage().contains(".xlsx"), e2.getMessage());
    }

    // ---------------------------------------------------------------- helpers

    private static Notice notice(DunningOutcome o, String customer) {
        return o.report().notices().stream().filter(n -> n.customer().displayName().equals(customer)).findFirst()
                .orElseThrow(() -> new AssertionError("no notice for " + customer));
    }

    private static void assertRule(Sheet s, int header, Row r, String rule, String reason) {
        assertNotNull(r, "row for rule " + rule);
        assertEquals(rule, text(cell(s, header, r, "Rule")));
        assertEquals(reason, text(cell(s, header, r, "Reason")));
        assertTrue(java.util.Arrays.stream(Exclusion.values()).anyMatch(x -> x.label().equals(rule)), rule);
    }

    /** Data rows keyed by Document no., in sheet order. */
    static Map<String, Row> byDocument(Sheet s) {
        int h = Workbooks.headerRow(s, WorklistSheets.CUSTOMER_ID);
        int doc = Workbooks.column(s, h, WorklistSheets.DOCUMENT);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (Row r : Workbooks.dataRows(s, h)) {
            rows.put(text(r.getCell(doc)), r);
        }
        return rows;
    }

    private static List<String> column(Sheet s, int header, List<Row> rows, String name) {
        int c = Workbooks.column(s, header, name);
        return rows.stream().map(r -> text(r.getCell(c))).toList();
    }

    private static Cell cell(Sheet s, int header, Row r, String column) {
        return r.getCell(Workbooks.column(s, header, column));
    }

    private static Cell cellOrNew(Row r, int column) {
        Cell c = r.getCell(column);
        return c != null ? c : r.createCell(column);
    }

    /**
     * Types text into a cell, keeping its style. The cell is replaced rather than overwritten: our
     * workbooks store text as inline strings, and POI's setCellValue on an inline-string cell keeps
     * the old text (Excel and LibreOffice simply write a new cell, as done here).
     */
    private static void set(Sheet s, int header, Row r, String column, String value) {
        int col = Workbooks.column(s, header, column);
        Cell old = r.getCell(col);
        CellStyle keep = old == null ? null : old.getCellStyle();
        if (old != null) {
            r.removeCell(old);
        }
        Cell c = r.createCell(col);
        if (keep != null) {
            c.setCellStyle(keep);
        }
        c.setCellValue(value);
    }
}
