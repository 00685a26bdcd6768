package com.arworkbench.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds broken and hostile inputs for the tests, programmatically: the binary ones (bombs,
 * encrypted, truncated, macro-enabled) would be opaque as checked-in fixtures.
 */
public final class HostileFiles {

    public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A NetSuite-style open-items header every test file shares. */
    public static final List<String> HEADER = List.of("Customer", "Transaction Type", "Date", "Document Number", "Due Date",
            "Open Balance");

    private HostileFiles() {
    }

    /** A small, valid open-items workbook: the header and {@code rows} (text cells; amounts as numbers). */
    public static Path xlsx(Path file, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("Open items");
            XSSFRow h = s.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                h.createCell(i).setCellValue(HEADER.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = s.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    if (c == 5) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells.get(c)));
                    } else {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** Twenty ordinary open items, so a workbook has shared strings and a few kilobytes of sheet XML. */
    public static List<List<String>> someRows() {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            rows.add(List.of("Customer " + (i % 4), "Invoice", "5/" + i + "/2026", "INV-" + (1000 + i), "6/" + i + "/2026",
                    (100 + i) + ".25"));
        }
        return rows;
    }

    /** Every entry of a zip, in order, as bytes. */
    public static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> m = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                m.put(e.getName(), in.readAllBytes());
            }
        }
        return m;
    }

    /** Writes {@code parts} as a zip (deflated). */
    public static Path zip(Path file, Map<String, byte[]> parts) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A copy of {@code source} with one part replaced (or added). */
    public static Path withPart(Path source, Path target, String name, String content) throws IOException {
        Map<String, byte[]> parts = entries(source);
        parts.put(name, content.getBytes(StandardCharsets.UTF_8));
        return zip(target, parts);
    }

    /** The first half of the file's bytes: a zip with no central directory. */
    public static Path cutInHalf(Path source, Path target) throws IOException {
        byte[] all = Files.readAllBytes(source);
        return Files.write(target, Arrays.copyOf(all, all.length / 2));
    }

    /** The workbook encrypted with a password, as Excel saves it: an OLE2 file with an EncryptedPackage stream. */
    public static Path encrypted(Path source, Path target, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                Files.copy(source, data);
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                fs.writeFilesystem(out);
            }
        }
        return target;
    }

    /** A workbook whose only sheet is a chart sheet: no cells anywhere. */
    public static Path chartSheetOnly(Path file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/chartsheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml\"/>"
                + "</Types>"));
        parts.put("_rels/.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>"));
        parts.put("xl/workbook.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>"
                + "<sheet name=\"Chart1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
        parts.put("xl/_rels/workbook.xml.rels", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                + "</Relationships>"));
        parts.put("xl/chartsheets/sheet1.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<chartsheet xmlns=\"" + MAIN_NS + "\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>"));
        return zip(file, parts);
    }

    /**
     * The workbook made macro-enabled as Excel saves an .xlsm: a vbaProject.bin part, its
     * relationship, and the macro-enabled content types.
     */
    public static Path macroEnabled(Path source, Path target) throws IOException {
        Map<String, byte[]> parts = entries(source);
        String types = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
                .replace("</Types>", "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>");
        parts.put("[Content_Types].xml", utf8(types));
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                .replace("</Relationships>", "<Relationship Id=\"rIdVba1\" "
                        + "Type=\"http://schemas.microsoft.com/office/2006/relationships/vbaProject\" Target=\"vbaProject.bin\"/>"
                        + "</Relationships>");
        parts.put("xl/_rels/workbook.xml.rels", utf8(rels));
        byte[] vba = new byte[2048];
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(ole2, 0, vba, 0, ole2.length);
        byte[] marker = utf8("Attribute VB_Name = \"ThisWorkbook\"\nSub Auto_Open(): Shell \"calc\": End Sub");
        System.arraycopy(marker, 0, vba, 512, marker.length);
        parts.put("xl/vbaProject.bin", vba);
        return zip(target, parts);
    }

    /**
     * A copy of {@code source} whose part {@code name} is {@code prefix}, then {@code fillBytes}
     * bytes of {@code fill}, then {@code suffix}: a zip bomb of a few megabytes that expands to
     * gigabytes. Written in a second or two: one megabyte of filler is deflated once, after a full
     * flush (which resets the dictionary, so each megabyte compresses to the same bytes), and
     * repeated as raw deflate data.
     */
    public static Path bomb(Path source, Path target, String name, String prefix, long fillBytes, byte fill, String suffix)
            throws IOException {
        int mb = 1024 * 1024;
        if (fillBytes % mb != 0) {
            throw new IllegalArgumentException("whole megabytes only");
        }
        byte[] head = utf8(prefix);
        byte[] block = new byte[mb];
        Arrays.fill(block, fill);
        byte[] tail = utf8(suffix);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        byte[] headZ = deflate(deflater, head, Deflater.FULL_FLUSH);
        byte[] blockZ = deflate(deflater, block, Deflater.FULL_FLUSH);
        deflater.setInput(tail);
        deflater.finish();
        byte[] tailZ = drain(deflater, Deflater.NO_FLUSH);
        deflater.end();
        long blocks = fillBytes / mb;
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        raw.writeBytes(headZ);
        CRC32 crc = new CRC32();
        crc.update(head);
        for (long i = 0; i < blocks; i++) {
            raw.writeBytes(blockZ);
            crc.update(block);
        }
        raw.writeBytes(tailZ);
        crc.update(tail);

        Map<String, byte[]> parts = entries(source);
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(target))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                if (part.getKey().equals(name)) {
                    continue;
                }
                zip.putArchiveEntry(new ZipArchiveEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeArchiveEntry();
            }
            ZipArchiveEntry e = new ZipArchiveEntry(name);
            e.setMethod(ZipEntry.DEFLATED);
            e.setSize(head.length + fillBytes + tail.length);
            e.setCompressedSize(raw.size());
            e.setCrc(crc.getValue());
            try (InputStream in = new ByteArrayInputStream(raw.toByteArray())) {
                zip.addRawArchiveEntry(e, in);
            }
        }
        return target;
    }

    private static byte[] deflate(Deflater d, byte[] input, int flush) {
        d.setInput(input);
        return drain(d, flush);
    }

    private static byte[] drain(Deflater d, int flush) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        while (true) {
            int n = d.deflate(buf, 0, buf.length, flush);
            out.write(buf, 0, n);
            if (n < buf.length && (d.needsInput() || d.finished())) {
                if (flush != Deflater.NO_FLUSH || d.finished()) {
                    break;
                }
            }
        }
        return out.toByteArray();
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
