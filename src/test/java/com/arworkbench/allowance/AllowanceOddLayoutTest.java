package com.arworkbench.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated history of {@link AllowanceGeneratedHistoryTest} laid out as a German ERP would export it: semicolons,
 * decimal commas, day-first dates, "Kundennr." beside "Kunde", "Ausgeglichen am" for the settlement date, no currency
 * column. The provision must be the oracle's, or the run must say what it could not read.
 */
class AllowanceOddLayoutTest {

    @TempDir
    Path tmp;

    private static String de(String usDate) {
        String[] p = usDate.split("/");
        return String.format("%02d.%02d.%s", Integer.parseInt(p[1]), Integer.parseInt(p[0]), p[2]);
    }

    private static String iso(String isoDate) {
        String[] p = isoDate.split("-");
        return p[2] + "." + p[1] + "." + p[0];
    }

    private static String id(String name) {
        return "K" + name.substring(name.length() - 2);
    }

    /** The three files in the German layout; {@code settled} is the settlement date's header. */
    private Path[] german(String settled, boolean writeOffsInHistory) throws Exception {
        Path dir = AllowanceGeneratedHistoryTest.DIR;
        List<String> history = new ArrayList<>(List.of("Belegart;Kundennr.;Kunde;Rechnung;Rechnungsdatum;Fällig am;Betrag;"
                + "Offen;" + settled));
        for (String l : Files.readAllLines(dir.resolve("history.csv")).subList(1, 14601)) {
            String[] f = l.split(",", -1);
            history.add(String.join(";", "Rechnung", id(f[3]), f[3], f[2], de(f[1]), de(f[4]), f[5].replace('.', ','),
                    f[6].replace('.', ','), f[8].isEmpty() ? "" : de(f[8])));
        }
        List<String> writeOffs = new ArrayList<>(List.of("Datum;Kundennr.;Kunde;Beleg;Betrag"));
        for (String l : Files.readAllLines(dir.resolve("write-offs.csv")).subList(1, 1101)) {
            String[] f = l.split(",", -1);
            writeOffs.add(String.join(";", de(f[1]), id(f[3]), f[3], f[2], f[4].replace('.', ',')));
            if (writeOffsInHistory) {
                history.add(String.join(";", "Ausbuchung", id(f[3]), f[3], f[2], de(f[1]), de(f[1]),
                        f[4].replace('.', ','), "0,00", de(f[1])));
            }
        }
        List<String> open = new ArrayList<>(List.of("Kundennr.;Kunde;Beleg;Belegdatum;Fälligkeit;Betrag;Offener Betrag"));
        for (String l : Files.readAllLines(dir.resolve("open-items.csv")).subList(1, 1321)) {
            String[] f = l.split(",", -1);
            open.add(String.join(";", id(f[0]), f[0], f[1], iso(f[2]), iso(f[3]), f[4].replace('.', ','),
                    f[5].replace('.', ',')));
        }
        Path[] files = {tmp.resolve("offene-posten.csv"), tmp.resolve("rechnungen.csv"), tmp.resolve("ausbuchungen.csv")};
        Files.write(files[0], open, StandardCharsets.UTF_8);
        Files.write(files[1], history, StandardCharsets.UTF_8);
        Files.write(files[2], writeOffs, StandardCharsets.UTF_8);
        return files;
    }

    private static CliRun.Result run(Path[] files, Path out) {
        return CliRun.run("allowance", files[0].toString(), "--history", files[1].toString(), "--write-offs",
                files[2].toString(), "--as-of", "2026-06-30", "--out", out.toString());
    }

    private static void assertProvision(String expected, Path out) throws Exception {
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet s = wb.getSheet("Allowance");
            int h = Workbooks.headerRow(s, "Currency");
            Workbooks.assertMoney(expected, Workbooks.dataRows(s, h).get(0).getCell(Workbooks.column(s, h,
                    "Provision required")), "the oracle's provision");
            Sheet c = wb.getSheet("Allowance by customer");
            int ch = Workbooks.headerRow(c, "Customer ID");
            Row first = Workbooks.dataRows(c, ch).get(0);
            assertTrue(Workbooks.text(first.getCell(Workbooks.column(c, ch, "Customer ID"))).startsWith("K"),
                    "Kundennr. read as the customer ID");
            assertEquals("ALL CHECKS OK", Workbooks.text(wb.getSheet("Checks").getRow(2).getCell(1)));
        }
    }

    @Test
    void aGermanExportGivesTheOraclesProvision() throws Exception {
        Path out = tmp.resolve("a.xlsx");
        CliRun.Result r = run(german("Ausgeglichen am", false), out);
        assertEquals(0, r.code(), r.err());
        assertProvision(AllowanceGeneratedHistoryTest.expected().get("provision").asText(), out);
    }

    @Test
    void writeOffsInTheHistoryAndTheExportCountOnce() throws Exception {
        Path out = tmp.resolve("b.xlsx");
        CliRun.Result r = run(german("Ausgeglichen am", true), out);
        assertEquals(0, r.code(), r.err());
        assertProvision(AllowanceGeneratedHistoryTest.expected().get("provision").asText(), out);
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet about = wb.getSheet("About");
            Row line = Workbooks.rowWithText(about, 0, "Allowance write-offs");
            assertTrue(Workbooks.text(line.getCell(1)).contains("1100 in both"), Workbooks.text(line.getCell(1)));
        }
    }

    @Test
    void aHistoryWithoutSettlementDatesIsRefusedSayingWhy() throws Exception {
        CliRun.Result r = run(german("Erledigt", false), tmp.resolve("c.xlsx"));
        assertNotEquals(0, r.code());
        assertTrue(CliRun.assertOneErrorLine(r).contains("no settlement date"), r.err());
    }
}
