package com.arworkbench.ingest.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.UnsupportedFormatException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sniffer looks at bytes: names lie (".xls" that is HTML, XML or tab-separated text). */
class FormatSnifferTest {

    @TempDir
    Path tmp;

    private SniffResult sniff(String name, byte[] bytes) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, bytes);
        return FormatSniffer.sniff(f);
    }

    @Test
    void encodingsAndDelimiters() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] csv = "a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + csv.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(csv, 0, withBom, 3, csv.length);
        SniffResult r = sniff("x.csv", withBom);
        assertEquals(StandardCharsets.UTF_8, r.charset());
        assertTrue(r.description().contains("with BOM"));
        assertEquals(',', r.delimiter());

        assertEquals(Charset.forName("windows-1252"),
                sniff("y.csv", "Kunde;Straße\n1;Müller\n".getBytes(Charset.forName("windows-1252"))).charset());
        assertEquals(';', sniff("z.txt", "Title line\n\nA;B;C\n1;2,50;3\n4;5,00;6\n".getBytes(StandardCharsets.UTF_8)).delimiter());
        assertEquals('\t', sniff("sap.xls", "Account\tDocument Number\tAmount\n1\t2\t3,000.00\n".getBytes(StandardCharsets.UTF_8)).delimiter());
        assertEquals('|', sniff("p.txt", "a|b|c\n1|2|3\n".getBytes(StandardCharsets.UTF_8)).delimiter());

        byte[] utf16 = "\uFEFFCustomer\tAmount\nA\t1.00\n".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(StandardCharsets.UTF_16LE, sniff("u.txt", utf16).charset());
    }

    @Test
    void xlsFilesThatAreReallyHtmlOrSpreadsheetMl() throws Exception {
        assertEquals(SourceFormat.HTML_TABLE,
                sniff("report.xls", "<html><body><table><tr><td>a</td></tr></table></body></html>".getBytes()).format());
        assertEquals(SourceFormat.SPREADSHEET_ML, sniff("netsuite.xls", ("<?xml version=\"1.0\"?>\n<Workbook xmlns="
                + "\"urn:schemas-microsoft-com:office:spreadsheet\"></Workbook>").getBytes()).format());
    }

    @Test
    void binaryGarbageAndEmptyFilesAreRefusedWithAReason() throws Exception {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        UnreadableFileException e = assertThrows(UnsupportedFormatException.class, () -> sniff("x.csv", noise));
        assertTrue(e.getMessage().contains("Expected"), e.getMessage());
        assertThrows(UnreadableFileException.class, () -> sniff("empty.csv", new byte[0]));
        assertThrows(UnsupportedFormatException.class, () -> sniff("camt.xml", "<?xml version=\"1.0\"?><Document/>".getBytes()));
    }
}
