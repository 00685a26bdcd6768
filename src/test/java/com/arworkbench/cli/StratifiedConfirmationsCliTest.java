package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Confirmations with {@code --sampling stratified} on the 53 customers of the generated allowance export: the
 * Strata sheet, the same sample from the same seed, and a difference typed on a sampled balance projected over its
 * stratum (difference × book value ÷ book value sampled) on Confirmations, Strata and Sample.
 */
public class StratifiedConfirmationsCliTest {

    static final Path OPEN_ITEMS = Path.of("src/test/resources/allowance/open-items.csv");

    @TempDir
    Path tmp;

    /** n = ROUNDUP(2,161,732.15 × 3.0 / 400,000) = 17 of the 53 balances (none of them a key item). */
    public static Path run(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("confirmations", OPEN_ITEMS.toString(), "--as-of",
                "2026-06-30", "--key-items", "1000000", "--tolerable", "400000", "--sampling", "stratified", "--seed", "11",
                "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
        return out;
    }

    /** Types "Differs" with {@code confirmed} on the first sampled balance of stratum 2; returns its book balance. */
    public static BigDecimal typeDifference(Path workbook, Path edited, BigDecimal less) throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(workbook)) {
            Sheet t = wb.getSheet("Confirmations");
            int h = Workbooks.headerRow(t, "No.");
            Row row = Workbooks.dataRows(t, h).stream().filter(r -> "Sampled (stratified)".equals(
                    Workbooks.text(r.getCell(Workbooks.column(t, h, "Selection"))))
                    && r.getCell(Workbooks.column(t, h, "Stratum")).getNumericCellValue() == 2).findFirst().orElseThrow();
            BigDecimal book = Workbooks.money(row.getCell(Workbooks.column(t, h, "Book balance")));
            row.getCell(Workbooks.column(t, h, "Reply"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("Differs");
            row.getCell(Workbooks.column(t, h, "Amount confirmed"), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                    .setCellValue(book.subtract(less).doubleValue());
            try (var o = Files.newOutputStream(edited)) {
                wb.write(o);
            }
            return book;
        }
    }

    @Test
    void theDifferenceOfASampledBalanceIsProjectedOverItsStratum() throws Exception {
        Path first = run(tmp.resolve("first.xlsx"));
        Path again = run(tmp.resolve("again.xlsx"));
        try (XSSFWorkbook a = Workbooks.open(first); XSSFWorkbook b = Workbooks.open(again)) {
            Sheet sa = a.getSheet("Strata");
            int h = Workbooks.headerRow(sa, "Currency");
            assertEquals(3, Workbooks.dataRows(sa, h).size(), "three strata");
            assertEquals(17, Workbooks.dataRows(sa, h).stream().mapToInt(r -> (int) r.getCell(Workbooks.column(sa, h,
                    "Sample size")).getNumericCellValue()).sum());
            assertEquals(selection(a), selection(b), "the same seed, the same sample");
        }
        Path edited = tmp.resolve("edited.xlsx");
        BigDecimal less = new BigDecimal("250.00");
        typeDifference(first, edited, less);
        Path second = run(tmp.resolve("second.xlsx"), "--previous", edited.toString());
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            Sheet s = wb.getSheet("Strata");
            int h = Workbooks.headerRow(s, "Currency");
            Row stratum2 = Workbooks.dataRows(s, h).get(1);
            BigDecimal book = Workbooks.money(stratum2.getCell(Workbooks.column(s, h, "Book value")));
            BigDecimal sampled = Workbooks.money(stratum2.getCell(Workbooks.column(s, h, "Book value sampled")));
            BigDecimal projected = less.multiply(book).divide(sampled, 2, RoundingMode.HALF_UP);
            Workbooks.assertMoney(projected.toPlainString(), stratum2.getCell(Workbooks.column(s, h,
                    "Projected misstatement")), "250.00 × book value ÷ book value sampled");
            Sheet sample = wb.getSheet("Sample");
            int sh = Workbooks.headerRow(sample, "Currency");
            Workbooks.assertMoney(projected.toPlainString(), Workbooks.dataRows(sample, sh).get(0).getCell(
                    Workbooks.column(sample, sh, "Projected misstatement")), "the currency's projection");
            assertEquals("ALL CHECKS OK", Workbooks.text(wb.getSheet("Checks").getRow(2).getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    private static List<String> selection(XSSFWorkbook wb) {
        Sheet t = wb.getSheet("Confirmations");
        int h = Workbooks.headerRow(t, "No.");
        return Workbooks.dataRows(t, h).stream().map(r -> Workbooks.text(r.getCell(Workbooks.column(t, h, "Customer")))
                + "=" + Workbooks.text(r.getCell(Workbooks.column(t, h, "Selection")))).toList();
    }
}
