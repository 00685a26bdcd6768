package com.arworkbench.ingest.table;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.UnsupportedFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Decides what a file is from its bytes, never its name: ERPs name HTML, XML and tab-separated text
 * ".xls", and users rename files.
 */
public final class FormatSniffer {

    /** One message for every encrypted workbook (.xlsx in an OLE2 EncryptedPackage, or an encrypted .xls). */
    public static final String PASSWORD_PROTECTED = "The workbook is password-protected (encrypted): save it without "
            + "a password and try again (in Excel: File > Info > Protect Workbook > Encrypt with Password, clear it, save).";

    static {
        PoiLimits.apply();
    }

    private static final int SAMPLE = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private FormatSniffer() {
    }

    public static SniffResult sniff(Path file) throws IOException, UnreadableFileException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SAMPLE);
        }
        if (head.length == 0) {
            throw new UnreadableFileException("The file is empty (0 bytes): expected an open-items export "
                    + "(CSV, TXT, XLSX, XLS, or an HTML/XML export).");
        }
        if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
            return new SniffResult(SourceFormat.XLSX, null, (char) 0, SourceFormat.XLSX.label());
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return sniffOle2(file);
        }
        Charset bom = ByteOrderMark.charset(head);
        Charset charset = bom != null ? bom : guessCharset(head);
        String text = decode(head, ByteOrderMark.length(head), charset);
        if (looksBinary(text)) {
            throw new UnsupportedFormatException("This is not a spreadsheet or text export: the file contains binary data "
                    + "(first bytes " + hex(head) + "). Expected CSV/TXT, XLSX, XLS, or an HTML/XML export.");
        }
        String encoding = charset.displayName() + (bom != null ? " with BOM" : "");
        String lower = text.stripLeading().toLowerCase(Locale.ROOT);
        if (lower.startsWith("mime-version") || (lower.contains("content-type: multipart/related") && lower.contains("text/html"))) {
            // The archive's parts declare their own charsets; only a BOM outranks them.
            return new SniffResult(SourceFormat.HTML_TABLE, bom != null ? charset : null, (char) 0,
                    "MHTML web archive (saved as .xls)");
        }
        if (lower.startsWith("<")) {
            if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                return new SniffResult(SourceFormat.SPREADSHEET_ML, charset, (char) 0, SourceFormat.SPREADSHEET_ML.label());
            }
            if (lower.contains("<table") || lower.contains("<html")) {
                return new SniffResult(SourceFormat.HTML_TABLE, bom != null ? charset : null, (char) 0,
                        SourceFormat.HTML_TABLE.label());
            }
            throw new UnsupportedFormatException("This is an XML file, but not a spreadsheet: expected SpreadsheetML 2003 "
                    + "(the XML '.xls' NetSuite saves) or an HTML table. It starts with: " + preview(text));
        }
        char delimiter = detectDelimiter(text);
        return new SniffResult(SourceFormat.DELIMITED_TEXT, charset, delimiter,
                "Delimited text, " + encoding + ", '" + DelimitedTextReader.printable(delimiter) + "' separated");
    }

    private static SniffResult sniffOle2(Path file) throws IOException, UnreadableFileException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
                throw new UnreadableFileException(PASSWORD_PROTECTED);
            }
            if (!fs.getRoot().hasEntry("Workbook") && !fs.getRoot().hasEntry("Book")) {
                throw new UnsupportedFormatException("This is a Microsoft Office file, but not an Excel workbook "
                        + "(no Workbook stream; perhaps a Word document).");
            }
        } catch (RuntimeException e) {
            throw new UnreadableFileException("The .xls file is damaged or truncated and cannot be opened.", e);
        }
        return new SniffResult(SourceFormat.XLS_BIFF, null, (char) 0, SourceFormat.XLS_BIFF.label());
    }

    /** UTF-8 if the sample decodes cleanly as UTF-8 (ignoring a sequence cut at the end), else Windows-1252. */
    private static Charset guessCharset(byte[] head) {
        int zeros = 0;
        for (int i = 1; i < Math.min(head.length, 4096); i += 2) {
            if (head[i] == 0) {
                zeros++;
            }
        }
        if (zeros > Math.min(head.length, 4096) / 8) {
            return StandardCharsets.UTF_16LE; // UTF-16 without a BOM: ASCII text with every other byte zero
        }
        int end = head.length;
        if (end == SAMPLE) {
            // Back off to a character boundary so a multi-byte sequence cut by the sample is not held against UTF-8.
            while (end > 0 && (head[end - 1] & 0xC0) == 0x80) {
                end--;
            }
            if (end > 0 && (head[end - 1] & 0x80) != 0) {
                end--;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(head, 0, end));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    private static String decode(byte[] head, int skip, Charset charset) {
        return new String(head, skip, head.length - skip, charset);
    }

    private static boolean looksBinary(String text) {
        int control = 0;
        int n = Math.min(text.length(), 8192);
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                control++;
            }
        }
        return n == 0 || control > n / 100 + 1;
    }

    /**
     * The delimiter that splits the most lines into the same number of fields. Report titles above
     * the header have none, so consistency across lines wins over raw counts.
     */
    static char detectDelimiter(String text) {
        String[] lines = text.split("\r\n|\n|\r", 200);
        char best = ',';
        long bestScore = 0;
        for (char d : DELIMITERS) {
            java.util.Map<Integer, Integer> freq = new java.util.HashMap<>();
            for (int i = 0; i < Math.min(lines.length, 199); i++) {
                int n = countOutsideQuotes(lines[i], d);
                if (n > 0) {
                    freq.merge(n, 1, Integer::sum);
                }
            }
            for (var e : freq.entrySet()) {
                long score = (long) e.getValue() * 1000 + e.getKey();
                if (score > bestScore) {
                    bestScore = score;
                    best = d;
                }
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        boolean quoted = false;
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static String hex(byte[] head) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(8, head.length); i++) {
            sb.append(String.format("%02X ", head[i] & 0xFF));
        }
        return sb.toString().strip();
    }

    private static String preview(String text) {
        String s = text.strip().replaceAll("\\s+", " ");
        return "'" + (s.length() > 80 ? s.substring(0, 80) + "…" : s) + "'";
    }
}
