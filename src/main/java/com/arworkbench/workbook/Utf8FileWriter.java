package com.arworkbench.workbook;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * An unsynchronized, large-buffer UTF-8 file writer for SXSSF's sheet temp files. POI writes each cell in many
 * small pieces; through BufferedWriter + OutputStreamWriter each piece takes two locks and two buffer copies, which
 * was the largest single cost of a 1M-row workbook. Here each char is encoded straight into one byte buffer (sheet
 * XML is almost all ASCII: one compare and one store per char), with no char staging and no CharsetEncoder pass.
 * A surrogate pair split across two writes is joined; a lone surrogate, which XML cannot hold, becomes U+FFFD.
 */
final class Utf8FileWriter extends Writer {

    private static final int BYTES = 1 << 18;
    /** Room for the longest encoding of one char (3 bytes) or a pair (4). */
    private static final int SLACK = 4;

    private final FileChannel channel;
    private final byte[] buf = new byte[BYTES + SLACK];
    private final ByteBuffer view = ByteBuffer.wrap(buf);
    private int pos;
    /** A high surrogate waiting for its low half, or 0. */
    private char high;

    Utf8FileWriter(FileOutputStream out) {
        this.channel = out.getChannel();
    }

    @Override
    public void write(int c) throws IOException {
        put((char) c);
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                if (pos >= BYTES) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = chars[i];
            if (c < 0x80 && high == 0) {
                if (pos >= BYTES) {
                    drain();
                }
                buf[pos++] = (byte) c;
            } else {
                put(c);
            }
        }
    }

    private void put(char c) throws IOException {
        if (pos >= BYTES) {
            drain();
        }
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                buf[pos++] = (byte) (0xF0 | cp >> 18);
                buf[pos++] = (byte) (0x80 | cp >> 12 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp >> 6 & 0x3F);
                buf[pos++] = (byte) (0x80 | cp & 0x3F);
                return;
            }
            replacement();
            put(c);
            return;
        }
        if (c < 0x80) {
            buf[pos++] = (byte) c;
        } else if (c < 0x800) {
            buf[pos++] = (byte) (0xC0 | c >> 6);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            replacement();
        } else {
            buf[pos++] = (byte) (0xE0 | c >> 12);
            buf[pos++] = (byte) (0x80 | c >> 6 & 0x3F);
            buf[pos++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void replacement() {
        buf[pos++] = (byte) 0xEF;
        buf[pos++] = (byte) 0xBF;
        buf[pos++] = (byte) 0xBD;
    }

    private void drain() throws IOException {
        view.limit(pos).position(0);
        while (view.hasRemaining()) {
            channel.write(view);
        }
        pos = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
    }

    @Override
    public void close() throws IOException {
        try {
            if (high != 0) {
                high = 0;
                replacement();
            }
            drain();
        } finally {
            channel.close();
        }
    }
}
