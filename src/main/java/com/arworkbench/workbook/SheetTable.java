package com.arworkbench.workbook;

import com.arworkbench.workbook.xml.SheetRowsXml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams one table (header row + data rows) into a sheet: typed cells, styles from the template,
 * widths measured from what was written (POI's autosize is far too slow at volume), frozen header,
 * autofilter, print titles. When a sheet is full the table continues on "Name (2)", "Name (3)", …
 * placed right after the first.
 */
public final class SheetTable {

    /** Excel's last row index (1,048,576 rows). */
    public static final int EXCEL_MAX_ROW_INDEX = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_WIDTH_CHARS = 48;

    private final StyledWorkbook book;
    private final String baseName;
    private final List<Column> columns;
    private final int frozenColumns;
    private final int maxRowIndex;
    private final List<Part> parts = new ArrayList<>();
    private final int[] widths;
    /** Each column's cell style: its kind's, unless {@link #restyleColumns} changed it. */
    private final CellStyle[] columnStyles;
    private long dataRows;
    private long truncatedCells;

    /** A sheet of the table: its name, header row and last row written (0-based). */
    public record Part(String sheetName, int headerRow, int lastRow) {
        public int firstDataRow() {
            return headerRow + 1;
        }
    }

    private Sheet sheet;
    private int headerRow;
    private int nextRow;
    /** Last data row of the current part once footer rows began, else -1. */
    private int lastDataRow = -1;
    /** Rows to freeze instead of the header and those above it, or -1. */
    private int frozenRowsOverride = -1;
    private final java.util.Map<StyleRole, CellStyle> wrapStyles = new java.util.EnumMap<>(StyleRole.class);
    /** Rows go out as XML ({@link SheetRowsXml}) unless a writer needs POI's row objects ({@link #poiRows()}). */
    private boolean xmlRows = true;
    /** The current part's XML rows and the row being filled, in XML mode. */
    private SheetRowsXml xml;
    private PendingRow pending;

    SheetTable(StyledWorkbook book, String sheetName, List<Column> columns, int frozenColumns, int maxRowIndex) {
        this.book = book;
        this.baseName = sheetName;
        this.columns = List.copyOf(columns);
        this.frozenColumns = frozenColumns;
        this.maxRowIndex = maxRowIndex;
        this.widths = new int[columns.size()];
        this.columnStyles = new CellStyle[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            columnStyles[i] = book.style(columns.get(i).kind().role());
            widths[i] = Math.max(columns.get(i).kind().minWidth(), columns.get(i).header().length() + 3);
        }
        this.headerRow = book.headerRowOf(sheetName);
        this.nextRow = headerRow + 1;
    }

    public List<Column> columns() {
        return columns;
    }

    public long dataRows() {
        return dataRows;
    }

    public long truncatedCells() {
        return truncatedCells;
    }

    /**
     * Keeps this table's rows as POI row objects, for a writer that reaches into them through the sheet (a small
     * table only: XML rows are several times faster). Call before the first row.
     */
    public SheetTable poiRows() {
        if (dataRows > 0 || xml != null) {
            throw new IllegalStateException("call poiRows() before the first row");
        }
        xmlRows = false;
        return this;
    }

    /**
     * Gives each column's cells a style of their own instead of the column kind's (the same for every row, such as
     * the kind's style aligned to the top): {@code restyle} gets the column and its kind's style. Call before the
     * first row.
     */
    public SheetTable restyleColumns(java.util.function.BiFunction<Integer, CellStyle, CellStyle> restyle) {
        if (dataRows > 0 || xml != null) {
            throw new IllegalStateException("call restyleColumns() before the first row");
        }
        for (int i = 0; i < columnStyles.length; i++) {
            columnStyles[i] = restyle.apply(i, columnStyles[i]);
        }
        return this;
    }

    /** Starts a data row; fill it with the {@code set} methods of the returned writer. */
    public RowWriter row() {
        if (sheet == null) {
            sheet = book.streaming().getSheet(baseName);
        }
        endPendingRow();
        if (nextRow > maxRowIndex) {
            closePart();
            String name = baseName + " (" + (parts.size() + 1) + ")";
            SXSSFWorkbook wb = book.streaming();
            sheet = wb.createSheet(name);
            wb.setSheetOrder(name, wb.getSheetIndex(parts.get(parts.size() - 1).sheetName()) + 1);
            headerRow = 0;
            xml = null;
            if (xmlRows) {
                nextRow = 0;
                writeHeaderXml();
            } else {
                writeHeader(sheet.createRow(0));
            }
            nextRow = 1;
        }
        dataRows++;
        return newRow();
    }

    /**
     * A row below the table (totals): written after the data, outside the autofilter, so sorting
     * the data never moves it. Call after the last {@link #row()}.
     */
    public RowWriter footerRow() {
        if (sheet == null) {
            sheet = book.streaming().getSheet(baseName);
        }
        endPendingRow();
        if (lastDataRow < 0) {
            lastDataRow = nextRow - 1;
        }
        return newRow();
    }

    private RowWriter newRow() {
        int index = nextRow++;
        if (!xmlRows) {
            return new RowWriter(sheet.createRow(index), index);
        }
        if (xml == null) {
            try {
                xml = book.streaming().xmlRows((SXSSFSheet) sheet, columns.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int[] styles = new int[columns.size()];
            for (int i = 0; i < styles.length; i++) {
                styles[i] = columnStyles[i].getIndex() & 0xffff;
            }
            pending = new PendingRow(styles);
        }
        pending.start(index);
        return new RowWriter(null, index);
    }

    private void endPendingRow() {
        if (pending != null) {
            pending.writeTo(xml);
        }
    }

    /** A continuation sheet's header, as its first XML row. */
    private void writeHeaderXml() {
        RowWriter w = newRow();
        for (int i = 0; i < columns.size(); i++) {
            w.text(i, columns.get(i).header());
            w.style(i, columns.get(i).kind().numeric() ? StyleRole.HEADER_NUMBER : StyleRole.HEADER);
        }
        endPendingRow();
    }

    /** The index the next row will get; formulas that refer to a row being written need it. */
    public int nextRowIndex() {
        return nextRow;
    }

    /** Writes the header cells into the template row (must happen before streaming starts). */
    void writeTemplateHeader() {
        Row row = book.template().workbook().getSheet(baseName).getRow(headerRow);
        if (row == null) {
            row = book.template().workbook().getSheet(baseName).createRow(headerRow);
        }
        writeHeader(row);
    }

    private void writeHeader(Row row) {
        for (int i = 0; i < columns.size(); i++) {
            Cell c = row.getCell(i) != null ? row.getCell(i) : row.createCell(i);
            // headers can come from the source file (Exceptions' raw columns): cut like any text
            c.setCellValue(fit(columns.get(i).header()));
            // Headers over numbers align with them.
            c.setCellStyle(book.style(columns.get(i).kind().numeric() ? StyleRole.HEADER_NUMBER : StyleRole.HEADER));
        }
    }

    /**
     * Freezes only the first {@code rows} rows (and no column) instead of everything down to the header: for a
     * sheet whose header sits below charts, so the charts scroll away.
     */
    public void freezeRows(int rows) {
        this.frozenRowsOverride = rows;
    }

    /** Freezes, filters, sizes and sets up printing of every part; returns the parts. */
    public List<Part> finish() {
        if (sheet == null) {
            sheet = book.streaming().getSheet(baseName);
        }
        endPendingRow();
        closePart();
        for (Part p : parts) {
            Sheet s = book.streaming().getSheet(p.sheetName());
            int last = Math.max(p.lastRow(), p.headerRow());
            if (frozenRowsOverride >= 0) {
                s.createFreezePane(0, frozenRowsOverride);
            } else {
                s.createFreezePane(frozenColumns, p.headerRow() + 1);
            }
            s.setAutoFilter(new CellRangeAddress(p.headerRow(), last, 0, columns.size() - 1));
            for (int i = 0; i < columns.size(); i++) {
                s.setColumnWidth(i, Math.min(widths[i], MAX_WIDTH_CHARS) * 256 + 200);
            }
            s.setRepeatingRows(new CellRangeAddress(p.headerRow(), p.headerRow(), -1, -1));
            setUpPrinting(s);
        }
        return List.copyOf(parts);
    }

    /**
     * After {@link #finish()}, for a one-part table that must print legibly: fixed column widths (in characters),
     * the header row wrapped at {@code headerHeightPoints}, a print area of columns A to {@code lastPrintedColumn}
     * down to the last row written, and side margins of {@code marginInches}.
     */
    public void printLayout(java.util.function.IntUnaryOperator widthChars, int lastPrintedColumn, float headerHeightPoints,
                            double marginInches) {
        Part p = parts.get(0);
        Sheet s = book.streaming().getSheet(p.sheetName());
        for (int i = 0; i < columns.size(); i++) {
            s.setColumnWidth(i, widthChars.applyAsInt(i) * 256 + 200);
        }
        Row header = book.templateSheet(p.sheetName()).getRow(p.headerRow());
        if (header != null) {
            header.setHeightInPoints(headerHeightPoints);
            java.util.Map<Short, CellStyle> wrapped = new java.util.HashMap<>(); // one wrapped style per header style
            for (Cell c : header) {
                c.setCellStyle(wrapped.computeIfAbsent(c.getCellStyle().getIndex(), i -> {
                    CellStyle w = book.streaming().createCellStyle();
                    w.cloneStyleFrom(c.getCellStyle());
                    w.setWrapText(true);
                    return w;
                }));
            }
        }
        book.streaming().setPrintArea(book.streaming().getSheetIndex(p.sheetName()), 0, lastPrintedColumn, 0, nextRow - 1);
        s.setMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT, marginInches);
        s.setMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT, marginInches);
    }

    public static void setUpPrinting(Sheet s) {
        PrintSetup print = s.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.getFooter().setLeft("&A");
        s.getFooter().setRight("Page &P of &N");
    }

    private void closePart() {
        parts.add(new Part(sheet.getSheetName(), headerRow, lastDataRow >= 0 ? lastDataRow : nextRow - 1));
    }

    /**
     * Text as Excel can hold it: over 32,767 characters POI refuses the value (and Excel could not
     * open the file), so it is cut, ends with an ellipsis, and is counted for the About sheet.
     */
    private String fit(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        truncatedCells++;
        return fitToCell(value);
    }

    /** {@code value} cut to Excel's cell limit, ending with an ellipsis when cut. */
    static String fitToCell(String value) {
        if (value.length() <= MAX_CELL_TEXT) {
            return value;
        }
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never split a surrogate pair
        }
        return value.substring(0, end) + "…";
    }

    /**
     * Writes the cells of one row, each typed and styled by its column: into POI's row, or into the table's
     * pending XML row (valid until the next row starts).
     */
    public final class RowWriter {
        private final Row row;
        private final int index;

        private RowWriter(Row row, int index) {
            this.row = row;
            this.index = index;
        }

        public int rowIndex() {
            return index;
        }

        public RowWriter text(int col, String value) {
            if (value != null && !value.isEmpty()) {
                String v = fit(value);
                if (row == null) {
                    pending().text(col, v);
                } else {
                    // setCellValue(String) always stores text: input starting with '=' never becomes a formula.
                    cell(col).setCellValue(v);
                }
                measure(col, v.length());
            }
            return this;
        }

        public RowWriter date(int col, LocalDate value) {
            if (value != null) {
                if (row == null) {
                    pending().date(col, value);
                } else {
                    cell(col).setCellValue(value);
                }
            }
            return this;
        }

        public RowWriter amount(int col, BigDecimal value) {
            if (value != null) {
                String plain = value.toPlainString();
                if (row == null) {
                    pending().amount(col, plain); // the exact decimal: every reader parses it to the nearest double
                } else {
                    cell(col).setCellValue(value.doubleValue()); // storage only: all arithmetic happened in BigDecimal
                }
                measure(col, plain.length() + value.precision() / 3 + 1);
            }
            return this;
        }

        public RowWriter number(int col, long value) {
            if (row == null) {
                pending().integer(col, value);
            } else {
                cell(col).setCellValue(value);
            }
            measure(col, digits(value) + 2);
            return this;
        }

        public RowWriter formula(int col, String formula, double cached) {
            if (row == null) {
                pending().formula(col, formula, cached);
            } else {
                Cell c = cell(col);
                c.setCellFormula(formula);
                c.setCellValue(cached);
            }
            return this;
        }

        public RowWriter formula(int col, String formula, String cached) {
            if (row == null) {
                pending().formula(col, formula, cached);
            } else {
                Cell c = cell(col);
                c.setCellFormula(formula);
                c.setCellValue(cached);
            }
            measure(col, cached.length());
            return this;
        }

        /** Writes a value by its Java type: text, date, amount or whole number. */
        public RowWriter value(int col, Object value) {
            if (value instanceof BigDecimal b) {
                return amount(col, b);
            }
            if (value instanceof LocalDate d) {
                return date(col, d);
            }
            if (value instanceof Long || value instanceof Integer) {
                return number(col, ((Number) value).longValue());
            }
            return text(col, value == null ? null : value.toString());
        }

        /**
         * Long text wrapped in a block of cells merged from {@code col} to {@code lastCol}, the row as tall as the
         * text needs at {@code charsPerLine}: it never widens a column, so the table above prints at a readable scale.
         */
        public RowWriter wrapped(int col, int lastCol, String value, int charsPerLine, StyleRole role) {
            if (value == null || value.isEmpty()) {
                return this;
            }
            String v = fit(value);
            CellStyle wrap = wrapStyles.computeIfAbsent(role, r -> {
                CellStyle w = book.streaming().createCellStyle();
                w.cloneStyleFrom(book.style(r));
                w.setWrapText(true);
                w.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
                return w;
            });
            if (lastCol > col) {
                sheet.addMergedRegion(new CellRangeAddress(index, index, col, lastCol));
            }
            int lines = Math.max(1, (v.length() + charsPerLine - 1) / charsPerLine);
            if (row == null) {
                pending().text(col, v);
                pending().style(col, wrap.getIndex() & 0xffff);
                pending().height(lines * 15f);
            } else {
                Cell c = cell(col);
                c.setCellValue(v);
                c.setCellStyle(wrap);
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * 15f));
            }
            return this;
        }

        /** The row at least {@code points} tall. */
        public RowWriter height(float points) {
            if (row == null) {
                pending().height(points);
            } else {
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), points));
            }
            return this;
        }

        public RowWriter style(int col, StyleRole role) {
            if (row == null) {
                pending().style(col, book.style(role).getIndex() & 0xffff);
            } else {
                cell(col).setCellStyle(book.style(role));
            }
            return this;
        }

        private PendingRow pending() {
            pending.check(index);
            return pending;
        }

        private Cell cell(int col) {
            Cell c = row.getCell(col);
            if (c == null) {
                c = row.createCell(col);
                c.setCellStyle(columnStyles[col]);
            }
            return c;
        }

        private void measure(int col, int length) {
            if (length + 2 > widths[col]) {
                widths[col] = length + 2;
            }
        }
    }

    /** Characters of {@code v} written out, without making the string. */
    static int digits(long v) {
        if (v == Long.MIN_VALUE) {
            return 20;
        }
        int n = v < 0 ? 2 : 1;
        long a = Math.abs(v);
        while (a >= 10) {
            a /= 10;
            n++;
        }
        return n;
    }
}
