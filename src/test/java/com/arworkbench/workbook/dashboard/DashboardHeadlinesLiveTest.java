package com.arworkbench.workbook.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example pack's Dashboard: every headline (open AR, the 12-month KPIs) and every amount of the bucket block
 * is a live formula referring to its sheet (KPIs, Aging), and its cached value is what the referenced cells give.
 */
class DashboardHeadlinesLiveTest {

    @TempDir
    Path tmp;

    @Test
    void headlinesAreFormulasWhoseCachedValuesEqualTheReferencedCells() throws Exception {
        Path pack = tmp.resolve("pack.xlsx");
        CliRun.Result r = CliRun.run("pack", "examples/netsuite-ar-aging-detail.csv", "examples/kpi/invoice-history.csv",
                "examples/netsuite-customers.csv", "examples/netsuite-gl-detail-2026-06.csv", "--write-offs",
                "examples/kpi/write-offs.csv", "--as-of", "2026-06-30", "--out", pack.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = Workbooks.open(pack)) {
            Sheet d = wb.getSheet(DashboardSection.NAME);
            XSSFFormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            List<String> labels = new ArrayList<>();
            int buckets = 0;
            boolean inBuckets = false;
            for (Row row : d) {
                Cell label = row.getCell(0);
                Cell value = row.getCell(1);
                if (label == null || label.getCellType() != CellType.STRING) {
                    continue;
                }
                String text = label.getStringCellValue();
                if (text.equals("Aging bucket")) {
                    inBuckets = true;
                    continue;
                }
                boolean headline = text.startsWith("Open AR") || text.startsWith("AR rebuilt") || text.contains("(12 months)") || text.startsWith("DSO")
                        || text.startsWith("CEI") || text.startsWith("% ");
                if (!inBuckets && !headline) {
                    continue;
                }
                String where = DashboardSection.NAME + "!" + value.getAddress().formatAsString() + " (" + text + ")";
                assertEquals(CellType.FORMULA, value.getCellType(), where + " is a formula");
                String formula = value.getCellFormula();
                assertTrue(formula.contains("KPIs!") || formula.contains("Aging!"), where + " refers to its sheet: " + formula);
                CellValue live = eval.evaluate(value);
                if (value.getCachedFormulaResultType() == CellType.NUMERIC) {
                    assertEquals(live.getNumberValue(), value.getNumericCellValue(), 0.005, where + " = " + formula);
                } else {
                    assertEquals(live.getStringValue(), value.getStringCellValue(), where + " = " + formula);
                }
                if (inBuckets) {
                    buckets++;
                } else {
                    labels.add(text);
                }
            }
            assertTrue(labels.contains(DashboardSection.OPEN_AR_LEDGER), "open AR (the ledger) checked: " + labels);
            assertTrue(labels.contains(DashboardSection.REBUILT_AR), "the KPIs' rebuilt AR checked: " + labels);
            assertTrue(labels.containsAll(List.of("CEI (12 months)", "Bad-debt % (12 months)",
                    "Average payment delay (12 months)")), "the 12-month KPIs checked: " + labels);
            assertTrue(buckets >= 4, "the bucket block checked: " + buckets + " rows");
        }
    }
}
