package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's rows written as XML ({@code workbook.xml}) read back exactly as the same rows written through POI's
 * SXSSF row objects: every cell's type, value, formula and style, row heights, merged cells, continuation sheets and
 * the sheet-level settings; and the zip's CRCs hold for an independent reader (java.util.zip checks them).
 */
class XmlRowsTest {

    @TempDir
    static Path tmp;
    static Path templates;

    /** Text SXSSF escapes, replaces or encodes specially. */
    static final List<String> TEXTS = List.of("plain", "<tag> & \"quoted\"", " leading space", "trailing\t",
            "line\nbreak\r\n", "bell\u0007 and nul\u0000", "nbsp\u00A0here", "Müller · 中文 · €", "emoji \uD83D\uDE00 ok",
            "lone \uD800 high", "lone \uDC00 low", "not a char \uFFFE\uFFFF", "=SUM(A1:A2)", "x".repeat(40_000));

    @BeforeAll
    static void template() throws IOException {
        templates = Files.createDirectories(tmp.resolve("templates"));
        try (XSSFWorkbook t = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(templates.resolve("t.xlsx"))) {
            XSSFSheet s = t.createSheet("Data");
            s.createRow(0).createCell(0).setCellValue("Title {{asOf}}");
            s.createRow(2).createCell(0).setCellValue(WorkbookTemplate.COLUMNS_MARKER);
            t.createSheet("Other").createRow(0).createCell(0).setCellValue("other sheet");
            t.write(out);
        }
    }

    static final List<Column> COLUMNS = List.of(Column.integer("Row"), Column.text("Text"), Column.date("Date"),
            Column.amount("Amount"), Column.percent("Share"), Column.text("Formula text"), Column.amount("Formula"),
            Column.text("Wrapped"), Column.text("Wrapped too"));

    /** The same table written through POI ({@code poi}) or as XML. */
    static Path write(String name, boolean poi, int maxRowIndex) throws IOException {
        Path file = tmp.resolve(name);
        try (StyledWorkbook book = new StyledWorkbook(WorkbookTemplate.load("t.xlsx", templates), tmp)) {
            SheetTable table = book.table("Data", COLUMNS, 1, maxRowIndex);
            if (poi) {
                table.poiRows();
            }
            book.startStreaming();
            LocalDate[] dates = {LocalDate.of(2026, 6, 30), LocalDate.of(1900, 1, 15), LocalDate.of(1900, 3, 1),
                    LocalDate.of(1999, 12, 31), null};
            String[] amounts = {"1234.50", "-0.01", "0", "1E+3", "123456789012.345", "0.000001", "-7"};
            for (int i = 0; i < 3000; i++) {
                var w = table.row();
                w.number(0, i).text(1, TEXTS.get(i % TEXTS.size())).date(2, dates[i % dates.length])
                        .amount(3, new BigDecimal(amounts[i % amounts.length])).value(4, i % 3 == 0 ? null : (long) i);
                if (i % 50 == 0) {
                    w.formula(5, "IF(A" + (w.rowIndex() + 1) + ">0,\"yes\",\"no\")", i > 0 ? "yes" : "no");
                    w.formula(6, "D" + (w.rowIndex() + 1) + "*2", i * 2.5);
                    w.style(0, StyleRole.TOTAL_LABEL);
                }
                if (i % 700 == 0) {
                    w.wrapped(7, 8, "a long note ".repeat(20), 30, StyleRole.TEXT);
                }
                if (i % 333 == 0) {
                    w.style(8, StyleRole.TOTAL_AMOUNT); // a styled blank cell
                }
            }
            table.footerRow().text(1, "Total").formula(3, "SUM(D4:D10)", 42.0).style(3, StyleRole.TOTAL_AMOUNT);
            table.finish();
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    @Test
    void xmlRowsReadBackAsPoisOwnRows() throws IOException {
        Path viaPoi = write("poi.xlsx", true, SheetTable.EXCEL_MAX_ROW_INDEX);
        Path viaXml = write("xml.xlsx", false, SheetTable.EXCEL_MAX_ROW_INDEX);
        assertSameCells(viaPoi, viaXml);
    }

    @Test
    void aTableThatOverflowsContinuesOnNumberedSheetsTheSameWay() throws IOException {
        Path viaPoi = write("poi-parts.xlsx", true, 1000);
        Path viaXml = write("xml-parts.xlsx", false, 1000);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(viaXml))) {
            assertEquals(List.of("Data", "Data (2)", "Data (3)", "Data (4)", "Other"), sheetNames(wb));
        }
        assertSameCells(viaPoi, viaXml);
    }

    @Test
    void everyEntryPassesTheZipReadersCrcCheck() throws IOException {
        Path viaXml = write("xml-crc.xlsx", false, SheetTable.EXCEL_MAX_ROW_INDEX);
        List<String> names = new ArrayList<>();
        try (ZipInputStream zin = new ZipInputStream(Files.newInputStream(viaXml))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                long n = zin.transferTo(OutputStream.nullOutputStream()); // throws ZipException on a bad CRC or size
                names.add(e.getName());
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    assertTrue(n > 200_000, "the rows are in the sheet: " + n);
                }
            }
        }
        assertTrue(names.contains("xl/worksheets/sheet1.xml"), names.toString());
    }

    @Test
    void aWriterOfAnEarlierRowCannotWriteIntoALaterOne() throws IOException {
        try (StyledWorkbook book = new StyledWorkbook(WorkbookTemplate.load("t.xlsx", templates), tmp)) {
            SheetTable table = book.table("Data", COLUMNS, 1);
            book.startStreaming();
            var first = table.row();
            table.row();
            assertThrows(IllegalStateException.class, () -> first.text(1, "late"));
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    static void assertSameCells(Path expectedFile, Path actualFile) throws IOException {
        try (InputStream a = Files.newInputStream(expectedFile); InputStream b = Files.newInputStream(actualFile);
             XSSFWorkbook x = new XSSFWorkbook(a); XSSFWorkbook y = new XSSFWorkbook(b)) {
            assertEquals(sheetNames(x), sheetNames(y));
            for (int i = 0; i < x.getNumberOfSheets(); i++) {
                XSSFSheet s = x.getSheetAt(i);
                XSSFSheet t = y.getSheetAt(i);
                String name = s.getSheetName();
                assertEquals(s.getLastRowNum(), t.getLastRowNum(), name);
                assertEquals(s.getMergedRegions(), t.getMergedRegions(), name);
                assertEquals(s.getCTWorksheet().getDimension().getRef(), t.getCTWorksheet().getDimension().getRef(), name);
                assertEquals(s.getPaneInformation() == null ? null : s.getPaneInformation().getHorizontalSplitPosition(),
                        t.getPaneInformation() == null ? null : t.getPaneInformation().getHorizontalSplitPosition(), name);
                assertEquals(String.valueOf(s.getCTWorksheet().getAutoFilter()), String.valueOf(t.getCTWorksheet().getAutoFilter()), name);
                for (int r = 0; r <= s.getLastRowNum(); r++) {
                    Row p = s.getRow(r);
                    Row q = t.getRow(r);
                    assertEquals(p == null, q == null, name + " row " + (r + 1));
                    if (p == null) {
                        continue;
                    }
                    assertEquals(p.getHeight(), q.getHeight(), name + " row " + (r + 1) + " height");
                    assertEquals(p.getLastCellNum(), q.getLastCellNum(), name + " row " + (r + 1));
                    for (int c = 0; c < p.getLastCellNum(); c++) {
                        String where = name + "!" + new CellReference(r, c).formatAsString();
                        assertEquals(describe(p.getCell(c)), describe(q.getCell(c)), where);
                    }
                }
            }
        }
    }

    static String describe(Cell c) {
        if (c == null) {
            return "none";
        }
        String v = switch (c.getCellType()) {
            case NUMERIC -> "n " + c.getNumericCellValue();
            case STRING -> "s " + c.getStringCellValue();
            case FORMULA -> "f " + c.getCellFormula() + " = " + (c.getCachedFormulaResultType() == CellType.NUMERIC
                    ? c.getNumericCellValue() : c.getStringCellValue());
            case BLANK -> "blank";
            default -> c.getCellType().toString();
        };
        return v + " style " + c.getCellStyle().getIndex();
    }

}
