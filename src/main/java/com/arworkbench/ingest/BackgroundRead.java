package com.arworkbench.ingest;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A file read on a thread of its own while the caller reads another (the GL export beside the subledger). The
 * thread reports to the caller's {@link Progress}. {@link #get()} waits for the read and throws what it threw,
 * unchanged, so messages and exit codes are those of a read in line.
 */
public final class BackgroundRead<T> {

    /** What is read: a file's contents, or a refusal of the file. */
    public interface Read<T> {
        T get() throws IOException, UnreadableFileException;
    }

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private BackgroundRead(String name, Read<T> read) {
        Progress progress = Progress.current();
        Thread t = new Thread(() -> {
            Progress.use(progress);
            try {
                result.complete(read.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, "arw-" + name);
        t.setDaemon(true); // a caller that fails first does not wait for it
        t.start();
    }

    public static <T> BackgroundRead<T> start(String name, Read<T> read) {
        return new BackgroundRead<>(name, read);
    }

    /** True once the read has finished without failing: {@link #get()} returns at once. */
    public boolean ready() {
        return result.isDone() && !result.isCompletedExceptionally();
    }

    /** Waits for the read to end; true when it ended without failing ({@link #get()} then returns at once). */
    public boolean finished() {
        try {
            result.handle((value, failure) -> null).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
        return ready();
    }

    /** The value of a read that is {@link #ready()}. */
    public T readyValue() {
        if (!ready()) {
            throw new IllegalStateException("the read has not finished, or failed");
        }
        return result.join();
    }

    public T get() throws IOException, UnreadableFileException {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for a file to be read", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    /**
     * Throws what a read on another thread failed with, as it was: the caller's messages and exit codes are those of
     * a read in line. Declared to return an exception so a caller can write {@code throw rethrow(t)}.
     */
    public static RuntimeException rethrow(Throwable t) throws IOException, UnreadableFileException {
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof UnreadableFileException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }
}
