package com.arworkbench.web;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Routes POI's temp files (the SXSSF sheet files that hold every row of a workbook being written)
 * into the folder of the request the current thread is serving, so nothing derived from an upload
 * is written outside the server's temp area, and it goes when the request's folder goes. Threads
 * that serve no request (the CLI, tests) keep POI's default behaviour.
 */
final class RequestTempFiles implements TempFileCreationStrategy {

    private static final ThreadLocal<Path> CURRENT = new ThreadLocal<>();
    private static volatile boolean installed;

    private final TempFileCreationStrategy fallback = new DefaultTempFileCreationStrategy();

    private RequestTempFiles() {
    }

    /** Installs the strategy once per JVM (POI's strategy is global). */
    static synchronized void install() {
        if (!installed) {
            TempFile.setTempFileCreationStrategy(new RequestTempFiles());
            installed = true;
        }
    }

    /** From now until the returned scope is closed, POI temp files of this thread go to {@code dir}. */
    static Scope use(Path dir) {
        Path previous = CURRENT.get();
        CURRENT.set(dir);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    /** The folder of the current thread's request, or null. */
    static Path current() {
        return CURRENT.get();
    }

    @Override
    public File createTempFile(String prefix, String suffix) throws IOException {
        Path dir = CURRENT.get();
        return dir == null ? fallback.createTempFile(prefix, suffix) : Files.createTempFile(dir, prefix, suffix).toFile();
    }

    @Override
    public File createTempDirectory(String prefix) throws IOException {
        Path dir = CURRENT.get();
        return dir == null ? fallback.createTempDirectory(prefix) : Files.createTempDirectory(dir, prefix).toFile();
    }

    /** Ends a {@link #use} scope. */
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
