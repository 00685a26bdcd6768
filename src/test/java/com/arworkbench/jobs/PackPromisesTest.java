package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.PreviousWorklistFile;
import com.arworkbench.kpi.CollectionForecast;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.CustomerForecast;
import com.arworkbench.kpi.CustomerKpis;
import com.arworkbench.kpi.ForecastWeek;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.support.Workbooks;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forecast in the collector's hands (issue 14, point 5): a promise typed on last run's worklist moves the
 * promised amount of that customer's items, oldest due date first, to the promise's week of the pack's forecast; a
 * promise already past moves nothing; the pack's Worklist shows each customer's next expected payment, amount and
 * probability as the KPI engine forecast them, and still reads back as the next run's previous worklist.
 */
class PackPromisesTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    private static final Path EXPORT = Path.of("examples/netsuite-ar-aging-detail.csv");
    private static final Path HISTORY = Path.of("examples/kpi/invoice-history.csv");
    private static final Path CUSTOMERS = Path.of("examples/netsuite-customers.csv");
    /** Six open invoices; the test export lists them newest first, so the export's order is not the oldest first. */
    private static final String PROMISED = "Beacon Hill Dental Group";
    private static final String BROKEN = "Cascade Brewing Co.";
    /** 20 days after the as-of date: week 3, which covers as-of + 15 … as-of + 21 days (7(w−1)+1 … 7w). */
    private static final LocalDate PROMISE_DATE = AS_OF.plusDays(20);
    /** Covers INV40221 (20,375.40, due 2025-11-25) and 9,624.60 of INV40247 (14,696.94, due 2026-03-18). */
    private static final BigDecimal PROMISE_AMOUNT = new BigDecimal("30000.00");

    @TempDir
    Path tmp;
    private Path export;
    private Path worklist;

    /** The example export with the promised customer's rows reversed, and last run's worklist from the dunning job. */
    @BeforeEach
    void lastRunsWorklist() throws Exception {
        List<String> lines = new ArrayList<>(Files.readAllLines(EXPORT, StandardCharsets.UTF_8));
        List<Integer> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(PROMISED + ",")) {
                rows.add(i);
            }
        }
        assertEquals(6, rows.size());
        List<String> block = new ArrayList<>(lines.subList(rows.get(0), rows.get(5) + 1));
        Collections.reverse(block);
        for (int i = 0; i < block.size(); i++) {
            lines.set(rows.get(0) + i, block.get(i));
        }
        export = tmp.resolve("open-items.csv");
        Files.write(export, lines, StandardCharsets.UTF_8);
        worklist = tmp.resolve("worklist-2026-06-30.xlsx");
        CliRun.Result r = CliRun.run("dunning", export.toString(), "--as-of", AS_OF.toString(), "--customers",
                CUSTOMERS.toString(), "--out", worklist.toString());
        assertEquals(0, r.code(), r.err());
    }

    private PackOutcome pack(Path previous, Path out) throws Exception {
        List<PackRequest.PackFile> files = new ArrayList<>(List.of(
                new PackRequest.PackFile(NamedFile.of(export), PackRole.OPEN_ITEMS),
                new PackRequest.PackFile(NamedFile.of(HISTORY), PackRole.INVOICE_HISTORY),
                new PackRequest.PackFile(NamedFile.of(CUSTOMERS), PackRole.CUSTOMER_MASTER)));
        if (previous != null) {
            files.add(new PackRequest.PackFile(NamedFile.of(previous), PackRole.PREVIOUS_WORKLIST));
        }
        try (OutputStream os = Files.newOutputStream(out)) {
            return PackJob.run(new PackRequest(files, AS_OF, IngestOptions.detect(), List.of(), null), os);
        }
    }

    /** Types a promise on the customer's Worklist row, as a collector does. */
    private static void promise(Path in, Path out, Map<String, Object[]> promises) throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(in)) {
            Sheet ws = wb.getSheet(WorklistSheets.WORKLIST);
            int h = Workbooks.headerRow(ws, "Rank");
            int name = Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME);
            for (Map.Entry<String, Object[]> p : promises.entrySet()) {
                Row r = Workbooks.rowWithText(ws, name, p.getKey());
                cell(r, Workbooks.column(ws, h, WorklistSheets.PROMISE_DATE)).setCellValue((LocalDate) p.getValue()[0]);
                cell(r, Workbooks.column(ws, h, WorklistSheets.PROMISE_AMOUNT))
                        .setCellValue(((BigDecimal) p.getValue()[1]).doubleValue());
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    private static Cell cell(Row r, int column) {
        Cell c = r.getCell(column);
        return c != null ? c : r.createCell(column);
    }

    private static CurrencyKpis onlyCurrency(PackOutcome o) {
        assertNotNull(o.kpis());
        assertEquals(1, o.kpis().currencies().size(), o.kpis().currencies().keySet().toString());
        return o.kpis().currencies().values().iterator().next();
    }

    private static CustomerKpis customer(CurrencyKpis c, String name) {
        return c.customers().stream().filter(k -> name.equals(k.customer().displayName())).findFirst()
                .orElseThrow(() -> new AssertionError("no forecast for " + name));
    }

    private static BigDecimal promisedOutsideWeek(CollectionForecast f, int week) {
        BigDecimal sum = f.later().promised();
        for (ForecastWeek w : f.weeks()) {
            if (w.week() != week) {
                sum = sum.add(w.promised());
            }
        }
        return sum;
    }

    @Test
    void aPromiseMovesTheOldestItemsToThePromisedWeekAndABrokenOneMovesNothing() throws Exception {
        Path promised = tmp.resolve("worklist-promised.xlsx");
        promise(worklist, promised, Map.of(PROMISED, new Object[] {PROMISE_DATE, PROMISE_AMOUNT},
                BROKEN, new Object[] {AS_OF.minusDays(5), new BigDecimal("5000.00")}));
        PackOutcome baseline = pack(worklist, tmp.resolve("pack-baseline.xlsx"));
        Path out = tmp.resolve("pack-promised.xlsx");
        PackOutcome withPromise = pack(promised, out);

        CollectionForecast before = onlyCurrency(baseline).forecast();
        CollectionForecast after = onlyCurrency(withPromise).forecast();
        assertEquals(0, before.promisedOpen().signum(), "no promise on the unedited worklist");
        ForecastWeek week3 = after.weeks().get(2);
        assertEquals(3, week3.week());
        assertEquals(AS_OF.plusDays(15), week3.from());
        assertEquals(AS_OF.plusDays(21), week3.to());
        assertEquals(0, PROMISE_AMOUNT.compareTo(week3.promised()), "the promised amount lands in week 3");
        assertEquals(0, promisedOutsideWeek(after, 3).signum(), "and in no other week");
        assertEquals(0, PROMISE_AMOUNT.compareTo(after.promisedOpen()));
        assertEquals(2, after.promisedItems(), "the oldest invoice in full and the next one in part");
        assertTrue(after.tiesOut(), "weeks + later + not forecast = open AR, promise or not");
        assertEquals(0, before.totalOpenAr().compareTo(after.totalOpenAr()));

        CustomerForecast promisedCustomer = customer(onlyCurrency(withPromise), PROMISED).forecast();
        assertEquals(0, PROMISE_AMOUNT.compareTo(promisedCustomer.promised()));
        // The broken promise (five days before the as-of date) is ignored: that customer's forecast is unchanged.
        CustomerForecast brokenBefore = customer(onlyCurrency(baseline), BROKEN).forecast();
        CustomerForecast brokenAfter = customer(onlyCurrency(withPromise), BROKEN).forecast();
        assertEquals(brokenBefore, brokenAfter);
        assertEquals(0, brokenAfter.promised().signum());

        // Oldest due date first, though the export lists the customer's invoices newest first.
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet detail = wb.getSheet("Aging Detail");
            int h = Workbooks.headerRow(detail, "Source row");
            int doc = Workbooks.column(detail, h, "Document no.");
            int date = Workbooks.column(detail, h, "Expected payment date");
            int basis = Workbooks.column(detail, h, "Forecast basis");
            Map<String, Row> byDoc = new HashMap<>();
            Workbooks.dataRows(detail, h).forEach(r -> byDoc.put(text(r.getCell(doc)), r));
            for (String d : List.of("INV40221", "INV40247")) {
                Row r = byDoc.get(d);
                assertEquals(PROMISE_DATE, r.getCell(date).getLocalDateTimeCellValue().toLocalDate(), d);
                assertTrue(text(r.getCell(basis)).startsWith("promised on the worklist"), text(r.getCell(basis)));
            }
            assertTrue(text(byDoc.get("INV40221").getCell(basis)).contains("20375.40"));
            assertTrue(text(byDoc.get("INV40247").getCell(basis)).contains("9624.60"), "the rest of the promise");
            for (String d : List.of("INV40301", "INV40312", "INV40437", "INV40454")) {
                assertFalse(text(byDoc.get(d).getCell(basis)).startsWith("promised"), d + " is left to the model");
            }

            // The Forecast sheet's Promised column carries it in week 3.
            Sheet forecast = wb.getSheet("Forecast");
            int fh = Workbooks.headerRow(forecast, "Currency");
            int promisedColumn = Workbooks.column(forecast, fh, "Promised");
            Row w3 = Workbooks.rowWithText(forecast, Workbooks.column(forecast, fh, "Week"), "Week 3");
            Workbooks.assertMoney("30000.00", w3.getCell(promisedColumn), "Promised, week 3");
        }
    }

    @Test
    void aPromiseWithoutAnAmountCoversThePastDueItemsButNotOneDisputedOnTheWorklist() throws Exception {
        Path edited = tmp.resolve("worklist-no-amount.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(worklist)) {
            Sheet ws = wb.getSheet(WorklistSheets.WORKLIST);
            int h = Workbooks.headerRow(ws, "Rank");
            Row r = Workbooks.rowWithText(ws, Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME), PROMISED);
            cell(r, Workbooks.column(ws, h, WorklistSheets.PROMISE_DATE)).setCellValue(PROMISE_DATE);
            // The oldest invoice is disputed on Items: the dunning run holds it back, and no promise covers it.
            Sheet is = wb.getSheet(WorklistSheets.ITEMS);
            int ih = Workbooks.headerRow(is, WorklistSheets.CUSTOMER_ID);
            Row disputed = Workbooks.rowWithText(is, Workbooks.column(is, ih, WorklistSheets.DOCUMENT), "INV40221");
            cell(disputed, Workbooks.column(is, ih, WorklistSheets.DISPUTE)).setCellValue("Yes");
            try (OutputStream os = Files.newOutputStream(edited)) {
                wb.write(os);
            }
        }
        Path out = tmp.resolve("pack-no-amount.xlsx");
        CollectionForecast f = onlyCurrency(pack(edited, out)).forecast();
        // Past due at 2026-06-30 and not disputed: INV40247 (due 2026-03-18), INV40301 (05-07), INV40312 (05-19).
        BigDecimal pastDue = new BigDecimal("14696.94").add(new BigDecimal("17024.07")).add(new BigDecimal("15466.25"));
        assertEquals(0, pastDue.compareTo(f.promisedOpen()), f.promisedOpen().toPlainString());
        assertEquals(3, f.promisedItems());
        assertEquals(0, pastDue.compareTo(f.weeks().get(2).promised()));
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet detail = wb.getSheet("Aging Detail");
            int h = Workbooks.headerRow(detail, "Source row");
            int doc = Workbooks.column(detail, h, "Document no.");
            int basis = Workbooks.column(detail, h, "Forecast basis");
            Map<String, String> byDoc = new HashMap<>();
            Workbooks.dataRows(detail, h).forEach(r -> byDoc.put(text(r.getCell(doc)), text(r.getCell(basis))));
            for (String d : List.of("INV40247", "INV40301", "INV40312")) {
                assertTrue(byDoc.get(d).startsWith("promised on the worklist"), d + ": " + byDoc.get(d));
            }
            for (String d : List.of("INV40221", "INV40437", "INV40454")) {
                assertFalse(byDoc.get(d).startsWith("promised"), d + ": " + byDoc.get(d));
            }
        }
    }

    @Test
    void aBrokenPromiseLeavesTheForecastAsTheModelHasIt() throws Exception {
        Path broken = tmp.resolve("worklist-broken.xlsx");
        promise(worklist, broken, Map.of(PROMISED, new Object[] {AS_OF, PROMISE_AMOUNT}));
        CollectionForecast before = onlyCurrency(pack(worklist, tmp.resolve("pack-baseline.xlsx"))).forecast();
        CollectionForecast after = onlyCurrency(pack(broken, tmp.resolve("pack-broken.xlsx"))).forecast();
        assertEquals(0, after.promisedOpen().signum(), "a promise dated on the as-of date is past: ignored");
        assertEquals(before.weeks(), after.weeks());
        assertEquals(before.later(), after.later());
    }

    @Test
    void theWorklistShowsEachCustomersNextExpectedPaymentAndStillReadsBack() throws Exception {
        Path out = tmp.resolve("pack.xlsx");
        CurrencyKpis kpis = onlyCurrency(pack(null, out));
        int shown = 0;
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ws = wb.getSheet(WorklistSheets.WORKLIST);
            int h = Workbooks.headerRow(ws, "Rank");
            int name = Workbooks.column(ws, h, WorklistSheets.CUSTOMER_NAME);
            int next = Workbooks.column(ws, h, "Next expected payment");
            int amount = Workbooks.column(ws, h, "Expected amount");
            int probability = Workbooks.column(ws, h, "Probability");
            int horizon = Workbooks.column(ws, h, "Expected in 13 weeks");
            assertTrue(ws.getRow(h + 1).getCell(probability).getCellStyle().getDataFormatString().contains("%"),
                    "Probability is formatted as a percentage");
            for (Row r : Workbooks.dataRows(ws, h)) {
                CustomerForecast f = customer(kpis, text(r.getCell(name))).forecast();
                assertNotNull(f);
                Workbooks.assertMoney(f.expectedInHorizon().toPlainString(), r.getCell(horizon), "Expected in 13 weeks");
                Cell date = r.getCell(next);
                if (f.nextDate() == null) {
                    assertTrue(date == null || date.getCellType() == CellType.BLANK, "no date without a forecast one");
                    continue;
                }
                shown++;
                assertEquals(f.nextDate(), date.getLocalDateTimeCellValue().toLocalDate());
                Workbooks.assertMoney(f.nextAmount().toPlainString(), r.getCell(amount), "Expected amount");
                assertEquals(f.nextProbability(), BigDecimal.valueOf(r.getCell(probability).getNumericCellValue())
                        .setScale(4, RoundingMode.HALF_UP), "Probability as a 0..1 fraction");
                assertTrue(f.nextProbability().compareTo(BigDecimal.ONE) <= 0);
            }

            // A collector's promise typed on the pack's own Worklist reads back: the new columns change nothing there.
            Row first = Workbooks.dataRows(ws, h).get(0);
            cell(first, Workbooks.column(ws, h, WorklistSheets.PROMISE_DATE)).setCellValue(PROMISE_DATE);
            cell(first, Workbooks.column(ws, h, WorklistSheets.PROMISE_AMOUNT)).setCellValue(1234.5);
            Path edited = tmp.resolve("pack-edited.xlsx");
            try (OutputStream os = Files.newOutputStream(edited)) {
                wb.write(os);
            }
            PreviousWorklist back = PreviousWorklistFile.read(edited, "pack-edited.xlsx");
            String customerId = text(first.getCell(Workbooks.column(ws, h, WorklistSheets.CUSTOMER_ID)));
            String currency = text(first.getCell(Workbooks.column(ws, h, WorklistSheets.CURRENCY)));
            PreviousWorklist.CustomerState state = back.customers().get(PreviousWorklist.customerKey(
                    new com.arworkbench.model.Customer(customerId, text(first.getCell(name))), currency));
            assertNotNull(state, back.customers().keySet().toString());
            assertEquals(PROMISE_DATE, state.promiseDate());
            assertEquals(0, new BigDecimal("1234.50").compareTo(state.promiseAmount()));
            assertEquals(WorklistSheets.STATUSES[0], state.status());
            assertEquals(AS_OF, back.asOf());
        }
        assertTrue(shown > 0, "some customer is expected to pay within the horizon");
    }

    @Test
    void withoutAnInvoiceHistoryTheWorklistHasNoForecastColumns() throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(worklist)) {
            Sheet ws = wb.getSheet(WorklistSheets.WORKLIST);
            Row header = ws.getRow(Workbooks.headerRow(ws, "Rank"));
            for (Cell c : header) {
                assertFalse(List.of("Next expected payment", "Expected amount", "Probability").contains(text(c)), text(c));
                assertFalse(text(c).startsWith("Expected in"), text(c));
            }
        }
    }
}
