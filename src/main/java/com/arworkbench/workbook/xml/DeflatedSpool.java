package com.arworkbench.workbook.xml;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A sheet's row XML, deflated as it is written into a temp file: the zip entry of the sheet later takes these
 * bytes as they are (a raw deflate stream ended by a sync flush, so more deflated bytes may follow it), so the
 * rows are compressed while the export is still being read instead of after the last row, and the temp file is
 * a tenth of the XML's size. Keeps the CRC-32 and length of what went in, which the zip entry needs.
 *
 * <p>Deflating is about half the cost of writing a big sheet, so once a sheet fills its first buffer the
 * deflating moves to a thread of its own, fed full buffers through a short queue ({@link #hand}): the thread that
 * makes the XML never waits for zlib, and a small sheet never starts a thread.
 */
public final class DeflatedSpool implements Closeable {

    /**
     * zlib level 2, by measurement on the 1M-row aging Detail sheet (649 MB of XML, one core, {@code DeflateLevels}
     * in the test classes): level 1 2.01 s and 93.3 MB, level 2 2.08 s and 86.9 MB, level 3 3.62 s and 82.9 MB,
     * level 6 (zlib's default) 9.28 s and 72.0 MB. Level 2 is 7 % smaller than 1 for 3 % more time; beyond it the
     * time grows much faster than the file shrinks (docs/performance.md).
     */
    public static final int LEVEL = 2;
    /** Buffers in flight between the XML writer and the deflating thread. */
    private static final int BUFFERS = 6;

    private final Path file;
    private final FileChannel channel;
    private final Deflater deflater = new Deflater(LEVEL, true);
    private final CRC32 crc = new CRC32();
    private final byte[] out = new byte[1 << 16];
    private final ByteBuffer outView = ByteBuffer.wrap(out);
    private long size;
    private long compressedSize;
    private boolean finished;
    /** Full buffers for the deflating thread, and the emptied ones back; null until the first hand-over. */
    private BlockingQueue<Chunk> full;
    private BlockingQueue<byte[]> empty;
    private Thread worker;
    private int bufferLength;
    private volatile Throwable failure;

    private record Chunk(byte[] bytes, int length) {
    }

    private static final Chunk END = new Chunk(new byte[0], -1);

    public DeflatedSpool(Path folder) throws IOException {
        this.file = folder == null ? Files.createTempFile("arw-sheet", ".deflate")
                : Files.createTempFile(folder, "arw-sheet", ".deflate");
        this.channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Hands a full buffer to the deflating thread (started on the first call) and returns an empty one of the same
     * size to go on writing into; waits while the thread is {@value #BUFFERS} buffers behind.
     */
    public byte[] hand(byte[] buffer, int length) throws IOException {
        checkOpen();
        if (worker == null) {
            full = new ArrayBlockingQueue<>(BUFFERS);
            empty = new ArrayBlockingQueue<>(BUFFERS + 1);
            bufferLength = buffer.length;
            for (int i = 0; i < BUFFERS; i++) {
                empty.add(new byte[buffer.length]);
            }
            worker = new Thread(this::deflateHandedBuffers, "arw-deflate");
            worker.setDaemon(true);
            worker.start();
        }
        try {
            full.put(new Chunk(buffer, length));
            byte[] next;
            while ((next = empty.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS)) == null) {
                rethrow();
            }
            return next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while deflating a sheet");
        }
    }

    private void deflateHandedBuffers() {
        try {
            while (true) {
                Chunk c = full.take();
                if (c == END) {
                    return;
                }
                deflate(c.bytes(), 0, c.length());
                if (c.bytes().length == bufferLength) {
                    empty.put(c.bytes()); // a one-off copy from write() is not a pool buffer
                }
            }
        } catch (Throwable t) {
            failure = t;
        }
    }

    /** Adds XML bytes on the calling thread (after every handed buffer, if any). */
    public void write(byte[] b, int off, int len) throws IOException {
        checkOpen();
        if (worker != null) {
            byte[] copy = java.util.Arrays.copyOfRange(b, off, off + len);
            empty.offer(hand(copy, len)); // through the queue keeps the order; the spare buffer goes back
            return;
        }
        deflate(b, off, len);
    }

    private void deflate(byte[] b, int off, int len) throws IOException {
        crc.update(b, off, len);
        size += len;
        deflater.setInput(b, off, len);
        while (!deflater.needsInput()) {
            drain(deflater.deflate(out, 0, out.length, Deflater.NO_FLUSH));
        }
    }

    /** Ends the rows: flushes the deflater to a byte boundary (not a final block: the sheet's end follows). */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        stopWorker();
        finished = true;
        rethrow();
        int n;
        do {
            n = deflater.deflate(out, 0, out.length, Deflater.SYNC_FLUSH);
            drain(n);
        } while (n == out.length);
        deflater.end();
        channel.close();
    }

    /** Lets the deflating thread finish what it was handed, and waits for it. */
    private void stopWorker() throws IOException {
        if (worker == null) {
            return;
        }
        try {
            while (worker.isAlive() && !full.offer(END, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                rethrow();
            }
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.interrupt();
            throw new InterruptedIOException("interrupted while deflating a sheet");
        }
        worker = null;
    }

    private void checkOpen() throws IOException {
        if (finished) {
            throw new IllegalStateException("the sheet's rows are already finished");
        }
        rethrow();
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException e) {
            throw e;
        }
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t instanceof Error e) {
            throw e;
        }
    }

    private void drain(int n) throws IOException {
        if (n == 0) {
            return;
        }
        outView.limit(n).position(0);
        while (outView.hasRemaining()) {
            channel.write(outView);
        }
        compressedSize += n;
    }

    /** Bytes of XML written. */
    public long size() {
        return size;
    }

    public long crc() {
        return crc.getValue();
    }

    public long compressedSize() {
        return compressedSize;
    }

    /** The deflated bytes, after {@link #finish()}. */
    public InputStream compressed() throws IOException {
        if (!finished) {
            throw new IllegalStateException("finish the rows first");
        }
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    /** Stops the deflating thread if it still runs and deletes the temp file. */
    @Override
    public void close() throws IOException {
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        if (!finished) {
            finished = true;
            deflater.end();
            channel.close();
        }
        Files.deleteIfExists(file);
    }
}
