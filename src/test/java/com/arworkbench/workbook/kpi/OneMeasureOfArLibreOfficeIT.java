package com.arworkbench.workbook.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.arworkbench.cli.CliRun;
import com.arworkbench.support.LibreOffice;
import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The KPI workbook of the examples with a prior-period export: LibreOffice recalculates every formula, among them the
 * as-of month's reconciling lines and the KPI checks (beginning AR = previous ending AR in every month with
 * SUMPRODUCT, ledger line = Aging Detail, ledger = rebuilt + gap, prior export = rebuilt beginning + gap), to the
 * cached values, and the master check stays OK. Needs soffice: skipped without it, failed under CI=true.
 */
class OneMeasureOfArLibreOfficeIT {

    @TempDir
    Path tmp;

    @Test
    void reconcilingLinesAndKpiChecksRecalculateToTheirCachedValues() throws Exception {
        LibreOffice.requireInstalled();
        Path out = tmp.resolve("kpi.xlsx");
        // The open items double as the prior-period export: only their items dated on or before 31 May count there.
        CliRun.Result r = CliRun.run("kpi", "examples/netsuite-ar-aging-detail.csv", "--history",
                "examples/kpi/invoice-history.csv", "--write-offs", "examples/kpi/write-offs.csv", "--prior",
                "examples/netsuite-ar-aging-detail.csv", "--as-of", "2026-06-30", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            Sheet checks = wb.getSheet("Checks");
            for (String name : List.of("KPIs: Beginning AR = previous month's ending AR, every month",
                    "KPIs: Ledger AR, as-of month = open items on the aging sheets",
                    "KPIs: Ledger AR, as-of month = rebuilt AR + gap",
                    "KPIs: Prior-period export, as-of month = rebuilt beginning AR + gap")) {
                assertNotNull(Workbooks.rowWithText(checks, 0, name), name);
            }
        }
        LibreOffice.assertRecalculatesToCachedValues(out, Files.createDirectories(tmp.resolve("libreoffice")));
    }
}
