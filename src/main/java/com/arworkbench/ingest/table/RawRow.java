package com.arworkbench.ingest.table;

import java.util.Arrays;
import java.util.List;

/**
 * One physical row of a source table, before any interpretation.
 *
 * <p>Cell text conventions every reader follows, so value parsing is the same for all formats:
 * text cells as written; numeric spreadsheet cells as the plain decimal string of the stored value
 * (e.g. {@code "1234.56"}, never scientific notation, never locale-formatted); cells formatted as
 * dates as ISO {@code yyyy-MM-dd} (with {@code 'T'HH:mm:ss} only when there is a time part); empty
 * cells as {@code ""}. Trailing empty cells may be omitted.
 *
 * @param rowNumber 1-based row number as a user would find it in the source (spreadsheet row, or
 *                  the line number of the record's first line in a text file)
 */
public record RawRow(long rowNumber, String[] cells) {

    public String cell(int index) {
        return index >= 0 && index < cells.length && cells[index] != null ? cells[index] : "";
    }

    public int width() {
        return cells.length;
    }

    public boolean isBlank() {
        for (String c : cells) {
            if (c != null && !c.isBlank()) {
                return false;
            }
        }
        return true;
    }

    public List<String> values() {
        return Arrays.asList(cells);
    }
}
