package com.arworkbench.ingest.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.RealSamples;
import com.arworkbench.model.WorklistSheets;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every bundled example and history fixture is recognised by its content. */
class FileRecognizerTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "examples/netsuite-ar-aging-detail.csv, OPEN_ITEMS",
            "examples/sap-fbl5n-de.csv, OPEN_ITEMS",
            "examples/quickbooks-online-ar-aging-detail.csv, OPEN_ITEMS",
            "examples/quickbooks-desktop-open-invoices.csv, OPEN_ITEMS",
            "examples/dynamics-bc-customer-ledger.csv, OPEN_ITEMS",
            "examples/xero-aged-receivables.csv, OPEN_ITEMS",
            "examples/odoo-open-items.csv, OPEN_ITEMS",
            "examples/erpnext-accounts-receivable.csv, OPEN_ITEMS",
            "examples/sage-aged-debtors.csv, OPEN_ITEMS",
            "examples/netsuite-customers.csv, CUSTOMER_MASTER",
            "examples/recon/open-items-2026-05-31.csv, OPEN_ITEMS",
            "examples/recon/open-items-2026-06-30.csv, OPEN_ITEMS",
            "examples/recon/sap-fbl5n-open-items.txt, OPEN_ITEMS",
            "examples/recon/netsuite-gl-detail.csv, GENERAL_LEDGER",
            "examples/recon/sap-fbl3n-gl-line-items.csv, GENERAL_LEDGER",
            "examples/recon/trial-balance-2026-06.csv, GENERAL_LEDGER",
            // The period's movements (invoices, receipts, credit memos, a write-off) at full amounts: not open items.
            "examples/recon/register-2026-06.csv, INVOICE_HISTORY",
            "examples/cashapp/open-items.csv, OPEN_ITEMS",
            "examples/cashapp/customers.csv, CUSTOMER_MASTER",
            "examples/cashapp/payments.bai2.txt, PAYMENTS",
            "examples/cashapp/payments.camt053.xml, PAYMENTS",
            "examples/cashapp/payments.bank.csv, PAYMENTS",
            "examples/cashapp/remittance-advice.csv, REMITTANCE_ADVICE",
            "examples/kpi/invoice-history.csv, INVOICE_HISTORY",
            "examples/kpi/write-offs.csv, INVOICE_HISTORY",
            "src/test/resources/history/netsuite-invoice-register.csv, INVOICE_HISTORY",
            "src/test/resources/history/sap-fbl5n-cleared-de.csv, INVOICE_HISTORY",
            "src/test/resources/history/sap-fbl5n-cleared-en.txt, INVOICE_HISTORY",
            "src/test/resources/history/quickbooks-online-invoice-list.csv, INVOICE_HISTORY",
            "src/test/resources/history/dynamics-bc-ledger-entries.csv, INVOICE_HISTORY",
            "src/test/resources/history/xero-invoices.csv, INVOICE_HISTORY",
            "src/test/resources/history/odoo-customer-invoices.csv, INVOICE_HISTORY",
            "src/test/resources/history/erpnext-sales-invoice.csv, INVOICE_HISTORY",
            "src/test/resources/history/sage-customer-activity.csv, INVOICE_HISTORY",
            "src/test/resources/history/write-offs.csv, INVOICE_HISTORY",
            "src/test/resources/payments/mt940-sepa-structured.sta, PAYMENTS",
            "src/test/resources/payments/mt940-swift-codes.sta, PAYMENTS",
            "src/test/resources/payments/camt054-structured-refs.xml, PAYMENTS",
            "src/test/resources/payments/ing-de-csv-repeated-currency.csv, PAYMENTS",
            "src/test/resources/payments/fr-bank-debit-credit-preamble.csv, PAYMENTS",
            "src/test/resources/payments/paypal-activity.csv, PAYMENTS",
            "src/test/resources/payments/generic-bank-debit-credit-preamble.csv, PAYMENTS",
            "src/test/resources/payments/paypal-activity-de.csv, PAYMENTS",
            "src/test/resources/mapping/report.camt052.xml, UNKNOWN",
    })
    void recognisesByContent(String file, FileRole expected) throws IOException {
        FileRecognizer.Recognition r = FileRecognizer.recognize(Path.of(file), null);
        assertEquals(expected, r.role(), r.description() + " / " + r.detail());
        assertTrue(!r.description().isBlank() && !r.detail().isBlank());
    }

    /** The real bank files beside the repository (the {@link RealSamples} layer). */
    @RealSamples
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "bai2-sample2-lockbox.txt, PAYMENTS",
            "bai2-sample3-multirecord-lines.txt, PAYMENTS",
            "camt053-v2-multi-statement.xml, PAYMENTS",
            "sparkasse-csv-camt.csv, PAYMENTS",
            "mt940-betterplace-sepa.sta, PAYMENTS",
            "mt940-cmxl.sta, PAYMENTS",
            "camt054-v8.xml, PAYMENTS",
    })
    void recognisesRealBankFilesByContent(String file, FileRole expected) throws IOException {
        recognisesByContent(RealSamples.DIR.resolve(file).toString(), expected);
    }

    @Test
    void itsNotTheNameThatDecides(@TempDir Path tmp) throws IOException {
        Path renamed = tmp.resolve("open-items.csv");
        Files.copy(Path.of("examples/kpi/invoice-history.csv"), renamed);
        assertEquals(FileRole.INVOICE_HISTORY, FileRecognizer.recognize(renamed, "open-items.csv").role());
    }

    @Test
    void theDetailExplainsAHistoryDecision() throws IOException {
        FileRecognizer.Recognition r = FileRecognizer.recognize(Path.of("examples/kpi/invoice-history.csv"), null);
        assertTrue(r.description().contains("NetSuite"), r.description());
        assertTrue(r.description().contains("header on row 5"), r.description());
        assertTrue(r.detail().contains("paid-date column 'Date Closed' is filled"), r.detail());
        FileRecognizer.Recognition aging = FileRecognizer.recognize(Path.of("examples/erpnext-accounts-receivable.csv"), null);
        assertTrue(aging.detail().contains("aging columns [Age (Days), 0-30, 31-60"), aging.detail());
    }

    @Test
    void anOpenItemsExportWithAnEmptyClearingDateColumnIsOpenItems(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("fbl5n.csv");
        Files.writeString(f, """
                Account,Name 1,Document Number,Document Type,Document Date,Net due date,Amount in local currency,Clearing date
                100234,Hafenmeister Logistik GmbH,0090012877,RV,05/31/2026,06/30/2026,"8,450.00",
                100234,Hafenmeister Logistik GmbH,0090012544,RV,04/30/2026,05/30/2026,"1,203.57",
                """);
        FileRecognizer.Recognition r = FileRecognizer.recognize(f, null);
        assertEquals(FileRole.OPEN_ITEMS, r.role(), r.detail());
        assertTrue(r.detail().contains("'Clearing date' is empty on every row"), r.detail());
    }

    @Test
    void aWorklistThisToolWroteIsRecognisedBelowItsTitleRows() throws IOException {
        // A real dunning workbook: title rows above the Worklist's header (it was once missed, read as open items).
        FileRecognizer.Recognition r = FileRecognizer.recognize(
                Path.of("src/test/resources/golden/dunning-previous-2026-05-31.xlsx"), null);
        assertEquals(FileRole.PREVIOUS_WORKLIST, r.role(), r.description() + " / " + r.detail());
    }

    @Test
    void ourOwnWorklistIsAPreviousWorklist(@TempDir Path tmp) throws IOException {
        Path worklist = tmp.resolve("dunning.xlsx");
        writeXlsx(worklist, WorklistSheets.WORKLIST, WorklistSheets.CUSTOMER_ID, WorklistSheets.CUSTOMER_NAME, WorklistSheets.CURRENCY);
        assertEquals(FileRole.PREVIOUS_WORKLIST, FileRecognizer.recognize(worklist, null).role());

        Path other = tmp.resolve("aging.xlsx");
        writeXlsx(other, "Sheet1", "Customer", "Document Number", "Due Date", "Open Balance");
        assertEquals(FileRole.OPEN_ITEMS, FileRecognizer.recognize(other, null).role());
    }

    @Test
    void unknownContentIsAnAnswerNotAnError(@TempDir Path tmp) throws IOException {
        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "Meeting notes\nnothing tabular here\n");
        FileRecognizer.Recognition r = FileRecognizer.recognize(text, "notes.txt");
        assertEquals(FileRole.UNKNOWN, r.role());
        assertTrue(r.detail().contains("Meeting notes"), r.detail());

        Path binary = tmp.resolve("x.bin");
        Files.write(binary, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7, 8, 9});
        assertEquals(FileRole.UNKNOWN, FileRecognizer.recognize(binary, null).role());

        Path empty = tmp.resolve("empty.csv");
        Files.writeString(empty, "");
        assertEquals(FileRole.UNKNOWN, FileRecognizer.recognize(empty, null).role());

        assertThrows(NoSuchFileException.class, () -> FileRecognizer.recognize(tmp.resolve("missing.csv"), null));
    }

    private static void writeXlsx(Path path, String sheetName, String... headers) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(path)) {
            Sheet s = wb.createSheet(sheetName);
            Row h = s.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            Row d = s.createRow(1);
            d.createCell(0).setCellValue("Acme");
            d.createCell(1).setCellValue("INV-1");
            d.createCell(2).setCellValue("2026-06-30");
            d.createCell(3).setCellValue(125.5);
            wb.write(out);
        }
    }
}
