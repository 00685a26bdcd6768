package com.arworkbench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading produced workbooks back in tests: find rows by label, read money to the cent, recalculate. */
public final class Workbooks {

    private Workbooks() {
    }

    public static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Header row index: the first row whose first cell equals {@code firstHeader}. */
    public static int headerRow(Sheet sheet, String firstHeader) {
        for (Row r : sheet) {
            if (firstHeader.equals(text(r.getCell(0)))) {
                return r.getRowNum();
            }
        }
        throw new AssertionError("no header '" + firstHeader + "' on " + sheet.getSheetName());
    }

    public static int column(Sheet sheet, int headerRow, String header) {
        Row r = sheet.getRow(headerRow);
        for (Cell c : r) {
            if (header.equals(text(c))) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column '" + header + "' on " + sheet.getSheetName());
    }

    /** Data rows below the header down to the first empty row. */
    public static List<Row> dataRows(Sheet sheet, int headerRow) {
        List<Row> rows = new ArrayList<>();
        for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
            Row r = sheet.getRow(i);
            if (r == null || isEmpty(r)) {
                break;
            }
            rows.add(r);
        }
        return rows;
    }

    private static boolean isEmpty(Row r) {
        for (Cell c : r) {
            if (c.getCellType() != CellType.BLANK) {
                return false;
            }
        }
        return true;
    }

    public static Row rowWithText(Sheet sheet, int col, String text) {
        for (Row r : sheet) {
            if (text.equals(text(r.getCell(col)))) {
                return r;
            }
        }
        throw new AssertionError("no row with '" + text + "' in column " + col + " of " + sheet.getSheetName());
    }

    public static String text(Cell c) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> "";
        };
    }

    /** A money cell's value, to the cent. Fails if the cell is not numeric (numbers exported as text are a defect). */
    public static BigDecimal money(Cell c) {
        if (c == null || c.getCellType() == CellType.BLANK) {
            return BigDecimal.ZERO.setScale(2);
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t != CellType.NUMERIC) {
            fail("cell " + c.getAddress() + " on " + c.getSheet().getSheetName() + " is " + t + ", not a number");
        }
        return BigDecimal.valueOf(c.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    public static void assertMoney(String expected, Cell c, String what) {
        assertEquals(new BigDecimal(expected).setScale(2), money(c), what);
    }

    /** The data validation (drop-down, date or amount check) covering a cell, or null. */
    public static DataValidation validationAt(XSSFSheet sheet, int row, int col) {
        for (DataValidation v : sheet.getDataValidations()) {
            for (CellRangeAddress a : v.getRegions().getCellRangeAddresses()) {
                if (a.isInRange(row, col)) {
                    return v;
                }
            }
        }
        return null;
    }

    /**
     * Recalculates every formula with POI's evaluator and compares with the cached value we wrote:
     * what a viewer shows without recalculating must equal what a spreadsheet program computes.
     * @return the number of formulas checked
     */
    public static int assertCachedValuesRecalculate(XSSFWorkbook wb) {
        FormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
        int n = 0;
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    n++;
                    CellValue v = ev.evaluate(c);
                    String where = s.getSheetName() + "!" + c.getAddress() + " =" + c.getCellFormula();
                    if (c.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertEquals(CellType.NUMERIC, v.getCellType(), where);
                        assertEquals(c.getNumericCellValue(), v.getNumberValue(), 0.005, where);
                    } else {
                        assertEquals(c.getStringCellValue(), v.getStringValue(), where);
                    }
                }
            }
        }
        assertTrue(n > 0, "the workbook has formulas");
        return n;
    }
}
