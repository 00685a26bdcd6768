package com.arworkbench.workbook;

import java.util.List;
import java.util.Map;

/** The About sheet: provenance as item / value lines (sources, hashes, profile, counts, parameters, version). */
public final class AboutSheet {

    public static final String NAME = "About";
    private static final List<Column> COLUMNS = List.of(Column.text("Item"), Column.text("Value"));

    /** The About line that counts cells cut to Excel's limit; present only when some were. */
    public static final String TRUNCATED_CELLS = "Cells cut to Excel's 32,767-character limit (ending with …)";

    private final StyledWorkbook book;
    private final SheetTable table;

    /** Declare before streaming starts. */
    public AboutSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, COLUMNS, 1);
    }

    /** Values may be String, LocalDate, BigDecimal or whole numbers; each is written as its own type. */
    public void write(List<Map.Entry<String, Object>> entries) {
        long truncated = book.truncatedCells(); // every other sheet is written by now
        if (truncated > 0) {
            entries = new java.util.ArrayList<>(entries);
            entries.add(Map.entry(TRUNCATED_CELLS, truncated));
        }
        for (Map.Entry<String, Object> e : entries) {
            SheetTable.RowWriter w = table.row();
            w.text(0, e.getKey()).style(0, StyleRole.KEY);
            w.value(1, e.getValue());
            if (e.getValue() instanceof java.time.LocalDate) {
                w.style(1, StyleRole.DATE);
            } else if (e.getValue() instanceof java.math.BigDecimal) {
                w.style(1, StyleRole.AMOUNT);
            } else if (e.getValue() instanceof Long || e.getValue() instanceof Integer) {
                w.style(1, StyleRole.INTEGER);
            }
        }
        table.finish();
    }
}
