package com.arworkbench.workbook.xml;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.util.CellReference;

/**
 * Writes a sheet's rows as SpreadsheetML ({@code <row>} and {@code <c>} elements, inline strings) straight into
 * bytes, for sheets of up to a million rows: no row or cell objects, each cell a few array stores. The XML is what
 * POI's SXSSF writes for the same cells (same types, styles, escaping and {@code xml:space}), without the line
 * breaks. Cells of a row must come in column order; a row's number must grow.
 */
public final class SheetRowsXml implements Closeable {

    private static final int FLUSH_AT = 1 << 17;
    /** Room past {@link #FLUSH_AT} for what is written between two checks (the longest: a cell's opening). */
    private static final int SLACK = 256;

    private static final byte[] NUMBER_OPEN = ascii(" t=\"n\"><v>");
    private static final byte[] NUMBER_CLOSE = ascii("</v></c>");
    private static final byte[] TEXT_OPEN = ascii(" t=\"inlineStr\"><is><t>");
    private static final byte[] TEXT_CLOSE = ascii("</t></is></c>");
    private static final byte[] ROW_OPEN = ascii("<row r=\"");
    private static final byte[] ROW_CLOSE = ascii("</row>");

    private final DeflatedSpool spool;
    private final byte[][] cellOpen;
    private byte[] buf = new byte[FLUSH_AT + SLACK];
    private int pos;
    private final byte[] rowDigits = new byte[10];
    private int rowDigitsLength;
    private final byte[][] styleAttr = new byte[1 << 16][];
    private int firstRow = -1;
    private int lastRow = -1;
    private int firstColumn = Integer.MAX_VALUE;
    private int lastColumn = -1;
    private int previousRow = -1;
    private boolean finished;

    /** @param columns how many columns the rows may use */
    public SheetRowsXml(DeflatedSpool spool, int columns) {
        this.spool = spool;
        this.cellOpen = new byte[columns][];
        for (int c = 0; c < columns; c++) {
            cellOpen[c] = ascii("<c r=\"" + CellReference.convertNumToColString(c));
        }
    }

    /** Opens row {@code rowIndex} (0-based); a height in points over 0 makes it a custom height. */
    public void startRow(int rowIndex, float heightPoints) throws IOException {
        if (rowIndex <= previousRow) {
            throw new IllegalStateException("row " + (rowIndex + 1) + " written after row " + (previousRow + 1));
        }
        previousRow = rowIndex;
        if (firstRow < 0) {
            firstRow = rowIndex;
        }
        lastRow = rowIndex;
        if (pos >= FLUSH_AT) {
            drain();
        }
        int n = rowIndex + 1;
        int len = 0;
        byte[] tmp = rowDigits;
        // digits of n, most significant first
        int div = 1;
        while (n / div >= 10) {
            div *= 10;
        }
        while (div > 0) {
            tmp[len++] = (byte) ('0' + n / div % 10);
            div /= 10;
        }
        rowDigitsLength = len;
        put(ROW_OPEN);
        System.arraycopy(tmp, 0, buf, pos, len);
        pos += len;
        if (heightPoints > 0) {
            put("\" customHeight=\"true\" ht=\"");
            put(Float.toString(heightPoints));
        }
        put("\">");
    }

    public void endRow() {
        put(ROW_CLOSE);
    }

    /** Text as an inline string; empty text writes nothing. */
    public void text(int col, int style, String value) throws IOException {
        open(col, style);
        if (hasLeadingTrailingSpace(value)) {
            put(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        } else {
            put(TEXT_OPEN);
        }
        escaped(value);
        put(TEXT_CLOSE);
    }

    public void integer(int col, int style, long value) throws IOException {
        open(col, style);
        put(NUMBER_OPEN);
        if (value < 0 && value != Long.MIN_VALUE) {
            buf[pos++] = '-';
            digits(-value);
        } else if (value >= 0) {
            digits(value);
        } else {
            put(Long.toString(value));
        }
        put(NUMBER_CLOSE);
    }

    /** The decimal digits of a non-negative number, straight into the buffer. */
    private void digits(long v) {
        if (v < 10) {
            buf[pos++] = (byte) ('0' + v);
            return;
        }
        int n = 0;
        for (long a = v; a > 0; a /= 10) {
            n++;
        }
        long a = v;
        for (int i = pos + n - 1; i >= pos; i--) {
            buf[i] = (byte) ('0' + a % 10);
            a /= 10;
        }
        pos += n;
    }

    private void put(byte[] ascii) {
        System.arraycopy(ascii, 0, buf, pos, ascii.length);
        pos += ascii.length;
    }

    /** A number; {@code plain} is its decimal text (an exact amount's {@code toPlainString()}). */
    public void decimal(int col, int style, String plain) throws IOException {
        open(col, style);
        put(NUMBER_OPEN);
        put(plain);
        put(NUMBER_CLOSE);
    }

    public void number(int col, int style, double value) throws IOException {
        open(col, style);
        put(" t=\"n\"><v>");
        put(numberText(value));
        put("</v></c>");
    }

    public void formula(int col, int style, String formula, double cached) throws IOException {
        open(col, style);
        put(" t=\"n\"><f>");
        escaped(formula);
        put("</f>");
        if (!Double.isNaN(cached)) {
            put("<v>");
            put(numberText(cached));
            put("</v>");
        }
        put("</c>");
    }

    public void formula(int col, int style, String formula, String cached) throws IOException {
        open(col, style);
        put(" t=\"str\"><f>");
        escaped(formula);
        put("</f>");
        if (cached != null && !cached.isEmpty()) {
            put("<v>");
            escaped(cached);
            put("</v>");
        }
        put("</c>");
    }

    /** A cell with a style and no value. */
    public void blank(int col, int style) throws IOException {
        open(col, style);
        put("/>");
    }

    private void open(int col, int style) throws IOException {
        if (pos >= FLUSH_AT) {
            drain();
        }
        if (col > lastColumn) {
            lastColumn = col;
        }
        if (col < firstColumn) {
            firstColumn = col;
        }
        byte[] o = cellOpen[col];
        System.arraycopy(o, 0, buf, pos, o.length);
        pos += o.length;
        System.arraycopy(rowDigits, 0, buf, pos, rowDigitsLength);
        pos += rowDigitsLength;
        if (style == 0) {
            buf[pos++] = '"';
        } else {
            byte[] s = styleAttr[style];
            if (s == null) {
                s = ascii("\" s=\"" + style + "\"");
                styleAttr[style] = s;
            }
            System.arraycopy(s, 0, buf, pos, s.length);
            pos += s.length;
        }
    }

    /** Like SXSSF: a whole number without ".0" is the same number to every reader. */
    private static String numberText(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** ASCII text (tags, numbers): one store per char. */
    private void put(String s) {
        int n = s.length();
        if (pos + n > buf.length) {
            grow(n);
        }
        for (int i = 0; i < n; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    /**
     * Text escaped as SXSSF escapes it, encoded as UTF-8: markup characters and line breaks as references,
     * other control characters and U+FFFE/U+FFFF (which XML cannot hold) as '?', a lone surrogate as U+FFFD.
     */
    private void escaped(String s) throws IOException {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (pos >= FLUSH_AT) {
                drain();
            }
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                switch (c) {
                    case '<' -> put("&lt;");
                    case '>' -> put("&gt;");
                    case '&' -> put("&amp;");
                    case '"' -> put("&quot;");
                    default -> buf[pos++] = (byte) c;
                }
            } else if (c < 0x20) {
                switch (c) {
                    case '\n' -> put("&#xa;");
                    case '\r' -> put("&#xd;");
                    case '\t' -> put("&#x9;");
                    default -> buf[pos++] = '?';
                }
            } else if (c == '\u00A0') {
                put("&#xa0;");
            } else if (c < 0x800) {
                buf[pos++] = (byte) (0xC0 | c >> 6);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                buf[pos++] = (byte) 0xEF; // U+FFFD
                buf[pos++] = (byte) 0xBF;
                buf[pos++] = (byte) 0xBD;
            } else if (c >= '\uFFFE') {
                buf[pos++] = '?';
            } else {
                buf[pos++] = (byte) (0xE0 | c >> 12);
                buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | c & 0x3F);
            }
        }
    }

    private static boolean hasLeadingTrailingSpace(String s) {
        return !s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
    }

    private void grow(int need) {
        byte[] bigger = new byte[Math.max(buf.length * 2, pos + need + SLACK)];
        System.arraycopy(buf, 0, bigger, 0, pos);
        buf = bigger;
    }

    /** Hands the full buffer on to be deflated and goes on in an empty one. */
    private void drain() throws IOException {
        if (pos == 0) {
            return;
        }
        if (buf.length == FLUSH_AT + SLACK) {
            buf = spool.hand(buf, pos);
        } else {
            spool.write(buf, 0, pos); // a buffer grown for one long value: copied
        }
        pos = 0;
    }

    /** Writes what is buffered and ends the deflated rows. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        if (pos > 0) {
            spool.write(buf, 0, pos);
            pos = 0;
        }
        spool.finish();
    }

    public DeflatedSpool spool() {
        return spool;
    }

    /** The first and last row written (0-based), -1 when none. */
    public int firstRow() {
        return firstRow;
    }

    public int lastRow() {
        return lastRow;
    }

    /** The first column a cell went to (0-based); meaningless when no cell was written. */
    public int firstColumn() {
        return firstColumn;
    }

    /** The last column a cell went to (0-based), -1 when none. */
    public int lastColumn() {
        return lastColumn;
    }

    @Override
    public void close() throws IOException {
        spool.close();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
