package com.arworkbench.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetMlTableReaderTest {

    @TempDir
    Path temp;

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(SpreadsheetMlTableReaderTest.class.getResource("/ingest/" + name).toURI());
    }

    @Test
    void readsFirstWorksheetWithIndexesMergesAndTypes() throws Exception {
        List<RawRow> rows = ReadRows.all(new SpreadsheetMlTableReader(resource("aging-netsuite-spreadsheetml.xml")));

        assertEquals(List.of(
                "1: [Acme Corp, , , , , ]",
                "2: [A/R Aging Detail, , , , , ]",
                "3: [As of Jul 25, 2026, , , , , ]",
                "5: [Customer, Document Number, Date, Due Date, Amount, Open Balance]",
                "6: [Café Lumière SARL, 000123, 2026-07-15, 2026-08-14, 1234.56, 1234.56]",
                "7: [Northwind Traders, 000124, 2026-06-30, , -50, -50]",
                "8: [Globex Corporation, 000125, 2026-07-01T13:45:00, TRUE, 0.3, 1500]",
                "9: []",
                "11: [TOTAL, , , , 2684.56, #N/A]"), ReadRows.describeAll(rows));
        assertTrue(ReadRows.row(rows, 9).isBlank());
    }

    @Test
    void stopsEarlyAndRereadsFromTheTop() throws Exception {
        SpreadsheetMlTableReader reader = new SpreadsheetMlTableReader(resource("aging-netsuite-spreadsheetml.xml"));

        List<RawRow> firstTwo = ReadRows.first(reader, 2);
        assertEquals(List.of("1: [Acme Corp, , , , , ]", "2: [A/R Aging Detail, , , , , ]"),
                ReadRows.describeAll(firstTwo));

        assertEquals(ReadRows.describeAll(ReadRows.all(reader)), ReadRows.describeAll(ReadRows.all(reader)));
    }

    @Test
    void rejectsDoctypeWithoutResolvingTheEntity() throws Exception {
        List<RawRow> seen = new ArrayList<>();
        SpreadsheetMlTableReader reader = new SpreadsheetMlTableReader(resource("spreadsheetml-external-entity.xml"));

        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> reader.read(seen::add));

        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertTrue(seen.isEmpty(), "no row may be delivered from a rejected file");
    }

    @Test
    void rejectsXmlThatIsNotSpreadsheetMl() throws IOException {
        Path file = temp.resolve("other.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><invoices><invoice/></invoices>", StandardCharsets.UTF_8);

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new SpreadsheetMlTableReader(file).read(row -> true));

        assertTrue(e.getMessage().contains("<invoices>"), e.getMessage());
    }

    @Test
    void reportsBrokenXmlReadably() throws IOException {
        Path file = temp.resolve("truncated.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">"
                + "<Worksheet><Table><Row><Cell><Data>x", StandardCharsets.UTF_8);

        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> new SpreadsheetMlTableReader(file).read(row -> true));

        assertTrue(e.getMessage().startsWith("The file is not a well-formed Excel 2003 XML spreadsheet"), e.getMessage());
    }
}
