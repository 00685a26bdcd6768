package com.arworkbench.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The yardstick of bench --compare does the same aging as the tool on the benchmark's layout: the same item count. */
class PlainPoiAgingTest {

    @Test
    void theYardstickAgesTheSameItemsAsTheTool(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("open-items.csv");
        StringBuilder sb = new StringBuilder("Benchmark Holdings Inc\nA/R Aging Detail\nAs of 6/30/2026\n\n"
                + "Customer,Transaction Type,Date,Document Number,P.O. Number,Due Date,Age,Open Balance\n");
        for (int i = 0; i < 300; i++) {
            LocalDate date = LocalDate.of(2026, 7, 10).minusDays(i);
            sb.append("C").append(i % 7).append(" Ltd,Invoice,").append(date.getMonthValue()).append('/')
                    .append(date.getDayOfMonth()).append('/').append(date.getYear()).append(",INV").append(i)
                    .append(",PO-1,").append(date.plusDays(30).getMonthValue()).append('/')
                    .append(date.plusDays(30).getDayOfMonth()).append('/').append(date.plusDays(30).getYear())
                    .append(",0,\"1,000.50\"\n");
        }
        sb.append("Total,,,,,,,\"300,150.00\"\n");
        Files.writeString(csv, sb);
        long plain = PlainPoiAging.run(csv, tmp.resolve("plain.xlsx"), LocalDate.of(2026, 6, 30));
        CliRun.Result r = CliRun.run("aging", csv.toString(), "--as-of", "2026-06-30", "--out", tmp.resolve("tool.xlsx").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(290, plain, "10 items are dated after the as-of date");
        assertEquals(true, r.out().contains(plain + " aged"), r.out());
        try (XSSFWorkbook wb = Workbooks.open(tmp.resolve("plain.xlsx"))) {
            assertEquals(plain, wb.getSheet("Detail").getLastRowNum());
        }
    }
}
