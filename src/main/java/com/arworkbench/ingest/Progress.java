package com.arworkbench.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
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
    /** Time spent in each phase left so far, by name, in the order last left (bounded: a few names). */
    private final Map<String, Long> phaseNanos = new LinkedHashMap<>();
    /** When the current phase started ({@link System#nanoTime}); guarded by {@link #phaseNanos}. */
    private long phaseStart = System.nanoTime();

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
        synchronized (phaseNanos) {
            long now = System.nanoTime();
            add(phaseNanos, this.phase, now - phaseStart);
            phaseStart = now;
            this.phase = phase;
        }
    }

    /**
     * Nanoseconds spent in each phase since this progress was made, in the order the phases were last left (the
     * current one last, counted until now); a phase entered twice adds up. Only phase changes are timed, never rows.
     */
    public Map<String, Long> phaseNanos() {
        synchronized (phaseNanos) {
            Map<String, Long> times = new LinkedHashMap<>(phaseNanos);
            add(times, phase, System.nanoTime() - phaseStart);
            return times;
        }
    }

    /** Adds to a phase's time and moves it last. */
    private static void add(Map<String, Long> times, String phase, long nanos) {
        Long before = times.remove(phase);
        times.put(phase, before == null ? nanos : before + nanos);
    }

    public String phase() {
        return phase;
    }
}
