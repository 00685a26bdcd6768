package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test helper: runs a reader and keeps each row as "rowNumber: [cells]" for readable assertions. */
final class ReadRows {

    private ReadRows() {
    }

    static List<RawRow> all(TableReader reader) throws IOException, UnreadableFileException {
        List<RawRow> rows = new ArrayList<>();
        reader.read(row -> rows.add(row));
        return rows;
    }

    static List<RawRow> first(TableReader reader, int count) throws IOException, UnreadableFileException {
        List<RawRow> rows = new ArrayList<>();
        reader.read(row -> {
            rows.add(row);
            return rows.size() < count;
        });
        return rows;
    }

    static String describe(RawRow row) {
        return row.rowNumber() + ": " + Arrays.toString(row.cells());
    }

    static List<String> describeAll(List<RawRow> rows) {
        return rows.stream().map(ReadRows::describe).toList();
    }

    static RawRow row(List<RawRow> rows, long rowNumber) {
        return rows.stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowNumber + " in " + describeAll(rows)));
    }
}
