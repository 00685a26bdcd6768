package com.arworkbench.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.NoDataRowsException;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column roles from header words and values (issue 11): each case is an export laid out unlike the
 * built-in profiles, where reading by header words alone gave a workbook that said ALL CHECKS OK
 * while its content was wrong.
 */
class ColumnInferenceTest {

    @TempDir
    Path tmp;

    private final List<OpenItem> items = new ArrayList<>();
    private Layout layout;

    private IngestSummary read(String name, String csv) throws Exception {
        return read(name, csv, IngestOptions.detect());
    }

    private IngestSummary read(String name, String csv, IngestOptions options) throws Exception {
        Path f = tmp.resolve(name);
        Files.writeString(f, csv, StandardCharsets.UTF_8);
        OpenItemsFile file = OpenItemsFile.open(f, name, options);
        layout = file.layout();
        return file.read(new RowSink() {
            @Override
            public void item(OpenItem item) {
                items.add(item);
            }

            @Override
            public void notUsed(RejectedRow row) {
            }
        });
    }

    private Map<String, BigDecimal> openByCustomerKey() {
        Map<String, BigDecimal> out = new TreeMap<>();
        for (OpenItem i : items) {
            out.merge(i.customer().key() + "|" + i.currency(), i.openAmount(), BigDecimal::add);
        }
        return out;
    }

    private String headerOf(Field f) {
        return layout.mapping().header(layout.mapping().index(f));
    }

    @Test
    void aCustomerColumnOfCodesBesideANameColumnIsTheIdAndTwoCustomersSharingANameStayTwo() throws Exception {
        read("codes-and-names.csv", """
                Customer,Customer Name,Invoice Number,Invoice Date,Due Date,Amount,Balance Due,Currency
                C10062,Acme Corp,INV-1001,2026-04-01,2026-05-01,1000.00,1000.00,USD
                C10063,Acme Corp,INV-1002,2026-04-03,2026-05-03,500.00,250.00,USD
                C10064,Beta LLC,INV-1003,2026-05-10,2026-06-09,750.00,750.00,CAD
                """);
        assertEquals("Customer", headerOf(Field.CUSTOMER_ID));
        assertEquals("Customer Name", headerOf(Field.CUSTOMER_NAME));
        assertEquals("Balance Due", headerOf(Field.OPEN_AMOUNT), "the open amount is the balance, never the original");
        assertEquals("Amount", headerOf(Field.ORIGINAL_AMOUNT));
        assertEquals(Map.of("id:C10062|USD", new BigDecimal("1000.00"), "id:C10063|USD", new BigDecimal("250.00"),
                "id:C10064|CAD", new BigDecimal("750.00")), openByCustomerKey());
        assertEquals("Acme Corp", items.get(1).customer().name());
    }

    /**
     * German headers in short forms no profile names: "Debitor" (numbers beside a name column) is the customer's ID and
     * "Belegnr." the document number. Both were dropped before, and the aging merged every customer of a name and
     * lost the document numbers while it said ALL CHECKS OK.
     */
    @Test
    void germanShortHeadersDebitorAndBelegnrAreTheCustomerIdAndTheDocument() throws Exception {
        read("german-short-headers.csv", """
                Debitor;Kundenname;Belegnr.;Belegdatum;Fälligkeit;Offener Betrag
                10001;Alpha GmbH;RE-1;01.04.2026;01.05.2026;1.234,50
                10002;Alpha GmbH;RE-2;15.04.2026;15.05.2026;-200,00
                10001;Alpha GmbH;RE-3;20.05.2026;19.06.2026;999,99
                """);
        assertEquals("Debitor", headerOf(Field.CUSTOMER_ID));
        assertEquals("Kundenname", headerOf(Field.CUSTOMER_NAME));
        assertEquals("Belegnr.", headerOf(Field.DOCUMENT_NUMBER));
        assertEquals(List.of("RE-1", "RE-2", "RE-3"), items.stream().map(OpenItem::documentNumber).toList());
        assertEquals(Map.of("id:10001|", new BigDecimal("2234.49"), "id:10002|", new BigDecimal("-200.00")), openByCustomerKey());
    }

    @Test
    void compoundNumberHeadersAreReadAsTheirParts() {
        assertEquals(List.of("belegnr", "beleg", "nr"), HeaderWords.tokens("belegnr"));
        assertEquals(List.of("rechnungsnummer", "rechnungs", "nummer", "rechnung"), HeaderWords.tokens("rechnungsnummer"));
        assertEquals(List.of("nr"), HeaderWords.tokens("nr"));
    }

    @Test
    void dynamicsAxOpenTransactionsKeepTheCustomerAccountAndTheInvoiceNumber() throws Exception {
        read("ax.csv", """
                Customer account,Name,Voucher,Invoice,Date,Due date,Amount in transaction currency,Balance,Currency
                US-001,Contoso Retail,ARI-000123,FTI-00000123,1/15/2026,2/14/2026,1200.00,1200.00,USD
                US-002,Fabrikam,ARI-000124,FTI-00000124,2/20/2026,3/22/2026,800.00,300.00,USD
                US-003,Fabrikam,ARI-000125,FTI-00000125,2/21/2026,3/23/2026,90.00,90.00,USD
                """);
        assertEquals("Customer account", headerOf(Field.CUSTOMER_ID));
        assertEquals("Invoice", headerOf(Field.DOCUMENT_NUMBER), "the invoice number, not the ledger voucher");
        assertEquals("Balance", headerOf(Field.OPEN_AMOUNT));
        assertEquals("FTI-00000124", items.get(1).documentNumber());
        assertTrue(layout.profileLabel().startsWith("Inferred from header words and values"), "not called Sage: "
                + layout.profileLabel());
        assertEquals(3, openByCustomerKey().size(), "two customers named Fabrikam stay two");
    }

    @Test
    void oracleReceivablesWithDdMonYyDatesIsReadWithoutAProfile() throws Exception {
        IngestSummary s = read("oracle.csv", """
                Customer Number,Customer Name,Trx Number,Trx Type,Trx Date,Due Date,Days Past Due,Original Amount,Amount Due Remaining,Currency Code
                1001,Vision Corp,50012,Invoice,15-JAN-26,14-FEB-26,106,5000.00,5000.00,USD
                1002,Vision Ops,50013,Invoice,01-MAR-26,31-MAR-26,61,2500.00,1200.00,USD
                1001,Vision Corp,50014,Credit Memo,10-MAR-26,10-MAR-26,82,-300.00,-300.00,USD
                """);
        assertEquals("inferred", layout.profileId());
        assertEquals("Customer Number", headerOf(Field.CUSTOMER_ID));
        assertEquals("Trx Number", headerOf(Field.DOCUMENT_NUMBER));
        assertEquals("Trx Date", headerOf(Field.DOCUMENT_DATE));
        assertEquals("Amount Due Remaining", headerOf(Field.OPEN_AMOUNT));
        assertFalse(layout.mapping().columns().containsValue(6), "Days Past Due is a count of days, not money");
        assertEquals(3, s.items());
        assertEquals(LocalDate.of(2026, 2, 14), items.get(0).dueDate());
        assertEquals(Map.of("id:1001|USD", new BigDecimal("4700.00"), "id:1002|USD", new BigDecimal("1200.00")),
                openByCustomerKey());
    }

    @Test
    void whenTheOpenAmountCouldBeEitherOfTwoColumnsTheReaderAsksAndAColumnOverrideDecides() throws Exception {
        String csv = """
                Client,Client Code,Ref,Issued,Payment Due,Amount,Total
                Alpha Ltd,A1,1,2026-04-01,2026-05-01,100.00,110.00
                Beta Ltd,B1,2,2026-04-01,2026-05-01,200.00,220.00
                Gamma Ltd,G1,3,2026-04-01,2026-05-01,300.00,330.00
                """;
        AmbiguousMappingException e = assertThrows(AmbiguousMappingException.class, () -> read("two-amounts.csv", csv));
        assertEquals(Field.OPEN_AMOUNT, e.choices().get(0).field());
        assertEquals(List.of("Amount", "Total"), e.choices().get(0).candidates());
        assertTrue(e.commandLineHint().contains("--column openAmount="), e.commandLineHint());

        read("two-amounts.csv", csv, new IngestOptions(null, MappingSpec.partial("--column", Map.of(Field.OPEN_AMOUNT, "Total"))));
        assertEquals("Total", headerOf(Field.OPEN_AMOUNT));
        assertEquals("Client Code", headerOf(Field.CUSTOMER_ID), "the rest is still inferred");
        assertEquals(new BigDecimal("660.00"), items.stream().map(OpenItem::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void anExportNobodyListsWithDayFirstDatesAndAPayableByColumnIsReadWithoutAMapping() throws Exception {
        IngestSummary s = read("debtors.csv", """
                Debtor,Debtor Ref,Doc,Doc Date,Payable By,Gross,Amt Outstanding
                Northwind Traders,D-0042,SI-9001,03/04/2026,03/05/2026,"1,250.00",750.00
                Northwind Traders,D-0042,SI-9002,15/04/2026,15/05/2026,480.00,480.00
                Northwind Traders,D-0099,SI-9003,20/04/2026,20/05/2026,300.00,300.00
                Contoso Ltd,D-0107,SC-9004,22/04/2026,22/04/2026,-120.00,-120.00
                """, IngestOptions.detect().withBaseCurrency("GBP"));
        assertEquals("Debtor Ref", headerOf(Field.CUSTOMER_ID));
        assertEquals("Debtor", headerOf(Field.CUSTOMER_NAME));
        assertEquals("Payable By", headerOf(Field.DUE_DATE));
        assertEquals("Amt Outstanding", headerOf(Field.OPEN_AMOUNT));
        assertEquals(0, s.dueDateFallbacks());
        assertEquals(LocalDate.of(2026, 5, 3), items.get(0).dueDate(), "day first: 15/04 decides the column");
        assertEquals(Map.of("id:D-0042|GBP", new BigDecimal("1230.00"), "id:D-0099|GBP", new BigDecimal("300.00"),
                "id:D-0107|GBP", new BigDecimal("-120.00")), openByCustomerKey());
        assertTrue(s.warnings().get(0).startsWith("Same name, different IDs: 1 name(s)"), s.warnings().toString());
    }

    @Test
    void aGermanExportWithCompoundHeaderWordsAndCommaDecimalsIsRead() throws Exception {
        read("offene-posten.csv", """
                Schuldner;Beleg;Belegdatum;Zahlbar bis;Restbetrag
                Müller GmbH;R-100;03.04.2026;03.05.2026;1.250,00
                Schmidt AG;R-101;15.04.2026;15.05.2026;480,50
                Müller GmbH;G-102;20.04.2026;20.04.2026;-120,00
                """, IngestOptions.detect().withBaseCurrency("EUR"));
        assertEquals("Belegdatum", headerOf(Field.DOCUMENT_DATE));
        assertEquals("Zahlbar bis", headerOf(Field.DUE_DATE));
        assertEquals("Restbetrag", headerOf(Field.OPEN_AMOUNT));
        assertEquals(Map.of("name:müller gmbh|EUR", new BigDecimal("1130.00"), "name:schmidt ag|EUR", new BigDecimal("480.50")),
                openByCustomerKey());
    }

    @Test
    void floatFormattedIdsLoseTheirPointZero() throws Exception {
        read("float-ids.csv", """
                Customer ID,Customer Name,Document Number,Document Date,Due Date,Open Amount,Currency
                1930571521.0,Alpha,1930571521.0,2026-04-01,2026-05-01,100.00,USD
                1930571522.0,Beta,7.5,2026-04-01,2026-05-01,200.00,USD
                """);
        assertEquals("1930571521", items.get(0).customer().id());
        assertEquals("1930571521", items.get(0).documentNumber());
        assertEquals("7.5", items.get(1).documentNumber(), "only a zero fraction is dropped");
    }

    @Test
    void aFileWithoutACurrencyColumnTakesTheBaseCurrencyAndSaysSo() throws Exception {
        String csv = """
                Customer ID,Customer Name,Invoice,Invoice Date,Due Date,Balance
                C1,Alpha,1,2026-04-01,2026-05-01,100.00
                """;
        read("no-currency.csv", csv, IngestOptions.detect().withBaseCurrency("USD"));
        assertEquals("USD", items.get(0).currency());
        assertTrue(layout.currencySource().contains("base currency"), layout.currencySource());
        items.clear();
        read("no-currency.csv", csv);
        assertEquals("", items.get(0).currency());
        assertTrue(layout.currencySource().contains("--currency"), layout.currencySource());
    }

    @Test
    void aHeaderWithNoDataRowsIsAnError() {
        NoDataRowsException e = assertThrows(NoDataRowsException.class, () -> read("header-only.csv",
                "Customer,Invoice,Date,Due Date,Open Balance\n"));
        assertTrue(e.getMessage().startsWith("No open items in header-only.csv"), e.getMessage());
    }

    @Test
    void aPayPalActivityExportIsRefusedWithWhatItLooksLike() {
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read("paypal.csv", """
                "Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","From Email Address","To Email Address","Transaction ID","Balance"
                "01/04/2026","10:00:00","PST","Alice Smith","Express Checkout Payment","Completed","USD","100.00","-3.20","96.80","a@example.com","s@example.com","1AB23456CD789012E","96.80"
                """));
        assertTrue(e.getMessage().contains("payment-processor"), e.getMessage());
    }

    @Test
    void aPayPalActivityExportIsNoInvoiceHistoryEither() throws Exception {
        Path f = tmp.resolve("activity.csv");
        Files.writeString(f, """
                "Date","Time","TimeZone","Name","Type","Status","Currency","Gross","Fee","Net","Balance","Transaction ID","Item Title"
                "01/04/2026","10:00:00","PST","Alice Smith","Invoice","Completed","USD","100.00","-3.20","96.80","96.80","1AB2","INV-1"
                "01/05/2026","11:00:00","PST","Bob Jones","Invoice","Completed","USD","50.00","-1.75","48.25","145.05","2AB2","INV-2"
                """);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> InvoiceHistoryFile.open(f, "activity.csv"));
        assertTrue(e.getMessage().contains("payment-processor") && e.getMessage().contains("invoice history"), e.getMessage());
    }

    @Test
    void isoDatesAreNotExplainedAsADayMonthGuess() throws Exception {
        read("iso.csv", """
                Customer ID,Customer Name,Invoice,Invoice Date,Due Date,Balance,Currency
                C1,Alpha,1,2026-04-01,2026-05-01,100.00,USD
                """);
        assertTrue(layout.dateOrderReason().contains("year first (ISO)"), layout.dateOrderReason());
        assertFalse(layout.dateOrderReason().contains("no value decides it"), layout.dateOrderReason());
    }

    @Test
    void aProfileHeaderWhoseValuesAreNotDatesIsNotReadAsADate() throws Exception {
        // "Date" holds a text period label here; the due date still ages the item.
        read("period.csv", """
                Customer,Date,Document Number,Due Date,Open Balance,Currency
                Alpha Ltd,Week 14,INV-1,2026-05-01,100.00,USD
                Beta Ltd,Week 14,INV-2,2026-05-02,200.00,USD
                Gamma Ltd,Week 15,INV-3,2026-05-03,300.00,USD
                """);
        assertFalse(layout.mapping().has(Field.DOCUMENT_DATE));
        assertEquals(3, items.size());
        assertTrue(layout.warnings().stream().anyMatch(w -> w.contains("'Date' was not read as Document date")), layout.warnings().toString());
    }
}
