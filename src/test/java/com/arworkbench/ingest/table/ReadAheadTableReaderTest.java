package com.arworkbench.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.UnreadableFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The read-ahead reader hands on every row in order, stops its thread when told, and passes failures on unchanged. */
class ReadAheadTableReaderTest {

    /** A table of {@code rows} numbered rows that counts how far it was read and may fail at a row. */
    private static final class Numbers implements TableReader {
        final long rows;
        final long failAt;
        final Exception failure;
        final AtomicLong produced = new AtomicLong();

        Numbers(long rows, long failAt, Exception failure) {
            this.rows = rows;
            this.failAt = failAt;
            this.failure = failure;
        }

        @Override
        public void read(RowHandler handler) throws UnreadableFileException {
            for (long i = 1; i <= rows; i++) {
                if (i == failAt) {
                    if (failure instanceof UnreadableFileException u) {
                        throw u;
                    }
                    throw (RuntimeException) failure;
                }
                produced.incrementAndGet();
                if (!handler.row(new RawRow(i, new String[] {Long.toString(i)}))) {
                    return;
                }
            }
        }
    }

    private static long readerThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("arw-read-") && t.isAlive()).count();
    }

    @Test
    void everyRowInOrderAcrossManyBatches() throws Exception {
        List<Long> seen = new ArrayList<>();
        new ReadAheadTableReader(new Numbers(25_007, -1, null)).read(r -> seen.add(r.rowNumber()));
        assertEquals(25_007, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1L, seen.get(i));
        }
        assertEquals(0, readerThreads());
    }

    @Test
    void stoppingEarlyStopsTheReadingThread() throws Exception {
        Numbers table = new Numbers(10_000_000, -1, null);
        long[] n = {0};
        new ReadAheadTableReader(table).read(r -> ++n[0] < 300);
        assertEquals(300, n[0]);
        assertTrue(table.produced.get() < 100_000, "the reader stopped soon after: " + table.produced.get());
        assertEquals(0, readerThreads());
    }

    @Test
    void theReadersFailureReachesTheCallerAsItIs() {
        UnreadableFileException bad = new UnreadableFileException("damaged");
        Numbers table = new Numbers(50_000, 20_000, bad);
        List<Long> seen = new ArrayList<>();
        UnreadableFileException thrown = assertThrows(UnreadableFileException.class,
                () -> new ReadAheadTableReader(table).read(r -> seen.add(r.rowNumber())));
        assertSame(bad, thrown);
        assertEquals(19_999, seen.size(), "every row before the failure was handed on");
        assertEquals(0, readerThreads());
    }

    @Test
    void aFailingHandlerStopsTheReadingThread() {
        Numbers table = new Numbers(10_000_000, -1, null);
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new ReadAheadTableReader(table)
                .read(r -> {
                    if (r.rowNumber() == 5_000) {
                        throw boom;
                    }
                    return true;
                }));
        assertSame(boom, thrown);
        assertTrue(table.produced.get() < 100_000, "the reader stopped: " + table.produced.get());
        assertEquals(0, readerThreads());
    }
}
