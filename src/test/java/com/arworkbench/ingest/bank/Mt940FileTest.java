package com.arworkbench.ingest.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.support.RealSamples;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Expected values were read off the files by hand (the fixtures' sums are worked out in the comments). */
class Mt940FileTest {

    @TempDir
    Path temp;

    private static Path fixture(String name) {
        return Path.of("src/test/resources/payments", name);
    }

    private static Mt940File read(Path path) throws Exception {
        return Mt940File.read(path, path.getFileName().toString());
    }

    private static BigDecimal total(List<Payment> payments) {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void structuredGermanStatementKeepsCreditsAndListsTheRest() throws Exception {
        // Statement 1: 1000.00 + 1234.50 - 250.00 + 300 (return) - 99.99 (RC) + 45 (RD) + 0.01 = 2229.52 = :62F:.
        // Statement 2: -500.00 (D opening) + 500 + 75 - 75 (RC: the 75 credit taken back) = 0.00 = :62F:.
        Mt940File f = read(fixture("mt940-sepa-structured.sta"));
        assertEquals(2, f.statements());
        assertEquals(9, f.lines());
        assertEquals(List.of(), f.controlProblems());
        assertEquals(9, f.payments().size() + f.notUsed().size(), "every :61: is a payment or a listed row");

        Payment first = f.payments().get(0);
        assertEquals("BANKREF0001", first.id());
        assertEquals(5, first.sourceRow());
        assertEquals(new BigDecimal("1234.50"), first.amount());
        assertEquals("EUR", first.currency());
        assertEquals(LocalDate.of(2026, 7, 1), first.valueDate());
        // the name is cut mid-word between ?32 and ?33; the ?22 subfield marker is cut by a line break
        assertEquals("Hafenmeister Logistik GmbH", first.payerName());
        assertEquals("DE89370400440532013000", first.payerAccount());
        assertEquals("INV-2026-0415 RE INV-2026-0415 Kd 4711", first.remittance());
        assertEquals("37040044/0532013000", first.statementAccount());

        assertEquals(List.of("1234.50", "0.01", "500"), f.payments().stream().map(p -> p.amount().toPlainString()).toList());
        assertEquals("Zahlung Rechnung INV-2026-0600 Danke", f.payments().get(2).remittance(), "unstructured :86: kept whole");

        List<String> reasons = f.notUsed().stream().map(RejectedRow::reason).toList();
        assertEquals(Mt940File.DEBIT_REASON, reasons.get(0));
        assertTrue(reasons.get(1).startsWith("Return of a payment we sent (RETOURE)"), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("Reversal of an earlier credit (RC)"), reasons.get(2));
        assertTrue(reasons.get(3).startsWith("Reversal of an earlier debit (RD)"), reasons.get(3));
        assertEquals("Credit reversed by the RC line 28 of the same statement: the cash went back", reasons.get(5));
        assertEquals(List.of("-250.00", "300", "-99.99", "45", "-75", "75"),
                f.notUsed().stream().map(r -> r.amount().toPlainString()).toList());
        assertEquals(List.of(8L, 10L, 12L, 14L, 28L, 26L), f.notUsed().stream().map(RejectedRow::sourceRow).toList());
    }

    @Test
    void swiftCodedInformationWithHeaderBlocksAndCrlf() throws Exception {
        Mt940File f = read(fixture("mt940-swift-codes.sta"));
        assertEquals(List.of(), f.controlProblems(), "0.00 + 1500.00 - 20 = 1480.00");
        assertEquals(1, f.payments().size());
        Payment p = f.payments().get(0);
        assertEquals("FT26182ABC", p.id());
        assertEquals("ACME TRADING NV", p.payerName());
        assertEquals("BE71096123456769", p.payerAccount());
        assertEquals("E2E-778899 INVOICE INV-2026-0501 AND INV-2026-0502", p.remittance());
        assertEquals("BE68539007547034", p.statementAccount());
        assertEquals(1, f.notUsed().size());
        assertEquals(new BigDecimal("-20"), f.notUsed().get(0).amount());
    }

    @Test
    void balancesThatDoNotAddUpAreControlProblems() throws Exception {
        Mt940File f = read(fixture("mt940-balance-mismatch.sta"));
        assertEquals(2, f.controlProblems().size(), f.controlProblems().toString());
        assertTrue(f.controlProblems().get(0).contains("100.00 EUR + statement lines 50.00 = 150.00"), f.controlProblems().get(0));
        assertTrue(f.controlProblems().get(0).contains("150.10 (difference 0.10)"), f.controlProblems().get(0));
        assertTrue(f.controlProblems().get(1).contains("amount could not be read"), f.controlProblems().get(1));
        RejectedRow garbled = f.notUsed().get(0);
        assertEquals(13, garbled.sourceRow());
        assertEquals(RowDisposition.REJECTED, garbled.disposition());
        assertNull(garbled.amount());
    }

    @Test
    void recognisedByContentNotByName() throws Exception {
        PaymentsFile f = PaymentsFile.read(fixture("mt940-sepa-structured.sta"), "export.txt");
        assertTrue(f.format().startsWith("SWIFT MT940 statement (2 statement(s), 9 lines)"), f.format());
        assertEquals(3, f.payments().size());
        PaymentsFile mismatch = PaymentsFile.read(fixture("mt940-balance-mismatch.sta"), "x.csv");
        assertEquals(2, mismatch.controlNotes().size());
    }

    @Test
    void textThatOnlyMentionsATagIsRefused() throws Exception {
        Path other = temp.resolve("notes.sta");
        Files.writeString(other, "meeting notes\n:20: is the tag of a reference\n", StandardCharsets.UTF_8);
        assertThrows(UnreadableFileException.class, () -> read(other));
    }

    @Test
    void hostileStatementsAreListedNotCrashed() throws Exception {
        // A 2 MB :86: with subfield markers and tokens, binary bytes, a :61: without amount, unbalanced fields.
        Path hostile = temp.resolve("hostile.sta");
        String huge = "?20EREF+" + "x?2".repeat(300_000) + "SVWZ+/REMI/" + "\u0000\uFFFD".repeat(50_000);
        Files.writeString(hostile, ":20:X\n:25:Y\n:60F:C260101EUR1,\n:61:260101C\n:86:166" + huge
                + "\n:61:2601019999C1,NTRF//\n:61:999999D99999999999999999999,NTRF\n:62F:Q\n-\n\u0001\u0002garbage\n",
                StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Mt940File f = read(hostile);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "read within 5 s");
        assertEquals(3, f.lines());
        assertEquals(3, f.payments().size() + f.notUsed().stream().filter(r -> r.sourceRow() <= 7).count(),
                "each :61: a payment or a listed row");
        assertEquals(1, f.controlProblems().size(), f.controlProblems().toString());
        assertTrue(f.notUsed().stream().anyMatch(r -> r.reason().equals("Not part of an MT940 field")));
    }

    @RealSamples
    @Test
    void realBetterplaceSepaStatements() throws Exception {
        // By hand (grep): 97 :61: lines in 26 statements; 41 credits of which 17 are RETOURE (returned transfers),
        // 54 debits, 2 RC reversals. Of the 24 other credits (2,038,680.20 EUR), the SAMMLER credit of 204.88 on line 99
        // is reversed by the RC of 204.88 on line 101 of its statement: 23 payments, 2,038,475.32 EUR.
        Mt940File f = read(RealSamples.DIR.resolve("mt940-betterplace-sepa.sta"));
        assertEquals(26, f.statements());
        assertEquals(97, f.lines());
        assertEquals(List.of(), f.controlProblems(), "every :60F: + lines = :62F:");
        assertEquals(23, f.payments().size());
        assertEquals(new BigDecimal("2038475.32"), total(f.payments()).setScale(2));
        assertEquals(74, f.notUsed().size());
        assertEquals(1, f.notUsed().stream().filter(r -> r.sourceRow() == 99 && r.reason().startsWith("Credit reversed")).count());
        assertEquals(17, f.notUsed().stream().filter(r -> r.reason().startsWith("Return")).count());
        assertEquals(54, f.notUsed().stream().filter(r -> r.reason().equals(Mt940File.DEBIT_REASON)).count());
        assertEquals(2, f.notUsed().stream().filter(r -> r.reason().contains("(RC)")).count());
        // line 30: ?32 "Richter Renate 70 Zeichen B" + ?33 "eginn Fuellzeichen xxxxxxxx", EREF+ and SVWZ+ in ?20–?29
        Payment richter = f.payments().stream().filter(p -> p.sourceRow() == 30).findFirst().orElseThrow();
        assertEquals(new BigDecimal("15000.05"), richter.amount());
        assertEquals("0724710290621954", richter.id());
        assertEquals("Richter Renate 70 Zeichen Beginn Fuellzeichen xxxxxxxx", richter.payerName());
        assertEquals("DE42100100100043921105", richter.payerAccount());
        assertTrue(richter.remittance().startsWith("EndToEndIdTFNR2000400001 TO 13 TFNr 20004"), richter.remittance());
    }

    @RealSamples
    @Test
    void realCmxlStatementsWithOldFormsOfLines() throws Exception {
        // By hand: statement 1 (DEM) credits 18500 + 4200 + 3656.74 + 23040, debits 6800 + 620.3 + 14220 + 1507 +
        // 19900 + 400 + 5862.14: 84349.74 + 49396.74 - 49309.44 = 84437.04 = :62F:. Statement 2 (":28C:", "DR"/"CR")
        // 2187.95 - 800 + 3000 = 4387.95. Statement 3 (PLN, :86: with a leading space) 40000 + 20000 - 10000 + 40.
        Mt940File f = read(RealSamples.DIR.resolve("mt940-cmxl.sta"));
        assertEquals(3, f.statements());
        assertEquals(16, f.lines());
        assertEquals(List.of(), f.controlProblems());
        assertEquals(List.of("18500", "4200", "3656.74", "23040", "3000", "20000.00", "40.00"),
                f.payments().stream().map(p -> p.amount().toPlainString()).toList());
        assertEquals(List.of("DEM", "DEM", "DEM", "DEM", "EUR", "PLN", "PLN"),
                f.payments().stream().map(Payment::currency).toList());
        assertEquals(9, f.notUsed().size());
        Payment polish = f.payments().get(5);
        assertEquals("HUTA SZKLA TOPIC UL PRZEMYSLOWA 67 32-669 WROCLAW", polish.payerName());
        assertEquals("PL08106000760000777777777777", polish.payerAccount(), "?38 IBAN before ?31");
        assertEquals(LocalDate.of(2003, 10, 20), polish.valueDate());
    }

    @RealSamples
    @Test
    void aRealStatementWithOneAmountChangedFailsItsBalances() throws Exception {
        Path copy = temp.resolve("tampered.sta");
        String text = Files.readString(RealSamples.DIR.resolve("mt940-cmxl.sta"), StandardCharsets.UTF_8);
        Files.writeString(copy, text.replace(":61:131017C18500,NCLRN", ":61:131017C18500,01NCLRN"), StandardCharsets.UTF_8);
        Mt940File f = read(copy);
        assertEquals(1, f.controlProblems().size());
        assertTrue(f.controlProblems().get(0).contains("(difference -0.01)"), f.controlProblems().get(0));
    }
}
