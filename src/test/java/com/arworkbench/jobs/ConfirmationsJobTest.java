package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.confirmations.Selection;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.PreviousConfirmationsFile;
import com.arworkbench.support.Workbooks;
import com.arworkbench.workbook.confirmations.ConfirmationsSection;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The confirmations job on a fixture worked out by hand (src/test/resources/confirmations/README.md): the selection,
 * the sample figures, the receipts from the history, the letters, and the reply tracker typed into the workbook and
 * read back by the next run.
 */
class ConfirmationsJobTest {

    private static final Path DIR = Path.of("src/test/resources/confirmations");
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path tmp;

    private ConfirmationsOutcome run(Path previous, boolean negative, Path out) throws Exception {
        ConfirmationParameters p = new ConfirmationParameters(AS_OF, new BigDecimal("50000"), 95, new BigDecimal("1500"),
                ConfirmationParameters.DEFAULT_SEED);
        ConfirmationsRequest r = new ConfirmationsRequest(NamedFile.of(DIR.resolve("open-items.csv")), p, negative,
                IngestOptions.detect(), previous == null ? null : NamedFile.of(previous),
                NamedFile.of(DIR.resolve("history.csv")), null, tmp);
        try (OutputStream os = Files.newOutputStream(out)) {
            return ConfirmationsJob.run(r, os);
        }
    }

    /** The Confirmations rows by "customer id currency", with the header's columns. */
    private static Map<String, Row> tracker(Sheet s, Map<String, Integer> cols) {
        int h = Workbooks.headerRow(s, "No.");
        for (String c : List.of("Customer ID", "Currency", "Book balance", "Selection", "Selection points",
                "Receipts after as-of", "Reply", "Amount confirmed", "Difference", "Projected misstatement", "Notes")) {
            cols.put(c, Workbooks.column(s, h, c));
        }
        Map<String, Row> rows = new HashMap<>();
        for (Row r : Workbooks.dataRows(s, h)) {
            rows.put(text(r.getCell(cols.get("Customer ID"))) + " " + text(r.getCell(cols.get("Currency"))), r);
        }
        return rows;
    }

    @Test
    void theFixtureGivesTheHandComputedSelectionSampleAndReceipts() throws Exception {
        Path out = tmp.resolve("c.xlsx");
        ConfirmationsOutcome o = run(null, true, out);
        assertEquals("ALL CHECKS OK", o.masterCheck());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Map<String, Integer> cols = new HashMap<>();
            Map<String, Row> rows = tracker(wb.getSheet(ConfirmationsSection.CONFIRMATIONS), cols);
            assertEquals(6, rows.size(), "C1..C5 EUR, C6 USD; C7 on Exceptions");
            Workbooks.assertMoney("60000.00", rows.get("C1 EUR").getCell(cols.get("Book balance")), "C1");
            Workbooks.assertMoney("400.00", rows.get("C2 EUR").getCell(cols.get("Book balance")), "C2 without INV-4");
            Workbooks.assertMoney("200.00", rows.get("C3 EUR").getCell(cols.get("Book balance")), "C3");
            assertEquals(Selection.KEY_ITEM.label(), text(rows.get("C1 EUR").getCell(cols.get("Selection"))));
            assertEquals(Selection.SAMPLED.label(), text(rows.get("C4 EUR").getCell(cols.get("Selection"))));
            assertEquals(Selection.SAMPLED.label(), text(rows.get("C6 USD").getCell(cols.get("Selection"))));
            assertEquals(Selection.NOT_SAMPLED_CREDIT.label(), text(rows.get("C5 EUR").getCell(cols.get("Selection"))));
            Workbooks.assertMoney("400.00", rows.get("C2 EUR").getCell(cols.get("Receipts after as-of")), "C2 paid 07-10");
            Workbooks.assertMoney("800.00", rows.get("C6 USD").getCell(cols.get("Receipts after as-of")), "C6 paid 07-03");
            assertEquals("", text(rows.get("C4 EUR").getCell(cols.get("Receipts after as-of"))), "paid before as-of");

            Sheet sample = wb.getSheet(ConfirmationsSection.SAMPLE);
            int h = Workbooks.headerRow(sample, "Currency");
            int n = Workbooks.column(sample, h, "Sample size n");
            int interval = Workbooks.column(sample, h, "Sampling interval");
            int seed = Workbooks.column(sample, h, "Seed");
            Row eur = Workbooks.rowWithText(sample, 0, "EUR");
            Row usd = Workbooks.rowWithText(sample, 0, "USD");
            assertEquals(4, (int) eur.getCell(n).getNumericCellValue());
            Workbooks.assertMoney("500.00", eur.getCell(interval), "EUR interval");
            assertEquals(2, (int) usd.getCell(n).getNumericCellValue());
            Workbooks.assertMoney("400.00", usd.getCell(interval), "USD interval");
            assertEquals(String.valueOf(ConfirmationParameters.DEFAULT_SEED), text(eur.getCell(seed)));

            Sheet letters = wb.getSheet(ConfirmationsSection.LETTERS);
            List<Row> lr = Workbooks.dataRows(letters, Workbooks.headerRow(letters, "No."));
            long positive = lr.stream().filter(r -> "Positive".equals(text(r.getCell(1)))).count();
            assertEquals(o.report().selected(), positive);
            long notSelected = o.report().confirmations().stream()
                    .filter(c -> c.selection() == Selection.NOT_SELECTED).count();
            assertEquals(positive + notSelected, lr.size(), "negative letters for the positive balances not selected");
            String body = text(lr.get(0).getCell(Workbooks.column(letters, Workbooks.headerRow(letters, "No."), "Body")));
            assertTrue(body.contains("EUR 60,000.00 as of 2026-06-30"), body);
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void repliesTypedOnTheTrackerComeBackOnTheNextRunWithTheDifferenceAndProjection() throws Exception {
        Path first = tmp.resolve("first.xlsx");
        run(null, false, first);
        try (XSSFWorkbook wb = Workbooks.open(first)) {
            Map<String, Integer> cols = new HashMap<>();
            Map<String, Row> rows = tracker(wb.getSheet(ConfirmationsSection.CONFIRMATIONS), cols);
            Row c4 = rows.get("C4 EUR");
            c4.createCell(cols.get("Reply")).setCellValue("Differs");
            c4.createCell(cols.get("Amount confirmed")).setCellValue(1300.00);
            c4.createCell(cols.get("Notes")).setCellValue("Credit note CN-77 not booked by us");
            Row c1 = rows.get("C1 EUR");
            c1.createCell(cols.get("Reply")).setCellValue("Agreed");
            c1.createCell(cols.get("Amount confirmed")).setCellValue(60000.00);
            try (OutputStream os = Files.newOutputStream(tmp.resolve("typed.xlsx"))) {
                wb.write(os);
            }
        }
        assertEquals(2, PreviousConfirmationsFile.read(tmp.resolve("typed.xlsx")).size());
        Path second = tmp.resolve("second.xlsx");
        ConfirmationsOutcome o = run(tmp.resolve("typed.xlsx"), false, second);
        assertEquals(2, o.repliesCarried());
        assertEquals("ALL CHECKS OK", o.masterCheck());
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            Map<String, Integer> cols = new HashMap<>();
            Map<String, Row> rows = tracker(wb.getSheet(ConfirmationsSection.CONFIRMATIONS), cols);
            Row c4 = rows.get("C4 EUR");
            assertEquals("Differs", text(c4.getCell(cols.get("Reply"))));
            Workbooks.assertMoney("1300.00", c4.getCell(cols.get("Amount confirmed")), "carried");
            assertEquals("Credit note CN-77 not booked by us", text(c4.getCell(cols.get("Notes"))));
            Workbooks.assertMoney("100.00", c4.getCell(cols.get("Difference")), "1,400 - 1,300");
            Workbooks.assertMoney("100.00", c4.getCell(cols.get("Projected misstatement")), "at least the interval: actual");
            Workbooks.assertMoney("0.00", rows.get("C1 EUR").getCell(cols.get("Difference")), "agreed");
            Sheet sample = wb.getSheet(ConfirmationsSection.SAMPLE);
            int h = Workbooks.headerRow(sample, "Currency");
            Row eur = Workbooks.rowWithText(sample, 0, "EUR");
            Workbooks.assertMoney("100.00", eur.getCell(Workbooks.column(sample, h, "Projected misstatement")), "EUR");
            Workbooks.assertMoney("1400.00", eur.getCell(Workbooks.column(sample, h, "Tolerable less projected")), "");
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void theChecksCatchAKeyItemLeftOutAndALostSelectionPoint() throws Exception {
        Path out = tmp.resolve("tampered.xlsx");
        run(null, false, out);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Map<String, Integer> cols = new HashMap<>();
            Map<String, Row> rows = tracker(wb.getSheet(ConfirmationsSection.CONFIRMATIONS), cols);
            // a new cell: POI keeps an inline string's text when only its value is set
            Row c1 = rows.get("C1 EUR");
            c1.removeCell(c1.getCell(cols.get("Selection")));
            c1.createCell(cols.get("Selection")).setCellValue(Selection.NOT_SELECTED.label());
            Row c4 = rows.get("C4 EUR");
            c4.removeCell(c4.getCell(cols.get("Selection points")));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet cs = wb.getSheet("Checks");
            Row key = Workbooks.rowWithText(cs, 0, "Balances at or above the key-item threshold not selected as key items");
            assertEquals("DIFFERENCE", text(key.getCell(4)), "C1 (60,000) is no longer a key item");
            Row points = Workbooks.rowWithText(cs, 0, "Selection points = sample sizes");
            assertEquals("DIFFERENCE", text(points.getCell(4)), "C4's points are gone");
        }
    }

    @Test
    void theReaderFindsTheWritersHeaders() {
        assertEquals(ConfirmationsSection.CONFIRMATIONS, PreviousConfirmationsFile.SHEET);
        assertEquals(ConfirmationsSection.CUSTOMER_ID, PreviousConfirmationsFile.CUSTOMER_ID);
        assertEquals(ConfirmationsSection.CURRENCY, PreviousConfirmationsFile.CURRENCY);
        assertEquals(ConfirmationsSection.REPLY, PreviousConfirmationsFile.REPLY);
        assertEquals(ConfirmationsSection.AMOUNT_CONFIRMED, PreviousConfirmationsFile.AMOUNT_CONFIRMED);
        assertEquals(ConfirmationsSection.NOTES, PreviousConfirmationsFile.NOTES);
    }
}
