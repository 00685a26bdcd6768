package com.arworkbench.ingest.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.RealSamples;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.ingest.UnreadableFileException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Camt053FileTest {

    @TempDir
    Path temp;

    private static Path realSample(String name) {
        return RealSamples.DIR.resolve(name);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(Camt053FileTest.class.getResource("/payments/" + name).toURI());
    }

    private static Camt053File read(Path path) throws Exception {
        return Camt053File.read(path, path.getFileName().toString());
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static BigDecimal amt(String text) {
        return new BigDecimal(text);
    }

    // ---- real files (genkgo/camt test data) ----

    @RealSamples
    @Test
    void readsRealMinimalV2Statement() throws Exception {
        Camt053File file = read(realSample("camt053-v2-minimal.xml"));

        assertEquals(1, file.statements());
        assertEquals(1, file.entries());
        assertEquals(List.of(), file.notUsed());
        assertEquals(List.of(new Payment("entry 1", 1, d("2014-12-31"), d("2015-01-02"), amt("8.85"), "EUR",
                "NAME NAME", "NL56AGDH9619008421", "", List.of("4654654654654654"), "", "NL26VAYB8060476890")),
                file.payments());
        assertEquals("camt053-v2-minimal.xml", file.source().displayName());
    }

    @RealSamples
    @Test
    void readsRealMultiStatementFileAndListsTheDebitAsNotUsed() throws Exception {
        Camt053File file = read(realSample("camt053-v2-multi-statement.xml"));

        assertEquals(2, file.statements());
        assertEquals(2, file.entries());
        // The sample names only the creditor (us) on the credit, so there is no payer name or account.
        assertEquals(List.of(new Payment("000000001", 1, d("2014-12-31"), d("2015-01-02"), amt("8.85"), "EUR",
                "", "", "Transaction Description 1", List.of(), "", "NL26VAYB8060476890")), file.payments());
        assertEquals(1, file.notUsed().size());
        RejectedRow debit = file.notUsed().get(0);
        assertEquals(2, debit.sourceRow());
        assertEquals(RowDisposition.NOT_OPEN, debit.disposition());
        assertEquals("Debit entry: not incoming cash", debit.reason());
        assertEquals(0, amt("7.00").compareTo(debit.amount()));
        assertEquals("7.00", debit.amount().toPlainString());
        assertEquals("EUR", debit.currency());
        assertEquals(List.of("000000002", "2014-12-31", "2015-01-02", "DBIT", "7.00", "EUR", "",
                "Transaction Description 2"), debit.rawValues());
    }

    // ---- hand-written fixtures ----

    @Test
    void splitsBatchEntryIntoOnePaymentPerTransaction() throws Exception {
        Camt053File file = read(resource("camt053-batch.xml"));

        assertEquals(1, file.statements());
        assertEquals(2, file.entries());
        assertEquals(List.of(), file.notUsed());
        assertEquals(List.of(
                new Payment("E2E-A", 1, d("2026-03-01"), d("2026-03-02"), amt("1000.00"), "EUR", "Acme GmbH",
                        "DE02120300000000202051", "INV-1001 INV-1002", List.of("INV-1001", "INV-1002", "RF18539007547034"),
                        "BANK-REF-77", "DE89370400440532013000"),
                new Payment("BANK-REF-77.2", 1, d("2026-03-01"), d("2026-03-02"), amt("500.10"), "EUR", "Globex SA",
                        "FR1420041010050500013M02606", "Facture 2002", List.of(), "BANK-REF-77",
                        "DE89370400440532013000"),
                // Transaction amounts 200.00 + 99.00 do not add up to the booked 300.00: kept as one payment.
                new Payment("entry 2", 2, d("2026-03-01"), d("2026-03-01"), amt("300.00"), "EUR", "Initech", "",
                        "INV-3001 INV-3002", List.of(), "", "DE89370400440532013000")), file.payments());
    }

    @Test
    void listsReversalsAndPendingEntriesAsNotUsed() throws Exception {
        Camt053File file = read(resource("camt053-reversal.xml"));

        assertEquals(4, file.entries());
        assertEquals(List.of(new Payment("R-100", 1, d("2026-03-30"), d("2026-03-30"), amt("250.00"), "GBP",
                "Umbrella Ltd", "", "INV-9", List.of(), "R-100", "GB33BUKB20201555555555")), file.payments());
        List<RejectedRow> notUsed = file.notUsed();
        assertEquals(List.of(2L, 3L, 4L), notUsed.stream().map(RejectedRow::sourceRow).toList());
        assertTrue(notUsed.stream().allMatch(r -> r.disposition() == RowDisposition.NOT_OPEN));
        assertTrue(notUsed.get(0).reason().startsWith("Reversal"), notUsed.get(0).reason());
        assertTrue(notUsed.get(1).reason().startsWith("Reversal"), notUsed.get(1).reason());
        assertEquals("Pending, not yet booked by the bank", notUsed.get(2).reason());
        assertEquals(List.of("250.00", "12.50", "75.00"),
                notUsed.stream().map(r -> r.amount().toPlainString()).toList());
        assertTrue(notUsed.stream().allMatch(r -> r.currency().equals("GBP")));
    }

    @Test
    void readsVersion08WithPartyNamesAndDateTimes() throws Exception {
        Camt053File file = read(resource("camt053-v08.xml"));

        assertEquals(List.of(
                new Payment("N-1", 1, d("2026-05-03"), d("2026-05-04"), amt("4321.05"), "CHF",
                        "Wayne Enterprises AG", "CH9300762011623852957", "", List.of("210000000003139471430009017"),
                        "TX-REF-1", "0532013000"),
                // No value date: booking date only; remittance from AddtlNtryInf.
                new Payment("entry 2", 2, d("2026-05-04"), null, amt("10"), "CHF", "", "",
                        "Zahlung Rechnung 4711", List.of(), "", "0532013000")), file.payments());
        assertEquals(List.of(), file.notUsed());
    }

    @Test
    void amountsKeepTheirExactDecimalText() throws Exception {
        Camt053File file = read(resource("camt053-batch.xml"));
        assertEquals(List.of("1000.00", "500.10", "300.00"),
                file.payments().stream().map(p -> p.amount().toPlainString()).toList());
    }

    @Test
    void rejectsDoctypeWithExternalEntityWithoutResolvingIt() throws Exception {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> read(resource("camt053-external-entity.xml")));
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void readsCamt054NotificationLikeAStatement() throws Exception {
        Camt053File file = read(resource("camt054-notification.xml"));
        assertTrue(file.notification());
        assertTrue(file.describe().startsWith("ISO 20022 camt.054 notification (1 notification(s)"), file.describe());
        assertEquals(file.entries(), file.payments().size() + file.notUsed().size(), "every entry used or listed");
    }

    @Test
    void camt054StructuredCreditorReferencesAreTheReference() throws Exception {
        // By hand: 2450.00 (one transaction, RF reference), 1300.50 booked as 1000.00 + 300.50 (two transactions,
        // each with its own Strd/CdtrRefInf/Ref), and a 75.00 debit.
        Camt053File file = read(resource("camt054-structured-refs.xml"));
        assertEquals(1, file.statements());
        assertEquals(3, file.entries());
        assertEquals(List.of("2450.00", "1000.00", "300.50"),
                file.payments().stream().map(p -> p.amount().toPlainString()).toList());
        Payment rf = file.payments().get(0);
        assertEquals(List.of("RF18INV20260415"), rf.structuredRefs());
        assertEquals("Alpenblick Hotels AG", rf.payerName());
        assertEquals("CH5604835012345678009", rf.payerAccount());
        assertEquals("CH9300762011623852957", rf.statementAccount());
        assertEquals("CHF", rf.currency());
        assertEquals(List.of("INV-2026-0501"), file.payments().get(1).structuredRefs());
        assertEquals(List.of("INV-2026-0502"), file.payments().get(2).structuredRefs());
        assertEquals("Rechnung 0502", file.payments().get(2).remittance());
        assertEquals(d("2026-07-02"), file.payments().get(2).valueDate());
        assertEquals(1, file.notUsed().size());
        assertEquals(Camt053File.DEBIT_REASON, file.notUsed().get(0).reason());
    }

    @RealSamples
    @Test
    void readsRealCamt054V8Notification() throws Exception {
        // genkgo/camt camt054.v8.xml: one booked DBIT entry of SEK 200000 (its three TxDtls say CRDT in CHF, but the
        // entry is a debit), so nothing is incoming cash and the entry is listed.
        Camt053File file = read(realSample("camt054-v8.xml"));
        assertTrue(file.notification());
        assertEquals(1, file.statements());
        assertEquals(1, file.entries());
        assertEquals(List.of(), file.payments());
        RejectedRow debit = file.notUsed().get(0);
        assertEquals(Camt053File.DEBIT_REASON, debit.reason());
        assertEquals(0, amt("200000").compareTo(debit.amount()));
        assertEquals("SEK", debit.currency());
    }

    @Test
    void rejectsCamt052ReportSayingWhatWasExpected() throws Exception {
        Path report = temp.resolve("report.xml");
        Files.writeString(report, "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.08\">"
                + "<BkToCstmrAcctRpt><GrpHdr><MsgId>R</MsgId></GrpHdr></BkToCstmrAcctRpt></Document>", StandardCharsets.UTF_8);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(report));
        assertTrue(e.getMessage().contains("<BkToCstmrStmt>"), e.getMessage());
        assertTrue(e.getMessage().contains("camt.052"), e.getMessage());
    }

    @Test
    void rejectsOtherXmlNamingItsRootElement() throws Exception {
        Path other = temp.resolve("invoice.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?><Invoice><ID>1</ID></Invoice>", StandardCharsets.UTF_8);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(other));
        assertTrue(e.getMessage().contains("camt.053"), e.getMessage());
        assertTrue(e.getMessage().contains("root element is <Invoice>"), e.getMessage());
    }

    @Test
    void rejectsNonXmlAndBrokenXml() throws Exception {
        Path csv = temp.resolve("statement.csv");
        Files.writeString(csv, "Date;Amount\n01.01.26;5,00\n", StandardCharsets.UTF_8);
        UnreadableFileException notXml = assertThrows(UnreadableFileException.class, () -> read(csv));
        assertTrue(notXml.getMessage().contains("not XML"), notXml.getMessage());

        Path broken = temp.resolve("broken.xml");
        Files.writeString(broken, "<Document><BkToCstmrStmt><Stmt></BkToCstmrStmt>", StandardCharsets.UTF_8);
        UnreadableFileException brokenXml = assertThrows(UnreadableFileException.class, () -> read(broken));
        assertTrue(brokenXml.getMessage().contains("not well-formed"), brokenXml.getMessage());
    }
}
