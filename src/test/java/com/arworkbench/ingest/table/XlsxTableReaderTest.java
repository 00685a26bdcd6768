package com.arworkbench.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxTableReaderTest {

    @TempDir
    Path temp;

    @Test
    void readsAnAgingExportWithExcelCellConventions() throws Exception {
        List<RawRow> rows = ReadRows.all(new XlsxTableReader(writeAging(new XSSFWorkbook(), "aging.xlsx")));

        assertEquals(List.of(
                "1: [Acme Corp]",
                "2: [A/R Aging Detail]",
                "3: [As of Jul 25, 2026]",
                "5: [Customer, Document No., Date, Due Date, Amount, Open Balance]",
                "6: [Café Lumière SARL, 000123, 2026-07-15, 2026-08-14, 1234.56, 1234.56]",
                "7: [Northwind Traders, 000124, 2026-06-30, , -50, -50]",
                "8: [Globex Corporation, 000125, 2026-07-01T13:45:00, TRUE, 0.3, 45123]",
                "9: []",
                "10: [TOTAL, , , TOTAL (USD), 1184.56, #N/A]"), ReadRows.describeAll(rows));
    }

    @Test
    void readsInlineStringsAsWrittenByStreamingWriters() throws Exception {
        List<RawRow> rows = ReadRows.all(new XlsxTableReader(writeAging(new SXSSFWorkbook(), "streamed.xlsx")));

        assertEquals("6: [Café Lumière SARL, 000123, 2026-07-15, 2026-08-14, 1234.56, 1234.56]",
                ReadRows.describe(ReadRows.row(rows, 6)));
    }

    @Test
    void honoursThe1904DateSystem() throws Exception {
        Path file = temp.resolve("mac.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getCTWorkbook().addNewWorkbookPr().setDate1904(true);
            Row row = wb.createSheet("Sheet1").createRow(0);
            row.createCell(0).setCellValue(LocalDate.of(2026, 7, 15)); // POI stores the 1904-based serial
            row.getCell(0).setCellStyle(AgingExportWorkbook.formatted(wb, "m/d/yyyy"));
            AgingExportWorkbook.save(wb, file);
        }

        assertEquals(List.of("1: [2026-07-15]"), ReadRows.describeAll(ReadRows.all(new XlsxTableReader(file))));
    }

    @Test
    void stopsEarlyAndRereadsFromTheTop() throws Exception {
        XlsxTableReader reader = new XlsxTableReader(writeAging(new XSSFWorkbook(), "aging.xlsx"));

        assertEquals(List.of("1: [Acme Corp]", "2: [A/R Aging Detail]"),
                ReadRows.describeAll(ReadRows.first(reader, 2)));
        List<String> once = ReadRows.describeAll(ReadRows.all(reader));
        assertEquals(once, ReadRows.describeAll(ReadRows.all(reader)));
        assertEquals(9, once.size());
    }

    @Test
    void skipsAChartSheetThatComesFirst() throws Exception {
        Path file = handMadePackage(true);

        assertEquals(List.of("1: [Acme Corp, , 000123]"), ReadRows.describeAll(ReadRows.all(new XlsxTableReader(file))));
    }

    @Test
    void aChartOnlyWorkbookIsUnreadable() throws Exception {
        Path file = handMadePackage(false);

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new XlsxTableReader(file).read(row -> true));

        assertEquals("The workbook has no worksheet with cells, only a chart sheet.", e.getMessage());
    }

    @Test
    void anEncryptedWorkbookIsUnreadable() throws Exception {
        Path file = temp.resolve("protected.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Aging").createRow(0).createCell(0).setCellValue("Acme Corp");
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                wb.write(data);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new XlsxTableReader(file).read(row -> true));

        assertEquals(FormatSniffer.PASSWORD_PROTECTED,
                e.getMessage());
    }

    @Test
    void garbageAndOtherFormatsAreUnreadableWithAReadableMessage() throws Exception {
        Path text = temp.resolve("notes.xlsx");
        Files.writeString(text, "Customer;Amount\nAcme;12.50\n");
        Path truncatedZip = temp.resolve("truncated.xlsx");
        Files.write(truncatedZip, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8});
        Path legacy = temp.resolve("legacy.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Aging");
            AgingExportWorkbook.save(wb, legacy);
        }

        assertEquals("The file is not an Excel workbook (.xlsx): it looks like a file of unknown type.",
                unreadable(text).getMessage());
        assertEquals("The file is not a valid Excel workbook (.xlsx): its package structure is damaged or incomplete.",
                unreadable(truncatedZip).getMessage());
        assertEquals("The file is an Excel 97-2003 workbook (.xls), not an .xlsx workbook.",
                unreadable(legacy).getMessage());
    }

    @Test
    void numberTextFollowsExcels15DigitRuleOnEveryPath() {
        String[] values = {"45123", "1234.56", "-50", "0.30000000000000004", "1234.5599999999999", "100", "0",
                "-0", "0.0", "007", "0.50", "1.5E3", "-5.0E1", "1E-7", "123456789012345678", "-.5", "5.",
                "0.000000000000001", "99999999999999.99", "-0.000123"};
        for (String value : values) {
            BigDecimal rule = new BigDecimal(value).round(new MathContext(15));
            String expected = rule.signum() == 0 ? "0" : rule.stripTrailingZeros().toPlainString();
            assertEquals(expected, SpreadsheetCellText.plainNumber(value), value);
        }
        assertEquals("ACME-7", SpreadsheetCellText.plainNumber("ACME-7"));
    }

    @Test
    void decodesExcelCharacterEscapes() {
        assertEquals("Line 1\rLine 2 _x12_", XlsxTableReader.decodeExcelEscapes("Line 1_x000D_Line 2 _x12_"));
    }

    private static UnreadableFileException unreadable(Path file) {
        return assertThrows(UnreadableFileException.class, () -> new XlsxTableReader(file).read(row -> true));
    }

    /** The aging export of {@link AgingExportWorkbook}, written with the given (closed afterwards) workbook. */
    private Path writeAging(Workbook wb, String name) throws IOException {
        try (wb) {
            return AgingExportWorkbook.write(wb, temp.resolve(name));
        }
    }

    /**
     * POI usermodel cannot create chart sheets, so this package is assembled by hand: a chart sheet
     * and, optionally, a worksheet after it.
     */
    private Path handMadePackage(boolean withWorksheet) throws IOException {
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/chartsheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml\"/>"
                + (withWorksheet ? "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" : "")
                + "</Types>");
        parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<workbook xmlns=\"" + main + "\" xmlns:r=\"" + rel + "\"><sheets>"
                + "<sheet name=\"Chart1\" sheetId=\"1\" r:id=\"rId1\"/>"
                + (withWorksheet ? "<sheet name=\"Aging\" sheetId=\"2\" r:id=\"rId2\"/>" : "")
                + "</sheets></workbook>");
        parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + rel + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/>"
                + (withWorksheet ? "<Relationship Id=\"rId2\" Type=\"" + rel + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>" : "")
                + "</Relationships>");
        parts.put("xl/chartsheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<chartsheet xmlns=\"" + main + "\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>");
        if (withWorksheet) {
            // no r attributes on the cells: positions follow from order, and C1 follows an empty B1
            parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"" + main + "\"><sheetData><row>"
                    + "<c t=\"inlineStr\"><is><t>Acme </t><r><t>Corp</t></r><rPh><t>x</t></rPh></is></c>"
                    + "<c/><c t=\"inlineStr\"><is><t>000123</t></is></c>"
                    + "</row></sheetData></worksheet>");
        }
        Path file = temp.resolve(withWorksheet ? "chart-then-sheet.xlsx" : "chart-only.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
