package com.arworkbench.cli;

import static com.arworkbench.cli.CliRun.assertOneErrorLine;
import static com.arworkbench.cli.CliRun.partFiles;
import static com.arworkbench.cli.CliRun.run;
import static com.arworkbench.support.Workbooks.money;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun.Result;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line through {@link Main#run}: exit codes, one-line messages, and workbooks read back with POI. */
class MainTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path NETSUITE = FIXTURES.resolve("netsuite-aging-detail.csv");
    private static final String NETSUITE_AS_OF = "2026-07-31";

    @TempDir
    Path tmp;

    @Test
    void benchJobLoadSaysWhereTheLoadHarnessWent() {
        String line = assertOneErrorLine(run("bench", "--job", "load"));
        assertTrue(line.contains("not in the jar"), line);
        assertTrue(line.contains("src/test/java/com/arworkbench/cli/LoadTest.java"), line);
        assertTrue(line.contains("com.arworkbench.cli.LoadTest"), line);
    }

    // ---------------------------------------------------------------- aging

    /** A port already in use is one plain line naming the flag, not "unexpected failure… please report it". */
    @Test
    void serveOnAPortInUseSaysSoInOneLine() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            String line = assertOneErrorLine(run("serve", "--port", String.valueOf(taken.getLocalPort())));
            assertTrue(line.contains("port " + taken.getLocalPort()) && line.contains("is in use")
                    && line.contains("--port"), line);
            assertFalse(line.contains("unexpected"), line);
        }
    }

    @Test
    void agingWritesTheWorkbookAndOneSummaryLine() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve("expected/netsuite-aging-detail.json").toFile());
        Path out = tmp.resolve("netsuite.xlsx");
        Result r = run("aging", NETSUITE.toString(), "--as-of", expected.get("asOf").asText(), "--out", out.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(1, r.outLines().size(), r.out());
        String line = r.outLines().get(0);
        for (String part : List.of("rows read", expected.get("rowsAged").asInt() + " aged", "NetSuite", "ALL CHECKS OK",
                "45932.69", out.toString())) {
            assertTrue(line.contains(part), "'" + part + "' in: " + line);
        }

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet detail = wb.getSheet("Detail");
            assertEquals(expected.get("rowsAged").asInt(),
                    Workbooks.dataRows(detail, Workbooks.headerRow(detail, "Source row")).size(), "Detail rows");
            Sheet summary = wb.getSheet("Summary");
            int h = Workbooks.headerRow(summary, "Customer ID");
            Workbooks.assertMoney("45932.69", Workbooks.rowWithText(summary, 0, "Total")
                    .getCell(Workbooks.column(summary, h, "Total")), "grand total");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
        assertEquals(List.of(), partFiles(tmp), "no partial files left");
    }

    @Test
    void customBucketsReplaceTheSummaryColumnsAndStillAddUp() throws Exception {
        Path out = tmp.resolve("buckets.xlsx");
        Result r = run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--buckets", "15,45", "--out", out.toString());
        assertEquals(0, r.code(), r.err());

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet s = wb.getSheet("Summary");
            int h = Workbooks.headerRow(s, "Customer ID");
            List<String> headers = new ArrayList<>();
            for (Cell c : s.getRow(h)) {
                headers.add(text(c));
            }
            int currency = headers.indexOf("Currency");
            int total = headers.indexOf("Total");
            assertTrue(currency >= 0 && total > currency, "headers " + headers);
            assertEquals(List.of("Current", "1-15", "16-45", "Over 45"), headers.subList(currency + 1, total));

            List<Row> rows = new ArrayList<>(Workbooks.dataRows(s, h));
            assertEquals(4, rows.size(), "customer rows");
            Row grand = Workbooks.rowWithText(s, 0, "Total");
            rows.add(grand);
            for (Row row : rows) {
                BigDecimal sum = BigDecimal.ZERO.setScale(2);
                for (int c = currency + 1; c < total; c++) {
                    sum = sum.add(money(row.getCell(c)));
                }
                assertEquals(money(row.getCell(total)), sum, "buckets add up on row " + (row.getRowNum() + 1));
            }
            assertEquals(new BigDecimal("45932.69"), money(grand.getCell(total)));
            // INV10452 (due 7/31) is current; INV10311 (due 6/30, 31 days) lands in 16-45
            Workbooks.assertMoney("27162.40", grand.getCell(currency + 1), "Current");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
    }

    @Test
    void documentBasisAgesFromTheDocumentDate() throws Exception {
        LocalDate asOf = LocalDate.parse(NETSUITE_AS_OF);
        Path byDue = tmp.resolve("due.xlsx");
        Path byDocument = tmp.resolve("document.xlsx");
        assertEquals(0, run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--out", byDue.toString()).code());
        Result r = run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--basis", "document",
                "--out", byDocument.toString());
        assertEquals(0, r.code(), r.err());

        // INV10452: document 7/1/2026, due 7/31/2026
        assertEquals(0, daysPastDue(byDue, "INV10452", null));
        LocalDate[] documentDate = new LocalDate[1];
        long days = daysPastDue(byDocument, "INV10452", documentDate);
        assertEquals(LocalDate.of(2026, 7, 1), documentDate[0]);
        assertEquals(ChronoUnit.DAYS.between(documentDate[0], asOf), days);
        assertEquals(30, days);
        try (XSSFWorkbook wb = Workbooks.open(byDocument)) {
            Row basis = Workbooks.rowWithText(wb.getSheet("About"), 0, "Aging basis");
            assertEquals("document date", text(basis.getCell(1)));
        }
    }

    private static long daysPastDue(Path xlsx, String documentNo, LocalDate[] documentDate) throws IOException {
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            Sheet d = wb.getSheet("Detail");
            int h = Workbooks.headerRow(d, "Source row");
            Row row = Workbooks.rowWithText(d, Workbooks.column(d, h, "Document no."), documentNo);
            if (documentDate != null) {
                documentDate[0] = row.getCell(Workbooks.column(d, h, "Document date")).getLocalDateTimeCellValue()
                        .toLocalDate();
            }
            return (long) row.getCell(Workbooks.column(d, h, "Days past due")).getNumericCellValue();
        }
    }

    @Test
    void aForcedProfileThatFitsIsUsed() throws Exception {
        Path out = tmp.resolve("forced.xlsx");
        Result r = run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--profile", "netsuite",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            String profile = text(Workbooks.rowWithText(wb.getSheet("About"), 0, "ERP profile").getCell(1));
            assertTrue(profile.startsWith("NetSuite") && profile.endsWith("(forced)"), profile);
            Sheet detail = wb.getSheet("Detail");
            assertEquals(16, Workbooks.dataRows(detail, Workbooks.headerRow(detail, "Source row")).size());
        }
    }

    @Test
    void anUnknownProfileIsOneErrorLine() {
        Path out = tmp.resolve("unknown.xlsx");
        Result r = run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--profile", "no-such-erp",
                "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertTrue(line.contains("no-such-erp"), line);
        assertTrue(line.contains("sap-fbl5n"), "lists the known profiles: " + line);
        assertFalse(Files.exists(out));
    }

    @Test
    void aColumnMappingReadsAnExportNoProfileKnows() throws Exception {
        Path csv = tmp.resolve("odd.csv");
        Files.writeString(csv, """
                Client,Inv #,Inv Date,Pay By,Balance
                Alpha Ltd,A-1,2026-05-01,2026-05-31,100.00
                Alpha Ltd,A-2,2026-06-10,2026-07-10,250.50
                Beta GmbH,B-1,2026-03-01,2026-03-31,-40.25
                """, StandardCharsets.UTF_8);
        Path mapping = tmp.resolve("mapping.json");
        Files.writeString(mapping, """
                {"columns": {"customer": "Client", "documentNumber": "Inv #", "documentDate": "Inv Date",
                             "dueDate": "Pay By", "openAmount": "Balance"}}
                """, StandardCharsets.UTF_8);
        Path out = tmp.resolve("mapped.xlsx");
        Result r = run("aging", csv.toString(), "--as-of", "2026-07-31", "--mapping", mapping.toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("3 aged"), r.out());

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            String profile = text(Workbooks.rowWithText(wb.getSheet("About"), 0, "ERP profile").getCell(1));
            assertTrue(profile.contains("mapping.json") && profile.toLowerCase().contains("custom mapping"), profile);
            Sheet s = wb.getSheet("Summary");
            int h = Workbooks.headerRow(s, "Customer ID");
            Row grand = Workbooks.rowWithText(s, 0, "Total");
            Workbooks.assertMoney("310.25", grand.getCell(Workbooks.column(s, h, "Total")), "total");
            Workbooks.assertMoney("100.00", grand.getCell(Workbooks.column(s, h, "61-90")), "A-1 is 61 days past due");
            Workbooks.assertMoney("250.50", grand.getCell(Workbooks.column(s, h, "1-30")), "A-2 is 21 days past due");
            Workbooks.assertMoney("-40.25", grand.getCell(Workbooks.column(s, h, "Over 120")), "B-1 is 122 days past due");
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
        }
    }

    // ---------------------------------------------------------------- failures

    @Test
    void missingAsOfIsAUsageError() {
        Path out = tmp.resolve("x.xlsx");
        Result r = run("aging", NETSUITE.toString(), "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(2, r.code());
        assertTrue(line.contains("--as-of"), line);
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingInputFileIsOneErrorLine() {
        Path missing = tmp.resolve("does-not-exist.csv");
        Path out = tmp.resolve("x.xlsx");
        Result r = run("aging", missing.toString(), "--as-of", NETSUITE_AS_OF, "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertTrue(line.contains("does-not-exist.csv"), line);
        assertFalse(Files.exists(out));
    }

    @Test
    void randomBytesFailWithoutLeavingFilesBehind() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path input = tmp.resolve("export.csv");
        byte[] noise = new byte[4096];
        new Random(42).nextBytes(noise);
        Files.write(input, noise);
        Path out = dir.resolve("aging.xlsx");

        Result r = run("aging", input.toString(), "--as-of", NETSUITE_AS_OF, "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertEquals(1, r.code());
        assertTrue(line.toLowerCase().contains("expected"), "says what was expected: " + line);
        assertFalse(Files.exists(out), "no workbook after a failed run");
        assertEquals(List.of(), partFiles(dir), "no partial file after a failed run");
    }

    @Test
    void aFailedRunKeepsAnEarlierWorkbook() throws Exception {
        Path out = tmp.resolve("keep.xlsx");
        assertEquals(0, run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--out", out.toString()).code());
        byte[] before = Files.readAllBytes(out);
        Path empty = Files.createFile(tmp.resolve("empty.csv"));
        Result r = run("aging", empty.toString(), "--as-of", NETSUITE_AS_OF, "--out", out.toString());
        String line = assertOneErrorLine(r);
        assertTrue(line.contains("empty"), line);
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out)), "the earlier workbook is untouched");
        assertEquals(List.of(), partFiles(tmp));
    }

    @Test
    void outNamingAFolderIsAUsageErrorAndTheFolderStays() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("reports"));
        Result r = run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--out", folder.toString());
        String line = assertOneErrorLine(r);
        assertEquals(2, r.code());
        assertTrue(line.contains("folder"), line);
        assertTrue(Files.isDirectory(folder), "an empty folder given as --out is not replaced by the workbook");
        assertEquals(List.of(), partFiles(tmp));
    }

    // ---------------------------------------------------------------- inspect, help

    @Test
    void inspectPrintsJsonWithTheProfile() throws Exception {
        Result r = run("inspect", NETSUITE.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("netsuite", report.get("profile").get("id").asText());
        assertEquals(5, report.get("headerRow").asLong());
        assertEquals(16, report.get("dataRows").asLong());
        assertEquals("45932.69", report.get("controlTotals").get(0).get("amount").asText());
    }

    @Test
    void helpPrintsUsage() {
        Result r = run("help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Usage:"), r.out());
        assertTrue(r.out().contains("aging"), r.out());
        assertTrue(r.out().contains("--as-of"), r.out());
        assertTrue(r.out().contains("sap-fbl5n"), "lists profiles: " + r.out());
        assertEquals(0, run().code(), "no arguments prints usage too");
    }

    @Test
    void unknownCommandOrOptionIsAUsageError() {
        Result cmd = run("frobnicate");
        assertEquals(2, cmd.code());
        assertTrue(assertOneErrorLine(cmd).contains("frobnicate"));
        Result opt = run("aging", NETSUITE.toString(), "--as-of", NETSUITE_AS_OF, "--out", tmp.resolve("o.xlsx").toString(),
                "--colour", "blue");
        assertEquals(2, opt.code());
        assertTrue(assertOneErrorLine(opt).contains("--colour"));
    }
}
