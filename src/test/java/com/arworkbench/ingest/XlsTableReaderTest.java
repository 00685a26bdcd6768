package com.arworkbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsTableReaderTest {

    @TempDir
    Path temp;

    @Test
    void readsAnAgingExportWithExcelCellConventions() throws Exception {
        List<RawRow> rows = ReadRows.all(new XlsTableReader(writeAging("aging.xls")));

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
    void stopsEarlyAndRereadsFromTheTop() throws Exception {
        XlsTableReader reader = new XlsTableReader(writeAging("aging.xls"));

        assertEquals(List.of("1: [Acme Corp]", "2: [A/R Aging Detail]"),
                ReadRows.describeAll(ReadRows.first(reader, 2)));
        assertEquals(ReadRows.describeAll(ReadRows.all(reader)), ReadRows.describeAll(ReadRows.all(reader)));
    }

    @Test
    void anEncryptedWorkbookIsUnreadable() throws Exception {
        Path file = temp.resolve("protected.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Aging").createRow(0).createCell(0).setCellValue("Acme Corp");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                write(wb, file);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new XlsTableReader(file).read(row -> true));

        assertEquals("The workbook is password-protected (encrypted). Remove the password in Excel and export again.",
                e.getMessage());
    }

    @Test
    void otherFormatsAreUnreadableWithAReadableMessage() throws Exception {
        Path xlsx = temp.resolve("really-xlsx.xls");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Aging");
            write(wb, xlsx);
        }
        Path html = temp.resolve("netsuite.xls");
        Files.writeString(html, "<html><body><table><tr><td>Acme Corp</td></tr></table></body></html>");

        assertEquals("The file is an Excel workbook in the newer .xlsx format, not an Excel 97-2003 workbook (.xls).",
                unreadable(xlsx).getMessage());
        assertEquals("The file is not an Excel 97-2003 workbook (.xls): it does not have the binary Office file structure.",
                unreadable(html).getMessage());
    }

    private static UnreadableFileException unreadable(Path file) {
        return assertThrows(UnreadableFileException.class, () -> new XlsTableReader(file).read(row -> true));
    }

    private Path writeAging(String name) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            CellStyle date = formatted(wb, "m/d/yyyy");
            CellStyle dateTime = formatted(wb, "yyyy-mm-dd hh:mm");
            Sheet sheet = wb.createSheet("AR Aging");
            sheet.createRow(0).createCell(0).setCellValue("Acme Corp");
            sheet.createRow(1).createCell(0).setCellValue("A/R Aging Detail");
            sheet.createRow(2).createCell(0).setCellValue("As of Jul 25, 2026");
            Row header = sheet.createRow(4);
            String[] titles = {"Customer", "Document No.", "Date", "Due Date", "Amount", "Open Balance"};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
            }

            Row r6 = sheet.createRow(5);
            r6.createCell(0).setCellValue("Café Lumière SARL");
            r6.createCell(1).setCellValue("000123");
            dated(r6, 2, LocalDate.of(2026, 7, 15), date);
            dated(r6, 3, LocalDate.of(2026, 8, 14), date);
            r6.createCell(4).setCellValue(1234.56);
            r6.createCell(5).setCellValue(1234.56);

            Row r7 = sheet.createRow(6);
            r7.createCell(0).setCellValue("Northwind Traders");
            r7.createCell(1).setCellValue("000124");
            dated(r7, 2, LocalDate.of(2026, 6, 30), date);
            r7.createCell(4).setCellValue(-50);
            r7.createCell(5).setCellFormula("E7");

            Row r8 = sheet.createRow(7);
            RichTextString customer = wb.getCreationHelper().createRichTextString("Globex Corporation");
            Font bold = wb.createFont();
            bold.setBold(true);
            customer.applyFont(0, 6, bold); // rich text runs must come out as one plain string
            r8.createCell(0).setCellValue(customer);
            r8.createCell(1).setCellValue("000125");
            r8.createCell(2).setCellValue(LocalDateTime.of(2026, 7, 1, 13, 45));
            r8.getCell(2).setCellStyle(dateTime);
            r8.createCell(3).setCellValue(true);
            r8.createCell(4).setCellValue(0.1 + 0.2);
            r8.createCell(5).setCellValue(45123);

            sheet.createRow(8);

            Row total = sheet.createRow(9);
            total.createCell(0).setCellValue("TOTAL");
            total.createCell(3).setCellFormula("A10&\" (USD)\"");
            total.createCell(4).setCellFormula("SUM(E6:E7)");
            total.createCell(5).setCellErrorValue(FormulaError.NA.getCode());

            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = temp.resolve(name);
            write(wb, file);
            return file;
        }
    }

    private static void dated(Row row, int column, LocalDate value, CellStyle style) {
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

    private static CellStyle formatted(Workbook wb, String format) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat(format));
        return style;
    }

    private static void write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
