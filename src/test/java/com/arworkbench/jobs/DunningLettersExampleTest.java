package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.WorklistSheets;
import com.arworkbench.support.Workbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The letters of the NetSuite example show the whole account (issue 15, point 5). Figures worked out by hand from
 * examples/netsuite-ar-aging-detail.csv as of 30 Jun 2026 (3 grace days):
 * <ul>
 *   <li>Pacific Rim Imports: INV40260 7,726.12 (due 19 Mar, 103 days), INV40288 954.63 (12 Apr, 79 days), INV40318
 *   4,354.67 (4 May, 57 days) = 13,035.42 overdue; credit memo CM3311 −1,285.54; net 11,749.88, which is also its
 *   open balance (nothing not yet due). First notice, level 1: no fee.</li>
 *   <li>Fairview School District: INV40273 13,996.33 (11 May, 50 days) + INV40307 5,573.45 (11 Jun, 19 days) =
 *   19,569.78 overdue (INV40384, due 13 Jul, is not); unapplied payment 5460 −4,496.33; net 15,073.45.</li>
 * </ul>
 */
class DunningLettersExampleTest {

    static final Path EXAMPLE = Path.of("examples/netsuite-ar-aging-detail.csv");
    static final Path MASTER = Path.of("examples/netsuite-customers.csv");
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @TempDir
    Path tmp;

    private static Row letter(Sheet ls, int lh, String customer) {
        return Workbooks.rowWithText(ls, Workbooks.column(ls, lh, WorklistSheets.CUSTOMER_NAME), customer);
    }

    private static String cell(Sheet ls, int lh, Row r, String column) {
        return text(r.getCell(Workbooks.column(ls, lh, column)));
    }

    @Test
    void lettersListCreditsAndDemandTheNetOverdue() throws Exception {
        Path out = tmp.resolve("example.xlsx");
        assertEquals("ALL CHECKS OK", DunningJobTest.run(EXAMPLE, AS_OF, MASTER, null, null, out).masterCheck());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");

            Row pacific = letter(ls, lh, "Pacific Rim Imports");
            String body = cell(ls, lh, pacific, "Body");
            assertTrue(body.contains("- INV40260, 19 Mar 2026: 7,726.12 (103)\n- INV40288, 12 Apr 2026: 954.63 (79)\n"
                    + "- INV40318, 4 May 2026: 4,354.67 (57)"), body);
            assertTrue(body.contains("- CM3311, 2 Jun 2026: -1,285.54 (credit memo)"), body);
            assertTrue(body.contains("Overdue 13,035.42 less credits of 1,285.54: 11,749.88."), body);
            assertTrue(body.contains("Amount due: 11,749.88."), body);
            assertEquals("Payment reminder: 11,749.88 overdue", cell(ls, lh, pacific, "Subject"));
            assertMoney("13035.42", pacific.getCell(Workbooks.column(ls, lh, "Overdue")), "Pacific Rim overdue");
            assertMoney("-1285.54", pacific.getCell(Workbooks.column(ls, lh, "Open credits")), "CM3311");
            assertMoney("1285.54", pacific.getCell(Workbooks.column(ls, lh, "Credits deducted")), "all of CM3311");
            assertMoney("11749.88", pacific.getCell(Workbooks.column(ls, lh, "Net amount due")), "Pacific Rim demand");

            Row fairview = letter(ls, lh, "Fairview School District");
            body = cell(ls, lh, fairview, "Body");
            assertTrue(body.contains("- 5460, 19 Jun 2026: -4,496.33 (unapplied payment)"), body);
            assertTrue(body.contains("Overdue 19,569.78 less credits of 4,496.33: 15,073.45."), body);
            assertTrue(!body.contains("INV40384"), "not yet due: not on the letter");
            assertMoney("15073.45", fairview.getCell(Workbooks.column(ls, lh, "Net amount due")), "Fairview demand");

            Sheet cs = wb.getSheet("Checks");
            assertTrue(Workbooks.rowWithText(cs, 0, "Letters Net amount due = Overdue − Credits deducted + Interest + Fee")
                    != null, "the letters' arithmetic is checked");
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }

    @Test
    void theChecksCatchALetterThatDemandsTheGrossOverdueDespiteItsCredits() throws Exception {
        Path out = tmp.resolve("tampered.xlsx");
        DunningJobTest.run(EXAMPLE, AS_OF, MASTER, null, null, out);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            // The bug of issue 15: Pacific Rim asked for 13,035.42 although CM3311 (1,285.54) is deducted beside it.
            letter(ls, lh, "Pacific Rim Imports").getCell(Workbooks.column(ls, lh, "Net amount due")).setCellValue(13035.42);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Sheet cs = wb.getSheet("Checks");
            Row check = Workbooks.rowWithText(cs, 0, "Letters Net amount due = Overdue − Credits deducted + Interest + Fee");
            assertEquals("DIFFERENCE", text(check.getCell(4)), "the letters' arithmetic no longer adds up");
            assertEquals(1285.54, check.getCell(3).getNumericCellValue(), 0.001, "off by the credit memo");
        }
    }

    @Test
    void withCreditsNotReducingTheDemandTheLetterAsksForTheGrossOverdueAndStillListsThem() throws Exception {
        String shipped = Files.readString(Path.of("workbook-templates/dunning-policy.json"), StandardCharsets.UTF_8);
        assertTrue(shipped.contains("\"creditsReduceDemand\": true"), "the shipped policy states the setting");
        Path policy = tmp.resolve("gross.json");
        Files.writeString(policy, shipped.replace("\"creditsReduceDemand\": true", "\"creditsReduceDemand\": false"),
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("gross.xlsx");
        assertEquals("ALL CHECKS OK", DunningJobTest.run(EXAMPLE, AS_OF, MASTER, null, policy, out).masterCheck());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet ls = wb.getSheet("Letters");
            int lh = Workbooks.headerRow(ls, "Rank");
            Row pacific = letter(ls, lh, "Pacific Rim Imports");
            String body = cell(ls, lh, pacific, "Body");
            assertTrue(body.contains("- CM3311, 2 Jun 2026: -1,285.54 (credit memo)"), body);
            assertTrue(body.contains("These credits of 1,285.54 are not deducted from the amount due"), body);
            assertTrue(body.contains("Amount due: 13,035.42."), body);
            assertMoney("0.00", pacific.getCell(Workbooks.column(ls, lh, "Credits deducted")), "nothing deducted");
            assertMoney("13035.42", pacific.getCell(Workbooks.column(ls, lh, "Net amount due")), "gross overdue");
            Row fairview = letter(ls, lh, "Fairview School District");
            assertTrue(cell(ls, lh, fairview, "Body").contains("- 5460, 19 Jun 2026: -4,496.33 (unapplied payment)"));
            assertMoney("19569.78", fairview.getCell(Workbooks.column(ls, lh, "Net amount due")), "gross overdue");
        }
    }
}
