package com.arworkbench.ingest.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.codec.DecoderException;
import org.apache.commons.codec.binary.Base64InputStream;
import org.apache.commons.codec.net.QuotedPrintableCodec;

/**
 * The text/html parts of an MHTML web archive (MIME multipart, RFC 2557), as SAP and Excel's
 * "single file web page" save them. Parts are decoded while streaming, so a large archive is never
 * held in memory. Nested multiparts are not descended into; ERP exports do not use them.
 */
final class MhtmlArchive {

    private static final int HEAD_BYTES = 4096;
    private static final int MAX_HEADER_LINES = 500;
    private static final int MAX_LINE = 64 * 1024;

    private final Path file;

    MhtmlArchive(Path file) {
        this.file = file;
    }

    /** One decoded part body; {@code charset} is the part's declared charset, or null. */
    record HtmlPart(InputStream body, Charset charset) {
    }

    /** MIME headers come first in an MHTML file, where an HTML file starts with markup. */
    static boolean looksLikeMhtml(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF")) {
            text = text.substring(3);
        }
        text = text.stripLeading();
        if (text.startsWith("<")) {
            return false;
        }
        boolean sawMimeHeader = false;
        for (String line : text.split("\r?\n", -1)) {
            if (line.isEmpty()) {
                return sawMimeHeader;
            }
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || !line.substring(0, colon).matches("[!-9;-~]+")) {
                return false;
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            sawMimeHeader |= name.equals("mime-version") || name.equals("content-type");
        }
        return sawMimeHeader;
    }

    /**
     * Opens the {@code index}-th (0-based) text/html part, or returns null when there are fewer. The
     * caller closes the body.
     */
    HtmlPart openHtmlPart(int index) throws IOException {
        LineInput lines = new LineInput(Files.newInputStream(file));
        try {
            Map<String, String> top = readHeaders(lines);
            String topType = top.getOrDefault("content-type", "text/html");
            if (!mediaType(topType).startsWith("multipart/")) {
                // a single-part message: the body after the headers is the page
                if (index == 0 && mediaType(topType).equals("text/html")) {
                    return new HtmlPart(decoded(new PartLines(lines, null), top), charsetOf(topType));
                }
                lines.close();
                return null;
            }
            String boundary = parameter(topType, "boundary");
            if (boundary == null) {
                lines.close();
                return null;
            }
            byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            PartLines preamble = new PartLines(lines, delimiter);
            while (preamble.next()) {
                // skip to the first part
            }
            int found = 0;
            while (!preamble.closing && !lines.eof) {
                Map<String, String> headers = readHeaders(lines);
                String type = headers.getOrDefault("content-type", "text/plain");
                PartLines body = new PartLines(lines, delimiter);
                if (mediaType(type).equals("text/html") && found++ == index) {
                    return new HtmlPart(decoded(body, headers), charsetOf(type));
                }
                while (body.next()) {
                    // not this part
                }
                preamble = body;
            }
            lines.close();
            return null;
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    private static InputStream decoded(PartLines body, Map<String, String> headers) {
        String encoding = headers.getOrDefault("content-transfer-encoding", "8bit").trim().toLowerCase(Locale.ROOT);
        return switch (encoding) {
            case "base64" -> new Base64InputStream(new DecodedLines(body, false));
            case "quoted-printable" -> new DecodedLines(body, true);
            default -> new DecodedLines(body, false);
        };
    }

    private static Map<String, String> readHeaders(LineInput lines) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (int count = 0; count < MAX_HEADER_LINES && lines.next(); count++) {
            String line = new String(lines.buf, 0, lines.contentLength(), StandardCharsets.ISO_8859_1);
            if (line.isBlank()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                headers.merge(last, " " + line.trim(), String::concat); // folded continuation
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                last = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                headers.put(last, line.substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static String parameter(String contentType, String name) {
        for (String piece : contentType.split(";")) {
            int eq = piece.indexOf('=');
            if (eq > 0 && piece.substring(0, eq).trim().equalsIgnoreCase(name)) {
                String value = piece.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    private static Charset charsetOf(String contentType) {
        String name = parameter(contentType, "charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null; // unknown label: fall back to sniffing the content
        }
    }

    /** Byte lines of the file, each with its terminator; over-long lines come in pieces. */
    private static final class LineInput {
        private final InputStream in;
        private final byte[] chunk = new byte[64 * 1024];
        private int chunkPos;
        private int chunkLen;
        byte[] buf = new byte[256];
        int len;
        boolean startsLine;
        boolean eof;
        private boolean atLineStart = true;

        LineInput(InputStream in) {
            this.in = in;
        }

        boolean next() throws IOException {
            len = 0;
            startsLine = atLineStart;
            while (len < MAX_LINE) {
                if (chunkPos == chunkLen) {
                    chunkLen = in.read(chunk);
                    chunkPos = 0;
                    if (chunkLen <= 0) {
                        chunkLen = 0;
                        eof = true;
                        break;
                    }
                }
                byte b = chunk[chunkPos++];
                if (len == buf.length) {
                    buf = Arrays.copyOf(buf, buf.length * 2);
                }
                buf[len++] = b;
                if (b == '\n') {
                    break;
                }
            }
            atLineStart = len > 0 && buf[len - 1] == '\n';
            return len > 0;
        }

        /** Length without the CR/LF terminator. */
        int contentLength() {
            int end = len;
            if (end > 0 && buf[end - 1] == '\n') {
                end--;
            }
            if (end > 0 && buf[end - 1] == '\r') {
                end--;
            }
            return end;
        }

        void close() throws IOException {
            in.close();
        }
    }

    /** The raw lines of one part body, ending at the next boundary delimiter line. */
    private static final class PartLines {
        private final LineInput lines;
        private final byte[] delimiter;
        boolean closing; // the delimiter was the final "--boundary--"
        private boolean done;

        PartLines(LineInput lines, byte[] delimiter) {
            this.lines = lines;
            this.delimiter = delimiter;
        }

        boolean next() throws IOException {
            if (done || !lines.next()) {
                done = true;
                return false;
            }
            if (delimiter != null && lines.startsLine && isDelimiter()) {
                done = true;
                return false;
            }
            return true;
        }

        private boolean isDelimiter() {
            int end = lines.contentLength();
            while (end > 0 && (lines.buf[end - 1] == ' ' || lines.buf[end - 1] == '\t')) {
                end--;
            }
            if (end < delimiter.length || !Arrays.equals(lines.buf, 0, delimiter.length, delimiter, 0, delimiter.length)) {
                return false;
            }
            if (end == delimiter.length) {
                return true;
            }
            if (end == delimiter.length + 2 && lines.buf[end - 1] == '-' && lines.buf[end - 2] == '-') {
                closing = true;
                return true;
            }
            return false;
        }

        LineInput input() {
            return lines;
        }
    }

    /** Streams a part body, undoing quoted-printable line by line when asked. */
    private static final class DecodedLines extends InputStream {
        private static final byte[] CRLF = {'\r', '\n'};
        private final PartLines part;
        private final boolean quotedPrintable;
        private byte[] out = new byte[0];
        private int pos;

        DecodedLines(PartLines part, boolean quotedPrintable) {
            this.part = part;
            this.quotedPrintable = quotedPrintable;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return out[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, out.length - pos);
            System.arraycopy(out, pos, b, off, n);
            pos += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (pos == out.length) {
                if (!part.next()) {
                    return false;
                }
                LineInput line = part.input();
                out = quotedPrintable ? decodeQuotedPrintableLine(line) : Arrays.copyOf(line.buf, line.len);
                pos = 0;
            }
            return true;
        }

        /**
         * QuotedPrintableCodec drops every CR/LF, so hard line breaks are put back here and only
         * soft breaks ("=" at the end of a line) join lines.
         */
        private static byte[] decodeQuotedPrintableLine(LineInput line) {
            boolean terminated = line.len > 0 && line.buf[line.len - 1] == '\n';
            int end = line.contentLength();
            while (end > 0 && (line.buf[end - 1] == ' ' || line.buf[end - 1] == '\t')) {
                end--; // trailing whitespace is transport padding (RFC 2045 6.7)
            }
            boolean soft = end > 0 && line.buf[end - 1] == '=';
            if (soft) {
                end--;
            }
            byte[] encoded = Arrays.copyOf(line.buf, end);
            byte[] decoded;
            try {
                decoded = QuotedPrintableCodec.decodeQuotedPrintable(encoded);
            } catch (DecoderException e) {
                decoded = encoded; // a stray "=": keep the text rather than lose the row
            }
            if (soft || !terminated) {
                return decoded;
            }
            byte[] withBreak = Arrays.copyOf(decoded, decoded.length + 2);
            System.arraycopy(CRLF, 0, withBreak, decoded.length, 2);
            return withBreak;
        }

        @Override
        public void close() throws IOException {
            part.input().close();
        }
    }
}
