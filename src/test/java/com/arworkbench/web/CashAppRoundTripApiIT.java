package com.arworkbench.web;

import static com.arworkbench.support.CashAppWorkbooks.masterCheck;
import static com.arworkbench.support.CashAppWorkbooks.rows;
import static com.arworkbench.web.ApiClient.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.support.CashAppWorkbooks;
import com.arworkbench.support.CashAppWorkbooks.Review;
import com.arworkbench.support.Workbooks;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The review round trip through POST /api/cashapp: the reviewed workbook goes in the multipart field
 * {@code previous}. Figures as worked out in CashAppRoundTripCliTest (the BAI2 example): accepting the 6,200.00
 * suggestion and rejecting the 430.00 one gives applied 23,037.31 + 6,200.00 = 29,237.31, for review 0.00,
 * unapplied 1,550.00 + 430.00 = 1,980.00, and an ERP Import with exactly the accepted row and Weber's rejected
 * 430.00 on account.
 */
class CashAppRoundTripApiIT {

    private static final Path EX = Path.of("examples/cashapp");

    @RegisterExtension
    static final ApiClient client = new ApiClient();

    @TempDir
    Path tmp;

    private static Multipart form() throws Exception {
        return new Multipart().field("asOf", "2026-06-30")
                .file("file", "open-items.csv", Files.readAllBytes(EX.resolve("open-items.csv")))
                .file("payments", "payments.bai2.txt", Files.readAllBytes(EX.resolve("payments.bai2.txt")))
                .file("remittances", "remittance-advice.csv", Files.readAllBytes(EX.resolve("remittance-advice.csv")))
                .file("customers", "customers.csv", Files.readAllBytes(EX.resolve("customers.csv")));
    }

    private Path post(Multipart form, String name) throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/cashapp", form);
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        return Files.write(tmp.resolve(name), r.body());
    }

    @Test
    void theReviewedWorkbookInFieldPreviousAppliesExactlyTheAcceptedRows() throws Exception {
        Path first = post(form(), "first.xlsx");
        Path reviewed = CashAppWorkbooks.review(first, tmp.resolve("reviewed.xlsx"), List.of(
                new Review("LB26061000111", "0090001295", "Accept", "ok by AR lead"),
                new Review("LB26061000111", "0090001301", "Reject", "wrong invoice")));
        HttpResponse<byte[]> r = client.postBytes("/api/cashapp",
                form().file("previous", "reviewed.xlsx", Files.readAllBytes(reviewed)));
        assertEquals(200, r.statusCode(), () -> new String(r.body(), StandardCharsets.UTF_8));
        JsonNode s = JSON.readTree(r.headers().firstValue("X-Arw-Summary").orElseThrow());
        assertEquals("29237.31", s.get("autoApplied").asText());
        assertEquals("0.00", s.get("forReview").asText());
        assertEquals("1980.00", s.get("unapplied").asText());
        Path second = Files.write(tmp.resolve("second.xlsx"), r.body());
        try (XSSFWorkbook wb = Workbooks.open(second)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            List<Map<String, String>> erp = rows(wb, "ERP Import");
            assertEquals(2, erp.size(), erp.toString());
            assertEquals(List.of("INVOICE", "LB26061000111", "0090001295", "6200", "Accepted on review"), List.of(
                    erp.get(0).get("Line type"), erp.get(0).get("Payment id"), erp.get(0).get("Invoice"),
                    erp.get(0).get("Amount applied"), erp.get(0).get("Source")));
            assertEquals(List.of("ON_ACCOUNT", "LB26061000111", "C1009", "430"), List.of(erp.get(1).get("Line type"),
                    erp.get(1).get("Payment id"), erp.get(1).get("Customer ID"), erp.get(1).get("Amount applied")));
            assertEquals("ok by AR lead", rows(wb, "Applied").stream().filter(a -> a.get("Invoice").equals("0090001295"))
                    .findFirst().orElseThrow().get("Reviewer note"));
        }
        // The new formulas (the SUMIFS over line types, "<>" the previous run, days since receipt) as Calc computes them.
        com.arworkbench.support.LibreOffice.requireInstalled();
        com.arworkbench.support.LibreOffice.assertRecalculatesToCachedValues(second,
                Files.createDirectories(tmp.resolve("libreoffice")));
    }

    @Test
    void aPreviousFileThatIsNotAWorkbookIsRefusedWithItsName() throws Exception {
        HttpResponse<byte[]> r = client.postBytes("/api/cashapp",
                form().file("previous", "notes.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)));
        String body = new String(r.body(), StandardCharsets.UTF_8);
        assertEquals(true, r.statusCode() == 415 || r.statusCode() == 422, r.statusCode() + " " + body);
        assertEquals(true, body.contains("previous cash application"), body);
    }
}
