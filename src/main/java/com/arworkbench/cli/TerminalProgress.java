package com.arworkbench.cli;

import com.arworkbench.ingest.Progress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A line on stderr, redrawn twice a second while a job runs: the phase, the rows so far and the rate. Only when the
 * command runs on a terminal (never in a pipe, a file or a test: the output stays one summary line), and only after
 * the first second, so quick runs print nothing extra. Reading two counters twice a second costs the run nothing.
 */
final class TerminalProgress implements AutoCloseable {

    private static final long FIRST_MS = 1000;
    private static final long EVERY_MS = 500;

    private final Thread painter;
    private final PrintStream err;
    private volatile boolean done;
    private boolean drawn;

    private TerminalProgress(Progress progress, String what, PrintStream err) {
        this.err = err;
        long t0 = System.nanoTime();
        this.painter = new Thread(() -> {
            try {
                Thread.sleep(FIRST_MS);
                while (!done) {
                    double s = (System.nanoTime() - t0) / 1e9;
                    long rows = progress.rows();
                    synchronized (this) {
                        if (done) {
                            return;
                        }
                        String phase = progress.phase();
                        if (rows > 0 && phase.startsWith("reading")) {
                            err.printf(Locale.ROOT, "\r%s: %s · %,d rows · %,.0f rows/s · %.0f s   ", what, phase, rows,
                                    rows / s, s);
                        } else {
                            err.printf(Locale.ROOT, "\r%s: %s · %,d rows · %.0f s   ", what, phase, rows, s);
                        }
                        err.flush();
                        drawn = true;
                    }
                    Thread.sleep(EVERY_MS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "arw-progress");
        painter.setDaemon(true);
    }

    /** A progress line for the run about to start on this thread; a silent one when stderr is not a terminal. */
    static TerminalProgress start(String what) {
        Progress progress = new Progress();
        Progress.use(progress);
        TerminalProgress t = new TerminalProgress(progress, what, System.err);
        if (onTerminal()) {
            t.painter.start();
        }
        return t;
    }

    private static boolean onTerminal() {
        java.io.Console console = System.console();
        if (console == null || "0".equals(System.getenv("AR_WORKBENCH_PROGRESS"))) {
            return false;
        }
        // From Java 22 a console exists even when the streams are redirected; isTerminal() then tells.
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 17 to 21: a console means a terminal
        }
    }

    /** Stops and wipes the line (the summary line follows on stdout). Safe to call twice. */
    @Override
    public void close() {
        synchronized (this) {
            if (!done) {
                done = true;
                if (drawn) {
                    err.print("\r" + " ".repeat(100) + "\r");
                    err.flush();
                }
            }
        }
        painter.interrupt();
        Progress.use(new Progress());
    }
}
