package com.arworkbench.jobs;

import com.arworkbench.ingest.BackgroundRead;
import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Items that need what a read beside them gives (the dunning engine needs last run's worklist): they are held, in
 * their order, until the read ends, then go to what its value starts. At most {@code limit} are held, so memory stays
 * bounded whatever the export's size: beyond that, {@link #accept} waits for the read. When the read fails, the items
 * after it are dropped and {@link #finish()} throws what it threw: the job fails as if the read had come first.
 *
 * @param <T> what the read gives
 * @param <I> the items
 */
final class HeldUntilRead<T, I> {

    private final BackgroundRead<T> read;
    private final int limit;
    private final Function<T, Consumer<I>> start;
    private final List<I> held = new ArrayList<>();
    private T value;
    private Consumer<I> sink;

    HeldUntilRead(BackgroundRead<T> read, int limit, Function<T, Consumer<I>> start) {
        this.read = read;
        this.limit = limit;
        this.start = start;
    }

    /** One item, on the thread that reads the items. */
    void accept(I item) {
        if (sink == null) {
            if (!read.ready() && held.size() < limit) {
                held.add(item);
                return;
            }
            if (!read.finished()) {
                return; // the read failed: finish() says why
            }
            begin(read.readyValue());
        }
        sink.accept(item);
    }

    /** After the last item: waits for the read if it still runs, hands over what is held, and returns its value. */
    T finish() throws IOException, UnreadableFileException {
        if (sink == null) {
            begin(read.get());
        }
        return value;
    }

    private void begin(T v) {
        value = v;
        sink = start.apply(v);
        held.forEach(sink);
        held.clear();
    }
}
