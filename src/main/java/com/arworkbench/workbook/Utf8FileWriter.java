package com.arworkbench.workbook;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;

/**
 * An unsynchronized, large-buffer UTF-8 file writer for SXSSF's sheet temp files. POI writes each
 * cell in many small pieces; through BufferedWriter + OutputStreamWriter each piece takes two locks
 * and two buffer copies, which was the largest single cost of a 1M-row workbook.
 */
final class Utf8FileWriter extends Writer {

    private static final int CHARS = 1 << 16;

    private final FileChannel channel;
    private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder();
    private final char[] chars = new char[CHARS];
    private final CharBuffer charView = CharBuffer.wrap(chars);
    private final ByteBuffer bytes = ByteBuffer.allocate(CHARS * 3 + 16);
    private int used;

    Utf8FileWriter(FileOutputStream out) {
        this.channel = out.getChannel();
    }

    @Override
    public void write(int c) throws IOException {
        if (used == CHARS) {
            drain(false);
        }
        chars[used++] = (char) c;
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        while (len > 0) {
            if (used == CHARS) {
                drain(false);
            }
            int n = Math.min(len, CHARS - used);
            s.getChars(off, off + n, chars, used);
            used += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        while (len > 0) {
            if (used == CHARS) {
                drain(false);
            }
            int n = Math.min(len, CHARS - used);
            System.arraycopy(buf, off, chars, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    /** Encodes what is buffered; a high surrogate cut off at the end waits for its partner. */
    private void drain(boolean endOfInput) throws IOException {
        charView.limit(used).position(0);
        bytes.clear();
        CoderResult r = encoder.encode(charView, bytes, endOfInput);
        if (r.isError()) {
            r.throwException();
        }
        if (endOfInput) {
            encoder.flush(bytes);
        }
        bytes.flip();
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        int left = charView.remaining();
        System.arraycopy(chars, charView.position(), chars, 0, left);
        used = left;
    }

    @Override
    public void flush() throws IOException {
        drain(false);
    }

    @Override
    public void close() throws IOException {
        try {
            drain(true);
            encoder.reset();
        } finally {
            channel.close();
        }
    }
}
