package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One export per ERP layout under src/test/resources/fixtures, each with an expected result
 * computed independently (fixtures/expected/*.json). The workbook is read back with POI and every
 * bucket, total and count compared to the cent.
 */
class FixtureAgingTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    @TempDir
    Path tmp;

    static Stream<String> fixtures() throws Exception {
        try (Stream<Path> s = Files.list(FIXTURES.resolve("expected"))) {
            return s.map(p -> p.getFileName().toString().replace(".json", "")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void agesLikeTheIndependentOracle(String name) throws Exception {
        JsonNode expected = new ObjectMapper().readTree(FIXTURES.resolve("expected/" + name + ".json").toFile());
        Path input;
        try (Stream<Path> s = Files.list(FIXTURES)) {
            input = s.filter(p -> p.getFileName().toString().startsWith(name + ".")).findFirst().orElseThrow();
        }
        Path out = tmp.resolve(name + ".xlsx");
        AgingParameters params = new AgingParameters(LocalDate.parse(expected.get("asOf").asText()), AgingBasis.DUE,
                BucketScheme.standard());
        AgingOutcome outcome;
        try (OutputStream os = Files.newOutputStream(out)) {
            outcome = AgingJob.run(new AgingRequest(input, input.getFileName().toString(), params, IngestOptions.detect(),
                    null), os);
        }
        assertEquals(expected.get("expectedProfile").asText(), outcome.layout().profileId(), "detected profile");

        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals(List.of("Summary", "Detail", "Future-dated", "Exceptions", "Checks", "About"), sheetNames(wb));
            Sheet detail = wb.getSheet("Detail");
            int dh = Workbooks.headerRow(detail, "Source row");
            assertEquals(expected.get("rowsAged").asInt(), Workbooks.dataRows(detail, dh).size(), "rows aged");
            Sheet future = wb.getSheet("Future-dated");
            assertEquals(expected.get("rowsFuture").asInt(),
                    Workbooks.dataRows(future, Workbooks.headerRow(future, "Source row")).size(), "rows future-dated");
            Sheet exceptions = wb.getSheet("Exceptions");
            long rejected = Workbooks.dataRows(exceptions, Workbooks.headerRow(exceptions, "Source row")).stream()
                    .filter(r -> List.of("Rejected", "Not open").contains(text(r.getCell(1)))).count();
            assertEquals(expected.get("rowsRejected").asInt() + expected.path("rowsNotOpen").asInt(), rejected,
                    "rows rejected or not open");

            Sheet summary = wb.getSheet("Summary");
            int sh = Workbooks.headerRow(summary, "Customer ID");
            List<String> labels = List.of("Current", "1-30", "31-60", "61-90", "91-120", "Over 120", "Total");
            var currencies = expected.get("buckets").fields();
            while (currencies.hasNext()) {
                var e = currencies.next();
                String c = e.getKey();
                Row total = Workbooks.rowWithText(summary, 0, c.isEmpty() ? "Total" : "Total " + c);
                for (String label : labels) {
                    assertMoney(e.getValue().get(label).asText(), total.getCell(Workbooks.column(summary, sh, label)),
                            name + " " + c + " " + label);
                }
                assertMoney(expected.get("creditsByCurrency").get(c).asText(),
                        total.getCell(Workbooks.column(summary, sh, "Credits & unapplied")), name + " credits " + c);
            }
            for (JsonNode customer : expected.get("customers")) {
                Row row = customerRow(summary, sh, customer);
                for (String label : labels.subList(0, 6)) {
                    assertMoney(customer.get("buckets").get(label).asText(),
                            row.getCell(Workbooks.column(summary, sh, label)), name + " " + customer.get("key") + " " + label);
                }
                assertMoney(customer.get("total").asText(), row.getCell(Workbooks.column(summary, sh, "Total")),
                        name + " " + customer.get("key") + " total");
            }
            assertEquals(expected.get("customers").size(), Workbooks.dataRows(summary, sh).size(), "customer rows");

            var controls = expected.get("controlTotals").fields();
            while (controls.hasNext()) {
                var e = controls.next();
                assertEquals(0, new BigDecimal(e.getValue().asText()).compareTo(outcome.ingest().controlTotals()
                        .getOrDefault(e.getKey(), outcome.ingest().controlTotals().get(""))), "control total " + e.getKey());
            }
            assertEquals("ALL CHECKS OK", text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)));
            assertTrue(Workbooks.assertCachedValuesRecalculate(wb) > 5);
        }
    }

    private static Row customerRow(Sheet summary, int headerRow, JsonNode customer) {
        String currency = customer.get("currency").asText();
        String id = customer.hasNonNull("id") ? customer.get("id").asText() : "";
        String key = customer.get("key").asText();
        for (Row r : Workbooks.dataRows(summary, headerRow)) {
            boolean sameCustomer = !id.isEmpty() ? id.equals(text(r.getCell(0)))
                    : key.equalsIgnoreCase(text(r.getCell(1))) || key.equals(text(r.getCell(0)));
            if (sameCustomer && currency.equals(text(r.getCell(2)))) {
                return r;
            }
        }
        throw new AssertionError("no Summary row for customer " + customer);
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        return java.util.stream.IntStream.range(0, wb.getNumberOfSheets()).mapToObj(wb::getSheetName).toList();
    }
}
