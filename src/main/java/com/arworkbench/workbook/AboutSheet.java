package com.arworkbench.workbook;

import java.util.List;
import java.util.Map;

/** The About sheet: provenance as item / value lines (sources, hashes, profile, counts, parameters, version). */
public final class AboutSheet {

    public static final String NAME = "About";
    private static final ColumnSchema SCHEMA = new ColumnSchema();
    private static final ColumnSchema.Handle ITEM = SCHEMA.text("Item");
    private static final ColumnSchema.Handle VALUE = SCHEMA.text("Value");

    /** The About line that counts cells cut to Excel's limit; present only when some were. */
    public static final String TRUNCATED_CELLS = "Cells cut to Excel's 32,767-character limit (ending with …)";

    private final StyledWorkbook book;
    private final SheetTable table;

    /** Declare before streaming starts. */
    public AboutSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 1);
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
            w.text(ITEM.index(), e.getKey()).style(ITEM.index(), StyleRole.KEY);
            w.value(VALUE.index(), e.getValue());
            if (e.getValue() instanceof java.time.LocalDate) {
                w.style(VALUE.index(), StyleRole.DATE);
            } else if (e.getValue() instanceof java.math.BigDecimal) {
                w.style(VALUE.index(), StyleRole.AMOUNT);
            } else if (e.getValue() instanceof Long || e.getValue() instanceof Integer) {
                w.style(VALUE.index(), StyleRole.INTEGER);
            }
        }
        table.finish();
    }
}
