package com.arworkbench.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlTableReaderTest {

    @TempDir
    Path temp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(HtmlTableReaderTest.class.getResource("/ingest/" + name).toURI());
    }

    @Test
    void readsEveryTableRowAsDisplayedText() throws Exception {
        List<RawRow> rows = ReadRows.all(new HtmlTableReader(resource("aging-netsuite.html"), null));

        assertEquals(List.of(
                "1: [Acme Corp, , , , , ]",
                "2: [A/R Aging Detail, , , , , ]",
                "3: [As of Jul 25, 2026, , , , , ]",
                "4: [Customer, Document No., Date, Due Date, Amount, Open Balance]",
                "5: [Café Lumière SARL, 000123, 07/15/2026, 08/14/2026, 1,234.56, 1,234.56]",
                "6: [Northwind Traders, 000124, 06/30/2026, 07/30/2026, (50.00), -50.00]",
                "7: [Globex Corporation, 000125, 07/01/2026, , , 0.00]",
                "8: [, , , , , ]",
                "9: [TOTAL, , , , 1,184.56, 1,184.56]"), ReadRows.describeAll(rows));
        assertTrue(rows.get(7).isBlank());
    }

    @Test
    void fallsBackToWindows1252WhenBytesAreNotUtf8() throws Exception {
        List<RawRow> rows = ReadRows.all(new HtmlTableReader(resource("line-items-sap-cp1252.html"), null));

        assertEquals("4: [Société Générale, 000123, 15.07.2026, 1.234,56]", ReadRows.describe(rows.get(3)));
        assertEquals("5: [Müller GmbH – Berlin, 000124, 30.06.2026, -50,00]", ReadRows.describe(rows.get(4)));
    }

    @Test
    void givenCharsetWinsOverDetection() throws Exception {
        List<RawRow> rows = ReadRows.all(new HtmlTableReader(resource("aging-netsuite.html"), StandardCharsets.ISO_8859_1));

        // UTF-8 "é" read as Latin-1 is two characters: proof the caller's choice was used.
        assertEquals("CafÃ© LumiÃ¨re SARL", rows.get(4).cell(0));
    }

    @Test
    void readsTheSheetPartOfAnExcelWebArchive() throws Exception {
        List<RawRow> rows = ReadRows.all(new HtmlTableReader(resource("aging-excel-webarchive.mht"), null));

        assertEquals(List.of(
                "1: [Acme Corp, , , , ]",
                "2: [A/R Aging Detail, , , , ]",
                "3: [Customer, Document No., Posting Date, Amount, Open Amount]",
                "4: [Société Générale Investment Banking Division Europe, 000123, 7/15/2026, 1,234.56, 1,234.56]",
                "5: [Globex Corporation, 000124, 6/30/2026, -50.00, -50.00]",
                "6: [, , , , ]",
                "7: [TOTAL, , , 1,184.56, 1,184.56]"), ReadRows.describeAll(rows));
    }

    @Test
    void decodesBase64PartsWithTheirDeclaredCharset() throws Exception {
        String page = "<html><body><table><tr><td>Société</td><td>000123</td></tr></table></body></html>";
        String body = Base64.getMimeEncoder().encodeToString(page.getBytes(Charset.forName("windows-1252")));
        String mhtml = "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/related;\r\n\tboundary=\"b1\"; type=\"text/html\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/html; charset=windows-1252\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + body + "\r\n--b1--\r\n";
        Path file = temp.resolve("sap-export.xls");
        Files.writeString(file, mhtml, StandardCharsets.US_ASCII);

        assertEquals(List.of("1: [Société, 000123]"), ReadRows.describeAll(ReadRows.all(new HtmlTableReader(file, null))));
    }

    @Test
    void stopsEarlyAndRereadsFromTheTop() throws Exception {
        HtmlTableReader reader = new HtmlTableReader(resource("aging-excel-webarchive.mht"), null);

        assertEquals(List.of("1: [Acme Corp, , , , ]"), ReadRows.describeAll(ReadRows.first(reader, 1)));
        assertEquals(ReadRows.describeAll(ReadRows.all(reader)), ReadRows.describeAll(ReadRows.all(reader)));
    }

    @Test
    void aFileWithoutRowsIsUnreadable() throws IOException {
        Path file = temp.resolve("report.xls");
        Files.writeString(file, "<html><body><p>No data for the selected period.</p></body></html>");

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new HtmlTableReader(file, null).read(row -> true));

        assertEquals("The HTML file contains no table rows.", e.getMessage());
    }
}
