package com.arworkbench.ingest.table;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * POI's limits against hostile workbooks, set explicitly in one place instead of relying on
 * defaults that change between POI versions. Called from the readers' static initialisers and at
 * CLI / server start; calling it again is harmless.
 *
 * <p>The values allow a legitimate 1,048,576-row export: its sheet XML is about 500 MB expanded
 * (10 columns) and compresses about 1:10 to 1:20. They refuse a zip bomb, whose parts expand
 * hundreds or thousands of times.
 */
public final class PoiLimits {

    /** Expanded / compressed may be at most 100: real sheet XML is 10-20, a bomb is 1,000 and more. */
    public static final double MIN_INFLATE_RATIO = 0.01;
    /** One part of the zip may expand to at most 2 GiB: 4× a 1M-row, 10-column sheet. */
    public static final long MAX_ENTRY_SIZE = 2L * 1024 * 1024 * 1024;
    /** Parts in one workbook: an export has about ten; POI's own default. */
    public static final long MAX_FILE_COUNT = 1000;
    /** Text POI itself extracts from one part (its extractors and XmlBeans-read parts): 256 Mi characters. */
    public static final long MAX_TEXT_SIZE = 256L * 1024 * 1024;
    /** Largest single byte array POI may allocate (a record, a stream read whole): 256 MiB. */
    public static final int MAX_BYTE_ARRAY = 256 * 1024 * 1024;

    /**
     * Our own readers: the text kept of one cell. Excel holds at most 32,767 characters per cell, so
     * anything longer is cut on output anyway (and counted on About); this bounds memory on a
     * hostile file whose one cell is hundreds of megabytes.
     */
    public static final int MAX_CELL_CHARS = 1024 * 1024;
    /** Our own xlsx reader: the shared-string table kept in memory, in characters (UTF-16 units). */
    public static final long MAX_SHARED_STRING_CHARS = 200L * 1024 * 1024;
    /** ... and in entries: a 1M-row export with ten distinct texts per row has 10 million. */
    public static final int MAX_SHARED_STRINGS = 20_000_000;
    /** styles.xml is parsed whole by POI (XmlBeans); Excel's 64,000 styles need about 15 MB. */
    public static final long MAX_STYLES_BYTES = 64L * 1024 * 1024;
    /** Excel's column limit; cells past it are ignored instead of growing a row without bound. */
    public static final int MAX_COLUMNS = 16384;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    public static void apply() {
        if (applied) {
            return;
        }
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxFileCount(MAX_FILE_COUNT);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
        IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
        applied = true;
    }

    /** The message for a workbook refused by these limits: it names a zip bomb, and what to do if it is genuine. */
    static String zipBombMessage(String what) {
        return "The workbook looks like a zip bomb: " + what + " is far too large when expanded (limits: "
                + MAX_ENTRY_SIZE / (1024 * 1024) + " MB per part, at most " + Math.round(1 / MIN_INFLATE_RATIO)
                + " times its compressed size). It was not opened, as a safety measure. If it is a genuine export, "
                + "open it in Excel, save it again and retry.";
    }

    /** True when POI (or our readers) refused a part as a zip bomb or as too large, anywhere in the cause chain. */
    static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("Zip bomb") || m.contains("potentially malicious") || m.contains("Tried to allocate an array")
                    || m.contains("Tried to read data but the maximum length")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** Appends at most up to {@link PoiLimits#MAX_CELL_CHARS}: one hostile cell must not fill the heap. */
    public static void appendBounded(StringBuilder text, char[] ch, int start, int length) {
        int room = PoiLimits.MAX_CELL_CHARS - text.length();
        if (room > 0) {
            text.append(ch, start, Math.min(length, room));
        }
    }
}
