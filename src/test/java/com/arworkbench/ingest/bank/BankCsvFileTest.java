package com.arworkbench.ingest.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.RealSamples;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.ingest.values.NumberStyle;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankCsvFileTest {

    @TempDir
    Path tmp;

    @RealSamples
    @Test
    void aRealGermanBankExportKeepsOnlyBookedMoneyReceived() throws Exception {
        // A real Sparkasse CSV-CAMT export (ISO-8859-1, ';', quoted, DD.MM.YY, "-22,59"): all its rows are
        // outgoing or pending, so nothing is cash to apply, and every row is listed with its reason.
        Path sample = RealSamples.DIR.resolve("sparkasse-csv-camt.csv");
        BankCsvFile f = BankCsvFile.read(sample, "sparkasse.csv");
        assertEquals("german-bank-csv", f.layout().profileId());
        assertEquals(NumberStyle.COMMA_DECIMAL, f.layout().numberStyle());
        long dataRows = f.rowsRead() - 1;
        assertEquals(dataRows, f.payments().size() + f.notUsed().size(), "every row used or listed");
        RejectedRow pending = f.notUsed().get(0);
        assertEquals("Pending, not yet booked by the bank", pending.reason());
        assertEquals(0, new BigDecimal("-22.59").compareTo(pending.amount()));
        assertTrue(f.notUsed().stream().anyMatch(r -> r.reason().startsWith("Outgoing payment")));
        // By hand: 18 rows; two booked credits (GUTSCHRIFT 350,00 and LOHN 1060,22), one ABSCHLUSS of 0,00.
        assertEquals(18, dataRows);
        assertEquals(List.of("350.00", "1060.22"), f.payments().stream().map(p -> p.amount().toPlainString()).toList());
        assertEquals(1, f.notUsed().stream().filter(r -> r.reason().startsWith("Zero amount")).count());
    }

    @Test
    void aHandWrittenCsvCamtExportKeepsOnlyBookedMoneyReceived() throws Exception {
        // The same layout as the real Sparkasse sample (all 17 CSV-CAMT columns, ISO-8859-1, ';', DD.MM.YY), written
        // by hand: a pending debit, a booked card payment, a booked credit and a pending credit.
        Path csv = Path.of("src/test/resources/payments/sparkasse-csv-camt-small.csv");
        BankCsvFile f = BankCsvFile.read(csv, "umsaetze.csv");
        assertEquals("german-bank-csv", f.layout().profileId());
        assertEquals(NumberStyle.COMMA_DECIMAL, f.layout().numberStyle());
        assertEquals(4, f.payments().size() + f.notUsed().size(), "every row used or listed");
        assertEquals(1, f.payments().size(), f.notUsed().toString());
        Payment p = f.payments().get(0);
        assertEquals(new BigDecimal("2345.67"), p.amount());
        assertEquals("EUR", p.currency());
        assertEquals(LocalDate.of(2026, 6, 3), p.bookingDate());
        assertEquals("Müller & Söhne Maschinenbau KG", p.payerName());
        assertEquals("DE89370400440532013000", p.payerAccount());
        assertEquals("RE INV-2026-0501 und INV-2026-0502", p.remittance());
        assertEquals(4, p.sourceRow());
        RejectedRow pending = f.notUsed().get(0);
        assertEquals("Pending, not yet booked by the bank", pending.reason());
        assertEquals(0, new BigDecimal("-48.10").compareTo(pending.amount()));
        assertTrue(f.notUsed().stream().anyMatch(r -> r.reason().startsWith("Outgoing payment")), f.notUsed().toString());
        assertEquals(2, f.notUsed().stream().filter(r -> r.reason().startsWith("Pending")).count(), f.notUsed().toString());
    }

    @Test
    void moneyReceivedBecomesAPaymentWithItsRemittance() throws Exception {
        Path csv = tmp.resolve("bank.csv");
        Files.write(csv, ("\"Auftragskonto\";\"Buchungstag\";\"Valutadatum\";\"Buchungstext\";\"Verwendungszweck\";"
                + "\"Beguenstigter/Zahlungspflichtiger\";\"Kontonummer/IBAN\";\"Betrag\";\"Waehrung\";\"Info\"\n"
                + "\"12345678\";\"30.06.26\";\"01.07.26\";\"GUTSCHRIFT\";\"RG-Nr. INV-2026-0412  und 0415 \";"
                + "\"Hafenmeister   Logistik GmbH\";\"DE89 3704 0044 0532 0130 00\";\"1.845,00\";\"EUR\";\"Umsatz gebucht\"\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        BankCsvFile f = BankCsvFile.read(csv, "bank.csv");
        Payment p = f.payments().get(0);
        assertEquals(new BigDecimal("1845.00"), p.amount());
        assertEquals("EUR", p.currency());
        assertEquals(LocalDate.of(2026, 6, 30), p.bookingDate());
        assertEquals(LocalDate.of(2026, 7, 1), p.valueDate());
        assertEquals("Hafenmeister Logistik GmbH", p.payerName());
        assertEquals("DE89370400440532013000", p.payerAccount());
        assertEquals("RG-Nr. INV-2026-0412 und 0415", p.remittance());
        assertEquals("12345678", p.statementAccount());
        assertEquals(2, p.sourceRow());
    }

    @Test
    void aGermanExportWithADozenPreambleLinesAndTheCurrencyTwice() throws Exception {
        // ING layout, ISO-8859-1: 14 lines of account information above "Buchung;Valuta;…;Saldo;Währung;Betrag;Währung".
        // The second "Währung" is the amount's; here both say EUR, as in ING's exports.
        Path csv = Path.of("src/test/resources/payments/ing-de-csv-repeated-currency.csv");
        BankCsvFile f = BankCsvFile.read(csv, "umsaetze.csv");
        assertEquals(15, f.layout().headerRow());
        assertEquals(NumberStyle.COMMA_DECIMAL, f.layout().numberStyle());
        assertEquals(4, f.payments().size() + f.notUsed().size(), "every row used or listed");
        assertEquals(List.of("1234.50", "3000.00"), f.payments().stream().map(p -> p.amount().toPlainString()).toList());
        Payment p = f.payments().get(1);
        assertEquals("Bäckerei Größl & Söhne", p.payerName());
        assertEquals("Rechnung INV-2026-0420 Skonto 2%", p.remittance());
        assertEquals("EUR", p.currency());
        assertEquals(LocalDate.of(2026, 7, 2), p.bookingDate());
        assertEquals(LocalDate.of(2026, 7, 1), p.valueDate());
        assertEquals(List.of("-85.40", "-4.90"), f.notUsed().stream().map(r -> r.amount().toPlainString()).toList());
        // Newest first: 8.452,07 + 3.000,00 = 11.452,07; - 85,40 = 11.366,67; + 1.234,50 = 12.601,17.
        assertEquals(List.of(), f.controlProblems(), "each Saldo = the previous one + Betrag");
    }

    @Test
    void aRunningBalanceThatBreaksIsAControlProblem() throws Exception {
        Path csv = tmp.resolve("ing.csv");
        String text = Files.readString(Path.of("src/test/resources/payments/ing-de-csv-repeated-currency.csv"),
                StandardCharsets.ISO_8859_1).replace(";11.366,67;", ";11.366,76;");
        Files.writeString(csv, text, StandardCharsets.ISO_8859_1);
        BankCsvFile f = BankCsvFile.read(csv, "ing.csv");
        assertEquals(2, f.controlProblems().size(), f.controlProblems().toString());
        // the changed Saldo breaks its own row and the next newer one
        assertTrue(f.controlProblems().contains("Balance EUR at row 17: 11452.07 + amount -85.40 = 11366.67, but the "
                + "balance says 11366.76."), f.controlProblems().toString());
        assertTrue(f.controlProblems().contains("Balance EUR at row 16: 11366.76 + amount 1234.50 = 12601.26, but the "
                + "balance says 12601.17."), f.controlProblems().toString());
        assertEquals(2, PaymentsFile.read(csv, "ing.csv").controlNotes().size(), "the notes reach the job");
    }

    @Test
    void theCurrencyAfterTheAmountIsTheAmountsCurrency() throws Exception {
        Path csv = tmp.resolve("konto.csv");
        Files.write(csv, ("Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;Betrag;Währung\n"
                + "03.07.2026;03.07.2026;Alpine Trading AG;Gutschrift;INV-2026-0777;100,00;EUR;250,00;CHF\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        BankCsvFile f = BankCsvFile.read(csv, "konto.csv");
        assertEquals("CHF", f.payments().get(0).currency());
    }

    @Test
    void aFrenchExportWithDebitAndCreditColumnsUnderAPreamble() throws Exception {
        // windows-1252, 8 preamble lines, "Débit euros;Crédit euros" (no currency column: the header says euros),
        // "1 250,00" with a space for thousands, and the Libellé broken over lines inside its quotes.
        Path csv = Path.of("src/test/resources/payments/fr-bank-debit-credit-preamble.csv");
        BankCsvFile f = BankCsvFile.read(csv, "releve.csv");
        assertEquals("french-bank-csv", f.layout().profileId());
        assertEquals(3, f.payments().size() + f.notUsed().size(), "every row used or listed");
        assertEquals(List.of("1250.00", "12000.00"), f.payments().stream().map(p -> p.amount().toPlainString()).toList());
        Payment p = f.payments().get(0);
        assertEquals("EUR", p.currency());
        assertEquals(LocalDate.of(2026, 7, 3), p.bookingDate());
        assertEquals("VIREMENT EN VOTRE FAVEUR ALPHA SARL FACT 2026-0415", p.remittance());
        RejectedRow debit = f.notUsed().get(0);
        assertTrue(debit.reason().startsWith("Outgoing payment"), debit.reason());
        assertEquals(new BigDecimal("-85.40"), debit.amount());
    }

    @Test
    void anEnglishExportWithDebitAndCreditColumnsUnderAPreambleAndCommaDecimals() throws Exception {
        // Belgian bank layout: 4 account lines and a blank line above the header, ';', "12.345,67", DD/MM/YYYY.
        Path csv = Path.of("src/test/resources/payments/generic-bank-debit-credit-preamble.csv");
        BankCsvFile f = BankCsvFile.read(csv, "export.csv");
        assertEquals(6, f.layout().headerRow());
        assertEquals(NumberStyle.COMMA_DECIMAL, f.layout().numberStyle());
        assertEquals(List.of("1500.00", "12345.67"), f.payments().stream().map(p -> p.amount().toPlainString()).toList());
        Payment p = f.payments().get(1);
        assertEquals(LocalDate.of(2026, 7, 15), p.bookingDate());
        assertEquals("Brouwerij De Sleutel", p.payerName());
        assertEquals("BE62510007547061", p.payerAccount());
        assertEquals("INV-2026-0416 and INV-2026-0417", p.remittance());
        assertEquals(new BigDecimal("-2100.00"), f.notUsed().get(0).amount());
        assertEquals(3, f.payments().size() + f.notUsed().size(), "every row used or listed");
    }
}
