package com.arworkbench.workbook.aging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.OpenItem;
import com.arworkbench.workbook.ChecksSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rows of a workbook being written wait in the request's own work folder, and are gone when the book closes. */
class WorkFolderTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Test
    void theSheetsRowFilesGoToTheWorkFolderGivenAndAreRemovedAtClose(@TempDir Path tmp) throws Exception {
        Path work = Files.createDirectories(tmp.resolve("request-42"));
        AgingParameters p = new AgingParameters(AS_OF, AgingBasis.DUE, BucketScheme.standard());
        AgingEngine engine = new AgingEngine(p);
        WorkbookTemplate template = WorkbookTemplate.load(AgingSection.TEMPLATE, null);
        template.fill(Map.of("asOf", AS_OF.toString()));
        long whileStreaming;
        String master;
        try (ReportBook book = new ReportBook(template, List.of("Customer", "Amount"), work);
             OutputStream os = Files.newOutputStream(tmp.resolve("aging.xlsx"))) {
            AgingSection aging = book.add(new AgingSection(book, p));
            book.startStreaming();
            for (int i = 0; i < 500; i++) {
                aging.item(engine.age(new OpenItem(i + 2, new Customer("C" + (i % 7), "Customer " + (i % 7)), "INV" + i,
                        DocumentType.INVOICE, "Invoice", AS_OF.minusDays(40), AS_OF.minusDays(10), false,
                        new BigDecimal("12.34"), null, "EUR", "", "", null, null)));
            }
            whileStreaming = rowFiles(work);
            master = book.finish(new RowTieOut(500, 0, 0, Map.of()), ReportBook.results(engine.report()), List.of(),
                    List.of(), os);
        }
        assertEquals(ChecksSheet.ALL_OK, master);
        assertTrue(whileStreaming >= 1, "the Detail rows stream into the work folder: " + whileStreaming);
        assertEquals(0, rowFiles(work), "closing the book removes its row files");
    }

    private static long rowFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("poi-sxssf-sheet")
                    || f.getFileName().toString().startsWith("arw-sheet")).count();
        }
    }
}
