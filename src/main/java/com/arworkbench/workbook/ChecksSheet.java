package com.arworkbench.workbook;

import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Checks sheet: one row per tie-out with live formulas, the difference, and OK / DIFFERENCE;
 * one master check cell (the {@code {{masterCheck}}} cell of the template) over all of them.
 */
public final class ChecksSheet {

    public static final String NAME = "Checks";
    public static final String ALL_OK = "ALL CHECKS OK";
    private static final ColumnSchema SCHEMA = new ColumnSchema();
    private static final ColumnSchema.Handle CHECK = SCHEMA.text("Check");
    private static final ColumnSchema.Handle EXPECTED = SCHEMA.amount("Expected");
    private static final ColumnSchema.Handle ACTUAL = SCHEMA.amount("Actual");
    private static final ColumnSchema.Handle DIFFERENCE = SCHEMA.amount("Difference");
    private static final ColumnSchema.Handle RESULT = SCHEMA.text("Result");
    private static final ColumnSchema.Handle HOW = SCHEMA.text("How it is computed");

    private final SheetTable table;
    private final StyledWorkbook book;

    /** Declare before streaming starts. */
    public ChecksSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 1);
    }

    /** Writes the checks and the master check; returns the master check's text. */
    public String write(List<Check> checks) {
        int first = table.nextRowIndex();
        int failures = 0;
        for (Check c : checks) {
            SheetTable.RowWriter w = table.row();
            int excelRow = w.rowIndex() + 1;
            w.text(CHECK.index(), c.name());
            if (c.applicable()) {
                cell(w, EXPECTED, c.expectedFormula(), c.expected());
                cell(w, ACTUAL, c.actualFormula(), c.actual());
                BigDecimal diff = c.actual().subtract(c.expected());
                String difference = "ROUND(" + ACTUAL.letter() + excelRow + "-" + EXPECTED.letter() + excelRow + ",2)";
                w.formula(DIFFERENCE.index(), difference, diff.doubleValue());
                w.formula(RESULT.index(), "IF(" + difference + "=0,\"OK\",\"DIFFERENCE\")", c.passes() ? "OK" : "DIFFERENCE");
                if (c.isCount()) {
                    w.style(EXPECTED.index(), StyleRole.INTEGER).style(ACTUAL.index(), StyleRole.INTEGER)
                            .style(DIFFERENCE.index(), StyleRole.INTEGER);
                }
                if (!c.passes()) {
                    failures++;
                }
            } else {
                w.text(RESULT.index(), "n/a");
            }
            w.text(HOW.index(), c.note());
        }
        int last = table.nextRowIndex() - 1;
        table.finish();
        String range = RESULT.letter() + (first + 1) + ":" + RESULT.letter() + (last + 1);
        String master = failures == 0 ? ALL_OK : "CHECK FAILED: " + failures + " difference(s)";
        writeMaster("IF(COUNTIF(" + range + ",\"DIFFERENCE\")=0,\"" + ALL_OK + "\",\"CHECK FAILED: \"&COUNTIF(" + range
                + ",\"DIFFERENCE\")&\" difference(s)\")", master);
        highlight(book.sheet(NAME), new CellRangeAddress(first, last, RESULT.index(), RESULT.index()));
        return master;
    }

    private static void cell(SheetTable.RowWriter w, ColumnSchema.Handle col, String formula, BigDecimal value) {
        if (formula == null) {
            w.amount(col.index(), value);
        } else {
            w.formula(col.index(), formula, value.doubleValue());
        }
    }

    /** The master cell sits in the template above the table, so it is set on the template sheet itself. */
    private void writeMaster(String formula, String cached) {
        XSSFSheet sheet = book.template().workbook().getSheet(NAME);
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                        && cell.getStringCellValue().contains("{{masterCheck}}")) {
                    cell.setCellFormula(formula);
                    cell.setCellValue(cached);
                    cell.setCellStyle(book.style(StyleRole.CHECK_MASTER));
                    return;
                }
            }
        }
    }

    private static void highlight(Sheet sheet, CellRangeAddress range) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule ok = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"OK\"");
        ok.createPatternFormatting().setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        ok.getPatternFormatting().setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        ConditionalFormattingRule bad = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"DIFFERENCE\"");
        bad.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        bad.getPatternFormatting().setFillPattern(org.apache.poi.ss.usermodel.PatternFormatting.SOLID_FOREGROUND);
        bad.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        cf.addConditionalFormatting(new CellRangeAddress[] {range}, ok, bad);
    }
}
