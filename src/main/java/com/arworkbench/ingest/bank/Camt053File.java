package com.arworkbench.ingest.bank;

import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.HardenedXml;
import com.arworkbench.ingest.table.PoiLimits;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads an ISO 20022 camt.053 bank-to-customer statement (camt.053.001.02 through .08) or a camt.054 debit/credit
 * notification (its {@code Ntfctn} holds the same {@code Ntry} elements as a statement's {@code Stmt}). Elements are
 * matched by local name so every namespace version reads the same way. Each credit entry becomes a
 * payment; a batch entry whose transactions each carry their own amount (adding up to the entry)
 * becomes one payment per transaction. Debits, reversals and entries the bank has not booked are
 * listed as not used. Streams with StAX; a DOCTYPE is refused, never resolved.
 */
public record Camt053File(SourceFile source, List<Payment> payments, List<RejectedRow> notUsed, int statements,
                          long entries, boolean notification) {

    private static final String EXPECTED = "an ISO 20022 camt.053 bank statement or camt.054 notification (<Document> "
            + "containing <BkToCstmrStmt> or <BkToCstmrDbtCdtNtfctn>)";
    private static final String STATEMENT_ROOT = "BkToCstmrStmt";
    private static final String NOTIFICATION_ROOT = "BkToCstmrDbtCdtNtfctn";
    private static final Pattern AMOUNT = Pattern.compile("[0-9]{1,30}(\\.[0-9]{1,10})?");
    private static final Pattern ISO_DATE_PREFIX = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}([T+\\-Z].*)?");
    static final String DEBIT_REASON = "Debit entry: not incoming cash";

    public static Camt053File read(Path file, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(file, displayName);
        Parser parser = new Parser();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = HardenedXml.streamReader(in);
            try {
                parser.run(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            if (parser.root == null) {
                throw new UnreadableFileException("Expected " + EXPECTED + ", but the file is not XML"
                        + found(file) + ".", e);
            }
            Location where = e.getLocation();
            String line = where == null || where.getLineNumber() < 0 ? "" : " near line " + where.getLineNumber();
            throw new UnreadableFileException("The camt.053 bank statement is not well-formed XML: the XML is broken"
                    + line + ".", e);
        }
        return new Camt053File(source, List.copyOf(parser.payments), List.copyOf(parser.notUsed), parser.statements,
                parser.entries, NOTIFICATION_ROOT.equals(parser.messageRoot));
    }

    /** For the About sheet: "ISO 20022 camt.053 statement (1 statement(s), 11 entries)". */
    public String describe() {
        return notification ? "ISO 20022 camt.054 notification (" + statements + " notification(s), " + entries + " entries)"
                : "ISO 20022 camt.053 statement (" + statements + " statement(s), " + entries + " entries)";
    }

    private static String found(Path file) {
        try {
            return " (found: " + FormatSniffer.sniff(file).description() + ")";
        } catch (IOException | UnreadableFileException | RuntimeException e) {
            return "";
        }
    }

    /** One TxDtls of an entry. */
    private static final class Tx {
        String amountText = "";
        String amountCcy = "";
        String txAmountText = "";
        String txAmountCcy = "";
        String cdtDbtInd = "";
        String endToEndId = "";
        String acctSvcrRef = "";
        String payerName = "";
        String payerIban = "";
        String payerOther = "";
        final List<String> unstructured = new ArrayList<>();
        final List<String> structuredRefs = new ArrayList<>();
        String additionalInfo = "";

        /** The transaction's own amount text and currency: AmtDtls/TxAmt/Amt, else TxDtls/Amt; null if none. */
        String[] ownAmount() {
            if (!txAmountText.isEmpty()) {
                return new String[] {txAmountText, txAmountCcy};
            }
            if (!amountText.isEmpty()) {
                return new String[] {amountText, amountCcy};
            }
            return null;
        }

        String payerAccount() {
            return !payerIban.isEmpty() ? payerIban : payerOther;
        }

        String remittance() {
            String text = String.join(" ", unstructured).strip();
            return text.isEmpty() ? additionalInfo : text;
        }

        String endToEnd() {
            String e = endToEndId.strip();
            return e.replace(" ", "").equalsIgnoreCase("NOTPROVIDED") ? "" : e;
        }
    }

    /** One Ntry. */
    private static final class Entry {
        final long ordinal;
        String amountText = "";
        String currency = "";
        String cdtDbtInd = "";
        String reversal = "";
        String status = "";
        String bookingText = "";
        String valueText = "";
        String acctSvcrRef = "";
        String ntryRef = "";
        String additionalInfo = "";
        final List<Tx> txs = new ArrayList<>();

        Entry(long ordinal) {
            this.ordinal = ordinal;
        }
    }

    private static final class Parser {
        final List<Payment> payments = new ArrayList<>();
        final List<RejectedRow> notUsed = new ArrayList<>();
        final Set<String> usedIds = new HashSet<>();
        int statements;
        long entries;

        String root;
        boolean sawStatementRoot;
        /** BkToCstmrStmt or BkToCstmrDbtCdtNtfctn, once seen. */
        String messageRoot;
        private final List<String> path = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String amountCcyAttribute = "";

        private int stmtDepth = -1; // index of Stmt in path
        private int ntryDepth = -1;
        private int txDepth = -1;
        private String stmtIban = "";
        private String stmtOther = "";
        private String stmtCurrency = "";
        private Entry entry;
        private Tx tx;

        void run(XMLStreamReader xml) throws XMLStreamException, UnreadableFileException {
            while (xml.hasNext()) {
                int event = xml.next();
                switch (event) {
                    case XMLStreamConstants.DTD -> throw new UnreadableFileException(
                            "The file contains a DOCTYPE declaration, which camt.053 bank statements never have."
                                    + " It was rejected because it could make the reader fetch other files.");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new UnreadableFileException(
                            "The file refers to an undeclared XML entity and was rejected.");
                    case XMLStreamConstants.START_ELEMENT -> start(xml);
                    // bounded: one hostile element's text must not fill the heap
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            PoiLimits.appendBounded(text, xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    case XMLStreamConstants.END_ELEMENT -> end();
                    default -> {
                    }
                }
            }
            if (!sawStatementRoot) {
                throw notCamt053(root == null ? "no root element" : "the root element is <" + root + ">"
                        + ("Document".equals(root) ? " with no <BkToCstmrStmt> or <BkToCstmrDbtCdtNtfctn> inside" : ""));
            }
        }

        private static UnreadableFileException notCamt053(String what) {
            return new UnreadableFileException("The file is XML but not a camt.053 bank statement or camt.054 "
                    + "notification: expected " + EXPECTED
                    + ", but " + what + ".");
        }

        private void start(XMLStreamReader xml) throws UnreadableFileException {
            String name = xml.getLocalName();
            String parent = path.isEmpty() ? null : path.get(path.size() - 1);
            path.add(name);
            text.setLength(0);
            if (root == null) {
                root = name;
                if (isMessageRoot(name)) {
                    sawStatementRoot = true;
                    messageRoot = name;
                } else if (!name.equals("Document")) {
                    throw notCamt053("the root element is <" + name + ">");
                }
                return;
            }
            if (path.size() == 2 && !sawStatementRoot) {
                if (!isMessageRoot(name)) {
                    throw notCamt053("<" + root + "> contains <" + name + ">" + hint(name));
                }
                sawStatementRoot = true;
                messageRoot = name;
                return;
            }
            if (name.equals("Amt")) {
                String ccy = xml.getAttributeValue(null, "Ccy");
                amountCcyAttribute = ccy == null ? "" : ccy.strip().toUpperCase(Locale.ROOT);
            }
            // A notification's Ntfctn is read like a statement's Stmt: account, then entries.
            if ((name.equals("Stmt") || name.equals("Ntfctn")) && isMessageRoot(parent) && stmtDepth < 0) {
                stmtDepth = path.size() - 1;
                statements++;
                stmtIban = "";
                stmtOther = "";
                stmtCurrency = "";
            } else if (name.equals("Ntry") && stmtDepth >= 0 && path.size() - 2 == stmtDepth && ntryDepth < 0) {
                ntryDepth = path.size() - 1;
                entries++;
                entry = new Entry(entries);
            } else if (name.equals("TxDtls") && ntryDepth >= 0 && "NtryDtls".equals(parent)
                    && path.size() - 3 == ntryDepth && txDepth < 0) {
                txDepth = path.size() - 1;
                tx = new Tx();
                entry.txs.add(tx);
            }
        }

        private static boolean isMessageRoot(String name) {
            return STATEMENT_ROOT.equals(name) || NOTIFICATION_ROOT.equals(name);
        }

        private static String hint(String name) {
            return switch (name) {
                case "BkToCstmrAcctRpt" -> " (a camt.052 intraday account report)";
                case "CstmrCdtTrfInitn" -> " (a pain.001 payment order)";
                default -> "";
            };
        }

        private void end() {
            int depth = path.size() - 1;
            String value = text.toString().strip();
            text.setLength(0);
            if (txDepth >= 0 && depth > txDepth) {
                txField(relative(txDepth), value);
            } else if (ntryDepth >= 0 && depth > ntryDepth) {
                entryField(relative(ntryDepth), value);
            } else if (stmtDepth >= 0 && depth > stmtDepth && ntryDepth < 0) {
                stmtField(relative(stmtDepth), value);
            }
            if (depth == txDepth) {
                txDepth = -1;
                tx = null;
            } else if (depth == ntryDepth) {
                ntryDepth = -1;
                finishEntry(entry);
                entry = null;
            } else if (depth == stmtDepth) {
                stmtDepth = -1;
            }
            path.remove(depth);
        }

        private String relative(int from) {
            return String.join("/", path.subList(from + 1, path.size()));
        }

        private void stmtField(String rel, String value) {
            switch (rel) {
                case "Acct/Id/IBAN" -> stmtIban = value.replace(" ", "");
                case "Acct/Id/Othr/Id" -> stmtOther = value;
                case "Acct/Ccy" -> stmtCurrency = value.toUpperCase(Locale.ROOT);
                default -> {
                }
            }
        }

        private void entryField(String rel, String value) {
            switch (rel) {
                case "Amt" -> {
                    entry.amountText = value;
                    entry.currency = amountCcyAttribute;
                }
                case "CdtDbtInd" -> entry.cdtDbtInd = value.toUpperCase(Locale.ROOT);
                case "RvslInd" -> entry.reversal = value;
                case "Sts", "Sts/Cd", "Sts/Prtry" -> entry.status = value.toUpperCase(Locale.ROOT);
                case "BookgDt/Dt", "BookgDt/DtTm" -> entry.bookingText = value;
                case "ValDt/Dt", "ValDt/DtTm" -> entry.valueText = value;
                case "AcctSvcrRef" -> entry.acctSvcrRef = value;
                case "NtryRef" -> entry.ntryRef = value;
                case "AddtlNtryInf" -> entry.additionalInfo = BankText.collapse(value);
                default -> {
                }
            }
        }

        private void txField(String rel, String value) {
            switch (rel) {
                case "Amt" -> {
                    tx.amountText = value;
                    tx.amountCcy = amountCcyAttribute;
                }
                case "AmtDtls/TxAmt/Amt" -> {
                    tx.txAmountText = value;
                    tx.txAmountCcy = amountCcyAttribute;
                }
                case "CdtDbtInd" -> tx.cdtDbtInd = value.toUpperCase(Locale.ROOT);
                case "Refs/EndToEndId" -> tx.endToEndId = value;
                case "Refs/AcctSvcrRef" -> tx.acctSvcrRef = value;
                case "RltdPties/Dbtr/Nm", "RltdPties/Dbtr/Pty/Nm" -> tx.payerName = BankText.collapse(value);
                case "RltdPties/DbtrAcct/Id/IBAN" -> tx.payerIban = value.replace(" ", "");
                case "RltdPties/DbtrAcct/Id/Othr/Id" -> tx.payerOther = value;
                case "RmtInf/Ustrd" -> {
                    if (!value.isEmpty()) {
                        tx.unstructured.add(BankText.collapse(value));
                    }
                }
                case "RmtInf/Strd/CdtrRefInf/Ref", "RmtInf/Strd/RfrdDocInf/Nb" -> {
                    if (!value.isEmpty()) {
                        tx.structuredRefs.add(value);
                    }
                }
                case "AddtlTxInf" -> tx.additionalInfo = BankText.collapse(value);
                default -> {
                }
            }
        }

        private void finishEntry(Entry e) {
            String currency = !e.currency.isEmpty() ? e.currency : stmtCurrency;
            List<String> raw = rawValues(e, currency);
            BigDecimal amount = amount(e.amountText);
            if (amount == null) {
                reject(e, RowDisposition.REJECTED, e.amountText.isEmpty() ? "Amount missing" : "Amount is not a number",
                        raw, null, currency);
                return;
            }
            if ("TRUE".equalsIgnoreCase(e.reversal) || "1".equals(e.reversal)) {
                reject(e, RowDisposition.NOT_OPEN, "DBIT".equals(e.cdtDbtInd)
                        ? "Reversal: debit cancelling an earlier credit (returned payment)"
                        : "Reversal: credit cancelling an earlier debit, not a customer payment", raw, amount, currency);
                return;
            }
            if (!e.status.isEmpty() && !e.status.equals("BOOK")) {
                reject(e, RowDisposition.NOT_OPEN, e.status.equals("PDNG") ? "Pending, not yet booked by the bank"
                        : "Entry status " + e.status + ": not booked by the bank", raw, amount, currency);
                return;
            }
            if ("DBIT".equals(e.cdtDbtInd)) {
                reject(e, RowDisposition.NOT_OPEN, DEBIT_REASON, raw, amount, currency);
                return;
            }
            if (!"CRDT".equals(e.cdtDbtInd)) {
                reject(e, RowDisposition.REJECTED, "Credit/debit indicator missing or unknown", raw, amount, currency);
                return;
            }
            if (amount.signum() == 0) {
                reject(e, RowDisposition.NOT_OPEN, "Zero amount: no cash", raw, amount, currency);
                return;
            }
            LocalDate booking;
            LocalDate value;
            try {
                booking = date(e.bookingText);
                value = date(e.valueText);
            } catch (DateTimeParseException ex) {
                reject(e, RowDisposition.REJECTED, "Booking or value date is not a date", raw, amount, currency);
                return;
            }
            if (booking == null && value == null) {
                reject(e, RowDisposition.REJECTED, "No booking or value date", raw, amount, currency);
                return;
            }
            if (booking == null) {
                booking = value;
            }
            String account = !stmtIban.isEmpty() ? stmtIban : stmtOther;
            List<BigDecimal> split = split(e, amount, currency);
            if (split != null) {
                for (int k = 0; k < e.txs.size(); k++) {
                    Tx t = e.txs.get(k);
                    String suffix = "." + (k + 1);
                    String id = firstNonEmpty(t.acctSvcrRef, t.endToEnd());
                    if (id.isEmpty()) {
                        String entryRef = firstNonEmpty(e.acctSvcrRef, e.ntryRef);
                        id = entryRef.isEmpty() ? "entry " + e.ordinal + suffix : entryRef + suffix;
                    }
                    String bankRef = firstNonEmpty(t.acctSvcrRef, e.acctSvcrRef, e.ntryRef);
                    payments.add(new Payment(unique(id, e.ordinal + suffix), e.ordinal, booking, value, split.get(k),
                            currency, t.payerName, t.payerAccount(), firstNonEmpty(t.remittance(), e.additionalInfo),
                            List.copyOf(t.structuredRefs), bankRef, account));
                }
                return;
            }
            // One payment for the entry, carrying what its transactions say.
            Set<String> names = new LinkedHashSet<>();
            Set<String> accounts = new LinkedHashSet<>();
            Set<String> refs = new LinkedHashSet<>();
            List<String> remittances = new ArrayList<>();
            String endToEnd = "";
            String txBankRef = "";
            for (Tx t : e.txs) {
                addIfPresent(names, t.payerName);
                addIfPresent(accounts, t.payerAccount());
                refs.addAll(t.structuredRefs);
                if (!t.remittance().isEmpty()) {
                    remittances.add(t.remittance());
                }
                endToEnd = firstNonEmpty(endToEnd, t.endToEnd());
                txBankRef = firstNonEmpty(txBankRef, t.acctSvcrRef);
            }
            boolean single = e.txs.size() <= 1;
            String id = firstNonEmpty(e.acctSvcrRef, e.ntryRef, single ? txBankRef : "", single ? endToEnd : "");
            if (id.isEmpty()) {
                id = "entry " + e.ordinal;
            }
            String remittance = remittances.isEmpty() ? e.additionalInfo : String.join(" ", remittances);
            payments.add(new Payment(unique(id, String.valueOf(e.ordinal)), e.ordinal, booking, value, amount, currency,
                    String.join("; ", names), accounts.size() == 1 ? accounts.iterator().next() : "", remittance,
                    List.copyOf(refs), firstNonEmpty(e.acctSvcrRef, single ? txBankRef : "", e.ntryRef), account));
        }

        /**
         * The per-transaction amounts of a batch entry, or null when the entry should stay one payment:
         * a single transaction, a transaction without its own amount, another currency, a debit inside
         * the batch, or amounts that do not add up to the booked entry.
         */
        private static List<BigDecimal> split(Entry e, BigDecimal total, String currency) {
            if (e.txs.size() < 2) {
                return null;
            }
            List<BigDecimal> amounts = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (Tx t : e.txs) {
                String[] own = t.ownAmount();
                BigDecimal a = own == null ? null : amount(own[0]);
                if (a == null || a.signum() <= 0 || "DBIT".equals(t.cdtDbtInd)
                        || !own[1].isEmpty() && !currency.isEmpty() && !own[1].equals(currency)) {
                    return null;
                }
                amounts.add(a);
                sum = sum.add(a);
            }
            return sum.compareTo(total) == 0 ? amounts : null;
        }

        private String unique(String id, String position) {
            String result = usedIds.contains(id) ? id + " (entry " + position + ")" : id;
            usedIds.add(result);
            return result;
        }

        private void reject(Entry e, RowDisposition disposition, String reason, List<String> raw, BigDecimal amount,
                            String currency) {
            notUsed.add(new RejectedRow(e.ordinal, disposition, reason, raw, amount, currency));
        }

        private static List<String> rawValues(Entry e, String currency) {
            Set<String> names = new LinkedHashSet<>();
            List<String> remittance = new ArrayList<>();
            String endToEnd = "";
            for (Tx t : e.txs) {
                addIfPresent(names, t.payerName);
                if (!t.remittance().isEmpty()) {
                    remittance.add(t.remittance());
                }
                endToEnd = firstNonEmpty(endToEnd, t.endToEnd());
            }
            return List.of(firstNonEmpty(e.acctSvcrRef, e.ntryRef, endToEnd, "entry " + e.ordinal), e.bookingText,
                    e.valueText, e.cdtDbtInd, e.amountText, currency, String.join("; ", names),
                    remittance.isEmpty() ? e.additionalInfo : String.join(" ", remittance));
        }
    }

    private static BigDecimal amount(String text) {
        String t = text.strip();
        return AMOUNT.matcher(t).matches() ? new BigDecimal(t) : null;
    }

    /** ISODate (possibly with a zone offset, as some banks send) or ISODateTime: the calendar date as written. */
    private static LocalDate date(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!ISO_DATE_PREFIX.matcher(t).matches()) {
            throw new DateTimeParseException("not an ISO date", t, 0);
        }
        return LocalDate.parse(t.substring(0, 10));
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null && !value.isBlank()) {
            set.add(value.strip());
        }
    }
}
