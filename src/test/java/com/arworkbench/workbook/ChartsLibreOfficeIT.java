package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.LibreOffice;
import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ChartsTest}'s dashboard opened by LibreOffice (PDF, and an .xlsx re-export whose caches LibreOffice computes
 * from the referenced cells). Needs soffice: skipped without it, failed under CI=true.
 *
 * <p>{@code -Dcharts.proof=/tmp/charts-proof.png} keeps a rendering of the Dashboard page (when pdftoppm is installed),
 * and the workbook beside it (/tmp/charts-proof.xlsx).
 */
class ChartsLibreOfficeIT {

    @TempDir
    static Path tmp;
    static Path file;

    @BeforeAll
    static void writeDashboard() throws Exception {
        ChartsTest.tmp = Files.createDirectories(tmp.resolve("dashboard"));
        ChartsTest.writeDashboard();
        file = ChartsTest.file;
    }

    /**
     * LibreOffice opens the file and prints the charts (PDF); its .xlsx re-export rebuilds every
     * series cache from the referenced cells, so equal caches there prove the references point at
     * the streamed values.
     */
    @Test
    void libreOfficeRendersTheCharts() throws Exception {
        Path soffice = LibreOffice.requireInstalled();
        Path work = Files.createDirectories(tmp.resolve("lo"));
        Path pdfDir = Files.createDirectories(work.resolve("pdf"));
        Path xlsxDir = Files.createDirectories(work.resolve("xlsx"));
        LibreOffice.convert(soffice, work, "pdf", pdfDir, List.of(file));
        LibreOffice.convert(soffice, work, "xlsx:Calc MS Excel 2007 XML", xlsxDir, List.of(file));

        Path pdf = pdfDir.resolve("dashboard-out.pdf");
        assertTrue(Files.size(pdf) > 1000, "LibreOffice wrote a PDF");
        try (XSSFWorkbook wb = Workbooks.open(xlsxDir.resolve("dashboard-out.xlsx"))) {
            ChartsTest.assertSeriesAsWritten(wb, ChartsTest.chartsByTitle(wb.getSheet(ChartsTest.DASHBOARD)));
        }

        Optional<Path> pdftoppm = LibreOffice.onPath("pdftoppm");
        if (pdftoppm.isPresent()) {
            Path png = work.resolve("dashboard.png");
            LibreOffice.renderPage(pdftoppm.get(), pdf, 1, 110, png, work);
            assertTrue(Files.size(png) > 10_000, "the Dashboard page rendered");
            String proof = System.getProperty("charts.proof");
            if (proof != null && !proof.isBlank()) {
                Files.copy(png, Path.of(proof), StandardCopyOption.REPLACE_EXISTING);
                // The workbook itself too, for opening in Excel.
                Files.copy(file, Path.of(proof.replaceFirst("\\.png$", "") + ".xlsx"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
