package com.arworkbench.workbook;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * A sheet's columns, declared once in order; each declaration returns a {@link Handle} the writer and its
 * formulas use instead of a hand-kept column number, so adding or moving a column is one edit.
 *
 * <pre>
 * private static final ColumnSchema ITEMS = new ColumnSchema();
 * private static final ColumnSchema.Handle CURRENCY = ITEMS.text("Currency");
 * private static final ColumnSchema.Handle AMOUNT = ITEMS.amount("Open amount");
 * ... book.table(DETAIL, ITEMS.columns(), 3) ... w.amount(AMOUNT.index(), value) ... "SUM(" + AMOUNT.letter() + ":" ...
 * </pre>
 */
public final class ColumnSchema {

    /** A declared column: where it stands and what it is. */
    public record Handle(int index, Column column) {

        /** The column's letter(s): "A", "K", "AB". */
        public String letter() {
            return CellReference.convertNumToColString(index);
        }

        public String header() {
            return column.header();
        }
    }

    private final List<Column> columns = new ArrayList<>();

    public Handle text(String header) {
        return add(Column.text(header));
    }

    public Handle date(String header) {
        return add(Column.date(header));
    }

    public Handle amount(String header) {
        return add(Column.amount(header));
    }

    public Handle integer(String header) {
        return add(Column.integer(header));
    }

    public Handle percent(String header) {
        return add(Column.percent(header));
    }

    public Handle add(Column column) {
        columns.add(column);
        return new Handle(columns.size() - 1, column);
    }

    /** The columns in declaration order, for {@code StyledWorkbook.table}. */
    public List<Column> columns() {
        return List.copyOf(columns);
    }

    public int size() {
        return columns.size();
    }
}
