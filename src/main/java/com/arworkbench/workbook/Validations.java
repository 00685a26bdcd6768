package com.arworkbench.workbook;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The one place the data validations of the columns people type in are made (status drop-downs,
 * promise dates and amounts, review decisions). Blank is always allowed: nobody has to fill a cell.
 */
public final class Validations {

    private Validations() {
    }

    /** A drop-down of {@code values} over rows {@code firstRow..lastRow} (0-based) of one column. */
    public static void list(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column, String[] values,
                            String errorText) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        add(sheet, h, h.createExplicitListConstraint(values), firstRow, lastRow, column, "Choose from the list", errorText);
    }

    /** "One of: A, B, C" — the usual error text of a drop-down. */
    public static void list(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column, String[] values) {
        list(sheet, firstRow, lastRow, column, values, "One of: " + String.join(", ", values));
    }

    /** A date between 2000 and 2099. */
    public static void date(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column, String errorText) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        add(sheet, h, h.createDateConstraint(OperatorType.BETWEEN, "DATE(2000,1,1)", "DATE(2099,12,31)", null),
                firstRow, lastRow, column, "A date, please", errorText);
    }

    /** A number of zero or more. */
    public static void amount(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column, String errorText) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        add(sheet, h, h.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                firstRow, lastRow, column, "An amount, please", errorText);
    }

    /** A number from {@code min} to {@code max} (a percentage cell: -1 is -100 %). */
    public static void between(Sheet sheet, int firstRow, int lastRow, ColumnSchema.Handle column, String min, String max,
                               String errorText) {
        DataValidationHelper h = sheet.getDataValidationHelper();
        add(sheet, h, h.createDecimalConstraint(OperatorType.BETWEEN, min, max), firstRow, lastRow, column,
                "A number, please", errorText);
    }

    private static void add(Sheet sheet, DataValidationHelper h, DataValidationConstraint c, int firstRow, int lastRow,
                            ColumnSchema.Handle column, String title, String text) {
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, column.index(), column.index()));
        v.setShowErrorBox(true);
        v.createErrorBox(title, text);
        v.setEmptyCellAllowed(true);
        sheet.addValidationData(v);
    }
}
