package com.arworkbench.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.values.NumberStyle;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Invoice histories in each ERP's layout: values to the cent, paid dates, negated credits, rejected rows by row number. */
class InvoiceHistoryFileTest {

    private static final Path DIR = Path.of("src/test/resources/history");

    /** Collects what a read produced. */
    static final class Collected implements HistorySink {
        final List<InvoiceRecord> records = new ArrayList<>();
        final List<RejectedRow> notUsed = new ArrayList<>();
        IngestSummary summary;
        InvoiceHistoryFile file;

        @Override
        public void record(InvoiceRecord record) {
            records.add(record);
        }

        @Override
        public void notUsed(RejectedRow row) {
            notUsed.add(row);
        }

        InvoiceRecord doc(String number) {
            return records.stream().filter(r -> r.documentNumber().equals(number)).findFirst()
                    .orElseThrow(() -> new AssertionError("no record " + number));
        }

        RejectedRow row(long n) {
            return notUsed.stream().filter(r -> r.sourceRow() == n).findFirst()
                    .orElseThrow(() -> new AssertionError("row " + n + " not listed"));
        }
    }

    static Collected read(Path file) throws Exception {
        Collected c = new Collected();
        c.file = InvoiceHistoryFile.open(file, file.getFileName().toString());
        c.summary = c.file.read(c);
        IngestSummary s = c.summary;
        // Every physical row is accounted for exactly once.
        assertEquals(s.rowsRead(), s.items() + s.rejected() + s.structural(), s.toString());
        assertEquals(s.items(), c.records.size());
        return c;
    }

    private static BigDecimal money(String s) {
        return new BigDecimal(s);
    }

    @Test
    void netSuiteRegisterWithTitleBomRepeatedHeaderAndTotal() throws Exception {
        Collected c = read(DIR.resolve("netsuite-invoice-register.csv"));
        assertEquals("netsuite-history", c.file.layout().profileId());
        assertEquals(5, c.file.layout().headerRow());
        assertEquals(20, c.summary.rowsRead());
        assertEquals(9, c.summary.items());

        InvoiceRecord first = c.doc("INV50001");
        assertEquals("Allegheny Valley Hospital", first.customer().name());
        assertEquals(LocalDate.of(2026, 1, 5), first.documentDate());
        assertEquals(LocalDate.of(2026, 2, 4), first.dueDate());
        assertEquals(money("12831.46"), first.amount());
        assertEquals(0, first.openAmount().signum());
        assertEquals(LocalDate.of(2026, 2, 3), first.paidDate());
        assertEquals(DocumentType.INVOICE, first.type());

        // A credit memo the export shows positive is negated; no due date: due = document date.
        InvoiceRecord credit = c.doc("CM50003");
        assertEquals(DocumentType.CREDIT_MEMO, credit.type());
        assertEquals(money("-250.00"), credit.amount());
        assertEquals(LocalDate.of(2026, 1, 12), credit.dueDate());
        assertEquals(1, c.summary.signsNormalized());
        assertEquals(1, c.summary.dueDateFallbacks());

        // "Paid In Full" without a Date Closed is no paid date.
        assertNull(c.doc("INV50004").paidDate());
        assertEquals(1, c.summary.note(InvoiceHistoryFile.PAID_STATUS_WITHOUT_DATE));
        // A Date Closed while 480.25 is still open does not settle it.
        InvoiceRecord partly = c.doc("INV50005");
        assertNull(partly.paidDate());
        assertEquals(money("480.25"), partly.openAmount());
        assertEquals(1, c.summary.note(InvoiceHistoryFile.PAID_DATE_BUT_OPEN));
        assertEquals(5, c.summary.note(InvoiceHistoryFile.SETTLED));

        assertEquals(RowDisposition.REJECTED, c.row(11).disposition());
        assertTrue(c.row(11).reason().contains("'n/a' is not a number"), c.row(11).reason());
        assertTrue(c.row(12).reason().startsWith("Due date '2/30/2026' is not a valid date"), c.row(12).reason());
        assertEquals("Paid date 2026-01-28 is before the document date 2026-02-02", c.row(13).reason());
        assertEquals(money("4410.00"), c.row(13).amount());
        assertEquals("No customer: the customer column is empty", c.row(16).reason());
        assertEquals(RowDisposition.REPEATED_HEADER, c.row(17).disposition());
        assertEquals(4, c.summary.count(RowDisposition.REJECTED));

        assertEquals(RowDisposition.TOTAL, c.row(20).disposition());
        assertEquals(money("56791.31"), c.summary.controlTotals().get(""));
        assertEquals(3, c.summary.count(RowDisposition.PREAMBLE));
    }

    @Test
    void germanSapClearedItemsInWindows1252WithTrailingMinusAndTotalsPerCurrency() throws Exception {
        Collected c = read(DIR.resolve("sap-fbl5n-cleared-de.csv"));
        assertEquals("sap-fbl5n-cleared", c.file.layout().profileId());
        assertEquals(NumberStyle.COMMA_DECIMAL, c.file.layout().numberStyle());
        assertEquals(8, c.summary.items());

        InvoiceRecord inv = c.doc("0090030020");
        assertEquals("Özdemir Gastronomie GmbH", inv.customer().name());
        assertEquals("20117", inv.customer().id());
        assertEquals(money("12500.00"), inv.amount());
        assertEquals(LocalDate.of(2026, 1, 15), inv.documentDate());
        assertEquals(LocalDate.of(2026, 3, 14), inv.dueDate());
        assertEquals(LocalDate.of(2026, 4, 28), inv.paidDate());
        assertEquals("EUR", inv.currency());
        assertNull(inv.openAmount());

        // DG shown "234,56-": already negative, stays so.
        InvoiceRecord credit = c.doc("1700000101");
        assertEquals(DocumentType.CREDIT_MEMO, credit.type());
        assertEquals(money("-234.56"), credit.amount());
        assertEquals(0, c.summary.signsNormalized());

        // An empty Nettofälligkeit falls back to the document date; an empty Ausgleichsdatum is not settled.
        assertEquals(LocalDate.of(2026, 1, 31), c.doc("0090030027").dueDate());
        assertNull(c.doc("0090030038").paidDate());
        assertEquals("USD", c.doc("0090030040").currency());

        assertTrue(c.row(11).reason().startsWith("Document date '30.02.2026' is not a valid date"), c.row(11).reason());
        assertEquals(money("30106.27"), c.summary.controlTotals().get("EUR"));
        assertEquals(money("15126.36"), c.summary.controlTotals().get("USD"));
        assertEquals(15L, c.summary.controlTotalRows().get("USD"));
    }

    @Test
    void englishSapClearedItemsNegateCreditsByTheDebitCreditIndicator() throws Exception {
        Collected c = read(DIR.resolve("sap-fbl5n-cleared-en.txt"));
        assertEquals(money("4500.00"), c.doc("0090040001").amount());
        assertEquals(LocalDate.of(2026, 6, 28), c.doc("0090040001").paidDate());
        assertEquals(money("-300.00"), c.doc("1700000201").amount());
        assertEquals(1, c.summary.signsNormalized());
        assertNull(c.doc("0090040007").paidDate());
        assertEquals(money("5475.40"), c.summary.controlTotals().get("USD"));
    }

    @Test
    void quickBooksInvoiceListWithLastPaymentDate() throws Exception {
        Collected c = read(DIR.resolve("quickbooks-online-invoice-list.csv"));
        assertEquals("quickbooks-online-history", c.file.layout().profileId());
        assertEquals(7, c.summary.items());
        assertEquals(LocalDate.of(2026, 2, 10), c.doc("1201").paidDate());
        assertEquals(money("5623.29"), c.doc("1201").amount());
        assertEquals(money("-72.89"), c.doc("1203").amount());
        // A last payment on a partly paid invoice is not its settlement.
        assertNull(c.doc("1204").paidDate());
        assertEquals(money("1450.00"), c.doc("1204").openAmount());
        assertEquals(money("410.00"), c.doc("1207").amount());
        assertEquals(money("13463.79"), c.summary.controlTotals().get(""));
        assertEquals(RowDisposition.TOTAL, c.row(13).disposition());
    }

    @Test
    void businessCentralLedgerEntriesClosedAtDate() throws Exception {
        Collected c = read(DIR.resolve("dynamics-bc-ledger-entries.csv"));
        assertEquals("dynamics-bc-history", c.file.layout().profileId());
        assertEquals(6, c.summary.items());
        InvoiceRecord inv = c.doc("103101");
        assertEquals("10000", inv.customer().id());
        assertEquals(LocalDate.of(2026, 2, 20), inv.paidDate());
        assertEquals(money("-150.75"), c.doc("104001").amount());
        assertEquals(DocumentType.PAYMENT, c.doc("2602-0001").type());
        assertEquals(DocumentType.FINANCE_CHARGE, c.doc("FIN-00011").type());
        assertNull(c.doc("103103").paidDate());
        assertEquals(money("1234.56"), c.doc("103103").openAmount());
    }

    @Test
    void xeroInvoicesFullyPaidOnDate() throws Exception {
        Collected c = read(DIR.resolve("xero-invoices.csv"));
        assertEquals("xero-history", c.file.layout().profileId());
        assertEquals(LocalDate.of(2026, 1, 19), c.doc("INV-0430").paidDate());
        assertEquals(LocalDate.of(2025, 10, 1), c.doc("INV-0401").documentDate());
        // No type column: a negative line is a credit note.
        assertEquals(DocumentType.CREDIT_MEMO, c.doc("CN-0012").type());
        assertEquals(money("-40.00"), c.doc("CN-0012").amount());
        assertEquals(DocumentType.INVOICE, c.doc("INV-0471").type());
        assertNull(c.doc("INV-0480").paidDate());
        assertEquals(1, c.summary.note(InvoiceHistoryFile.PAID_STATUS_WITHOUT_DATE));
        assertEquals("GBP", c.doc("INV-0471").currency());
    }

    @Test
    void odooInvoicesDayFirstAndPartlyPaid() throws Exception {
        Collected c = read(DIR.resolve("odoo-customer-invoices.csv"));
        assertEquals("odoo-history", c.file.layout().profileId());
        assertEquals(LocalDate.of(2026, 2, 27), c.doc("INV/2026/00012").paidDate());
        assertEquals(money("3480.50"), c.doc("INV/2026/00012").amount());
        assertNull(c.doc("INV/2026/00025").paidDate());
        assertEquals(money("615.75"), c.doc("INV/2026/00025").openAmount());
    }

    @Test
    void erpNextHasAPaidStatusButNoPaidDate() throws Exception {
        Collected c = read(DIR.resolve("erpnext-sales-invoice.csv"));
        assertEquals("erpnext-history", c.file.layout().profileId());
        assertEquals(4, c.summary.items());
        assertTrue(c.records.stream().noneMatch(InvoiceRecord::settled));
        assertEquals(2, c.summary.note(InvoiceHistoryFile.PAID_STATUS_WITHOUT_DATE));
        assertEquals("CUST-00027", c.doc("ACC-SINV-2026-00102").customer().id());
        assertEquals(money("45250.5"), c.doc("ACC-SINV-2026-00102").amount());
        assertEquals(LocalDate.of(2026, 2, 3), c.doc("ACC-SINV-2026-00111").dueDate());
    }

    @Test
    void sageActivityWithBadDebtWriteOff() throws Exception {
        Collected c = read(DIR.resolve("sage-customer-activity.csv"));
        assertEquals("sage-history", c.file.layout().profileId());
        assertEquals(money("-120.00"), c.doc("00401").amount());
        InvoiceRecord wo = c.doc("WO-0001");
        assertEquals(DocumentType.WRITE_OFF, wo.type());
        assertEquals(money("-310.00"), wo.amount());
        assertTrue(!wo.isSale());
        assertEquals(1, c.summary.note(InvoiceHistoryFile.WRITE_OFFS));
        assertEquals(LocalDate.of(2026, 1, 11), c.doc("10195").paidDate());
        assertEquals(money("2622.86"), c.summary.controlTotals().get(""));
    }

    @Test
    void aWriteOffsFileIsReadAsAHistoryOfBadDebts() throws Exception {
        Collected c = read(DIR.resolve("write-offs.csv"));
        assertEquals(2, c.summary.items());
        assertTrue(c.records.stream().allMatch(r -> r.type() == DocumentType.WRITE_OFF && r.amount().signum() < 0));
        assertEquals(money("-85.00"), c.doc("WO-26-0003").amount());
        assertEquals(money("-1240.00"), c.doc("WO-26-0004").amount());
        assertEquals(2, c.summary.note(InvoiceHistoryFile.WRITE_OFFS));
    }

    @Test
    void theBundledExampleHistoryReadsCleanly() throws Exception {
        Collected c = read(Path.of("examples/kpi/invoice-history.csv"));
        assertEquals("netsuite-history", c.file.layout().profileId());
        assertEquals(0, c.summary.rejected());
        assertTrue(c.summary.items() >= 300, "items: " + c.summary.items());
        BigDecimal sum = c.records.stream().map(InvoiceRecord::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, sum.compareTo(c.summary.controlTotals().get("")), "total row equals the sum of the amounts");
        Collected w = read(Path.of("examples/kpi/write-offs.csv"));
        assertEquals(0, w.summary.rejected());
        assertTrue(w.records.stream().allMatch(r -> r.type() == DocumentType.WRITE_OFF && r.amount().signum() < 0));
    }

    @Test
    void anExportWithoutAHistoryHeaderSaysWhatIsExpected(@TempDir Path tmp) throws IOException {
        Path f = tmp.resolve("x.csv");
        Files.writeString(f, "Foo,Bar\n1,2\n");
        UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
                () -> InvoiceHistoryFile.open(f, "x.csv"));
        assertTrue(e.getMessage().contains("invoice history"), e.getMessage());
    }
}
