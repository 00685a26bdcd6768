package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example dunning run's Credit review against an independent oracle
 * ({@code src/test/resources/credit-review/oracle.py}, Python over the example CSVs): every customer with open items,
 * its limit, exposure, weighted days beyond terms, over-limit and on-hold flags and suggested limit; the check ties.
 */
class CreditReviewExampleTest {

    @TempDir
    Path tmp;

    @Test
    void theExampleReviewMatchesTheOracle() throws Exception {
        Path out = tmp.resolve("dunning.xlsx");
        CliRun.Result r = CliRun.run("dunning", "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-06-30",
                "--customers", "examples/netsuite-customers.csv", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode oracle = new ObjectMapper().readTree(Path.of("src/test/resources/credit-review/netsuite-example.json").toFile());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet s = wb.getSheet("Credit review");
            int h = Workbooks.headerRow(s, "Customer ID");
            List<Row> rows = Workbooks.dataRows(s, h);
            assertEquals(oracle.get("rows").size(), rows.size(), "one row per customer with open items");
            for (int i = 0; i < rows.size(); i++) {
                JsonNode o = oracle.get("rows").get(i);
                Row row = rows.get(i);
                String who = o.get("name").asText();
                assertEquals(who, Workbooks.text(row.getCell(Workbooks.column(s, h, "Customer name"))), "row " + i);
                assertEquals(o.get("id").asText(), Workbooks.text(row.getCell(Workbooks.column(s, h, "Customer ID"))), who);
                assertMoney(o.get("limit").asText(), row, s, h, "Credit limit", who);
                assertMoney(o.get("exposure").asText(), row, s, h, "Exposure (open balance)", who);
                assertMoney(o.get("daysBeyondTerms").asText(), row, s, h, "Days beyond terms (weighted)", who);
                assertEquals(o.get("overLimit").asBoolean() ? "Over limit" : "",
                        Workbooks.text(row.getCell(Workbooks.column(s, h, "Over limit"))), who);
                assertEquals(o.get("onHold").asBoolean(),
                        !Workbooks.text(row.getCell(Workbooks.column(s, h, "On hold"))).isEmpty(), who + " on hold");
                if (o.get("suggested").isNull()) {
                    assertEquals("", Workbooks.text(row.getCell(Workbooks.column(s, h, "Suggested limit"))), who);
                } else {
                    assertMoney(o.get("suggested").asText(), row, s, h, "Suggested limit", who);
                }
            }
            Row check = Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Credit review exposure = open items");
            Workbooks.assertMoney(oracle.get("total").asText(), check.getCell(1), "every open item of the export");
            assertEquals("OK", Workbooks.text(check.getCell(4)));
        }
    }

    private static void assertMoney(String expected, Row row, Sheet s, int h, String header, String who) {
        BigDecimal actual = Workbooks.money(row.getCell(Workbooks.column(s, h, header)));
        assertEquals(0, new BigDecimal(expected).compareTo(actual), who + " " + header + ": " + expected + " vs " + actual);
    }
}
