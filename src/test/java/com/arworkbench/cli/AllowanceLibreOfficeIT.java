package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.allowance.AllowanceGeneratedHistoryTest;
import com.arworkbench.support.LibreOffice;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The allowance's live formulas (the rates over Loss history, the matrix balances over Allowance by customer, the
 * provision, the adjustment and the journal entry) recalculated by LibreOffice give the values Java cached, and the
 * provision LibreOffice computes is the oracle's to the cent. Needs soffice: skipped without it, failed under CI=true.
 */
class AllowanceLibreOfficeIT {

    @Test
    void theProvisionTiesToTheCentAfterLibreOfficeRecalculates(@TempDir Path tmp) throws Exception {
        LibreOffice.requireInstalled();
        JsonNode e = AllowanceGeneratedHistoryTest.expected();
        Path out = AllowanceGeneratedHistoryTest.run(tmp.resolve("allowance.xlsx"));
        Path work = Files.createDirectories(tmp.resolve("libreoffice"));
        // LibreOffice recalculates a copy whose cached values were all made stale: only its own arithmetic brings
        // the oracle's figures back.
        Map<Path, Path> recalculated = LibreOffice.recalculate(java.util.List.of(out), work);
        LibreOffice.assertFormulasAgree("allowance", LibreOffice.compare(out, recalculated.get(out), work));
        try (XSSFWorkbook wb = Workbooks.open(recalculated.get(out))) {
            Sheet s = wb.getSheet("Allowance");
            int h = Workbooks.headerRow(s, "Currency");
            var row = Workbooks.dataRows(s, h).get(0);
            Workbooks.assertMoney(e.get("provision").asText(), row.getCell(Workbooks.column(s, h, "Provision required")),
                    "provision recalculated by LibreOffice");
            Workbooks.assertMoney(e.get("adjustment").asText(), row.getCell(Workbooks.column(s, h, "Adjustment to book")),
                    "adjustment recalculated by LibreOffice");
            assertEquals("ALL CHECKS OK", Workbooks.text(wb.getSheet("Checks").getRow(2).getCell(1)));
        }
    }

    @Test
    void theExampleWithItsTrialBalanceRecalculates(@TempDir Path tmp) throws Exception {
        LibreOffice.requireInstalled();
        Path out = tmp.resolve("allowance.xlsx");
        CliRun.Result r = CliRun.run("allowance", "examples/netsuite-ar-aging-detail.csv", "--history",
                "examples/kpi/invoice-history.csv", "--write-offs", "examples/kpi/write-offs.csv", "--gl",
                "examples/kpi/trial-balance-2026-06.csv", "--method", "roll-rate", "--as-of", "2026-06-30",
                "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        LibreOffice.assertRecalculatesToCachedValues(out, Files.createDirectories(tmp.resolve("libreoffice")));
    }
}
