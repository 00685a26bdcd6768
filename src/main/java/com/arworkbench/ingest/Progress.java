package com.arworkbench.ingest;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a run is, for whoever shows it (the command line on a terminal): the rows handed on so far and the
 * phase. The readers add rows a batch at a time ({@link PipelinedSink}), so counting costs nothing per row. A run
 * reports to the progress of the thread that started it ({@link #current}); without one, to a progress nobody
 * reads.
 */
public final class Progress {

    private static final ThreadLocal<Progress> CURRENT = ThreadLocal.withInitial(Progress::new);

    private final AtomicLong rows = new AtomicLong();
    private volatile String phase = "opening the files";

    /** The progress of this thread's run. */
    public static Progress current() {
        return CURRENT.get();
    }

    /** Makes {@code p} this thread's progress (the command line, before a job runs). */
    public static void use(Progress p) {
        CURRENT.set(p);
    }

    public void rows(long n) {
        rows.addAndGet(n);
    }

    public long rows() {
        return rows.get();
    }

    public void phase(String phase) {
        this.phase = phase;
    }

    public String phase() {
        return phase;
    }
}
