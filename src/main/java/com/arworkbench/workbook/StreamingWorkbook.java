package com.arworkbench.workbook;

import com.arworkbench.workbook.xml.Crc32Combine;
import com.arworkbench.workbook.xml.DeflatedSpool;
import com.arworkbench.workbook.xml.SheetRowsXml;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook, with the big tables' rows written by {@link SheetRowsXml} instead of SXSSF's row
 * objects, deflated while they stream ({@link DeflatedSpool}). When the workbook is written, each such sheet's
 * zip entry is the sheet XML POI made from the template (sheet views, columns, filters, validations, print
 * setup), with the already-deflated rows spliced in as they are: head and tail deflated on their own, the rows'
 * bytes copied, the CRC combined. Nothing is compressed twice and nothing waits for the last row to start
 * compressing. Every other sheet is POI's.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per POI-streamed sheet before they are flushed to the temp file. */
    private static final int ROW_WINDOW = 200;
    private static final String SHEET_DATA = "<sheetData";
    private static final String SHEET_DATA_END = "</sheetData>";

    private final Path workFolder;
    private final Map<XSSFSheet, SheetRowsXml> xmlSheets = new IdentityHashMap<>();
    /** The template XML of each XML-rows sheet, by zip entry name, while the workbook is being written. */
    private final Map<String, byte[]> pendingSheets = new LinkedHashMap<>();

    StreamingWorkbook(XSSFWorkbook template, Path workFolder) {
        super(template, ROW_WINDOW, false, false);
        this.workFolder = workFolder;
    }

    /** The XML row writer of a sheet: every data row of that sheet must then go through it. */
    SheetRowsXml xmlRows(SXSSFSheet sheet, int columns) throws IOException {
        XSSFSheet xs = getXSSFWorkbook().getSheet(sheet.getSheetName());
        if (xmlSheets.containsKey(xs)) {
            throw new IllegalStateException("sheet '" + sheet.getSheetName() + "' already has its XML rows");
        }
        SheetRowsXml rows = new SheetRowsXml(new DeflatedSpool(workFolder), columns);
        xmlSheets.put(xs, rows);
        return rows;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new SheetDataWriter() {
            @Override
            public File createTempFile() throws IOException {
                return workFolder == null ? super.createTempFile()
                        : Files.createTempFile(workFolder, "poi-sxssf-sheet", ".xml").toFile();
            }

            @Override
            public Writer createWriter(File fd) throws IOException {
                return new Utf8FileWriter(new FileOutputStream(fd));
            }
        };
    }

    @Override
    protected void flushSheets() throws IOException {
        super.flushSheets();
        for (Map.Entry<XSSFSheet, SheetRowsXml> e : xmlSheets.entrySet()) {
            XSSFSheet xs = e.getKey();
            SXSSFSheet sx = getSheet(xs.getSheetName());
            if (sx != null && sx.getPhysicalNumberOfRows() > 0) {
                throw new IllegalStateException("sheet '" + xs.getSheetName() + "' has rows written both through POI "
                        + "and as XML; a table's sheet takes its rows from the table only");
            }
            e.getValue().finish();
            dimension(xs, e.getValue());
        }
    }

    /** The sheet's used range as SXSSF derives it from streamed rows (it cannot see the XML ones). */
    private static void dimension(XSSFSheet xs, SheetRowsXml rows) {
        if (rows.lastRow() >= 0 && rows.lastColumn() >= 0) {
            xs.setDimensionOverride(new CellRangeAddress(rows.firstRow(), rows.lastRow(), rows.firstColumn(),
                    rows.lastColumn()));
        }
    }

    @Override
    protected void injectData(ZipEntrySource source, OutputStream out) throws IOException {
        pendingSheets.clear();
        for (XSSFSheet xs : xmlSheets.keySet()) {
            String name = xs.getPackagePart().getPartName().getName().substring(1);
            ZipArchiveEntry entry = source.getEntry(name);
            if (entry == null) {
                throw new IllegalStateException("the workbook has no part " + name);
            }
            try (InputStream in = source.getInputStream(entry)) {
                if (in instanceof ZipArchiveThresholdInputStream t) {
                    t.setGuardState(false);
                }
                pendingSheets.put(name, in.readAllBytes());
            }
        }
        super.injectData(new WithoutEntries(source, pendingSheets.keySet()), out);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zos = new ZipArchiveOutputStream(out) {
            private boolean sheetsAdded;

            @Override
            public void finish() throws IOException {
                if (!sheetsAdded) {
                    sheetsAdded = true;
                    addXmlSheets(this);
                }
                super.finish();
            }
        };
        zos.setUseZip64(Zip64Mode.AsNeeded);
        zos.setLevel(DeflatedSpool.LEVEL); // the other parts: the same level as the big sheets' rows
        return zos;
    }

    /** Each XML-rows sheet as one entry: its template's head, the deflated rows as they are, its tail. */
    private void addXmlSheets(ZipArchiveOutputStream zos) throws IOException {
        for (Map.Entry<String, byte[]> p : pendingSheets.entrySet()) {
            SheetRowsXml rows = rowsOfEntry(p.getKey());
            String xml = new String(p.getValue(), StandardCharsets.UTF_8);
            String[] headTail = split(xml, p.getKey());
            byte[] head = headTail[0].getBytes(StandardCharsets.UTF_8);
            byte[] tail = headTail[1].getBytes(StandardCharsets.UTF_8);
            byte[] headZ = deflate(head, false);
            byte[] tailZ = deflate(tail, true);
            DeflatedSpool spool = rows.spool();
            long crc = Crc32Combine.combine(Crc32Combine.combine(crc(head), spool.crc(), spool.size()), crc(tail),
                    tail.length);
            ZipArchiveEntry entry = new ZipArchiveEntry(p.getKey());
            entry.setMethod(ZipEntry.DEFLATED);
            entry.setCrc(crc);
            entry.setSize(head.length + spool.size() + tail.length);
            entry.setCompressedSize(headZ.length + spool.compressedSize() + tailZ.length);
            try (InputStream body = new SequenceInputStream(Collections.enumeration(List.of(
                    new ByteArrayInputStream(headZ), spool.compressed(), new ByteArrayInputStream(tailZ))))) {
                zos.addRawArchiveEntry(entry, body);
            }
        }
        pendingSheets.clear();
    }

    private SheetRowsXml rowsOfEntry(String name) {
        for (Map.Entry<XSSFSheet, SheetRowsXml> e : xmlSheets.entrySet()) {
            if (e.getKey().getPackagePart().getPartName().getName().substring(1).equals(name)) {
                return e.getValue();
            }
        }
        throw new IllegalStateException("no XML rows for " + name);
    }

    /** The sheet XML before the point the rows go (after the template's own rows) and from there on. */
    static String[] split(String xml, String name) {
        int empty = xml.indexOf("<sheetData/>");
        if (empty >= 0) {
            return new String[] {xml.substring(0, empty) + "<sheetData>",
                    SHEET_DATA_END + xml.substring(empty + "<sheetData/>".length())};
        }
        int end = xml.indexOf(SHEET_DATA_END);
        if (end >= 0 && xml.indexOf(SHEET_DATA) >= 0) {
            return new String[] {xml.substring(0, end), xml.substring(end)};
        }
        throw new IllegalStateException(name + " has no sheetData element");
    }

    /** Raw deflate of {@code data}: ended by a sync flush (more follows) or, when {@code last}, the final block. */
    private static byte[] deflate(byte[] data, boolean last) {
        Deflater d = new Deflater(DeflatedSpool.LEVEL, true);
        try {
            d.setInput(data);
            if (last) {
                d.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 4 + 64);
            byte[] buf = new byte[1 << 14];
            while (true) {
                int n = d.deflate(buf, 0, buf.length, last ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
                out.write(buf, 0, n);
                if (last ? d.finished() : n < buf.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            d.end();
        }
    }

    private static long crc(byte[] b) {
        CRC32 c = new CRC32();
        c.update(b);
        return c.getValue();
    }

    @Override
    public void close() throws IOException {
        try {
            for (SheetRowsXml rows : xmlSheets.values()) {
                rows.close();
            }
        } finally {
            super.close();
        }
    }

    /** A zip's entries but some, for POI to copy while the XML-rows sheets are added apart. */
    private record WithoutEntries(ZipEntrySource source, Set<String> left) implements ZipEntrySource {
        @Override
        public java.util.Enumeration<? extends ZipArchiveEntry> getEntries() {
            return Collections.enumeration(Collections.list(source.getEntries()).stream()
                    .filter(e -> !left.contains(e.getName())).toList());
        }

        @Override
        public ZipArchiveEntry getEntry(String path) {
            return left.contains(path) ? null : source.getEntry(path);
        }

        @Override
        public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
            return source.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            source.close();
        }

        @Override
        public boolean isClosed() {
            return source.isClosed();
        }
    }
}
