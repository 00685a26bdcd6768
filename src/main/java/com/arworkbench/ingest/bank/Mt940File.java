package com.arworkbench.ingest.bank;

import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.table.ByteOrderMark;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SWIFT MT940 customer statement (one or more statements, each ended by a "-" line). Every {@code :61:}
 * statement line becomes a payment (a credit) or a listed row with its reason (debits, reversals, returns), so
 * nothing is lost. Each statement's opening balance {@code :60F:} plus its lines must give its closing balance
 * {@code :62F:}; any difference is a control problem.
 *
 * <p>{@code :86:} is read both ways banks write it: the German structured form ({@code 166?00GUTSCHRIFT?20…?32…})
 * whose purpose subfields carry SEPA tokens ({@code EREF+}, {@code SVWZ+}), and the SWIFT form with
 * {@code /EREF/}, {@code /REMI/}, {@code /NAME/}; anything else is kept as free text.
 */
public record Mt940File(SourceFile source, List<Payment> payments, List<RejectedRow> notUsed, int statements,
                        int lines, List<String> controlProblems) {

    /** A field tag at the start of a line, e.g. ":61:" or ":28C:". */
    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    /** How a file is recognised: a ":20:" field and one of the fields only a statement has. */
    private static final Pattern HEAD_20 = Pattern.compile("(?m)^:20:");
    private static final Pattern HEAD_STATEMENT = Pattern.compile("(?m)^:(25|28C?|60[FM]|61):");
    /** :60F:/:62F: balance: C or D, YYMMDD, currency, amount with a decimal comma. */
    private static final Pattern BALANCE = Pattern.compile("([CD])(\\d{6})([A-Z]{3})(\\d[\\d,.]*)\\s*");
    /**
     * :61: value date, optional entry date (MMDD), mark (C, D, RC, RD), optional funds code letter, amount,
     * transaction type (N/F/S + 3), customer reference up to "//", bank reference, then supplementary details
     * on the next line. Some banks write "CR"/"DR": that is C or D followed by the funds code, read as such.
     */
    private static final Pattern LINE = Pattern.compile(
            "(\\d{6})(\\d{4})?(RC|RD|C|D)([A-Z])?(\\d[\\d,]*)([NFS][A-Z0-9]{3})([^\\n]*?)(?://([^\\n]*))?(?:\\n(.*))?",
            Pattern.DOTALL);
    /** GVC (German business transaction code) 3 digits, then a separator that marks the subfields. */
    private static final Pattern STRUCTURED_86 = Pattern.compile("\\s*(\\d{3})([^\\w\\s])(\\d{2}.*)", Pattern.DOTALL);
    /** Credits that bring back our own money rather than a customer's: returns of transfers we sent. */
    private static final Pattern RETURN = Pattern.compile("RETOURE|R[UÜ]E?CK(UEBERW|ÜBERW|LASTSCHRIFT|GABE|BUCHUNG)|STORNO"
            + "|\\bRETURN", Pattern.CASE_INSENSITIVE);
    /** GVCs of returned SEPA direct debits (108, 109) and transfers (159) in the Deutsche Kreditwirtschaft list. */
    private static final List<String> RETURN_CODES = List.of("108", "109", "159");
    /**
     * SEPA purpose tokens ("EREF+…") that start a new part of the purpose text. No word boundary: subfields are
     * joined without a separator, so a token often follows digits ("…00001SVWZ+").
     */
    private static final Pattern SEPA_TOKEN = Pattern.compile("(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT"
            + "|IBAN|BIC)\\+");
    /** SWIFT-style codes ("/EREF/…") as some banks write them in :86:. */
    private static final Pattern SWIFT_CODE = Pattern.compile("/(EREF|REMI|NAME|ORDP|BENM|IBAN|BIC|CODE|TRCD|PREF|MARF"
            + "|CSID|ULTD|ULTC|PURP|RTRN|ISDT|CDTRREFTP|CDTRREF|CDTRREFTPCD)/");
    private static final List<String> NO_REFERENCE = List.of("NONREF", "NOTPROVIDED", "NOREF");

    public static final String DEBIT_REASON = "Debit: money paid out, not incoming cash";

    /** Whether the first part of a file reads as MT940, by content. */
    public static boolean looksLikeMt940(String head) {
        return HEAD_20.matcher(head).find() && HEAD_STATEMENT.matcher(head).find();
    }

    public static Mt940File read(Path file, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(file, displayName);
        String text = decode(Files.readAllBytes(file));
        if (!looksLikeMt940(text)) {
            throw new UnreadableFileException(displayName + ": expected a SWIFT MT940 statement (lines starting "
                    + "':20:', ':25:', ':60F:', ':61:'), but the file has no such fields.");
        }
        Parser p = new Parser();
        p.run(text);
        return new Mt940File(source, List.copyOf(p.payments), List.copyOf(p.notUsed), p.statements, p.statementLines,
                List.copyOf(p.problems));
    }

    /** MT940 is ASCII in theory; banks write UTF-8 or Latin-1 in names, so UTF-8 when it decodes, else Latin-1. */
    private static String decode(byte[] bytes) {
        Charset bom = ByteOrderMark.charset(bytes);
        int skip = ByteOrderMark.length(bytes);
        if (bom != null) {
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** An RC line: the bank took back a credit of this amount. */
    private record Reversal(long line, BigDecimal amount) {
    }

    /** One field with the line it starts on; continuation lines are kept after "\n". */
    private record Field(String tag, String value, long line) {
    }

    private static final class Parser {
        final List<Payment> payments = new ArrayList<>();
        final List<RejectedRow> notUsed = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final Map<String, Integer> usedIds = new LinkedHashMap<>();
        /** The RC lines of the statement being read. */
        final List<Reversal> reversals = new ArrayList<>();
        int statements;
        int statementLines;

        void run(String text) {
            String[] physical = text.split("\r\n|\r|\n", -1);
            List<Field> fields = new ArrayList<>();
            for (int i = 0; i < physical.length; i++) {
                String raw = physical[i];
                long lineNo = i + 1L;
                String line = raw.strip();
                Matcher tag = TAG.matcher(raw.stripLeading());
                if (tag.matches()) {
                    fields.add(new Field(tag.group(1), tag.group(2), lineNo));
                } else if (line.equals("-") || line.equals("-}") || line.startsWith("{") || line.isEmpty()) {
                    // End of a message, SWIFT header blocks or blank lines: structure, no money.
                    if (line.startsWith("-")) {
                        statement(fields);
                        fields = new ArrayList<>();
                    }
                } else if (!fields.isEmpty()) {
                    Field last = fields.remove(fields.size() - 1);
                    fields.add(new Field(last.tag(), last.value() + "\n" + raw, last.line()));
                } else {
                    notUsed.add(new RejectedRow(lineNo, RowDisposition.REJECTED, "Not part of an MT940 field",
                            List.of(raw), null, ""));
                }
            }
            statement(fields);
        }

        private void statement(List<Field> fields) {
            if (fields.isEmpty()) {
                return;
            }
            statements++;
            int firstPayment = payments.size();
            String reference = "";
            String account = "";
            String number = "";
            Balance opening = null;
            Balance closing = null;
            BigDecimal movement = BigDecimal.ZERO;
            boolean movementKnown = true;
            for (int i = 0; i < fields.size(); i++) {
                Field f = fields.get(i);
                switch (f.tag()) {
                    case "20" -> reference = BankText.collapse(f.value());
                    case "25" -> account = BankText.collapse(f.value()).replace(" ", "");
                    case "28", "28C" -> number = BankText.collapse(f.value());
                    case "60F", "60M" -> opening = Balance.parse(f);
                    case "62F", "62M" -> closing = Balance.parse(f);
                    case "61" -> {
                        statementLines++;
                        Field info = i + 1 < fields.size() && fields.get(i + 1).tag().equals("86") ? fields.get(i + 1) : null;
                        String ccy = opening != null ? opening.currency : closing != null ? closing.currency : "";
                        BigDecimal signed = line(f, info, ccy, account);
                        if (signed == null) {
                            movementKnown = false;
                        } else {
                            movement = movement.add(signed);
                        }
                    }
                    default -> {
                    }
                }
            }
            withdrawReversedCredits(firstPayment);
            String which = "MT940 statement " + (number.isEmpty() ? String.valueOf(statements) : number)
                    + (account.isEmpty() ? "" : " of account " + account) + (reference.isEmpty() ? "" : " (:20: " + reference + ")");
            if (opening == null || closing == null || opening.amount == null || closing.amount == null) {
                problems.add(which + ": " + (opening == null || opening.amount == null ? "no readable opening balance :60F:"
                        : "no readable closing balance :62F:") + ", so its lines cannot be checked against its balances.");
            } else if (!opening.currency.equals(closing.currency)) {
                problems.add(which + ": opening balance in " + opening.currency + " but closing balance in "
                        + closing.currency + ".");
            } else if (!movementKnown) {
                problems.add(which + ": a statement line's amount could not be read, so opening " + opening.amount.toPlainString()
                        + " + lines cannot be checked against closing " + closing.amount.toPlainString() + ".");
            } else {
                BigDecimal expected = opening.amount.add(movement);
                if (expected.compareTo(closing.amount) != 0) {
                    problems.add(which + ": opening balance " + opening.amount.toPlainString() + " " + opening.currency
                            + " + statement lines " + movement.toPlainString() + " = " + expected.toPlainString()
                            + ", but the closing balance :62F: says " + closing.amount.toPlainString() + " (difference "
                            + closing.amount.subtract(expected).toPlainString() + ").");
                }
            }
        }

        /** Reads one :61: (with its :86:) into a payment or a listed row; returns its signed effect on the balance. */
        private BigDecimal line(Field f, Field info, String currency, String account) {
            String text = f.value().stripLeading();
            Matcher m = LINE.matcher(text);
            Info details = Info.parse(info == null ? "" : info.value());
            List<String> raw = new ArrayList<>(List.of(account, BankText.collapse(text), currency, details.payerName,
                    details.reference));
            if (!m.matches()) {
                notUsed.add(new RejectedRow(f.line(), RowDisposition.REJECTED,
                        "Statement line :61: not understood (expected date, C/D mark, amount, type)", raw, null, currency));
                return null;
            }
            BigDecimal amount = decimal(m.group(5));
            LocalDate value = date(m.group(1));
            if (amount == null) {
                notUsed.add(new RejectedRow(f.line(), RowDisposition.REJECTED, "Amount is not a number", raw, null, currency));
                return null;
            }
            String mark = m.group(3);
            // RC (reversal of a credit) takes money off the account, RD (reversal of a debit) puts it back.
            BigDecimal signed = mark.equals("C") || mark.equals("RD") ? amount : amount.negate();
            if (mark.equals("RC")) {
                reject(f, "Reversal of an earlier credit (RC): a returned payment, not incoming cash", raw, signed, currency);
                reversals.add(new Reversal(f.line(), amount));
            } else if (mark.equals("RD")) {
                reject(f, "Reversal of an earlier debit (RD): our own money back, not a customer payment", raw, signed,
                        currency);
            } else if (mark.equals("D")) {
                reject(f, DEBIT_REASON, raw, signed, currency);
            } else if (details.isReturn()) {
                reject(f, "Return of a payment we sent (" + details.postingText.strip() + "): not a customer payment",
                        raw, signed, currency);
            } else if (amount.signum() == 0) {
                reject(f, "Zero amount: no cash", raw, signed, currency);
            } else if (value == null) {
                notUsed.add(new RejectedRow(f.line(), RowDisposition.REJECTED, "Value date is not a date", raw, signed,
                        currency));
            } else {
                LocalDate booking = entryDate(value, m.group(2));
                String customerRef = reference(m.group(7));
                String bankRef = reference(m.group(8) == null ? "" : m.group(8));
                // The bank's reference first, as for camt (AcctSvcrRef); a one-letter customer reference is a
                // placeholder some banks write for "none".
                String id = !bankRef.isEmpty() ? bankRef : customerRef.length() > 1 ? customerRef : "line " + f.line();
                payments.add(new Payment(unique(id, f.line()), f.line(), booking, value, amount, currency, details.payerName,
                        details.payerAccount, details.reference, List.of(), bankRef, account));
            }
            return signed;
        }

        /**
         * A credit the bank reverses (RC) in the same statement never stayed on the account: the credit of the same
         * amount is taken out of the payments and listed, so no invoice is applied with cash that went back.
         */
        private void withdrawReversedCredits(int firstPayment) {
            for (Reversal r : reversals) {
                for (int i = firstPayment; i < payments.size(); i++) {
                    Payment p = payments.get(i);
                    if (p.amount().compareTo(r.amount()) == 0) {
                        payments.remove(i);
                        notUsed.add(new RejectedRow(p.sourceRow(), RowDisposition.NOT_OPEN, "Credit reversed by the RC "
                                + "line " + r.line() + " of the same statement: the cash went back", List.of(
                                p.statementAccount(), p.id(), p.currency(), p.payerName(), p.remittance()), p.amount(),
                                p.currency()));
                        break;
                    }
                }
            }
            reversals.clear();
        }

        private void reject(Field f, String reason, List<String> raw, BigDecimal amount, String currency) {
            notUsed.add(new RejectedRow(f.line(), RowDisposition.NOT_OPEN, reason, raw, amount, currency));
        }

        private String unique(String id, long line) {
            if (usedIds.merge(id, 1, Integer::sum) == 1) {
                return id;
            }
            return id + " (line " + line + ")";
        }
    }

    /** What :86: says: posting text, payer, payer account and the reference to match on. */
    private static final class Info {
        String gvc = "";
        String postingText = "";
        String payerName = "";
        String payerAccount = "";
        String reference = "";

        boolean isReturn() {
            return RETURN.matcher(postingText).find() || RETURN_CODES.contains(gvc);
        }

        static Info parse(String value) {
            Info info = new Info();
            // Lines of :86: are wrapped at 65 characters, even inside a word or a subfield marker.
            String joined = value.replace("\r", "").replace("\n", "");
            Matcher s = STRUCTURED_86.matcher(joined);
            if (s.matches()) {
                info.gvc = s.group(1);
                Map<String, StringBuilder> sub = subfields(s.group(3), s.group(2).charAt(0));
                info.postingText = text(sub, "00");
                StringBuilder purpose = new StringBuilder();
                for (String k : sub.keySet()) {
                    if (k.matches("2\\d|6[0-3]")) {
                        purpose.append(sub.get(k));
                    }
                }
                // Joined as written: the bank cuts the name at 27 characters, mid-word or before a run of spaces.
                info.payerName = BankText.collapse(raw(sub, "32") + raw(sub, "33"));
                info.payerAccount = (!text(sub, "38").isEmpty() ? text(sub, "38") : text(sub, "31")).replace(" ", "");
                info.reference = reference(purpose.toString(), info);
            } else {
                info.reference = reference(joined, info);
            }
            return info;
        }

        /** "?20abc?21def" into 20 → abc, 21 → def (a subfield met twice is appended). */
        private static Map<String, StringBuilder> subfields(String body, char separator) {
            Map<String, StringBuilder> out = new LinkedHashMap<>();
            for (String part : body.split(Pattern.quote(String.valueOf(separator)), -1)) {
                if (part.length() >= 2 && Character.isDigit(part.charAt(0)) && Character.isDigit(part.charAt(1))) {
                    out.computeIfAbsent(part.substring(0, 2), k -> new StringBuilder()).append(part.substring(2));
                }
            }
            return out;
        }

        private static String text(Map<String, StringBuilder> sub, String key) {
            return raw(sub, key).strip();
        }

        private static String raw(Map<String, StringBuilder> sub, String key) {
            StringBuilder b = sub.get(key);
            return b == null ? "" : b.toString();
        }

        /**
         * The text to match invoices on: the end-to-end reference and the purpose (SEPA {@code EREF+}, {@code SVWZ+};
         * SWIFT {@code /EREF/}, {@code /REMI/}) joined, or the whole purpose when it has no such tokens.
         */
        private static String reference(String purpose, Info info) {
            Map<String, String> sepa = tokens(purpose, SEPA_TOKEN);
            Map<String, String> swift = tokens(purpose, SWIFT_CODE);
            if (!swift.isEmpty()) {
                if (info.payerName.isEmpty()) {
                    info.payerName = BankText.collapse(swift.getOrDefault("NAME", swift.getOrDefault("ORDP", "")));
                }
                if (info.payerAccount.isEmpty()) {
                    info.payerAccount = swift.getOrDefault("IBAN", "").replace(" ", "");
                }
            }
            List<String> parts = new ArrayList<>();
            for (String key : List.of("EREF", "REMI", "SVWZ")) {
                String v = sepa.getOrDefault(key, swift.getOrDefault(key, ""));
                if (!v.isEmpty() && !NO_REFERENCE.contains(v.toUpperCase(Locale.ROOT).replace(" ", ""))) {
                    parts.add(v);
                }
            }
            return BankText.collapse(parts.isEmpty() && sepa.isEmpty() && swift.isEmpty() ? purpose : String.join(" ", parts));
        }

        /** Token → its text up to the next token (the first occurrence of each token wins). */
        private static Map<String, String> tokens(String text, Pattern token) {
            Map<String, String> out = new LinkedHashMap<>();
            Matcher m = token.matcher(text);
            String key = null;
            int from = 0;
            while (m.find()) {
                if (key != null) {
                    out.putIfAbsent(key, BankText.collapse(text.substring(from, m.start())));
                }
                key = m.group(1);
                from = m.end();
            }
            if (key != null) {
                out.putIfAbsent(key, BankText.collapse(text.substring(from)));
            }
            return out;
        }
    }

    /** A :60F:/:62F: balance; {@code amount} null when it cannot be read. */
    private record Balance(String currency, BigDecimal amount) {
        static Balance parse(Field f) {
            Matcher m = BALANCE.matcher(BankText.collapse(f.value()));
            if (!m.matches()) {
                return new Balance("", null);
            }
            BigDecimal a = decimal(m.group(4));
            return new Balance(m.group(3), a == null ? null : m.group(1).equals("D") ? a.negate() : a);
        }
    }

    /** "1234,5" (SWIFT decimal comma, no thousands separators) as an exact decimal; null when malformed. */
    private static BigDecimal decimal(String s) {
        String t = s.strip();
        if (!t.matches("\\d{1,15},\\d{0,5}|\\d{1,15}")) {
            return null;
        }
        if (t.endsWith(",")) {
            t = t.substring(0, t.length() - 1);
        }
        return new BigDecimal(t.replace(',', '.'));
    }

    /** YYMMDD; SWIFT years 00–79 are 20xx, 80–99 are 19xx. */
    private static LocalDate date(String yymmdd) {
        try {
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            return LocalDate.of(yy < 80 ? 2000 + yy : 1900 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    /** The entry (booking) date MMDD takes the value date's year, or the next or previous one across a year end. */
    private static LocalDate entryDate(LocalDate value, String mmdd) {
        if (mmdd == null) {
            return value;
        }
        try {
            LocalDate d = LocalDate.of(value.getYear(), Integer.parseInt(mmdd.substring(0, 2)),
                    Integer.parseInt(mmdd.substring(2, 4)));
            if (d.isBefore(value.minusMonths(6))) {
                return d.plusYears(1);
            }
            return d.isAfter(value.plusMonths(6)) ? d.minusYears(1) : d;
        } catch (DateTimeException | NumberFormatException e) {
            return value;
        }
    }

    private static String reference(String s) {
        String t = s.strip();
        return NO_REFERENCE.contains(t.toUpperCase(Locale.ROOT)) ? "" : t;
    }
}
