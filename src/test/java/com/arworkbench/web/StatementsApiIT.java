package com.arworkbench.web;

import static com.arworkbench.web.ApiClient.JSON;
import static com.arworkbench.web.ApiClient.XLSX;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * POST /api/statements on a real server: the workbook alone, and with {@code pdf=zip} a zip of the workbook and
 * one PDF per customer and currency (the fixture of src/test/resources/statements, figures worked out by hand).
 */
class StatementsApiIT {

    private static final Path DIR = Path.of("src/test/resources/statements");
    private static final String STATEMENTS = "/api/statements";

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    private static Multipart allThree() throws IOException {
        return new Multipart()
                .field("asOf", "2026-06-30")
                .file("file", "open-items.csv", Files.readAllBytes(DIR.resolve("open-items.csv")))
                .file("customers", "customers.csv", Files.readAllBytes(DIR.resolve("customers.csv")))
                .file("history", "history.csv", Files.readAllBytes(DIR.resolve("history.csv")));
    }

    @Test
    void theWorkbookComesWithASummaryHeader() throws Exception {
        HttpResponse<byte[]> r = client.postBytes(STATEMENTS, allThree());
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(XLSX, r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename=\"statements-2026-06-30-open-items.xlsx\""));
        JsonNode summary = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals("statements", summary.get("job").asText());
        assertEquals(4, summary.get("statements").asInt());
        assertTrue(summary.get("activity").asBoolean());
        assertEquals(0, summary.get("pdfs").asInt());
        assertEquals("ALL CHECKS OK", summary.get("checks").asText());
        Path xlsx = tmp.resolve("api.xlsx");
        Files.write(xlsx, r.body());
        try (XSSFWorkbook wb = Workbooks.open(xlsx)) {
            assertEquals(4, wb.getSheet("Statements").getRowBreaks().length);
        }
    }

    @Test
    void pdfZipAnswersWithTheWorkbookAndOnePdfPerCustomerAndCurrency() throws Exception {
        HttpResponse<byte[]> r = client.postBytes(STATEMENTS, allThree().field("pdf", "zip"));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        assertEquals("application/zip", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename=\"statements-2026-06-30-open-items.zip\""));
        List<String> names = new ArrayList<>();
        String polish = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] bytes = zip.readAllBytes();
                if (e.getName().endsWith("-PLN.pdf")) {
                    try (PDDocument d = Loader.loadPDF(bytes)) {
                        polish = new PDFTextStripper().getText(d);
                    }
                }
            }
        }
        assertEquals(List.of("statements-2026-06-30-open-items.xlsx", "pdf/statement-00001-K1_Łódź_Logistyka_Sp_z_o_o-EUR.pdf",
                "pdf/statement-00002-K2_Αθηνά_Εμπορική_Α_Ε-EUR.pdf", "pdf/statement-00003-K3_東京商事株式会社-EUR.pdf",
                "pdf/statement-00004-K1_Łódź_Logistyka_Sp_z_o_o-PLN.pdf"), names);
        // K1 in PLN: 1,000.00 + 500.00 - 200.00
        assertTrue(polish != null && polish.contains("Balance due 1,300.00"), polish);
    }

    @Test
    void anythingButZipIsABadParameter() throws Exception {
        HttpResponse<String> r = client.postText(STATEMENTS, allThree().field("pdf", "yes"));
        JsonNode error = ApiClient.assertError(r, 400);
        assertTrue(error.get("detail").asText().contains("pdf must be 'zip'"), error.toString());
    }
}
