package com.arworkbench.cli;

import static com.arworkbench.support.CashAppWorkbooks.masterCheck;
import static com.arworkbench.support.CashAppWorkbooks.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.Workbooks;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PayPal activity export: the customer paid the gross, which settles the invoice; PayPal kept a fee. The fee is
 * our cost and goes on ERP Import as its own PROCESSOR_FEE line beside the invoice. Fees as the fixture states
 * them (Fee column): Northwind Traders 1,250.00 gross for INV-2026-0415, fee 43.88. The other customers' payments
 * in the file match nothing here and stay unapplied: their fees are not imported.
 */
class ProcessorFeesCliTest {

    @TempDir
    Path tmp;

    @Test
    void aPayPalFeeIsItsOwnDeductionLineOnErpImportAndTiesOnChecks() throws Exception {
        Path openItems = Files.writeString(tmp.resolve("open-items.csv"), """
                Customer ID,Customer name,Invoice,Invoice date,Due date,Amount,Currency
                C2001,Northwind Traders,INV-2026-0415,2026-06-01,2026-07-01,1250.00,USD
                """);
        Path out = tmp.resolve("cash.xlsx");
        CliRun.Result r = CliRun.run("cashapp", openItems.toString(), "--payments",
                "src/test/resources/payments/paypal-activity.csv", "--as-of", "2026-07-31", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = Workbooks.open(out)) {
            assertEquals("ALL CHECKS OK", masterCheck(wb));
            List<Map<String, String>> erp = rows(wb, "ERP Import");
            List<String> invoices = erp.stream().filter(l -> l.get("Line type").equals("INVOICE"))
                    .map(l -> l.get("Invoice") + " " + l.get("Amount applied")).toList();
            assertEquals(List.of("INV-2026-0415 1250"), invoices);
            List<String> fees = erp.stream().filter(l -> l.get("Line type").equals("PROCESSOR_FEE"))
                    .map(l -> l.get("Customer ID") + " " + l.get("Deduction amount") + " " + l.get("Deduction code")).toList();
            assertEquals(List.of("C2001 43.88 PROCESSOR_FEE"), fees);
            var check = Workbooks.rowWithText(wb.getSheet("Checks"), 0, "ERP Import processor fees (USD) = fees of the payments imported");
            assertEquals("OK", check.getCell(4).getStringCellValue());
            assertEquals(43.88, check.getCell(2).getNumericCellValue(), 0.001);
            Workbooks.assertCachedValuesRecalculate(wb);
        }
        assertTrue(r.out().contains("ALL CHECKS OK"), r.out());
    }
}
