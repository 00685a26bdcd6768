package com.arworkbench.ingest.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.RealSamples;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.ingest.UnreadableFileException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real BAI2 files from moov-io/bai2's test data (see ../shared/real-samples/README.md, the {@link RealSamples} layer), and hand-written ones. */
class Bai2FileTest {

    @TempDir
    Path tmp;

    private static Path sample(String name) {
        return RealSamples.DIR.resolve(name);
    }

    private static Bai2File read(String name) throws Exception {
        return Bai2File.read(sample(name), name);
    }

    private static Payment payment(Bai2File f, String id) {
        return f.payments().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no payment " + id + " in " + f.payments()));
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertEquals(new BigDecimal(expected), actual, "amount to the cent, scale included");
    }

    @RealSamples
    @Test
    void sample1CanadianStatementWithValueDates() throws Exception {
        Bai2File f = read("bai2-sample1.txt");
        assertEquals(27, f.records());
        assertEquals(5, f.payments().size());
        assertEquals(12, f.notUsed().size());

        Payment first = f.payments().get(0);
        assertEquals("line 8", first.id());
        assertEquals(8, first.sourceRow());
        assertAmount("2035.00", first.amount());
        assertEquals("CAD", first.currency());
        assertEquals(LocalDate.of(2006, 3, 17), first.bookingDate(), "the group's as-of date");
        assertEquals(LocalDate.of(2006, 3, 16), first.valueDate(), "funds type V");
        assertEquals("TFR 1020 0345678", first.remittance(), "padding trimmed");
        assertEquals("10200123456", first.statementAccount());
        assertEquals("", first.bankReference());
        assertEquals("", first.payerName());

        Payment montreal = payment(f, "line 20");
        assertAmount("1000.00", montreal.amount());
        assertEquals(LocalDate.of(2006, 3, 17), montreal.valueDate());
        assertEquals("MONTREAL", montreal.remittance());

        // Every 409 (debit) is listed, with its amount as money out.
        assertTrue(f.notUsed().stream().allMatch(r -> r.disposition() == RowDisposition.NOT_OPEN
                && r.reason().equals("Debit entry (type 409): not incoming cash")));
        RejectedRow returned = f.notUsed().get(0);
        assertEquals(5, returned.sourceRow());
        assertAmount("-25.00", returned.amount());
        assertEquals("CAD", returned.currency());
        assertEquals("RETURNED CHEQUE", returned.rawValues().get(returned.rawValues().size() - 1));

        assertEquals(List.of(), f.controlProblems());
        assertEquals(2, f.accountTotals().size());
        assertEquals(1, f.groupTotals().size());
        Bai2File.Control file = f.fileTotals().get(0);
        assertAmount("12800.00", file.declaredTotal());
        assertEquals(27L, file.declaredRecords());
        assertTrue(f.controls().stream().allMatch(Bai2File.Control::reconciles));
    }

    @RealSamples
    @Test
    void sample2LockboxFundsTypesAndTextOnlyInAContinuation() throws Exception {
        Bai2File f = read("bai2-sample2-lockbox.txt");
        assertEquals(31, f.records());
        assertEquals(4, f.payments().size());
        assertEquals(0, f.notUsed().size());

        // Funds type S: three availability amounts are skipped before the references and the text.
        Payment lockbox = payment(f, "line 10");
        assertAmount("5000.00", lockbox.amount());
        assertEquals("LOCK BOX NO.68751", lockbox.remittance());
        assertEquals("9876543210", lockbox.statementAccount());
        assertEquals("", lockbox.currency(), "the file names no currency in 02 or 03");
        assertNull(lockbox.valueDate());

        // The 16 ends after the customer reference; its text comes in the 88.
        Payment credit = payment(f, "SP4738");
        assertEquals(16, credit.sourceRow());
        assertAmount("200000.00", credit.amount());
        assertEquals("SP4738", credit.bankReference());
        assertEquals(LocalDate.of(2004, 6, 20), credit.bookingDate());
        assertEquals(LocalDate.of(2004, 6, 22), credit.valueDate());
        assertEquals("PROCEEDS OF LETTER OF CREDIT FROM THE ARAMCO OIL CO", credit.remittance());

        Payment immediate = payment(f, "line 18");
        assertAmount("100000.00", immediate.amount());
        assertEquals("", immediate.remittance());

        // Totals include 03 summaries continued over 88s and a funds type D distribution.
        assertEquals(List.of(), f.controlProblems());
        assertEquals(5, f.accountTotals().size());
        assertEquals(4, f.groupTotals().size());
        assertAmount("1405000.00", f.accountTotals().get(3).computedTotal());
        assertAmount("3454500.00", f.fileTotals().get(0).declaredTotal());
        assertEquals(4, f.fileTotals().get(0).countedChildren());
    }

    @RealSamples
    @Test
    void sample3SeveralRecordsOnOneLineAndAWrappedRecord() throws Exception {
        Bai2File f = read("bai2-sample3-multirecord-lines.txt");
        assertEquals(74, f.records());
        assertEquals(13, f.payments().size());
        assertEquals(13, f.notUsed().size());

        // Two 16s on line 3 get distinct ids.
        Payment second = payment(f, "line 3 #2");
        assertAmount("5.00", second.amount());
        assertEquals("USD", second.currency(), "from the 02 group header");
        assertEquals(LocalDate.of(2022, 9, 19), second.bookingDate());
        assertEquals("TRANSFER MSPBNA BANK PPD", second.remittance());
        assertAmount("25.00", payment(f, "line 3").amount());

        // Line 18's 16 wraps onto line 19 without a '/', then has an 88.
        Payment wrapped = payment(f, "line 18");
        assertAmount("25.00", wrapped.amount());
        assertEquals("11111111", wrapped.statementAccount());
        assertEquals("111111 ACH_SETL 1111111111 111111111111111 1111111111", wrapped.remittance());

        Payment wire = payment(f, "line 39");
        assertAmount("138.55", wire.amount());
        assertEquals("Wire Transfer Credit VISA INTERNATIONAL 900 METRO CENTER BLVD FOSTER CITY CA 94404",
                wire.remittance(), "88 continuation joined with a space");

        List<RejectedRow> line13 = f.notUsed().stream().filter(r -> r.sourceRow() == 13).toList();
        assertEquals(2, line13.size());
        assertEquals("Debit entry (type 451): not incoming cash", line13.get(1).reason());
        assertAmount("-32.03", line13.get(1).amount());

        assertEquals(List.of(), f.controlProblems());
        assertEquals(15, f.accountTotals().size());
        assertAmount("25084.40", f.fileTotals().get(0).declaredTotal());
    }

    @RealSamples
    @Test
    void severalRecordsOnALineReadTheSameAsOnePerLine() throws Exception {
        String packed = Files.readString(sample("bai2-sample3-multirecord-lines.txt"), StandardCharsets.US_ASCII);
        String onePerLine = packed.replaceAll("/[ \\t]+(?=\\d\\d,)", "/\n");
        assertTrue(onePerLine.lines().count() > packed.lines().count());
        Path file = tmp.resolve("one-per-line.txt");
        Files.writeString(file, onePerLine, StandardCharsets.US_ASCII);

        Bai2File a = read("bai2-sample3-multirecord-lines.txt");
        Bai2File b = Bai2File.read(file, "one-per-line.txt");
        assertEquals(a.records(), b.records());
        assertEquals(content(a.payments()), content(b.payments()));
        assertEquals(a.notUsed().stream().map(r -> r.reason() + " " + r.amount() + " " + r.rawValues()).toList(),
                b.notUsed().stream().map(r -> r.reason() + " " + r.amount() + " " + r.rawValues()).toList());
        assertEquals(a.controlProblems(), b.controlProblems());
        assertEquals(a.controls().stream().map(c -> c.declaredTotal() + "/" + c.countedRecords()).toList(),
                b.controls().stream().map(c -> c.declaredTotal() + "/" + c.countedRecords()).toList());
    }

    private static List<String> content(List<Payment> ps) {
        return ps.stream().map(p -> String.join("|", p.amount().toPlainString(), p.currency(), p.bookingDate().toString(),
                String.valueOf(p.valueDate()), p.remittance(), p.bankReference(), p.statementAccount())).toList();
    }

    @RealSamples
    @Test
    void sample4ContinuationsWithTagsAndTrailersThatDoNotReconcile() throws Exception {
        Bai2File f = read("bai2-sample4-continuations.txt");
        assertEquals(116, f.records());
        assertEquals(9, f.payments().size());
        assertEquals(8, f.notUsed().size());

        Payment rtp = payment(f, "GI2228400005800");
        assertEquals(68, rtp.sourceRow());
        assertAmount("500.50", rtp.amount());
        assertEquals("USD", rtp.currency(), "from the 03 account record");
        assertEquals(LocalDate.of(2023, 9, 6), rtp.bookingDate());
        assertNull(rtp.valueDate());
        assertEquals("104108339", rtp.statementAccount());
        assertEquals("SAMPLE INC", rtp.payerName(), "88 DBNM: tag");
        assertEquals("02122056789012205", rtp.payerAccount(), "88 DACT: tag");
        // The text field runs to the end of the record, commas included; the 88s follow with a space.
        assertEquals("RTP Incoming,From: SAMPLE INC, Remittance Info: \"Test Remittance\", Client Ref ID: "
                + "RTR60880840833, GS ID: GI2228400005800, Clearing Ref: 001 REMI: Test Remittance EREF: RTR60880840833 "
                + "CRNM: RTR-CdtrName DBNM: SAMPLE INC DACT: 02122056789012205 DABA: 000000010", rtp.remittance());

        Payment wire = payment(f, "GI2229300000187");
        assertAmount("11.25", wire.amount());
        assertTrue(wire.remittance().startsWith("Incoming Wire,- EREF: GS0D9VGMP1IWPLW"));

        RejectedRow achOut = f.notUsed().get(0);
        assertEquals(6, achOut.sourceRow());
        assertEquals(RowDisposition.NOT_OPEN, achOut.disposition());
        assertEquals("Debit entry (type 447): not incoming cash", achOut.reason());
        assertAmount("-600.00", achOut.amount());
        assertEquals("SPB2322984714570", achOut.rawValues().get(4));
        assertAmount("-300000.00", f.notUsed().get(7).amount());

        // The first account's trailer agrees; the sample's other trailers were not updated when it was edited.
        assertTrue(f.accountTotals().get(0).reconciles());
        assertEquals(List.of(
                "Account 107049932 (49 at line 22): control total -12601613417.62 but the 03/16 amounts add up to 79999.60.",
                "Account 107049932 (49 at line 22): says 26 records, counted 18.",
                "Account 104108339 (49 at line 110): control total 68697.22 but the 03/16 amounts add up to 6669178.18.",
                "Account 104108339 (49 at line 110): says 8 records, counted 88.",
                "Group from 026015079 (98 at line 115): control total 130601951.62 but the account trailers' (49) "
                        + "totals add up to -12471011466.00.",
                "Group from 026015079 (98 at line 115): says 16 records, counted 114.",
                "Group from 026015079 (98 at line 115): says 4 accounts, counted 5.",
                "File (99 at line 116): says 18 records, counted 116."), f.controlProblems());
    }

    @RealSamples
    @Test
    void everyTransactionDetailIsAPaymentOrListed() throws Exception {
        String[] names = {"bai2-sample1.txt", "bai2-sample2-lockbox.txt", "bai2-sample3-multirecord-lines.txt",
            "bai2-sample4-continuations.txt"};
        int[] details = {17, 4, 26, 17};
        for (int i = 0; i < names.length; i++) {
            Bai2File f = read(names[i]);
            assertEquals(details[i], f.payments().size() + f.notUsed().size(), names[i]);
            assertTrue(f.payments().stream().allMatch(p -> p.amount().signum() > 0), names[i]);
            assertEquals(f.payments().size(), f.payments().stream().map(Payment::id).distinct().count(), names[i]);
        }
    }

    @Test
    void handWrittenEdgeCases() throws Exception {
        // A '/' inside text is not a terminator; funds type D; an unknown type code; no 99 trailer.
        Path file = tmp.resolve("edge.bai");
        Files.writeString(file, String.join("\n",
                "01,BANK,US,260701,0800,1,,,2/",
                "02,US,BANK,1,260630,,EUR,2/",
                "03,DE001,,010,100000,,/",
                "16,175,12345,D,2,0,10000,1,2345,REF1,,PAYMENT INV 12/345/",
                "16,890,500,Z,,,INFO ONLY/",
                "49,112845,4/",
                "98,112845,1,6/", ""), StandardCharsets.US_ASCII);
        Bai2File f = Bai2File.read(file, "edge.bai");
        assertEquals(1, f.payments().size());
        Payment p = f.payments().get(0);
        assertEquals("REF1", p.id());
        assertAmount("123.45", p.amount());
        assertEquals("EUR", p.currency());
        assertEquals(LocalDate.of(2026, 6, 30), p.bookingDate());
        assertEquals("PAYMENT INV 12/345", p.remittance());
        RejectedRow info = f.notUsed().get(0);
        assertEquals(RowDisposition.REJECTED, info.disposition());
        assertTrue(info.reason().startsWith("Type code 890 is neither a credit"));
        assertEquals(List.of("No file trailer (99): the file may be cut short."), f.controlProblems());
        assertTrue(f.accountTotals().get(0).reconciles());
        assertTrue(f.groupTotals().get(0).reconciles());
    }

    @Test
    void aFileThatIsNotBai2IsUnreadable() throws Exception {
        Path csv = tmp.resolve("payments.csv");
        Files.writeString(csv, "Date,Amount,Reference\n2026-06-30,100.00,INV-1\n", StandardCharsets.US_ASCII);
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> Bai2File.read(csv, "payments.csv"));
        assertEquals("payments.csv: expected a BAI2 file starting with a 01 (file header) record, found "
                + "\"Date,Amount,Reference\".", e.getMessage());

        Path lockbox = tmp.resolve("starts-with-02.txt");
        Files.writeString(lockbox, "02,12345,0004,1,060317,,CAD,/\n", StandardCharsets.US_ASCII);
        e = assertThrows(UnreadableFileException.class, () -> Bai2File.read(lockbox, "starts-with-02.txt"));
        assertTrue(e.getMessage().contains("found a 02 record first: \"02,12345,0004,1,060317,,CAD,/\""), e.getMessage());

        Path empty = tmp.resolve("empty.txt");
        Files.writeString(empty, "\n");
        e = assertThrows(UnreadableFileException.class, () -> Bai2File.read(empty, "empty.txt"));
        assertTrue(e.getMessage().endsWith("found an empty file."), e.getMessage());
    }
}
