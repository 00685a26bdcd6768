package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

/**
 * Reads the rows of an HTML table saved with an .xls name (NetSuite, SAP "spreadsheet" exports,
 * Excel "web page" saves), including MHTML archives. Every {@code <tr>} in the file is a row,
 * numbered by its position in the document; rows are parsed one at a time with jsoup's
 * StreamParser and dropped from the tree after use, so memory stays flat on large exports.
 *
 * <p>Cells are the displayed text: an Excel-made page's {@code x:num} raw values are ignored
 * because they would turn dates into serial numbers.
 */
public final class HtmlTableReader implements TableReader {

    /** Enough to get past the style blocks Excel writes before the meta tag. */
    private static final int META_SNIFF_BYTES = 64 * 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** The HTML spec caps colspan at 1000; a larger value is junk, not a table. */
    private static final int MAX_COLSPAN = 1000;

    private final Path file;
    private final Charset charset;

    /** @param charsetOrNull the charset to use; null to honor the file's declaration or detect it */
    public HtmlTableReader(Path file, Charset charsetOrNull) {
        this.file = file;
        this.charset = charsetOrNull;
    }

    @Override
    public void read(RowHandler handler) throws IOException, UnreadableFileException {
        if (MhtmlArchive.looksLikeMhtml(file)) {
            readArchive(handler);
            return;
        }
        Outcome outcome = readRows(() -> Files.newInputStream(file), null, handler);
        if (outcome == Outcome.NO_ROWS) {
            throw new UnreadableFileException("The HTML file contains no table rows.");
        }
    }

    /** Excel's web archives hold a frameset page first and a page per sheet after it. */
    private void readArchive(RowHandler handler) throws IOException, UnreadableFileException {
        MhtmlArchive archive = new MhtmlArchive(file);
        for (int index = 0; ; index++) {
            MhtmlArchive.HtmlPart probe = archive.openHtmlPart(index);
            if (probe == null) {
                break;
            }
            probe.body().close();
            int partIndex = index;
            ByteSource part = () -> archive.openHtmlPart(partIndex).body();
            if (readRows(part, probe.charset(), handler) != Outcome.NO_ROWS) {
                return;
            }
        }
        throw new UnreadableFileException("The HTML file (web archive) contains no table rows.");
    }

    private enum Outcome { NO_ROWS, ALL_READ, STOPPED }

    @FunctionalInterface
    private interface ByteSource {
        InputStream open() throws IOException;
    }

    private Outcome readRows(ByteSource source, Charset declared, RowHandler handler) throws IOException {
        Decoding decoding = chooseCharset(source, declared);
        InputStream bytes = source.open();
        try {
            bytes.skipNBytes(decoding.bomLength());
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
        Reader reader = new InputStreamReader(bytes, decoding.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
        long rowNumber = 0;
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(reader, "")) {
            Element tr;
            while ((tr = parser.selectNext("tr")) != null) {
                rowNumber++;
                String[] cells = cells(tr);
                discard(tr);
                if (!handler.row(new RawRow(rowNumber, cells))) {
                    return Outcome.STOPPED;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return rowNumber == 0 ? Outcome.NO_ROWS : Outcome.ALL_READ;
    }

    private static String[] cells(Element tr) {
        List<String> cells = new ArrayList<>();
        for (Element cell : tr.children()) {
            if (!cell.nameIs("td") && !cell.nameIs("th")) {
                continue;
            }
            cells.add(cellText(cell));
            for (int i = colspan(cell); i > 1; i--) {
                cells.add("");
            }
        }
        return cells.toArray(new String[0]);
    }

    /** jsoup's text() already renders {@code <br>} as a space; this also folds no-break spaces. */
    private static String cellText(Element cell) {
        String text = cell.text();
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int colspan(Element cell) {
        try {
            int span = Integer.parseInt(cell.attr("colspan").trim());
            return Math.max(1, Math.min(span, MAX_COLSPAN));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /**
     * Drops the finished row and the whitespace before it. Only earlier siblings are touched: when a
     * row is closed implicitly, the next {@code <tr>} is already in the tree and still being built.
     */
    private static void discard(Element tr) {
        Node previous = tr.previousSibling();
        while (previous != null && !(previous instanceof Element)) {
            Node before = previous.previousSibling();
            previous.remove();
            previous = before;
        }
        tr.remove();
    }

    private record Decoding(Charset charset, int bomLength) {
    }

    /** Given charset, else the part's declaration, else a BOM, else meta charset, else sniff UTF-8. */
    private Decoding chooseCharset(ByteSource source, Charset declared) throws IOException {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(META_SNIFF_BYTES);
        }
        int bom = bomLength(head);
        Charset bomCharset = bom == 0 ? null : bomCharset(head);
        if (charset != null) {
            return new Decoding(charset, bomCharset != null && bomCharset.equals(charset) ? bom : 0);
        }
        if (declared != null) {
            return new Decoding(declared, bomCharset != null && bomCharset.equals(declared) ? bom : 0);
        }
        if (bomCharset != null) {
            return new Decoding(bomCharset, bom);
        }
        Charset meta = metaCharset(head);
        if (meta != null) {
            return new Decoding(meta, 0);
        }
        return new Decoding(isValidUtf8(source) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    private static int bomLength(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
            return 2;
        }
        return 0;
    }

    private static Charset bomCharset(byte[] head) {
        return switch (head[0] & 0xFF) {
            case 0xEF -> StandardCharsets.UTF_8;
            case 0xFE -> StandardCharsets.UTF_16BE;
            default -> StandardCharsets.UTF_16LE;
        };
    }

    private static Charset metaCharset(byte[] head) {
        Matcher m = META_CHARSET.matcher(new String(head, StandardCharsets.ISO_8859_1));
        if (!m.find()) {
            return null;
        }
        String label = m.group(1).toLowerCase(Locale.ROOT);
        // Browsers decode these labels as windows-1252 (WHATWG Encoding); exports rely on that.
        if (label.equals("iso-8859-1") || label.equals("latin1") || label.equals("us-ascii") || label.equals("ascii")) {
            return WINDOWS_1252;
        }
        // An ASCII-compatible page cannot really be UTF-16 if the meta tag was readable as bytes.
        if (label.startsWith("utf-16")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(label);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Checks the whole stream, not a prefix: one accented name on row 5,000 decides the charset. */
    private static boolean isValidUtf8(ByteSource source) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        try (InputStream stream = source.open()) {
            while (true) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                boolean end = n < 0;
                if (!end) {
                    in.position(in.position() + n);
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return false;
                }
                out.clear();
                in.compact();
                if (end) {
                    return !decoder.flush(out).isError();
                }
            }
        }
    }
}
