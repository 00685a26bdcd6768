package com.arworkbench.ingest.bank;

import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.ColumnMapping;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.layout.TableKind;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateParser;
import com.arworkbench.ingest.values.NumberStyle;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank statement or lockbox export as CSV/XLSX (German banks' CSV-CAMT, generic layouts), read with
 * the same sniffing and header detection as every other table. Money received becomes a
 * {@link Payment}; outgoing payments and pending (not yet booked) rows are listed with the reason.
 */
public record BankCsvFile(SourceFile source, SniffResult sniff, Layout layout, List<Payment> payments,
                          List<RejectedRow> notUsed, long rowsRead, List<String> controlProblems) {

    /** "Umsatz vorgemerkt", "pending": shown by the bank, not yet booked, so not yet cash to apply. */
    private static final Pattern PENDING = Pattern.compile("vorgemerkt|pending|not booked|nicht gebucht",
            Pattern.CASE_INSENSITIVE);

    public static BankCsvFile read(Path path, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Layout layout = LayoutDetector.detect(reader, sniff, IngestOptions.detect(), TableKind.BANK_STATEMENT);
        ColumnMapping m = layout.mapping();
        List<Payment> payments = new ArrayList<>();
        List<RejectedRow> notUsed = new ArrayList<>();
        long[] rows = {0};
        int currencyColumn = currencyColumn(m);
        String headerCurrency = headerCurrency(m);
        // Exports with a running balance beside each row (ING's Saldo) are checked against it.
        RunningBalance balances = new RunningBalance("Balance", "amount");
        reader.read(row -> {
            rows[0]++;
            if (row.rowNumber() <= layout.headerRow() || row.isBlank()) {
                return true;
            }
            String currency = currencyColumn < 0 ? headerCurrency : row.cell(currencyColumn).strip().toUpperCase(Locale.ROOT);
            Optional<BigDecimal> amount = amount(row, m, layout.numberStyle());
            if (amount.isEmpty()) {
                notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED, "Amount missing or not a number",
                        row.values(), null, currency));
                return true;
            }
            boolean pending = PENDING.matcher(text(row, m, Field.BOOKING_STATUS)).find();
            if (m.has(Field.BALANCE) && !pending) {
                balances.add(row.rowNumber(), currency, amount.get(), AmountParser.parse(text(row, m, Field.BALANCE),
                        layout.numberStyle()).map(AmountParser.Amount::value).orElse(null));
            }
            if (pending) {
                notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.NOT_OPEN, "Pending, not yet booked by the bank",
                        row.values(), amount.get(), currency));
                return true;
            }
            if (amount.get().signum() == 0) {
                // Account closing lines ("ABSCHLUSS 0,00") move no money.
                notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.NOT_OPEN, "Zero amount: no cash", row.values(),
                        amount.get(), currency));
                return true;
            }
            if (amount.get().signum() < 0) {
                notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.NOT_OPEN, "Outgoing payment (debit): not "
                        + "incoming cash", row.values(), amount.get(), currency));
                return true;
            }
            LocalDate booking = date(row, m, Field.POSTING_DATE, layout);
            LocalDate value = date(row, m, Field.VALUE_DATE, layout);
            if (booking == null && value == null) {
                notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED, "No booking or value date",
                        row.values(), amount.get(), currency));
                return true;
            }
            String reference = text(row, m, Field.REFERENCE);
            payments.add(new Payment(reference.isEmpty() ? "row " + row.rowNumber() : reference, row.rowNumber(),
                    booking != null ? booking : value, value, amount.get(), currency, BankText.collapse(text(row, m, Field.PAYER)),
                    text(row, m, Field.PAYER_ACCOUNT).replace(" ", ""),
                    // Without a purpose column, the reference column is where payers write what they pay.
                    BankText.collapse(m.has(Field.DESCRIPTION) ? text(row, m, Field.DESCRIPTION) : reference), List.of(),
                    reference, text(row, m, Field.ACCOUNT)));
            return true;
        });
        return new BankCsvFile(source, sniff, layout, List.copyOf(payments), List.copyOf(notUsed), rows[0],
                balances.problems());
    }

    /**
     * The currency column, or -1. When the header names it twice (ING: "Saldo;Währung;Betrag;Währung"), the one
     * after the amount is the amount's currency.
     */
    private static int currencyColumn(ColumnMapping m) {
        if (!m.has(Field.CURRENCY)) {
            return -1;
        }
        String name = Field.normalizeHeader(m.header(m.index(Field.CURRENCY)));
        int amount = m.has(Field.AMOUNT) ? m.index(Field.AMOUNT) : m.index(Field.CREDIT);
        for (int i = amount + 1; amount >= 0 && i < m.headers().size(); i++) {
            if (Field.normalizeHeader(m.header(i)).equals(name)) {
                return i;
            }
        }
        return m.index(Field.CURRENCY);
    }

    private static final Pattern ISO_CURRENCY = Pattern.compile("\\b(EUR|USD|GBP|CHF|CAD|AUD|JPY|SEK|NOK|DKK|PLN|CZK)\\b");

    /** Without a currency column, the amount's header may name it: "Crédit euros", "Amount (USD)". Else "". */
    private static String headerCurrency(ColumnMapping m) {
        String h = m.header(m.has(Field.AMOUNT) ? m.index(Field.AMOUNT) : m.index(Field.CREDIT));
        if (h.toLowerCase(Locale.ROOT).matches(".*\\beuros?\\b.*") || h.contains("€")) {
            return "EUR";
        }
        Matcher iso = ISO_CURRENCY.matcher(h.toUpperCase(Locale.ROOT));
        return iso.find() ? iso.group(1) : "";
    }

    /** A signed amount column, or money in (credit) minus money out (debit). */
    private static Optional<BigDecimal> amount(RawRow row, ColumnMapping m, NumberStyle style) {
        if (m.has(Field.AMOUNT)) {
            return AmountParser.parse(text(row, m, Field.AMOUNT), style).map(AmountParser.Amount::value);
        }
        String in = text(row, m, Field.CREDIT);
        String out = text(row, m, Field.DEBIT);
        if (in.isEmpty() && out.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> credit = in.isEmpty() ? Optional.of(BigDecimal.ZERO) : AmountParser.parse(in, style).map(AmountParser.Amount::value);
        Optional<BigDecimal> debit = out.isEmpty() ? Optional.of(BigDecimal.ZERO) : AmountParser.parse(out, style).map(AmountParser.Amount::value);
        return credit.isPresent() && debit.isPresent() ? Optional.of(credit.get().subtract(debit.get().abs())) : Optional.empty();
    }

    private static LocalDate date(RawRow row, ColumnMapping m, Field f, Layout layout) {
        String t = text(row, m, f);
        return t.isEmpty() ? null : DateParser.parse(t, layout.dateOrder(f)).orElse(null);
    }

    private static String text(RawRow row, ColumnMapping m, Field f) {
        return m.has(f) ? row.cell(m.index(f)).strip() : "";
    }
}
