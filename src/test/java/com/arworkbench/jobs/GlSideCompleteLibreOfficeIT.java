package com.arworkbench.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.LibreOffice;
import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@link GlSideCompleteTest} again, and LibreOffice recalculates each workbook: the GL checks' wildcard
 * COUNTIF / SUMIFS over Exceptions and the date criteria over Recon Data must give the cached values,
 * and the master check LibreOffice computes must be ours (the fixtures made to fail must fail there
 * too). Needs soffice: skipped without it, failed under CI=true.
 */
class GlSideCompleteLibreOfficeIT extends GlSideCompleteTest {

    @Override
    void recalculated(Path workbook) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("libreoffice"));
        LibreOffice.Comparison c = LibreOffice.compare(workbook, LibreOffice.recalculate(List.of(workbook), work).get(workbook), work);
        assertEquals(List.of(), c.mismatches(), workbook.getFileName() + ": formula values that differ after LibreOffice recalculation");
        try (XSSFWorkbook wb = Workbooks.open(workbook)) {
            assertEquals(Workbooks.text(Workbooks.rowWithText(wb.getSheet("Checks"), 0, "Master check").getCell(1)), c.masterCheck(),
                    workbook.getFileName() + ": master check");
        }
    }
}
