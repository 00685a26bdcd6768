package com.arworkbench.web;

import com.arworkbench.ingest.Progress;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The runs in progress that a client asked to follow: a job POST with an {@code X-Arw-Run} header is registered
 * here under that id with a fresh {@link Progress}, which the job on the handler thread reports into (rows a batch at
 * a time, the phase a few times a run); {@code GET /api/progress/{id}} reads it. Nothing here is touched per row: a
 * run registers once, ends once, and is read only by the polling requests.
 *
 * <p>Bounded: a finished run is kept {@link #KEEP_DONE_SECONDS} seconds (so a last poll still sees it done), and at
 * most {@link #CAPACITY} runs are kept at all, the oldest dropped first. Ids are the client's: 8 to 64 letters, digits
 * and hyphens; anything else is not registered (the job still runs, unfollowed).
 */
final class ProgressRegistry {

    /** The request header that names the run. */
    static final String HEADER = "X-Arw-Run";
    static final int CAPACITY = 64;
    static final long KEEP_DONE_SECONDS = 30;
    /** Marks this route's own 404 answer, which the server's "no such endpoint" 404 leaves alone. */
    static final String OWN_404 = "arw.own404";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");

    private final LongSupplier nanoClock;
    private final int capacity;
    private final long keepDoneNanos;
    /** In registration order: the first entry is the oldest. */
    private final LinkedHashMap<String, Run> runs = new LinkedHashMap<>();

    ProgressRegistry() {
        this(System::nanoTime, CAPACITY, KEEP_DONE_SECONDS);
    }

    ProgressRegistry(LongSupplier nanoClock, int capacity, long keepDoneSeconds) {
        this.nanoClock = nanoClock;
        this.capacity = capacity;
        this.keepDoneNanos = keepDoneSeconds * 1_000_000_000L;
    }

    /** One followed run: its progress, when it started and (once answered) when it ended. */
    static final class Run {
        private final Progress progress = new Progress();
        private final long startedAt;
        private volatile long endedAt;
        private volatile boolean done;

        private Run(long startedAt) {
            this.startedAt = startedAt;
        }

        Progress progress() {
            return progress;
        }
    }

    /** What {@code GET /api/progress/{id}} answers. */
    record Snapshot(String phase, long rows, boolean done, double seconds) {

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", phase);
            m.put("rows", rows);
            m.put("done", done);
            m.put("seconds", seconds);
            return m;
        }
    }

    static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /**
     * Registers a run under the client's id; null (nothing registered) when the id is missing or malformed. The same
     * id again replaces the earlier run.
     */
    synchronized Run start(String id) {
        if (!validId(id)) {
            return null;
        }
        long now = nanoClock.getAsLong();
        purge(now);
        Run run = new Run(now);
        runs.remove(id);
        runs.put(id, run);
        Iterator<Run> oldest = runs.values().iterator();
        while (runs.size() > capacity) {
            oldest.next();
            oldest.remove();
        }
        return run;
    }

    /** The run was answered (a workbook or an error): it reads done from now on, until it expires. */
    synchronized void done(Run run) {
        if (run != null && !run.done) {
            run.endedAt = nanoClock.getAsLong();
            run.done = true;
        }
    }

    /** The run's progress now; empty when the id is unknown, dropped or expired. */
    synchronized Optional<Snapshot> get(String id) {
        long now = nanoClock.getAsLong();
        purge(now);
        Run run = validId(id) ? runs.get(id) : null;
        if (run == null) {
            return Optional.empty();
        }
        boolean done = run.done;
        long end = done ? run.endedAt : now;
        double seconds = Math.round((end - run.startedAt) / 1e8) / 10.0;
        return Optional.of(new Snapshot(run.progress.phase(), run.progress.rows(), done, seconds));
    }

    /** {@code GET /api/progress/{id}}: the run's progress as JSON, or a JSON 404 while it is unknown. */
    void answer(io.javalin.http.Context ctx) throws java.io.IOException {
        ctx.header("Cache-Control", "no-store");
        Optional<Snapshot> s = get(ctx.pathParam("id"));
        if (s.isPresent()) {
            Responses.json(ctx, 200, s.get().json());
        } else {
            ctx.attribute(OWN_404, Boolean.TRUE);
            Responses.error(ctx, 404, "Unknown run", "No run in progress or just finished has this id: it was not sent "
                    + "as the " + HEADER + " header of a job request, the request has not reached the server yet, or "
                    + "the run ended more than " + KEEP_DONE_SECONDS + " seconds ago.");
        }
    }

    /** How many runs are kept (the tests' view of the bound). */
    synchronized int size() {
        purge(nanoClock.getAsLong());
        return runs.size();
    }

    private void purge(long now) {
        runs.values().removeIf(r -> r.done && now - r.endedAt > keepDoneNanos);
    }
}
