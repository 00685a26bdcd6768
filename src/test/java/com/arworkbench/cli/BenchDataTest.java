package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.bench.PlainPoiAging;
import com.arworkbench.cli.BenchData.Format;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/**
 * The benchmark's generated inputs: the generic CSV is read as the generic profile with every column, the tool and the
 * plain POI program age the same items of it, and the cash application case has the 19,000 payments.
 */
class BenchDataTest {

    @TempDir
    Path tmp;

    @Test
    void csvStaysTheNetSuiteCsvAndTheFormatsHaveTheirNames() {
        BenchData.FormatName names = new BenchData.FormatName();
        assertEquals(Format.NETSUITE_CSV, names.convert("csv"));
        assertEquals(Format.NETSUITE_CSV, names.convert("netsuite-csv"));
        assertEquals(Format.GENERIC_CSV, names.convert("Generic-CSV"));
        assertEquals(Format.XLSX, names.convert("xlsx"));
        assertThrows(TypeConversionException.class, () -> names.convert("tsv"));
    }

    @Test
    void theGenericCsvIsReadAsTheGenericProfileWithEveryColumn() throws Exception {
        Path csv = tmp.resolve("generic.csv");
        BenchData.writeOpenItems(Format.GENERIC_CSV, csv, 500, 40);
        assertEquals("Customer ID,Customer,Invoice,Invoice date,Due date,Currency,Amount,Open amount",
                Files.readAllLines(csv).get(0));
        CliRun.Result r = CliRun.run("inspect", csv.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode report = new ObjectMapper().readTree(r.out());
        assertEquals("generic", report.path("profile").path("id").asText(), r.out());
        Map<String, String> fields = new TreeMap<>();
        report.path("columns").forEach(c -> fields.put(c.path("header").asText(), c.path("fieldKey").asText()));
        assertEquals(Map.of("Customer ID", "customerId", "Customer", "customer", "Invoice", "documentNumber",
                "Invoice date", "documentDate", "Due date", "dueDate", "Currency", "currency", "Amount", "originalAmount",
                "Open amount", "openAmount"), fields);
    }

    /**
     * On the generic CSV, the tool's aging and the plain program (told the columns) age the same items, and both
     * totals per currency are the file's open amounts of the items not dated after the as-of date, summed here from
     * the text.
     */
    @Test
    void theToolAndThePlainProgramAgeTheSameItemsOfTheGenericCsv() throws Exception {
        Path csv = tmp.resolve("generic.csv");
        BenchData.writeOpenItems(Format.GENERIC_CSV, csv, 2000, 40);
        LocalDate asOf = BenchData.AS_OF;
        Map<String, BigDecimal> expected = new TreeMap<>();
        long expectedItems = 0;
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, 2001)) {
            String[] f = line.split(",");
            if (!LocalDate.parse(f[3]).isAfter(asOf)) {
                expected.merge(f[5], new BigDecimal(f[7]), BigDecimal::add);
                expectedItems++;
            }
        }
        assertTrue(expected.keySet().containsAll(List.of("EUR", "USD")), "both currencies: " + expected);

        Path plainBook = tmp.resolve("plain.xlsx");
        List<String> layout = Format.GENERIC_CSV.plainLayout();
        long plain = PlainPoiAging.run(csv, plainBook, asOf, PlainPoiAging.Layout.of(layout.toArray(String[]::new), 0));
        assertEquals(expectedItems, plain);
        Map<String, BigDecimal> plainTotals = new TreeMap<>();
        try (XSSFWorkbook wb = Workbooks.open(plainBook)) {
            for (Row row : wb.getSheet("Detail")) {
                if (row.getRowNum() > 0) {
                    plainTotals.merge(row.getCell(8).getStringCellValue(),
                            BigDecimal.valueOf(row.getCell(7).getNumericCellValue()).setScale(2,
                                    java.math.RoundingMode.HALF_UP), BigDecimal::add);
                }
            }
        }
        assertEquals(expected, plainTotals);

        CliRun.Result r = CliRun.run("aging", csv.toString(), "--as-of", asOf.toString(), "--out",
                tmp.resolve("tool.xlsx").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains(", " + expectedItems + " aged,"), r.out());
        assertTrue(r.out().contains("profile Generic"), r.out());
        expected.forEach((currency, total) -> assertTrue(r.out().contains(currency + " " + total.toPlainString()),
                currency + " " + total + " in " + r.out()));
    }

    /** Issue 17's cash application case: 19,000 payments against 200,000 open items (one per ten invoices). */
    @Test
    void theCashAppCaseHasAbout19000PaymentsAgainst200000Items() throws Exception {
        Path payments = tmp.resolve("payments.csv");
        long n = BenchData.writePayments(payments, 200_000, 20_000, 200_000 / 10);
        assertEquals(n + 1, Files.readAllLines(payments).size(), "a header and one line per payment");
        // About 95 % of the items are invoices (one in twenty is a credit memo), and every tenth invoice is paid.
        assertTrue(n > 18_800 && n < 19_200, n + " payments");
    }

    @Test
    void aScaledCaseKeepsItsShapeAndAFloor() {
        BenchCase pack = BenchSuite.matrix().stream().filter(c -> c.name().equals("pack")).findFirst().orElseThrow();
        BenchCase small = pack.scaled(0.01);
        assertEquals(10_000, small.rows());
        assertEquals(200, small.customers());
        assertEquals(20_000L, small.historyRows());
        BenchCase tiny = pack.scaled(0.000001);
        assertEquals(10, tiny.rows());
        assertEquals(2, tiny.customers());
    }
}
