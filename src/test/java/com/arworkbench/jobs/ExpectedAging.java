package com.arworkbench.jobs;

import static com.arworkbench.support.Workbooks.assertMoney;
import static com.arworkbench.support.Workbooks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Compares a produced aging workbook with an independently computed expectation (fixtures/expected/*.json). */
final class ExpectedAging {

    private ExpectedAging() {
    }

    static void assertWorkbookMatches(JsonNode expected, Path out, AgingOutcome outcome) throws Exception {
        String name = out.getFileName().toString();
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
