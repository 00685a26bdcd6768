package com.arworkbench.workbook;

import com.arworkbench.workbook.xml.SheetRowsXml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * The row a table is filling when its rows go out as XML: the writers set its cells in any order, and it is
 * written, in column order, when the next row starts or the table ends. One instance per table, reused.
 */
final class PendingRow {

    private static final byte NONE = 0;
    private static final byte BLANK = 1;
    private static final byte TEXT = 2;
    private static final byte INTEGER = 3;
    private static final byte DECIMAL = 4;
    private static final byte NUMBER = 5;
    private static final byte FORMULA_NUMBER = 6;
    private static final byte FORMULA_TEXT = 7;
    /** Excel's serial number of 1970-01-01 (from 1900-03-01 on, serials and days agree). */
    private static final long EPOCH_SERIAL = 25569;
    private static final long MARCH_1900 = LocalDate.of(1900, 3, 1).toEpochDay();

    private final int[] defaultStyle;
    private final byte[] kind;
    private final String[] text;
    private final String[] formula;
    private final long[] integer;
    private final double[] number;
    private final int[] style;
    private int rowIndex = -1;
    private float height;
    private boolean open;

    /** @param defaultStyle each column's style index, for a cell the writer did not style */
    PendingRow(int[] defaultStyle) {
        int n = defaultStyle.length;
        this.defaultStyle = defaultStyle.clone();
        this.kind = new byte[n];
        this.text = new String[n];
        this.formula = new String[n];
        this.integer = new long[n];
        this.number = new double[n];
        this.style = new int[n];
    }

    void start(int rowIndex) {
        this.rowIndex = rowIndex;
        this.height = 0;
        this.open = true;
        Arrays.fill(kind, NONE);
        Arrays.fill(style, -1);
    }

    int rowIndex() {
        return rowIndex;
    }

    /** Fails when a writer of an earlier row is used after the next row began: its row is already written. */
    void check(int writerRow) {
        if (!open || writerRow != rowIndex) {
            throw new IllegalStateException("row " + (writerRow + 1) + " was already written; fill a row before starting the next");
        }
    }

    void text(int col, String value) {
        kind[col] = TEXT;
        text[col] = value;
    }

    void integer(int col, long value) {
        kind[col] = INTEGER;
        integer[col] = value;
    }

    void amount(int col, String plain) {
        kind[col] = DECIMAL;
        text[col] = plain;
    }

    void number(int col, double value) {
        kind[col] = NUMBER;
        number[col] = value;
    }

    void date(int col, LocalDate value) {
        long day = value.toEpochDay();
        if (day >= MARCH_1900) {
            integer(col, day + EPOCH_SERIAL);
        } else {
            number(col, DateUtil.getExcelDate(value.atStartOfDay(), false)); // Excel's 1900 leap-year quirk, as POI
        }
    }

    void formula(int col, String f, double cached) {
        kind[col] = FORMULA_NUMBER;
        formula[col] = f;
        number[col] = cached;
    }

    void formula(int col, String f, String cached) {
        kind[col] = FORMULA_TEXT;
        formula[col] = f;
        text[col] = cached;
    }

    void style(int col, int styleIndex) {
        style[col] = styleIndex;
        if (kind[col] == NONE) {
            kind[col] = BLANK;
        }
    }

    void height(float points) {
        height = Math.max(height, points);
    }

    /** Writes the row if one is open. */
    void writeTo(SheetRowsXml xml) {
        if (!open) {
            return;
        }
        open = false;
        try {
            xml.startRow(rowIndex, height);
            for (int c = 0; c < kind.length; c++) {
                int s = style[c] >= 0 ? style[c] : defaultStyle[c];
                switch (kind[c]) {
                    case NONE -> { }
                    case BLANK -> xml.blank(c, s);
                    case TEXT -> xml.text(c, s, text[c]);
                    case INTEGER -> xml.integer(c, s, integer[c]);
                    case DECIMAL -> xml.decimal(c, s, text[c]);
                    case NUMBER -> xml.number(c, s, number[c]);
                    case FORMULA_NUMBER -> xml.formula(c, s, formula[c], number[c]);
                    case FORMULA_TEXT -> xml.formula(c, s, formula[c], text[c]);
                    default -> throw new IllegalStateException("cell kind " + kind[c]);
                }
            }
            xml.endRow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
