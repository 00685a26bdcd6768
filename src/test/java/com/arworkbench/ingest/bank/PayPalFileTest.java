package com.arworkbench.ingest.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.recognition.FileRecognizer;
import com.arworkbench.ingest.recognition.FileRole;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-written PayPal exports in PayPal's own column layout (41 columns, all quoted, UTF-8 with BOM). Worked by hand:
 * USD balance 1,000.00 + 1,206.12 = 2,206.12; + 86.27 = 2,292.39; refund -86.76 = 2,205.63; withdrawal -2,000.00 =
 * 205.63; the pending row is a memo; conversion +108.20 = 313.83; + 2,315.75 = 2,629.58. EUR: 482.25, then -100.00.
 * Payments (gross): USD 1,250.00, 2,400.00 and EUR 500.00 (the USD 89.90 of row 3 is refunded in full on row 4);
 * fees USD 43.88 + 84.25 = 128.13, EUR 17.75.
 */
class PayPalFileTest {

    @TempDir
    Path temp;

    private static final Path ACTIVITY = Path.of("src/test/resources/payments/paypal-activity.csv");

    @Test
    void thePaymentIsTheGrossAndTheFeeIsStatedOnIt() throws Exception {
        PayPalFile f = PayPalFile.read(ACTIVITY, "Download.CSV");
        assertEquals(9, f.dataRows());
        assertEquals(9, f.payments().size() + f.notUsed().size(), "every row used or listed");
        assertEquals(List.of(), f.controlProblems(), "gross + fee = net on each row, and the balances follow");
        assertEquals(List.of("1250.00", "500.00", "2400.00"),
                f.payments().stream().map(p -> p.amount().toPlainString()).toList());
        assertEquals(List.of("43.88", "17.75", "84.25"),
                f.payments().stream().map(p -> p.charges().toPlainString()).toList());
        Payment first = f.payments().get(0);
        assertEquals(new BigDecimal("1206.12"), first.net());
        assertEquals("1AB23456CD789012E", first.id());
        assertEquals("Northwind Traders", first.payerName());
        assertEquals("ap@northwind.example", first.payerAccount());
        assertEquals(List.of("INV-2026-0415"), first.structuredRefs());
        assertEquals("INV-2026-0415 Payment for INV-2026-0415", first.remittance());
        assertEquals("USD", first.currency());
        assertEquals(LocalDate.of(2026, 7, 1), first.bookingDate());
        assertEquals(LocalDate.of(2026, 7, 13), f.payments().get(2).bookingDate(), "07/13/2026: month first");
        assertEquals("Müller & Söhne GmbH", f.payments().get(1).payerName());
        assertEquals(Map.of("USD", new BigDecimal("128.13"), "EUR", new BigDecimal("17.75")), f.feesByCurrency());

        List<String> reasons = f.notUsed().stream().map(RejectedRow::reason).toList();
        assertEquals("Money out (Payment Refund): not incoming cash", reasons.get(0));
        assertEquals("Money out (General Withdrawal): not incoming cash", reasons.get(1));
        assertTrue(reasons.get(2).startsWith("Memo row (Pending)"), reasons.get(2));
        assertEquals("Money out (General Currency Conversion): not incoming cash", reasons.get(3));
        assertTrue(reasons.get(4).startsWith("Our own money moved (General Currency Conversion)"), reasons.get(4));
        assertEquals("Refunded in full by row 4: the cash went back", reasons.get(5));
        assertEquals(List.of(4L, 5L, 6L, 8L, 9L, 3L), f.notUsed().stream().map(RejectedRow::sourceRow).toList());
    }

    @Test
    void aGermanExportWithCommaDecimalsAndDayFirstDates() throws Exception {
        PayPalFile f = PayPalFile.read(Path.of("src/test/resources/payments/paypal-activity-de.csv"), "Download.CSV");
        assertEquals(List.of(), f.controlProblems(), "1.191,04 - 1.000,00 = 191,04");
        assertEquals(1, f.payments().size());
        Payment p = f.payments().get(0);
        assertEquals(new BigDecimal("1234.50"), p.amount());
        assertEquals(new BigDecimal("43.46"), p.charges());
        assertEquals(LocalDate.of(2026, 7, 1), p.bookingDate());
        assertEquals(List.of("RE-2026-0815"), p.structuredRefs());
        assertEquals(1, f.notUsed().size());
    }

    @Test
    void aNetThatIsNotGrossPlusFeeAndABrokenBalanceAreControlProblems() throws Exception {
        Path bad = temp.resolve("paypal.csv");
        String text = Files.readString(ACTIVITY, StandardCharsets.UTF_8)
                .replace("\"-43.88\",\"1,206.12\"", "\"-43.88\",\"1,206.21\"")
                .replace("\"2,292.39\"", "\"2,292.93\"");
        Files.writeString(bad, text, StandardCharsets.UTF_8);
        PayPalFile f = PayPalFile.read(bad, "paypal.csv");
        // the net of row 2, and the balance of row 3 (which breaks rows 3 and 4)
        assertEquals(3, f.controlProblems().size(), f.controlProblems().toString());
        assertTrue(f.controlProblems().get(0).contains("gross 1250.00 + fee -43.88 = 1206.12, but net says 1206.21"),
                f.controlProblems().get(0));
        assertTrue(f.controlProblems().get(1).contains("row 3: 2206.12 + net 86.27 = 2292.39, but the balance says 2292.93"),
                f.controlProblems().get(1));
    }

    @Test
    void recognisedAsPaymentsByContent() throws Exception {
        Path renamed = temp.resolve("open-items.csv");
        Files.copy(ACTIVITY, renamed);
        FileRecognizer.Recognition r = FileRecognizer.recognize(renamed, "open-items.csv");
        assertEquals(FileRole.PAYMENTS, r.role(), r.detail());
        PaymentsFile p = PaymentsFile.read(renamed, "open-items.csv");
        assertTrue(p.format().startsWith("PayPal activity export"), p.format());
        assertTrue(p.format().contains("PayPal fees USD 128.13, EUR 17.75"), p.format());
        assertEquals(3, p.payments().size());
    }
}
