package com.arworkbench.ingest.bank;

import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.table.ByteOrderMark;
import com.arworkbench.model.Payment;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A BAI2 (Cash Management Balance Reporting, version 2) bank file. Credits in 16 transaction detail
 * records (type codes 100–399) become {@link Payment}s; debits (400–699) and other type codes are
 * listed in {@link #notUsed()} with the reason, so nothing is silently lost. The 49/98/99 trailers'
 * control totals and record counts are checked against the records read.
 *
 * <p>Records end with {@code /}; several may share a physical line, and files written one record per
 * line without the {@code /} are accepted too. An 88 record continues the previous record: for a 16 it
 * continues the text (joined with a space), for any other record it continues the field list.
 */
public final class Bai2File {

    /** Level of a trailer: 49 account, 98 group, 99 file. */
    public enum Level { ACCOUNT, GROUP, FILE }

    /**
     * One trailer's control totals next to what was read. Totals are shown with the implied decimals
     * of the account's currency (2 for groups and files); a declared value is null when the trailer
     * lacks it or it is not a number. {@code declaredChildren}/{@code countedChildren} are the number
     * of accounts (98) or groups (99), and null/-1 for an account trailer.
     *
     * @param scope account number for an account, originator for a group, sender for a file
     * @param trailerRow line of the 49/98/99 record (0 when the trailer is missing)
     */
    public record Control(Level level, String scope, long trailerRow, BigDecimal declaredTotal, BigDecimal computedTotal,
                          Long declaredRecords, long countedRecords, Long declaredChildren, long countedChildren) {

        public boolean reconciles() {
            return declaredTotal != null && declaredTotal.compareTo(computedTotal) == 0
                    && declaredRecords != null && declaredRecords == countedRecords
                    && (level == Level.ACCOUNT || declaredChildren != null && declaredChildren == countedChildren);
        }
    }

    private static final Set<String> RECORD_CODES = Set.of("01", "02", "03", "16", "49", "88", "98", "99");
    private static final Pattern LINE_STARTS_RECORD = Pattern.compile("\\s*\\d\\d,");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SIGNED = Pattern.compile("[+-]?\\d+");

    private final SourceFile source;
    private final List<Payment> payments;
    private final List<RejectedRow> notUsed;
    private final long records;
    private final List<Control> controls;
    private final List<String> controlProblems;

    private Bai2File(SourceFile source, List<Payment> payments, List<RejectedRow> notUsed, long records,
                     List<Control> controls, List<String> controlProblems) {
        this.source = source;
        this.payments = List.copyOf(payments);
        this.notUsed = List.copyOf(notUsed);
        this.records = records;
        this.controls = List.copyOf(controls);
        this.controlProblems = List.copyOf(controlProblems);
    }

    public static Bai2File read(Path file, String displayName) throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(file, displayName);
        byte[] bytes = Files.readAllBytes(file);
        Charset bom = ByteOrderMark.charset(bytes);
        int skip = ByteOrderMark.length(bytes);
        // BAI2 is ASCII; Latin-1 maps every byte to one char, so odd bytes in text never fail the read.
        String text = new String(bytes, skip, bytes.length - skip, bom != null ? bom : StandardCharsets.ISO_8859_1);
        List<Rec> recs = split(text);
        if (recs.isEmpty() || !recs.get(0).code().equals("01")) {
            throw new UnreadableFileException(displayName + ": expected a BAI2 file starting with a 01 (file header) "
                    + "record, found " + describeStart(text, recs) + ".");
        }
        Parser p = new Parser();
        p.run(group(recs));
        return new Bai2File(source, p.payments, p.notUsed, recs.size(), p.controls, p.problems);
    }

    public SourceFile source() {
        return source;
    }

    public List<Payment> payments() {
        return payments;
    }

    /** Transaction details that are not incoming cash (debits, other type codes) or could not be read. */
    public List<RejectedRow> notUsed() {
        return notUsed;
    }

    /** Number of records read (01 through 99, each 88 continuation counted), as the 99 trailer counts them. */
    public long records() {
        return records;
    }

    /** All trailers in file order (each account's 49 before its group's 98, the 99 last). */
    public List<Control> controls() {
        return controls;
    }

    public List<Control> accountTotals() {
        return controls.stream().filter(c -> c.level() == Level.ACCOUNT).toList();
    }

    public List<Control> groupTotals() {
        return controls.stream().filter(c -> c.level() == Level.GROUP).toList();
    }

    public List<Control> fileTotals() {
        return controls.stream().filter(c -> c.level() == Level.FILE).toList();
    }

    /** Empty when every trailer reconciles; otherwise one readable sentence per difference or missing trailer. */
    public List<String> controlProblems() {
        return controlProblems;
    }

    // ---------------------------------------------------------------- splitting into records

    /** One record: its text without the record code and the terminating '/', where it starts. */
    record Rec(String code, String body, long line, int indexOnLine) {
    }

    private static List<Rec> split(String text) {
        List<Rec> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder open = null;
        long openLine = 0;
        int openIndex = 0;
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            long lineNo = n + 1L;
            int index = 1;
            int pos = 0;
            if (open != null) {
                if (line.isBlank() || LINE_STARTS_RECORD.matcher(line).lookingAt()) {
                    // Written one record per line without '/': the line break ended the record.
                    out.add(rec(open.toString(), openLine, openIndex));
                    open = null;
                } else {
                    // The record was wrapped onto this line.
                    int end = terminator(line, 0);
                    open.append(' ').append(end < 0 ? line : line.substring(0, end));
                    if (end < 0) {
                        continue;
                    }
                    out.add(rec(open.toString(), openLine, openIndex));
                    open = null;
                    pos = end + 1;
                }
            }
            while (true) {
                while (pos < line.length() && Character.isWhitespace(line.charAt(pos))) {
                    pos++;
                }
                if (pos >= line.length()) {
                    break;
                }
                int end = terminator(line, pos);
                if (end < 0) {
                    open = new StringBuilder(line.substring(pos));
                    openLine = lineNo;
                    openIndex = index;
                    break;
                }
                out.add(rec(line.substring(pos, end), lineNo, index++));
                pos = end + 1;
            }
        }
        if (open != null) {
            out.add(rec(open.toString(), openLine, openIndex));
        }
        return out;
    }

    /**
     * The '/' that ends the record starting at {@code from}: one followed (after blanks) by the end of the
     * line or by the next record. A '/' inside text ("PO 12/345") is not a terminator.
     */
    private static int terminator(String line, int from) {
        for (int i = line.indexOf('/', from); i >= 0; i = line.indexOf('/', i + 1)) {
            int j = i + 1;
            while (j < line.length() && (line.charAt(j) == ' ' || line.charAt(j) == '\t')) {
                j++;
            }
            if (j == line.length()) {
                return i;
            }
            if (j + 3 <= line.length() && line.charAt(j + 2) == ',' && RECORD_CODES.contains(line.substring(j, j + 2))) {
                return i;
            }
        }
        return -1;
    }

    private static Rec rec(String raw, long line, int index) {
        int comma = raw.indexOf(',');
        String code = (comma < 0 ? raw : raw.substring(0, comma)).strip();
        String body = comma < 0 ? "" : raw.substring(comma + 1);
        return new Rec(code, body, line, index);
    }

    private static String describeStart(String text, List<Rec> recs) {
        if (text.isBlank()) {
            return "an empty file";
        }
        if (text.indexOf('\0') >= 0) {
            return "binary content";
        }
        String first = text.strip().lines().findFirst().orElse("");
        String shown = first.length() > 40 ? first.substring(0, 40) + "…" : first;
        shown = shown.replaceAll("[\\p{Cntrl}]", "?");
        String code = recs.isEmpty() ? "" : recs.get(0).code();
        return (code.matches("\\d\\d") ? "a " + code + " record first: " : "") + "\"" + shown + "\"";
    }

    // ---------------------------------------------------------------- logical records

    /** A record with the 88 continuations that follow it. */
    record Logical(Rec head, List<Rec> continuations) {
        long size() {
            return 1L + continuations.size();
        }
    }

    private static List<Logical> group(List<Rec> recs) {
        List<Logical> out = new ArrayList<>();
        for (Rec r : recs) {
            if (r.code().equals("88") && !out.isEmpty()) {
                out.get(out.size() - 1).continuations().add(r);
            } else {
                out.add(new Logical(r, new ArrayList<>()));
            }
        }
        return out;
    }

    /** Comma-separated fields of a record body; the rest of the body can be taken as one (text) field. */
    private static final class Fields {
        private final String s;
        private int pos;

        Fields(String s) {
            this.s = s;
        }

        /** The next field, or null when the record has no more fields. */
        String next() {
            if (pos < 0) {
                return null;
            }
            int c = s.indexOf(',', pos);
            String f = c < 0 ? s.substring(pos) : s.substring(pos, c);
            pos = c < 0 ? -1 : c + 1;
            return f.strip();
        }

        /** Everything left, commas included (the text field of a 16), or null when nothing is left. */
        String rest() {
            if (pos < 0) {
                return null;
            }
            String r = s.substring(pos);
            pos = -1;
            return r;
        }
    }

    /** The body of a non-16 record with its 88 continuations appended as further fields. */
    private static String joinedFields(Logical l) {
        StringBuilder b = new StringBuilder(l.head().body());
        for (Rec c : l.continuations()) {
            b.append(',').append(c.body());
        }
        return b.toString();
    }

    // ---------------------------------------------------------------- interpretation

    private static final class Parser {
        final List<Payment> payments = new ArrayList<>();
        final List<RejectedRow> notUsed = new ArrayList<>();
        final List<Control> controls = new ArrayList<>();
        final List<String> problems = new ArrayList<>();
        final Set<String> ids = new HashSet<>();

        // file
        boolean fileOpen;
        String sender = "";
        long fileRecords;
        long groupsCounted;
        BigInteger groupsDeclaredSum = BigInteger.ZERO;
        // group
        boolean groupOpen;
        String originator = "";
        long groupLine;
        LocalDate asOf;
        String groupCurrency = "";
        long groupRecords;
        long accountsCounted;
        BigInteger accountsDeclaredSum = BigInteger.ZERO;
        // account
        boolean accountOpen;
        String account = "";
        long accountLine;
        String accountCurrency = "";
        long accountRecords;
        BigInteger accountSum = BigInteger.ZERO;

        void run(List<Logical> logicals) {
            for (Logical l : logicals) {
                switch (l.head().code()) {
                    case "01" -> fileHeader(l);
                    case "02" -> groupHeader(l);
                    case "03" -> accountHeader(l);
                    case "16" -> detail(l);
                    case "49" -> accountTrailer(l);
                    case "98" -> groupTrailer(l);
                    case "99" -> fileTrailer(l);
                    default -> unknown(l);
                }
            }
            if (accountOpen) {
                problems.add("Account " + account + " (line " + accountLine + ") has no account trailer (49): the file "
                        + "may be cut short.");
                closeAccount();
            }
            if (groupOpen) {
                problems.add("Group from " + originator + " (line " + groupLine + ") has no group trailer (98): the file "
                        + "may be cut short.");
                closeGroup();
            }
            if (fileOpen) {
                problems.add("No file trailer (99): the file may be cut short.");
            }
        }

        private void count(long n) {
            if (accountOpen) {
                accountRecords += n;
            } else if (groupOpen) {
                groupRecords += n;
            } else {
                fileRecords += n;
            }
        }

        private void fileHeader(Logical l) {
            if (fileOpen) {
                problems.add("A second file header (01) at line " + l.head().line() + " before the file trailer (99).");
                if (accountOpen) {
                    closeAccount();
                }
                if (groupOpen) {
                    closeGroup();
                }
            }
            Fields f = new Fields(joinedFields(l));
            sender = nz(f.next());
            fileOpen = true;
            fileRecords = l.size();
            groupsCounted = 0;
            groupsDeclaredSum = BigInteger.ZERO;
        }

        private void groupHeader(Logical l) {
            endUnclosedAccount();
            endUnclosedGroup();
            Fields f = new Fields(joinedFields(l));
            f.next(); // ultimate receiver
            originator = nz(f.next());
            f.next(); // group status
            String date = nz(f.next());
            f.next(); // as-of time
            groupCurrency = nz(f.next()).toUpperCase(Locale.ROOT);
            asOf = date(date);
            if (asOf == null) {
                problems.add("Group header at line " + l.head().line() + ": as-of date \"" + date + "\" is not a YYMMDD "
                        + "date, so its transactions have no booking date.");
            }
            groupOpen = true;
            groupLine = l.head().line();
            groupRecords = l.size();
            accountsCounted = 0;
            accountsDeclaredSum = BigInteger.ZERO;
        }

        private void accountHeader(Logical l) {
            endUnclosedAccount();
            Fields f = new Fields(joinedFields(l));
            account = nz(f.next());
            accountCurrency = nz(f.next()).toUpperCase(Locale.ROOT);
            accountOpen = true;
            accountLine = l.head().line();
            accountRecords = l.size();
            accountSum = BigInteger.ZERO;
            // Summary and status: type code, amount, item count, funds type (+ its own fields), repeated.
            for (String type = f.next(); type != null; type = f.next()) {
                String amount = nz(f.next());
                f.next(); // item count
                String funds = nz(f.next());
                if (!type.isEmpty() || !amount.isEmpty()) {
                    if (SIGNED.matcher(amount).matches()) {
                        accountSum = accountSum.add(new BigInteger(amount.startsWith("+") ? amount.substring(1) : amount));
                    } else if (!amount.isEmpty()) {
                        problems.add("Account " + account + " (line " + accountLine + "): summary amount \"" + amount
                                + "\" for type " + type + " is not a number.");
                    }
                }
                if (skipFundsFields(f, funds) == null) {
                    problems.add("Account " + account + " (line " + accountLine + "): unknown funds type \"" + funds
                            + "\" after type " + type + "; the rest of its summary was not read.");
                    break;
                }
            }
        }

        /** Skips the fields that follow a funds type; returns null for an unknown funds type. */
        private static String skipFundsFields(Fields f, String funds) {
            switch (funds.toUpperCase(Locale.ROOT)) {
                case "", "Z", "0", "1", "2" -> {
                    return "";
                }
                case "V" -> {
                    String date = nz(f.next());
                    f.next(); // value time
                    return date;
                }
                case "S" -> {
                    f.next();
                    f.next();
                    f.next();
                    return "";
                }
                case "D" -> {
                    String n = nz(f.next());
                    if (!DIGITS.matcher(n).matches()) {
                        return null;
                    }
                    for (int i = 0; i < Integer.parseInt(n); i++) {
                        f.next(); // days
                        f.next(); // amount
                    }
                    return "";
                }
                default -> {
                    return null;
                }
            }
        }

        private void detail(Logical l) {
            count(l.size());
            long line = l.head().line();
            // Fields up to the text; while the 16 stops before its text, 88s continue the field list,
            // after that they continue the text.
            String body = l.head().body();
            List<String> texts = new ArrayList<>();
            int next = 0;
            Detail d = Detail.parse(body);
            while (d.text() == null && next < l.continuations().size()) {
                body = body + "," + l.continuations().get(next++).body();
                d = Detail.parse(body);
            }
            if (d.text() != null && !d.text().isBlank()) {
                texts.add(d.text().strip());
            }
            for (int i = next; i < l.continuations().size(); i++) {
                String c = l.continuations().get(i).body().strip();
                if (!c.isEmpty()) {
                    texts.add(c);
                }
            }
            String remittance = collapse(String.join(" ", texts));
            List<String> raw = new ArrayList<>(d.fields());
            raw.add(0, "16");
            raw.add(remittance);
            String currency = !accountCurrency.isEmpty() ? accountCurrency : groupCurrency;

            if (!DIGITS.matcher(d.amount()).matches()) {
                reject(line, RowDisposition.REJECTED, d.amount().isEmpty() ? "Amount missing"
                        : "Amount \"" + d.amount() + "\" is not a whole number of minor units", raw, null, currency);
                return;
            }
            BigInteger units = new BigInteger(d.amount());
            accountSum = accountSum.add(units);
            BigDecimal amount = new BigDecimal(units).movePointLeft(decimals(currency));
            if (!d.type().matches("\\d{3}")) {
                reject(line, RowDisposition.REJECTED, "Type code \"" + d.type() + "\" is not a 3-digit BAI2 type code",
                        raw, amount, currency);
                return;
            }
            int type = Integer.parseInt(d.type());
            if (type >= 400 && type <= 699) {
                reject(line, RowDisposition.NOT_OPEN, "Debit entry (type " + d.type() + "): not incoming cash", raw,
                        amount.negate(), currency);
                return;
            }
            if (type < 100 || type > 399) {
                reject(line, RowDisposition.REJECTED, "Type code " + d.type() + " is neither a credit (100–399) nor a "
                        + "debit (400–699); check with the bank whether it is incoming cash", raw, amount, currency);
                return;
            }
            if (d.fundsError() != null) {
                reject(line, RowDisposition.REJECTED, d.fundsError(), raw, amount, currency);
                return;
            }
            if (asOf == null) {
                reject(line, RowDisposition.REJECTED, "No booking date: the group header (02) has no valid as-of date",
                        raw, amount, currency);
                return;
            }
            LocalDate value = null;
            if (!d.valueDate().isEmpty()) {
                value = date(d.valueDate());
                if (value == null) {
                    reject(line, RowDisposition.REJECTED, "Value date \"" + d.valueDate() + "\" is not a YYMMDD date",
                            raw, amount, currency);
                    return;
                }
            }
            String base = !d.bankRef().isEmpty() ? d.bankRef() : !d.customerRef().isEmpty() ? d.customerRef()
                    : "line " + line + (l.head().indexOnLine() > 1 ? " #" + l.head().indexOnLine() : "");
            String id = base;
            for (int n = 2; !ids.add(id); n++) {
                id = base + " #" + n;
            }
            payments.add(new Payment(id, line, asOf, value, amount, currency, tag(texts, "DBNM:", "NAME:"),
                    tag(texts, "DACT:"), remittance, List.of(), d.bankRef(), account));
        }

        private void reject(long line, RowDisposition disposition, String reason, List<String> raw, BigDecimal amount,
                            String currency) {
            notUsed.add(new RejectedRow(line, disposition, reason, List.copyOf(raw), amount, currency));
        }

        private void accountTrailer(Logical l) {
            count(l.size());
            Fields f = new Fields(joinedFields(l));
            String total = nz(f.next());
            String recs = nz(f.next());
            if (!accountOpen) {
                problems.add("Account trailer (49) at line " + l.head().line() + " without an account (03) before it.");
                return;
            }
            BigInteger declared = integer(total);
            Long declaredRecords = count(recs);
            int scale = decimals(!accountCurrency.isEmpty() ? accountCurrency : groupCurrency);
            Control c = new Control(Level.ACCOUNT, account, l.head().line(), money(declared, scale),
                    money(accountSum, scale), declaredRecords, accountRecords, null, -1);
            check(c, "Account " + account + " (49 at line " + l.head().line() + ")", total, recs, "03/16 amounts",
                    null);
            accountsDeclaredSum = accountsDeclaredSum.add(declared != null ? declared : accountSum);
            closeAccount();
        }

        /** An account still open when its group or file ends: a missing trailer is a problem, and the account ends here. */
        private void endUnclosedAccount() {
            if (accountOpen) {
                problems.add("Account " + account + " (line " + accountLine + ") has no account trailer (49).");
                closeAccount();
            }
        }

        private void endUnclosedGroup() {
            if (groupOpen) {
                problems.add("Group from " + originator + " (line " + groupLine + ") has no group trailer (98).");
                closeGroup();
            }
        }

        private void closeAccount() {
            accountOpen = false;
            accountsCounted++;
            if (groupOpen) {
                groupRecords += accountRecords;
            } else {
                fileRecords += accountRecords;
            }
            accountRecords = 0;
            accountCurrency = "";
            account = "";
        }

        private void groupTrailer(Logical l) {
            endUnclosedAccount();
            count(l.size());
            Fields f = new Fields(joinedFields(l));
            String total = nz(f.next());
            String accounts = nz(f.next());
            String recs = nz(f.next());
            if (!groupOpen) {
                problems.add("Group trailer (98) at line " + l.head().line() + " without a group header (02) before it.");
                return;
            }
            BigInteger declared = integer(total);
            Control c = new Control(Level.GROUP, originator, l.head().line(), money(declared, 2),
                    money(accountsDeclaredSum, 2), count(recs), groupRecords, count(accounts), accountsCounted);
            check(c, "Group from " + originator + " (98 at line " + l.head().line() + ")", total, recs,
                    "account trailers' (49) totals", accounts.isEmpty() ? "" : accounts);
            groupsDeclaredSum = groupsDeclaredSum.add(declared != null ? declared : accountsDeclaredSum);
            closeGroup();
        }

        private void closeGroup() {
            groupOpen = false;
            groupsCounted++;
            fileRecords += groupRecords;
            groupRecords = 0;
            asOf = null;
            groupCurrency = "";
        }

        private void fileTrailer(Logical l) {
            endUnclosedAccount();
            endUnclosedGroup();
            fileRecords += l.size();
            Fields f = new Fields(joinedFields(l));
            String total = nz(f.next());
            String groups = nz(f.next());
            String recs = nz(f.next());
            Control c = new Control(Level.FILE, sender, l.head().line(), money(integer(total), 2),
                    money(groupsDeclaredSum, 2), count(recs), fileRecords, count(groups), groupsCounted);
            check(c, "File (99 at line " + l.head().line() + ")", total, recs, "group trailers' (98) totals",
                    groups.isEmpty() ? "" : groups);
            fileOpen = false;
        }

        private void check(Control c, String what, String total, String recs, String summed, String children) {
            controls.add(c);
            if (c.declaredTotal() == null) {
                problems.add(what + ": control total \"" + total + "\" is missing or not a number.");
            } else if (c.declaredTotal().compareTo(c.computedTotal()) != 0) {
                problems.add(what + ": control total " + c.declaredTotal().toPlainString() + " but the " + summed
                        + " add up to " + c.computedTotal().toPlainString() + ".");
            }
            if (c.declaredRecords() == null) {
                problems.add(what + ": number of records \"" + recs + "\" is missing or not a number.");
            } else if (c.declaredRecords() != c.countedRecords()) {
                problems.add(what + ": says " + c.declaredRecords() + " records, counted " + c.countedRecords() + ".");
            }
            if (c.level() != Level.ACCOUNT) {
                String kind = c.level() == Level.GROUP ? "accounts" : "groups";
                if (c.declaredChildren() == null) {
                    problems.add(what + ": number of " + kind + " \"" + children + "\" is missing or not a number.");
                } else if (c.declaredChildren() != c.countedChildren()) {
                    problems.add(what + ": says " + c.declaredChildren() + " " + kind + ", counted "
                            + c.countedChildren() + ".");
                }
            }
        }

        private void unknown(Logical l) {
            count(l.size());
            String code = l.head().code();
            String reason = code.equals("88") ? "Continuation (88) with no record before it"
                    : "Unknown BAI2 record type \"" + code + "\"";
            List<String> raw = new ArrayList<>(List.of(code, l.head().body().strip()));
            notUsed.add(new RejectedRow(l.head().line(), RowDisposition.REJECTED, reason, raw, null, null));
        }

        private static Long count(String s) {
            return DIGITS.matcher(s).matches() && s.length() < 18 ? Long.valueOf(s) : null;
        }

        private static BigInteger integer(String s) {
            return SIGNED.matcher(s).matches() ? new BigInteger(s.startsWith("+") ? s.substring(1) : s) : null;
        }

        private static BigDecimal money(BigInteger units, int scale) {
            return units == null ? null : new BigDecimal(units, scale);
        }

        /** Value of the first text piece (16 text or 88) that starts with one of the tags, or "". */
        private static String tag(List<String> pieces, String... tags) {
            for (String p : pieces) {
                for (String t : tags) {
                    if (p.regionMatches(true, 0, t, 0, t.length())) {
                        return collapse(p.substring(t.length()));
                    }
                }
            }
            return "";
        }
    }

    /** The fields of a 16 record up to its text; text is null while the record stops before the text field. */
    private record Detail(String type, String amount, String valueDate, String bankRef, String customerRef, String text,
                          String fundsError, List<String> fields) {

        static Detail parse(String body) {
            Fields f = new Fields(body);
            List<String> fields = new ArrayList<>();
            String type = add(fields, f.next());
            String amount = add(fields, f.next());
            String funds = add(fields, f.next());
            String valueDate = "";
            String fundsError = null;
            switch (funds.toUpperCase(Locale.ROOT)) {
                case "", "Z", "0", "1", "2" -> {
                }
                case "V" -> {
                    valueDate = add(fields, f.next());
                    add(fields, f.next()); // value time
                }
                case "S" -> {
                    add(fields, f.next());
                    add(fields, f.next());
                    add(fields, f.next());
                }
                case "D" -> {
                    String n = add(fields, f.next());
                    if (DIGITS.matcher(n).matches() && n.length() < 4) {
                        for (int i = 0; i < 2 * Integer.parseInt(n); i++) {
                            add(fields, f.next());
                        }
                    } else {
                        fundsError = "Funds type D: distribution count \"" + n + "\" is not a number";
                    }
                }
                default -> fundsError = "Unknown funds type \"" + funds + "\"";
            }
            if (fundsError != null) {
                return new Detail(type, amount, "", "", "", f.rest(), fundsError, fields);
            }
            String bankRef = add(fields, f.next());
            String customerRef = add(fields, f.next());
            return new Detail(type, amount, valueDate, bankRef, customerRef, f.rest(), null, fields);
        }

        private static String add(List<String> fields, String value) {
            String v = nz(value);
            fields.add(v);
            return v;
        }
    }

    // ---------------------------------------------------------------- small helpers

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** YYMMDD, years 20YY. */
    static LocalDate date(String s) {
        if (s == null || !s.matches("\\d{6}")) {
            return null;
        }
        try {
            return LocalDate.of(2000 + Integer.parseInt(s.substring(0, 2)), Integer.parseInt(s.substring(2, 4)),
                    Integer.parseInt(s.substring(4, 6)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Implied decimals of a BAI2 amount: the currency's minor units, 2 when unknown. */
    private static int decimals(String currency) {
        if (currency == null || currency.length() != 3) {
            return 2;
        }
        try {
            int d = Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    /** Banks pad text with runs of spaces. */
    private static String collapse(String s) {
        return s.replaceAll("\\s{2,}", " ").strip();
    }
}
