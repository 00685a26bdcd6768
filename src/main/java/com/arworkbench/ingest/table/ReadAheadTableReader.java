package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs another reader on a thread of its own and hands its rows over in batches, in order: for a workbook the XML
 * parsing is most of the cost, and it then overlaps with what the caller does with each row (reading the fields,
 * the checks). At most {@value #DEPTH} batches of {@value #BATCH} rows wait. When the caller's handler says stop,
 * or throws, the reading thread stops at its next row; what the reader throws is rethrown to the caller as is.
 */
public final class ReadAheadTableReader implements TableReader {

    private static final int BATCH = 1024;
    private static final int DEPTH = 8;
    private static final Object END = new Object();

    private final TableReader delegate;

    public ReadAheadTableReader(TableReader delegate) {
        this.delegate = delegate;
    }

    @Override
    public void read(RowHandler handler) throws IOException, UnreadableFileException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
        Stop stop = new Stop();
        Thread reader = new Thread(() -> produce(queue, stop), "arw-read-" + Thread.currentThread().getName());
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = take(queue);
                if (next == END) {
                    return;
                }
                if (next instanceof Throwable t) {
                    rethrow(t);
                }
                for (RawRow row : (RawRow[]) next) {
                    if (!handler.row(row)) {
                        return;
                    }
                }
            }
        } finally {
            stop.requested = true;
            while (reader.isAlive()) { // let a reader blocked on a full queue see the stop
                queue.clear();
                try {
                    reader.join(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
    }

    private static final class Stop {
        volatile boolean requested;
    }

    private void produce(BlockingQueue<Object> queue, Stop stop) {
        RawRow[][] batch = {new RawRow[BATCH]};
        int[] size = {0};
        try {
            delegate.read(row -> {
                if (stop.requested) {
                    return false;
                }
                batch[0][size[0]++] = row;
                if (size[0] == BATCH) {
                    if (!put(queue, batch[0], stop)) {
                        return false;
                    }
                    batch[0] = new RawRow[BATCH];
                    size[0] = 0;
                }
                return true;
            });
            if (size[0] > 0 && !put(queue, Arrays.copyOf(batch[0], size[0]), stop)) {
                return;
            }
            put(queue, END, stop);
        } catch (Throwable t) {
            // the rows read before the failure first, as a reader on the caller's thread would have handed them on
            if (size[0] > 0 && !put(queue, Arrays.copyOf(batch[0], size[0]), stop)) {
                return;
            }
            put(queue, t, stop);
        }
    }

    /** Puts unless the caller stopped listening; false when it did. */
    private static boolean put(BlockingQueue<Object> queue, Object o, Stop stop) {
        try {
            while (!stop.requested) {
                if (queue.offer(o, 20, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Object take(BlockingQueue<Object> queue) throws IOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading the file");
        }
    }

    private static void rethrow(Throwable t) throws IOException, UnreadableFileException {
        throw com.arworkbench.ingest.BackgroundRead.rethrow(t);
    }
}
