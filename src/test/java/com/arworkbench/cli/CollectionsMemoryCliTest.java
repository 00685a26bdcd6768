package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.CollectionsScenario;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three-run collections scenario through the command line: contact log, promises and a payment plan. */
class CollectionsMemoryCliTest {

    @Test
    void threeRunsKeepTheContactLogAndJudgeEveryPromiseAndInstalment(@TempDir Path dir) throws Exception {
        CollectionsScenario.play(dir, runner(dir));
    }

    /** Each run of the scenario as the command line's {@code dunning}, its workbook written into {@code dir}. */
    static CollectionsScenario.Runner runner(Path dir) {
        return (export, previous, asOf) -> {
            Path out = dir.resolve("worklist-" + asOf + ".xlsx");
            List<String> args = new ArrayList<>(List.of("dunning", export.toString(), "--as-of", asOf.toString(),
                    "--out", out.toString()));
            if (previous != null) {
                args.addAll(List.of("--previous", previous.toString()));
            }
            CliRun.Result r = CliRun.run(args.toArray(String[]::new));
            assertEquals(0, r.code(), r.err());
            return out;
        };
    }

    /** A plan given as a file (--plans) is tracked like one typed on the sheet; a row it cannot read fails a check. */
    @Test
    void aPlansFileIsTrackedAndItsUnreadableRowsAreNamed(@TempDir Path dir) throws Exception {
        Path export = java.nio.file.Files.write(dir.resolve("open.csv"), List.of(
                "Customer ID,Customer Name,Document No,Type,Document Date,Due Date,Currency,Open Amount",
                "C4,Delta SA,INV-D1,Invoice,2026-04-25,2026-05-25,USD,3000.00",
                "C4,Delta SA,INV-D2,Invoice,2026-04-28,2026-05-28,USD,6000.00",
                "C5,Echo AG,INV-E1,Invoice,2026-04-28,2026-05-28,USD,700.00"));
        Path plans = java.nio.file.Files.write(dir.resolve("plans.csv"), List.of(
                "Customer ID,Currency,Agreed on,Balance at start,Instalment,Due date,Amount",
                "C4,USD,2026-06-02,9000.00,1,2026-06-10,3000.00",
                "C4,USD,2026-06-02,9000.00,2,2026-06-24,3000.00",
                "C5,USD,2026-06-02,,1,,700.00"));
        Path out = dir.resolve("worklist.xlsx");
        // 15 June: nothing paid yet on 9,000, instalment 1 (10 June + 3 grace days) missed: Delta is dunned.
        CliRun.Result r = CliRun.run("dunning", export.toString(), "--as-of", "2026-06-15", "--plans", plans.toString(),
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        org.junit.jupiter.api.Assertions.assertTrue(r.out().contains("CHECK FAILED: 1 difference"), r.out());
        try (var wb = com.arworkbench.support.Workbooks.open(out)) {
            var checks = wb.getSheet("Checks");
            var row = com.arworkbench.support.Workbooks.rowWithText(checks, 0, "Typed Contact log and Payment plans rows: all read");
            org.junit.jupiter.api.Assertions.assertTrue(com.arworkbench.support.Workbooks.text(row.getCell(5))
                    .contains("plans.csv row 4 (C5): needs a due date"), com.arworkbench.support.Workbooks.text(row.getCell(5)));
            var plansSheet = wb.getSheet("Payment plans");
            int h = com.arworkbench.support.Workbooks.headerRow(plansSheet, "Customer ID");
            var rows = com.arworkbench.support.Workbooks.dataRows(plansSheet, h);
            assertEquals(2, rows.size());
            int status = com.arworkbench.support.Workbooks.column(plansSheet, h, "Status");
            assertEquals("Missed", com.arworkbench.support.Workbooks.text(rows.get(0).getCell(status)));
            var worklist = wb.getSheet("Worklist");
            int wh = com.arworkbench.support.Workbooks.headerRow(worklist, "Rank");
            var delta = com.arworkbench.support.Workbooks.rowWithText(worklist, com.arworkbench.support.Workbooks.column(worklist, wh,
                    "Customer ID"), "C4");
            assertEquals("Instalment missed", com.arworkbench.support.Workbooks.text(delta.getCell(
                    com.arworkbench.support.Workbooks.column(worklist, wh, "Broken promise"))));
        }
    }
}
