package com.arworkbench.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Byte-order marks: which charset they announce and how many bytes to skip. */
public final class ByteOrderMark {

    private ByteOrderMark() {
    }

    /** The charset a BOM at the start of {@code head} announces, or null. */
    public static Charset charset(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    public static int length(byte[] head) {
        Charset c = charset(head);
        return c == null ? 0 : c == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /** Peeks at a mark-supporting stream and returns the BOM length without consuming anything. */
    static int length(InputStream in) throws IOException {
        in.mark(4);
        byte[] head = in.readNBytes(3);
        in.reset();
        return length(head);
    }
}
