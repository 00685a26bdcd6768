package com.arworkbench.ingest;

import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands the rows a reader produces to another thread, in order, in batches through a small bounded queue: the
 * reading thread parses the next rows while this one ages them and writes the workbook (on 2 cores the two halves
 * of a 1M-row run overlap). The downstream sink is only ever called from the one consumer thread, so the engines
 * and writers behind it need no locking; {@link #finish} waits for it, and what the reader does afterwards sees
 * everything it did. A failure downstream stops the reader at its next batch and is rethrown by {@link #finish}.
 * An invoice history goes through the same pipe: {@link #of(HistorySink)}, fed through {@link #historySink()}.
 *
 * <pre>
 * try (PipelinedSink pipe = new PipelinedSink(sink)) {
 *     summary = file.read(pipe);
 *     pipe.finish();
 * }
 * </pre>
 */
public final class PipelinedSink implements RowSink, AutoCloseable {

    /** Where the consumer thread sends each row; the one place that knows the row types. */
    private final java.util.function.Consumer<Object> dispatch;
    /** The open items' pipe moves the progress to its phases and counts its rows; a history's leaves that to its caller. */
    private final boolean reportsRows;

    /** Rows per hand-over: large enough that the queue's locking is noise, small enough to keep memory flat. */
    private static final int BATCH = 4096;
    /** Batches in flight: bounds the rows parsed ahead of the writer (the reader blocks when it is full). */
    private static final int DEPTH = 8;
    private static final Object[] END = new Object[0];

    private final Progress progress = Progress.current();
    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread consumer;
    private Object[] batch = new Object[BATCH];
    private int size;
    private boolean ended;
    private volatile Throwable failure;

    public PipelinedSink(RowSink downstream) {
        this("reading rows", r -> {
            if (r instanceof OpenItem item) {
                downstream.item(item);
            } else {
                downstream.notUsed((RejectedRow) r);
            }
        });
    }

    /** The invoice history's records on the consumer thread, as {@link #PipelinedSink(RowSink)} does the open items. */
    public static PipelinedSink of(HistorySink downstream) {
        return new PipelinedSink(null, r -> {
            if (r instanceof InvoiceRecord rec) {
                downstream.record(rec);
            } else {
                downstream.notUsed((RejectedRow) r);
            }
        });
    }

    /** A history sink feeding this pipe (from {@link #of(HistorySink)}). */
    public HistorySink historySink() {
        return new HistorySink() {
            @Override
            public void record(InvoiceRecord record) {
                add(record);
            }

            @Override
            public void notUsed(RejectedRow row) {
                add(row);
            }
        };
    }

    /** @param phase the progress phase while rows stream, or null to leave the phase as it is */
    private PipelinedSink(String phase, java.util.function.Consumer<Object> dispatch) {
        this.dispatch = dispatch;
        this.reportsRows = phase != null;
        if (phase != null) {
            progress.phase(phase);
        }
        this.consumer = new Thread(this::consume, "arw-rows-" + Thread.currentThread().getName());
        this.consumer.setDaemon(true);
        this.consumer.start();
    }

    @Override
    public void item(OpenItem item) {
        add(item);
    }

    @Override
    public void notUsed(RejectedRow row) {
        add(row);
    }

    private void add(Object row) {
        batch[size++] = row;
        if (size == BATCH) {
            handOver();
        }
    }

    private void handOver() {
        stopIfFailed();
        Object[] full = size == BATCH ? batch : java.util.Arrays.copyOf(batch, size);
        put(full);
        batch = new Object[BATCH];
        size = 0;
    }

    private void put(Object[] rows) {
        try {
            queue.put(rows);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing rows to the workbook writer", e);
        }
    }

    private void consume() {
        try {
            while (true) {
                Object[] rows = queue.take();
                if (rows == END) {
                    return;
                }
                if (failure != null) {
                    continue; // keep taking, so the reader never blocks on a dead consumer
                }
                try {
                    if (reportsRows) {
                        progress.rows(rows.length);
                    }
                    for (Object r : rows) {
                        dispatch.accept(r);
                    }
                } catch (Throwable t) {
                    failure = t;
                }
            }
        } catch (InterruptedException e) {
            failure = e;
        }
    }

    private void stopIfFailed() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException("the workbook writer stopped: " + t, t);
        }
    }

    /** Hands over the last rows and waits until every row went downstream; rethrows what failed there. */
    public void finish() throws IOException {
        if (!ended) {
            if (size > 0) {
                handOver();
            }
            end();
        }
        if (reportsRows) {
            progress.phase("writing the workbook");
        }
        try {
            stopIfFailed();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private void end() {
        ended = true;
        put(END);
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the workbook writer", e);
        }
    }

    /** Stops the consumer when the read ended early (an exception): the rows not handed over are dropped. */
    @Override
    public void close() {
        if (!ended) {
            size = 0;
            end();
        }
    }
}
