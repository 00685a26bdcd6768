package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.LibreOffice;
import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The dispute log's live formulas (NETWORKDAYS and WORKDAY over the holidays on Dispute summary, COUNTIFS / SUMIFS /
 * AVERAGEIFS of the summary, the dispute checks) recalculate in LibreOffice to the cached values Java wrote: a second
 * run with an open case whose opened date was typed, a resolved one on Closed disputes, a case opened from the
 * worklist, and a typed text where a date belongs. Needs soffice: skipped without it, failed under CI=true.
 */
class DisputeLogLibreOfficeIT {

    @Test
    void businessDaysSlaAndSummaryRecalculateToTheCachedValues(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        LibreOffice.requireInstalled();
        DisputeLogRoundTripCliTest runs = new DisputeLogRoundTripCliTest();
        runs.tmp = tmp;
        Path run1 = runs.dunning(runs.export("run1.csv", "Damaged goods"), "2026-06-30", null, "run1.xlsx");
        Path edited = tmp.resolve("edited.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(run1)) {
            Sheet d = wb.getSheet("Disputes");
            DisputeLogRoundTripCliTest.type(d, "D-0001", "Opened", LocalDate.of(2026, 6, 26));
            DisputeLogRoundTripCliTest.type(d, "D-0001", "Reason code", "Pricing");
            DisputeLogRoundTripCliTest.type(d, "D-0001", "Next action date", "after month-end");
            DisputeLogRoundTripCliTest.type(d, "D-0002", "Status", "Resolved");
            DisputeLogRoundTripCliTest.type(d, "D-0002", "Resolved date", LocalDate.of(2026, 7, 8));
            DisputeLogRoundTripCliTest.type(d, "D-0002", "Outcome", "Valid - customer to pay");
            try (var out = Files.newOutputStream(edited)) {
                wb.write(out);
            }
        }
        Path run2 = runs.dunning(runs.export("run2.csv", ""), "2026-07-15", edited, "run2.xlsx");
        try (XSSFWorkbook wb = Workbooks.open(run2)) {
            Map<String, Map<String, String>> closed = DisputeLogRoundTripCliTest.cases(wb, "Closed disputes");
            assertEquals(List.of("D-0002"), List.copyOf(closed.keySet()));
        }
        LibreOffice.assertRecalculatesToCachedValues(run2, Files.createDirectories(tmp.resolve("libreoffice")));
    }

    /**
     * The NetSuite example (no currency column) with last month's worklist, where a collector marked a dispute: one
     * currency, so the summary does not split by it, and its blank reason code and root cause are counted as all
     * cases less those with a value.
     */
    @Test
    void theExampleWithADisputeFromTheWorklistRecalculates(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        LibreOffice.requireInstalled();
        Path out = tmp.resolve("dunning.xlsx");
        CliRun.Result r = CliRun.run("dunning", "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-06-30",
                "--customers", "examples/netsuite-customers.csv", "--previous",
                "src/test/resources/golden/dunning-previous-2026-05-31.xlsx", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals(1, DisputeLogRoundTripCliTest.cases(wb, "Disputes").size());
        }
        LibreOffice.assertRecalculatesToCachedValues(out, Files.createDirectories(tmp.resolve("libreoffice")));
    }
}
