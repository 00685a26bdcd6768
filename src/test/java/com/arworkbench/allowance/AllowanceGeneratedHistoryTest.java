package com.arworkbench.allowance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated history whose true loss rate per bucket is known in closed form ({@code
 * src/test/resources/allowance/oracle.py}: every day every fate once, bad debts written off 150 days past due): the
 * loss-rate matrix recovers each bucket's rate within half a percentage point (so does the roll-rate method), and the
 * provision, the allowance held
 * and the adjustment equal, to the cent, what the oracle re-performed from the files alone.
 */
public class AllowanceGeneratedHistoryTest {

    public static final Path DIR = Path.of("src/test/resources/allowance");

    public static JsonNode expected() throws Exception {
        return new ObjectMapper().readTree(DIR.resolve("expected.json").toFile());
    }

    /** Runs the allowance on the generated files; extra arguments come last. */
    public static Path run(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("allowance", DIR.resolve("open-items.csv").toString(),
                "--history", DIR.resolve("history.csv").toString(), "--write-offs", DIR.resolve("write-offs.csv").toString(),
                "--gl", DIR.resolve("trial-balance.csv").toString(), "--as-of", "2026-06-30", "--out", out.toString()));
        args.addAll(List.of(extra));
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return out;
    }

    @Test
    void theLossRatesRecoverTheKnownRatesAndTheProvisionTiesToTheOracle(@TempDir Path tmp) throws Exception {
        JsonNode e = expected();
        Path out = run(tmp.resolve("allowance.xlsx"));
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet m = wb.getSheet("Provision matrix");
            int h = Workbooks.headerRow(m, "Currency");
            List<Row> rows = Workbooks.dataRows(m, h);
            assertEquals(6, rows.size(), "one row per bucket");
            int bucket = Workbooks.column(m, h, "Bucket");
            int rate = Workbooks.column(m, h, "Loss rate");
            int rollLoss = Workbooks.column(m, h, "Roll-rate loss rate");
            int provision = Workbooks.column(m, h, "Provision");
            for (int b = 0; b < 6; b++) {
                Row r = rows.get(b);
                assertEquals(e.get("buckets").get(b).asText(), Workbooks.text(r.getCell(bucket)));
                double known = e.get("trueRates").get(b).asDouble();
                double measured = r.getCell(rate).getNumericCellValue();
                assertTrue(Math.abs(known - measured) <= 0.005, e.get("buckets").get(b).asText() + ": known "
                        + known + ", measured " + measured);
                assertEquals(e.get("empiricalRates").get(b).asDouble(), measured, 1e-12, "the oracle's own measure");
                // The roll-rate method (monthly flows: written off, rolled on, paid) finds the same rates on its own.
                double rolled = r.getCell(rollLoss).getNumericCellValue();
                assertTrue(Math.abs(known - rolled) <= 0.005, e.get("buckets").get(b).asText() + ": known " + known
                        + ", by roll rates " + rolled);
                Workbooks.assertMoney(e.get("provisionByBucket").get(b).asText(), r.getCell(provision), "bucket " + b);
            }
            Sheet s = wb.getSheet("Allowance");
            int sh = Workbooks.headerRow(s, "Currency");
            Row row = Workbooks.dataRows(s, sh).get(0);
            Workbooks.assertMoney(e.get("provision").asText(), row.getCell(Workbooks.column(s, sh, "Provision required")),
                    "provision");
            Workbooks.assertMoney(e.get("held").asText(), row.getCell(Workbooks.column(s, sh, "Allowance per trial balance")),
                    "held");
            Workbooks.assertMoney(e.get("adjustment").asText(), row.getCell(Workbooks.column(s, sh, "Adjustment to book")),
                    "adjustment");
            assertEquals(e.get("lossCutoffs").asInt(), (int) row.getCell(Workbooks.column(s, sh, "Loss-rate cut-offs"))
                    .getNumericCellValue());
            Sheet w = wb.getSheet("Write-offs");
            assertEquals(e.get("writeOffs").asInt(), Workbooks.dataRows(w, Workbooks.headerRow(w, "File")).size());
            assertEquals("ALL CHECKS OK", Workbooks.text(wb.getSheet("Checks").getRow(2).getCell(1)));
            Workbooks.assertCachedValuesRecalculate(wb);
        }
    }
}
