package com.arworkbench.ingest.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.AmbiguousMappingException;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.values.DateOrder;
import com.arworkbench.ingest.values.NumberStyle;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header detection, per-column decisions and row classification on small hand-written exports. */
class LayoutDetectorTest {

    @TempDir
    Path tmp;

    private final List<OpenItem> items = new ArrayList<>();
    private final List<RejectedRow> notUsed = new ArrayList<>();

    private IngestSummary read(String name, String content, Charset charset, IngestOptions options) throws Exception {
        Path f = tmp.resolve(name);
        Files.write(f, content.getBytes(charset));
        OpenItemsFile file = OpenItemsFile.open(f, name, options);
        lastLayout = file.layout();
        return file.read(new RowSink() {
            @Override
            public void item(OpenItem item) {
                items.add(item);
            }

            @Override
            public void notUsed(RejectedRow row) {
                notUsed.add(row);
            }
        });
    }

    private Layout lastLayout;

    @Test
    void findsTheHeaderUnderAReportPreambleAndTheGrandTotalBelow() throws Exception {
        IngestSummary s = read("qbo.csv", """
                Acme Supplies Inc
                A/R Aging Detail
                "As of Jul 25, 2026"

                ,Date,Transaction type,Num,Customer full name,Due date,Amount,Open balance
                Current,,,,,,,
                ,07/01/2026,Invoice,1001,Beta LLC,07/31/2026,"1,200.00","1,200.00"
                ,06/15/2026,Credit Memo,1002,Beta LLC,06/15/2026,-200.00,-200.00
                Total for Current,,,,,,,"1,000.00"
                TOTAL,,,,,,,"1,000.00"

                "Saturday, Jul 25, 2026 09:14:03 AM GMT-7"
                """, StandardCharsets.UTF_8, IngestOptions.detect());
        assertEquals("quickbooks-online", lastLayout.profileId());
        assertEquals(5, lastLayout.headerRow());
        assertEquals(2, s.items());
        assertEquals(0, new BigDecimal("1000.00").compareTo(s.controlTotals().get("")));
        assertEquals(3, s.count(RowDisposition.PREAMBLE));
        assertEquals(1, s.count(RowDisposition.SUBTOTAL));
        assertEquals(1, s.count(RowDisposition.TOTAL));
        assertEquals(2, s.count(RowDisposition.BLANK));
        assertEquals(s.rowsRead(), s.items() + s.dispositions().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(DateOrder.MONTH_FIRST, lastLayout.dateOrder(Field.DUE_DATE));
    }

    @Test
    void decidesDayMonthOrderForTheWholeColumnFromOneUnambiguousValue() throws Exception {
        read("eu.csv", """
                Customer,Invoice,Invoice Date,Due Date,Amount
                A,1,03/04/2026,03/05/2026,10.00
                A,2,25/04/2026,25/05/2026,20.00
                """, StandardCharsets.UTF_8, IngestOptions.detect());
        assertEquals(DateOrder.DAY_FIRST, lastLayout.dateOrder(Field.DUE_DATE));
        assertEquals(LocalDate.of(2026, 5, 3), items.get(0).dueDate(), "03/05 read as 3 May, like its column");
    }

    @Test
    void germanSapExportInWindows1252WithSemicolonsAndTrailingMinus() throws Exception {
        IngestSummary s = read("fbl5n.csv", """
                Kunde;Name 1;Belegnummer;Belegart;Belegdatum;Nettofälligkeit;Betrag in Hauswährung;Hauswährung
                100200;Müller & Söhne GmbH;1800000123;RV;01.02.2026;03.03.2026;1.234,56;EUR
                100200;Müller & Söhne GmbH;1400000045;DZ;15.02.2026;15.02.2026;500,00-;EUR
                100300;Straße AG;1600000007;DG;20.02.2026;20.02.2026;99,90;EUR
                *;;;;;;1.634,46;EUR
                """, Charset.forName("windows-1252"), IngestOptions.detect());
        assertEquals("sap-fbl5n", lastLayout.profileId());
        assertEquals(NumberStyle.COMMA_DECIMAL, lastLayout.numberStyle());
        assertEquals("Müller & Söhne GmbH", items.get(0).customer().name());
        assertEquals("100200", items.get(0).customer().id());
        assertEquals(0, new BigDecimal("1234.56").compareTo(items.get(0).openAmount()));
        assertEquals(0, new BigDecimal("-500.00").compareTo(items.get(1).openAmount()));
        // DG is a credit memo: shown positive by this export, normalized to negative.
        assertEquals(0, new BigDecimal("-99.90").compareTo(items.get(2).openAmount()));
        assertEquals(1, s.signsNormalized());
        assertEquals(0, new BigDecimal("1634.46").compareTo(s.controlTotals().get("EUR")));
    }

    @Test
    void customerHeadingRowsGiveTheCustomerWhenThereIsNoCustomerColumn() throws Exception {
        read("qbd.csv", """
                ,Type,Date,Num,P. O. #,Terms,Due Date,Aging,Open Balance
                Baxter Plumbing,,,,,,,,
                ,Invoice,04/01/2026,5001,,Net 30,05/01/2026,30,"1,000.00"
                Total Baxter Plumbing,,,,,,,,"1,000.00"
                Zeta Corp,,,,,,,,
                ,Payment,05/10/2026,,,,,,-250.00
                Total Zeta Corp,,,,,,,,-250.00
                TOTAL,,,,,,,,750.00
                """, StandardCharsets.UTF_8, IngestOptions.detect());
        assertEquals("quickbooks-desktop", lastLayout.profileId());
        assertEquals("Baxter Plumbing", items.get(0).customer().name());
        assertEquals("Zeta Corp", items.get(1).customer().name());
        assertTrue(items.get(1).dueDateFromDocumentDate(), "a payment without due date ages from its own date");
    }

    /**
     * Quirk: "Account name" over the customers and "Acct #" over their codes, no customer heading rows. Read
     * without a customer, every item was rejected and the aging of nothing said ALL CHECKS OK; the tool now asks
     * which column holds the customer, naming the columns that could.
     */
    @Test
    void noCustomerColumnAndNoHeadingsAsksForTheCustomerColumn() throws Exception {
        String export = """
                Account name,Bill no.,Issued,Payable by,Balance due,Acct #,Memo
                Alpha Supplies Ltd,B-1001,2026-04-01,2026-05-01,1234.50,A-77,first
                Beta Trading,B-1002,2026-04-15,2026-05-15,-200.00,B-12,credit
                Alpha Supplies Ltd,B-1003,2026-05-20,2026-06-19,999.99,A-77,
                Total,,,,2034.49,,
                """;
        AmbiguousMappingException e = assertThrows(AmbiguousMappingException.class,
                () -> read("account-name.csv", export, StandardCharsets.UTF_8, IngestOptions.detect()));
        assertEquals(Field.CUSTOMER, e.choices().get(0).field());
        assertEquals(List.of("Account name", "Acct #", "Memo"), e.choices().get(0).candidates());
        assertTrue(e.commandLineHint().contains("--column customer=\"Account name\""), e.commandLineHint());

        Path mapping = tmp.resolve("customer.json");
        Files.writeString(mapping, """
                {"partial": true, "columns": {"customer": "Account name"}}
                """);
        IngestSummary s = read("account-name.csv", export, StandardCharsets.UTF_8,
                new IngestOptions(null, MappingSpec.read(mapping)));
        assertEquals(3, s.items());
        assertEquals("Alpha Supplies Ltd", items.get(0).customer().name());
        assertEquals("Beta Trading", items.get(1).customer().name());
    }

    @Test
    void everyBadRowIsListedWithItsRowNumberRawValuesAndReason() throws Exception {
        IngestSummary s = read("bad.csv", """
                Customer,Invoice,Invoice Date,Due Date,Amount
                A,1,2026-01-01,2026-01-31,10.00
                B,2,2026-01-01,2026-02-30,10.00
                C,3,2026-01-01,2026-01-31,12;3x
                ,4,2026-01-01,2026-01-31,5.00
                D,5,,,7.00
                E,6,2026-01-01,2026-01-31,0.00
                """, StandardCharsets.UTF_8, IngestOptions.detect());
        assertEquals(1, s.items());
        assertEquals(4, s.count(RowDisposition.REJECTED));
        assertEquals(1, s.count(RowDisposition.NOT_OPEN));
        RejectedRow badDate = notUsed.stream().filter(r -> r.sourceRow() == 3).findFirst().orElseThrow();
        assertTrue(badDate.reason().contains("2026-02-30"), badDate.reason());
        assertEquals(List.of("B", "2", "2026-01-01", "2026-02-30", "10.00"), badDate.rawValues());
        assertEquals(0, new BigDecimal("10.00").compareTo(badDate.amount()), "the readable amount is kept for the tie-out");
        assertTrue(notUsed.stream().anyMatch(r -> r.sourceRow() == 4 && r.reason().contains("not a number")));
        assertTrue(notUsed.stream().anyMatch(r -> r.sourceRow() == 5 && r.reason().contains("customer")));
        assertTrue(notUsed.stream().anyMatch(r -> r.sourceRow() == 6 && r.reason().contains("No due date")));
    }

    @Test
    void aForcedProfileOrAUserMappingIsHonoured() throws Exception {
        Path mapping = tmp.resolve("map.json");
        Files.writeString(mapping, """
                {"columns": {"customer": "Client", "documentNumber": "Inv #", "dueDate": "Pay By", "openAmount": 4}}
                """);
        read("odd.csv", """
                Client,Inv #,Pay By,Balance
                Acme (C-1001),77,2026-02-01,"1,000.00"
                """, StandardCharsets.UTF_8, new IngestOptions(null, MappingSpec.read(mapping)));
        assertEquals("custom", lastLayout.profileId());
        assertEquals("C-1001", items.get(0).customer().id());
        assertEquals("Acme", items.get(0).customer().name());
        assertEquals(0, new BigDecimal("1000.00").compareTo(items.get(0).openAmount()));
    }

    @Test
    void aFileWithoutARecognisableHeaderGetsAClearMessage() throws Exception {
        Path f = tmp.resolve("notes.csv");
        Files.writeString(f, "Meeting notes\nBuy milk\nCall Bob\n");
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> OpenItemsFile.open(f, "notes.csv", IngestOptions.detect()));
        assertTrue(e.getMessage().contains("No header row found"), e.getMessage());
        assertTrue(e.getMessage().contains("Meeting notes"), "says what was found: " + e.getMessage());
        UnreadableFileException unknown = assertThrows(UnreadableFileException.class,
                () -> OpenItemsFile.open(f, "notes.csv", new IngestOptions("nope", null)));
        assertTrue(unknown.getMessage().contains("Unknown profile"));
    }

    /** A big export whose first rows give no day above 12, then day-first dates: the scan reads on until they decide. */
    @Test
    void aScanThatHasNotDecidedReadsOnPastTheEarlyStop() throws Exception {
        StringBuilder sb = new StringBuilder("Customer,Invoice,Due date,Open amount\n");
        int rows = (int) LayoutDetector.DECIDE_AFTER_ROWS * 3;
        for (int i = 0; i < rows; i++) {
            int day = i < rows - 500 ? 1 + i % 12 : 13 + i % 15; // ambiguous first, then day-first only at the end
            sb.append("C").append(i % 50).append(",INV").append(i).append(',').append(String.format("%02d/%02d/2026", day, 1 + i % 12))
                    .append(",\"1,234.50\"\n");
        }
        IngestSummary s = read("late-evidence.csv", sb.toString(), StandardCharsets.UTF_8, IngestOptions.detect());
        assertEquals(DateOrder.DAY_FIRST, lastLayout.dateOrder(Field.DUE_DATE));
        assertEquals(rows, s.items());
    }

    /** Contrary evidence after the early-stop point still makes the file "mixed": the scan only stops when settled. */
    @Test
    void mixedOrdersAreSeenWhereverTheyAre() throws Exception {
        StringBuilder sb = new StringBuilder("Customer,Invoice,Due date,Open amount\n");
        int rows = (int) LayoutDetector.DECIDE_AFTER_ROWS * 2;
        for (int i = 0; i < rows; i++) {
            // month-first values with a day above 12 all along, and from row 100 on also day-first ones
            boolean dayFirst = i >= 100 && i % 2 == 0;
            int big = 13 + i % 15;
            int month = 1 + i % 12;
            String date = dayFirst ? String.format("%02d/%02d/2026", big, month) : String.format("%02d/%02d/2026", month, big);
            sb.append("C").append(i % 50).append(",INV").append(i).append(',').append(date).append(",\"1,234.50\"\n");
        }
        read("mixed.csv", sb.toString(), StandardCharsets.UTF_8, IngestOptions.detect());
        assertTrue(lastLayout.warnings().stream().anyMatch(w -> w.contains("mixes day/month orders")), lastLayout.warnings().toString());
    }
}
