package com.arworkbench.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
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
                AgingExportWorkbook.save(wb, file);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
        }

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new XlsTableReader(file).read(row -> true));

        assertEquals(FormatSniffer.PASSWORD_PROTECTED,
                e.getMessage());
    }

    @Test
    void otherFormatsAreUnreadableWithAReadableMessage() throws Exception {
        Path xlsx = temp.resolve("really-xlsx.xls");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Aging");
            AgingExportWorkbook.save(wb, xlsx);
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
            return AgingExportWorkbook.write(wb, temp.resolve(name));
        }
    }
}
