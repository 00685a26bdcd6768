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
}
