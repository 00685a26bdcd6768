package com.arworkbench.ingest.bank;

import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import com.arworkbench.ingest.values.AmountParser;
import com.arworkbench.ingest.values.DateOrder;
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
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A PayPal activity or statement download (CSV, English or German headers). PayPal keeps its fee before the money
 * reaches the balance, so each row states gross, fee and net: the payment is the gross amount the customer paid
 * (what settles the invoice), and the fee is stated on it as {@link Payment#charges()}. Refunds, withdrawals,
 * currency conversions, holds, memo and uncompleted rows are listed with the reason, and so is a payment refunded in
 * full in the same file.
 *
 * <p>Control totals: on every row gross + fee must equal net, and where the export has the running balance, each
 * balance must be the previous one plus the row's net (in the file's order, oldest or newest first).
 */
public record PayPalFile(SourceFile source, List<Payment> payments, List<RejectedRow> notUsed, long dataRows,
                         List<String> controlProblems, String description) {

    /** The columns read, with their English and German header names (folded as {@link Field#normalizeHeader}). */
    enum Col {
        DATE("date", "datum"),
        NAME("name"),
        TYPE("type", "typ", "beschreibung"),
        STATUS("status"),
        CURRENCY("currency", "währung"),
        GROSS("gross", "brutto"),
        FEE("fee", "gebühr"),
        NET("net", "netto"),
        FROM_EMAIL("from email address", "absender e mail adresse"),
        TO_EMAIL("to email address", "empfänger e mail adresse"),
        TRANSACTION_ID("transaction id", "transaktionscode"),
        REFERENCE_TXN_ID("reference txn id", "zugehöriger transaktionscode"),
        INVOICE_NUMBER("invoice number", "rechnungsnummer"),
        SUBJECT("subject", "betreff"),
        NOTE("note", "hinweis"),
        ITEM_TITLE("item title", "artikelbezeichnung"),
        BALANCE("balance", "guthaben"),
        BALANCE_IMPACT("balance impact", "auswirkung auf guthaben");

        final List<String> names;

        Col(String... names) {
            this.names = List.of(names);
        }
    }

    /** What makes a table a PayPal export rather than any bank CSV: gross, fee and net side by side, and its ids. */
    private static final List<Col> SIGNATURE = List.of(Col.GROSS, Col.FEE, Col.NET, Col.TRANSACTION_ID);
    private static final Pattern COMPLETED = Pattern.compile("completed|abgeschlossen|partially refunded|teilweise erstattet",
            Pattern.CASE_INSENSITIVE);
    /** Credits that move our own money (conversions, bank transfers in, released holds), not a customer's payment. */
    private static final Pattern OWN_MONEY = Pattern.compile("conversion|umrechnung|withdrawal|abbuchung|transfer|"
            + "übertragung|bank deposit|einzahlung|hold|reserve|einbehalt|reversal|rückbuchung|storno|release|freigabe",
            Pattern.CASE_INSENSITIVE);

    /** Where the header is and which column holds what. */
    public record Header(long row, Map<Col, Integer> columns, boolean german) {
        String cell(RawRow r, Col c) {
            Integer i = columns.get(c);
            return i == null ? "" : r.cell(i).strip();
        }
    }

    /** The PayPal header among the first rows, if the table is a PayPal export. */
    public static Optional<Header> header(TableReader reader) throws IOException, UnreadableFileException {
        Header[] found = {null};
        reader.read(row -> {
            Map<Col, Integer> cols = new EnumMap<>(Col.class);
            boolean german = false;
            List<String> cells = row.values();
            for (int i = 0; i < cells.size(); i++) {
                String h = Field.normalizeHeader(cells.get(i));
                for (Col c : Col.values()) {
                    int which = c.names.indexOf(h);
                    if (which >= 0 && !cols.containsKey(c)) {
                        cols.put(c, i);
                        german |= which > 0 && c == Col.GROSS;
                    }
                }
            }
            if (cols.keySet().containsAll(SIGNATURE)) {
                found[0] = new Header(row.rowNumber(), cols, german);
            }
            return found[0] == null && row.rowNumber() < LayoutDetector.HEADER_SEARCH_ROWS;
        });
        return Optional.ofNullable(found[0]);
    }

    public static PayPalFile read(Path path, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Header h = header(reader).orElseThrow(() -> new UnreadableFileException(displayName
                + ": expected a PayPal activity export (columns Gross, Fee, Net and Transaction ID), but no such header "
                + "was found in the first " + LayoutDetector.HEADER_SEARCH_ROWS + " rows."));
        // Number style and day/month order from the values themselves; PayPal writes them in the account's locale.
        int[] evidence = {0, 0};
        reader.read(row -> {
            if (row.rowNumber() > h.row()) {
                for (Col c : List.of(Col.GROSS, Col.FEE, Col.NET, Col.BALANCE)) {
                    evidence[0] += AmountParser.styleEvidence(h.cell(row, c));
                }
                String date = h.cell(row, Col.DATE);
                DateOrder o = DateParser.orderEvidence(date);
                evidence[1] += o == DateOrder.DAY_FIRST || DateParser.separator(date) == '.' ? 1 : o == null ? 0 : -1;
            }
            return true;
        });
        NumberStyle style = evidence[0] > 0 ? NumberStyle.POINT_DECIMAL : evidence[0] < 0 || h.german()
                ? NumberStyle.COMMA_DECIMAL : NumberStyle.POINT_DECIMAL;
        DateOrder order = evidence[1] > 0 || evidence[1] == 0 && h.german() ? DateOrder.DAY_FIRST : DateOrder.MONTH_FIRST;
        Reader r = new Reader(h, style, order);
        reader.read(row -> {
            if (row.rowNumber() > h.row() && !row.isBlank()) {
                r.row(row);
            }
            return true;
        });
        r.withdrawRefunded();
        r.problems.addAll(r.balances.problems());
        String description = "PayPal " + (h.german() ? "activity export (German)" : "activity export") + "; "
                + sniff.description() + "; amounts " + style.label() + ", dates " + order.label();
        return new PayPalFile(source, List.copyOf(r.payments), List.copyOf(r.notUsed), r.dataRows,
                List.copyOf(r.problems), description);
    }

    /** Totals of the fees stated on the payments, per currency. */
    public Map<String, BigDecimal> feesByCurrency() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        payments.forEach(p -> out.merge(p.currency(), p.charges(), BigDecimal::add));
        return out;
    }

    private record Refund(long row, String transaction, BigDecimal amount) {
    }

    private static final class Reader {
        final Header h;
        final NumberStyle style;
        final DateOrder order;
        final List<Payment> payments = new ArrayList<>();
        final List<RejectedRow> notUsed = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final RunningBalance balances = new RunningBalance("PayPal balance", "net");
        /** Money-out rows naming an earlier transaction (refunds, chargebacks): row, that transaction, amount. */
        final List<Refund> refunds = new ArrayList<>();
        long dataRows;

        Reader(Header h, NumberStyle style, DateOrder order) {
            this.h = h;
            this.style = style;
            this.order = order;
        }

        void row(RawRow row) {
            dataRows++;
            String currency = h.cell(row, Col.CURRENCY).toUpperCase(Locale.ROOT);
            BigDecimal gross = money(h.cell(row, Col.GROSS));
            BigDecimal fee = h.cell(row, Col.FEE).isEmpty() ? BigDecimal.ZERO : money(h.cell(row, Col.FEE));
            BigDecimal net = money(h.cell(row, Col.NET));
            if (gross == null || fee == null || net == null) {
                notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED, "Gross, fee or net is missing or not "
                        + "a number", row.values(), gross, currency));
                return;
            }
            if (gross.add(fee).compareTo(net) != 0) {
                problems.add("PayPal row " + row.rowNumber() + " (" + h.cell(row, Col.TRANSACTION_ID) + "): gross "
                        + gross.toPlainString() + " + fee " + fee.toPlainString() + " = " + gross.add(fee).toPlainString()
                        + ", but net says " + net.toPlainString() + ".");
            }
            String impact = h.cell(row, Col.BALANCE_IMPACT).toLowerCase(Locale.ROOT);
            String status = h.cell(row, Col.STATUS);
            boolean memo = impact.equals("memo") || impact.equals("memo-eintrag")
                    || impact.isEmpty() && !COMPLETED.matcher(status).find();
            if (!memo) {
                BigDecimal balance = money(h.cell(row, Col.BALANCE));
                balances.add(row.rowNumber(), currency, net, h.cell(row, Col.BALANCE).isEmpty() ? null : balance);
            }
            String type = h.cell(row, Col.TYPE);
            if (memo) {
                notUsed(row, "Memo row (" + (status.isEmpty() ? "no status" : status) + "): it did not move the balance",
                        gross, currency);
            } else if (!COMPLETED.matcher(status).find()) {
                notUsed(row, "Status '" + status + "': not a completed payment", gross, currency);
            } else if (gross.signum() <= 0 || impact.equals("debit") || impact.equals("soll")) {
                notUsed(row, "Money out (" + type + "): not incoming cash", gross, currency);
                if (!h.cell(row, Col.REFERENCE_TXN_ID).isEmpty()) {
                    refunds.add(new Refund(row.rowNumber(), h.cell(row, Col.REFERENCE_TXN_ID), gross.abs()));
                }
            } else if (OWN_MONEY.matcher(type).find()) {
                notUsed(row, "Our own money moved (" + type + "), not a customer payment", gross, currency);
            } else {
                LocalDate date = DateParser.parse(h.cell(row, Col.DATE), order).orElse(null);
                if (date == null) {
                    notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED, "Date missing or not a date",
                            row.values(), gross, currency));
                    return;
                }
                String id = h.cell(row, Col.TRANSACTION_ID);
                String invoice = h.cell(row, Col.INVOICE_NUMBER);
                List<String> text = new ArrayList<>();
                for (Col c : List.of(Col.INVOICE_NUMBER, Col.SUBJECT, Col.NOTE, Col.ITEM_TITLE)) {
                    String t = h.cell(row, c);
                    if (!t.isEmpty() && !text.contains(t)) {
                        text.add(t);
                    }
                }
                String ours = h.cell(row, Col.TO_EMAIL);
                payments.add(new Payment(id.isEmpty() ? "row " + row.rowNumber() : id, row.rowNumber(), date, date, gross,
                        currency, h.cell(row, Col.NAME), h.cell(row, Col.FROM_EMAIL), BankText.collapse(String.join(" ", text)),
                        invoice.isEmpty() ? List.of() : List.of(invoice), id, ours.isEmpty() ? "PayPal" : "PayPal " + ours,
                        fee.negate()));
            }
        }

        /**
         * A payment refunded in full in the same file (a refund naming its transaction, for its whole gross) did not
         * stay with us: it is listed instead, so no invoice is closed with money that went back.
         */
        void withdrawRefunded() {
            for (Refund refund : refunds) {
                for (int i = 0; i < payments.size(); i++) {
                    Payment p = payments.get(i);
                    if (p.id().equals(refund.transaction()) && p.amount().compareTo(refund.amount()) == 0) {
                        payments.remove(i);
                        notUsed.add(new RejectedRow(p.sourceRow(), RowDisposition.NOT_OPEN, "Refunded in full by row "
                                + refund.row() + ": the cash went back", List.of(p.id(), p.payerName(), p.currency(),
                                p.amount().toPlainString(), p.remittance()), p.amount(), p.currency()));
                        break;
                    }
                }
            }
        }

        private void notUsed(RawRow row, String reason, BigDecimal gross, String currency) {
            notUsed.add(new RejectedRow(row.rowNumber(), RowDisposition.NOT_OPEN, reason, row.values(), gross, currency));
        }

        private BigDecimal money(String text) {
            return AmountParser.parse(text, style).map(AmountParser.Amount::value).orElse(null);
        }
    }
}
