package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;

/**
 * Streams the rows of the first table (sheet) of a source file. A reader can be run more than once
 * (ingest reads once to learn the layout, once to convert); each run starts from the top.
 * Implementations hold at most a bounded window of rows in memory.
 */
public interface TableReader {

    /** Calls {@code handler} for every row in order until it returns false or the table ends. */
    void read(RowHandler handler) throws IOException, UnreadableFileException;

    @FunctionalInterface
    interface RowHandler {
        /** @return false to stop reading */
        boolean row(RawRow row);
    }
}
