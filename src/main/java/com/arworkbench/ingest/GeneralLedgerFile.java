package com.arworkbench.ingest;

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
import com.arworkbench.model.GlControlTotal;
import com.arworkbench.model.GlLine;
import com.arworkbench.model.GlMovement;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A general-ledger export: a trial balance (one row per account) or the account's detail lines.
 * Only the AR control accounts are reconciled: given by the user, or recognised by their name
 * ("Accounts Receivable", "Forderungen aus Lieferungen und Leistungen", "Debtors", …).
 */
public final class GeneralLedgerFile {

    /** Names AR control accounts go by. */
    private static final Pattern AR_ACCOUNT_NAME = Pattern.compile(
            "accounts?\\s+receivable|trade\\s+receivables?|receivables?\\s+control|a/r\\b|debtors|debitoren"
                    + "|forderungen\\s+aus\\s+lieferungen|forderungen\\s+aus\\s+l\\s*u\\s*l|clients|cr[ée]ances\\s+clients",
            Pattern.CASE_INSENSITIVE);
    private static final int ACCOUNTS_LISTED = 12;

    public enum Shape {
        TRIAL_BALANCE("trial balance (one balance per account)"),
        DETAIL("account detail lines (postings with dates and references)");

        private final String label;

        Shape(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Receives the AR control account lines and the rows not used, in source order. */
    public interface Sink {
        void line(GlLine line);

        void notUsed(RejectedRow row);

        /** A sink from two callbacks: the AR lines, and the rows not used. */
        static Sink of(java.util.function.Consumer<GlLine> lines, java.util.function.Consumer<RejectedRow> notUsed) {
            return new Sink() {
                @Override
                public void line(GlLine line) {
                    lines.accept(line);
                }

                @Override
                public void notUsed(RejectedRow row) {
                    notUsed.accept(row);
                }
            };
        }
    }

    /**
     * Counts of a read; rowsRead = header + AR lines + other accounts + every disposition.
     *
     * @param otherAccountAmounts the signed sums of the other accounts' lines per currency (as the file
     *                            gives it, "" when it has none): a grand total covers them too
     * @param controlTotals       the export's own total rows that an AR account or the whole export
     *                            can be tied to, in file order
     * @param movements           a trial balance's Initial balance / Debit / Credit of each AR line (empty
     *                            for detail lines, or a trial balance without those columns)
     */
    public record Summary(long rowsRead, long arLines, long otherAccountLines, Map<RowDisposition, Long> dispositions,
                          Map<String, BigDecimal> otherAccountAmounts, List<GlControlTotal> controlTotals,
                          List<GlMovement> movements) {
        public long count(RowDisposition d) {
            return dispositions.getOrDefault(d, 0L);
        }
    }

    /** "Total 11000 Accounts Receivable", "Total - 1200", "Summe 140000", "* 140000": the words before the account. */
    /** A trial balance's opening column: "Initial balance" (Odoo), "Opening Balance", "Beginning Balance", "Anfangsbestand" … */
    private static final Pattern OPENING_HEADER = Pattern.compile(
            "^(initial|opening|beginning|start(ing)?)\\s+balance$|^balance\\s+(brought\\s+)?forward$|^anfangs(bestand|saldo)$"
                    + "|^saldovortrag$|^er[öo]ffnungssaldo$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOTAL_PREFIX = Pattern.compile(
            "^(sub-?total|total|zwischensumme|summe|\\*+)\\s*(for\\b|of\\b|-|–|:)?\\s*", Pattern.CASE_INSENSITIVE);

    private final SourceFile source;
    private final SniffResult sniff;
    private final TableReader reader;
    private final Layout layout;
    private final Shape shape;
    private final Set<String> arAccounts;
    private final String accountsHow;
    /** Every account of the file (number, else name) with its name: a total row's label names one of them. */
    private final Map<String, String> accounts;
    /** {@link #accounts} by every way a total's label may name one, built at the first total row. */
    private Map<String, String> accountIndex;

    private GeneralLedgerFile(SourceFile source, SniffResult sniff, TableReader reader, Layout layout, Shape shape,
                              Set<String> arAccounts, String accountsHow, Map<String, String> accounts) {
        this.accounts = accounts;
        this.source = source;
        this.sniff = sniff;
        this.reader = reader;
        this.layout = layout;
        this.shape = shape;
        this.arAccounts = arAccounts;
        this.accountsHow = accountsHow;
    }

    /**
     * @param accounts the AR control accounts to reconcile (numbers, or names), or empty to recognise
     *                 them by name
     */
    public static GeneralLedgerFile open(Path path, String displayName, List<String> accounts)
            throws IOException, UnreadableFileException {
        return open(path, displayName, accounts, AR_ACCOUNT_NAME, "AR control account", "'Accounts Receivable', "
                + "'Forderungen aus Lieferungen und Leistungen', 'Debtors'", "--gl-accounts (API field glAccounts)");
    }

    /**
     * The lines of other accounts than the AR control accounts: those given, else those whose number and name
     * {@code byName} finds ({@code what}, {@code examples} and {@code option} name them in the message when none is).
     */
    public static GeneralLedgerFile open(Path path, String displayName, List<String> accounts, Pattern byName,
                                         String what, String examples, String option)
            throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Layout layout = LayoutDetector.detect(reader, sniff, IngestOptions.detect(), TableKind.GENERAL_LEDGER);
        ColumnMapping m = layout.mapping();
        Shape shape = m.has(Field.DOCUMENT_NUMBER) || m.has(Field.POSTING_DATE) || m.has(Field.DOCUMENT_DATE)
                ? Shape.DETAIL : Shape.TRIAL_BALANCE;
        // Which accounts the file has: one cheap pass, the distinct accounts are few.
        Map<String, String> seen = new LinkedHashMap<>();
        reader.read(row -> {
            if (row.rowNumber() > layout.headerRow() && !row.isBlank() && !totalRow(row, m)) {
                String account = cell(row, m, Field.ACCOUNT);
                if (!account.isEmpty() || !cell(row, m, Field.ACCOUNT_NAME).isEmpty()) {
                    seen.putIfAbsent(account.isEmpty() ? cell(row, m, Field.ACCOUNT_NAME) : account, cell(row, m, Field.ACCOUNT_NAME));
                }
            }
            return seen.size() < 100_000;
        });
        Set<String> chosen = new LinkedHashSet<>();
        String how;
        if (accounts != null && !accounts.isEmpty()) {
            for (String want : accounts) {
                String w = want.strip().toLowerCase(Locale.ROOT);
                seen.forEach((acct, name) -> {
                    String a = acct.toLowerCase(Locale.ROOT);
                    if (a.equals(w) || a.startsWith(w + " ") || a.startsWith(w + "-") || name.equalsIgnoreCase(w)) {
                        chosen.add(acct);
                    }
                });
            }
            how = "given: " + String.join(", ", accounts);
            if (chosen.isEmpty()) {
                throw new UnreadableFileException("The GL export has none of the accounts " + accounts + ". Accounts in it: "
                        + listed(seen) + ".");
            }
        } else {
            seen.forEach((acct, name) -> {
                if (byName.matcher(acct + " " + name).find()) {
                    chosen.add(acct);
                }
            });
            how = "recognised by name";
            if (chosen.isEmpty()) {
                throw new UnreadableFileException("No " + what + " found in the GL export by name (e.g. " + examples
                        + "). Accounts in it: " + listed(seen) + ". Name the account(s) with " + option + ".");
            }
        }
        // In the file's (or the user's) order: Set.copyOf would order them differently from one run to the next.
        return new GeneralLedgerFile(source, sniff, reader, layout, shape, java.util.Collections.unmodifiableSet(chosen), how,
                java.util.Collections.unmodifiableMap(seen));
    }

    public Summary read(Sink sink) throws IOException, UnreadableFileException {
        ColumnMapping m = layout.mapping();
        Map<RowDisposition, Long> counts = new LinkedHashMap<>();
        long[] n = new long[3]; // rows, AR lines, other accounts
        Map<String, BigDecimal> otherAmounts = new java.util.TreeMap<>();
        List<GlControlTotal> controls = new ArrayList<>();
        List<GlMovement> movements = new ArrayList<>();
        int opening = openingColumn(m);
        List<String> headerTexts = m.headers();
        reader.read(row -> {
            n[0]++;
            RowDisposition structural = structural(row, m, headerTexts);
            if (structural != null) {
                counts.merge(structural, 1L, Long::sum);
                if (structural != RowDisposition.BLANK && structural != RowDisposition.HEADER) {
                    BigDecimal total = null;
                    String reason = structural.label();
                    if (structural == RowDisposition.TOTAL || structural == RowDisposition.SUBTOTAL) {
                        total = amount(row, m).orElse(null);
                        GlControlTotal c = control(row, m, total);
                        if (c != null) {
                            controls.add(c);
                            reason = c.wholeExport() ? "Total row of the GL export: its control total, tied on Checks"
                                    : "Total row of account " + c.account() + ": its control total, tied on Checks";
                        } else {
                            reason = structural == RowDisposition.TOTAL ? "Total row of the GL export" : "Subtotal of another account or group";
                        }
                    }
                    sink.notUsed(new RejectedRow(row.rowNumber(), structural, reason, row.values(), total,
                            cell(row, m, Field.CURRENCY).toUpperCase(Locale.ROOT)));
                }
                return true;
            }
            String account = cell(row, m, Field.ACCOUNT);
            String key = account.isEmpty() ? cell(row, m, Field.ACCOUNT_NAME) : account;
            if (!arAccounts.contains(key)) {
                n[2]++;
                // A grand total covers every account: the other accounts' lines are summed, though not listed.
                amount(row, m).ifPresent(a -> otherAmounts.merge(cell(row, m, Field.CURRENCY).toUpperCase(Locale.ROOT), a,
                        BigDecimal::add));
                return true;
            }
            Optional<BigDecimal> amount = amount(row, m);
            if (amount.isEmpty()) {
                counts.merge(RowDisposition.REJECTED, 1L, Long::sum);
                sink.notUsed(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED, "GL amount missing or not a number"
                        + GlControlTotal.accountTag(key), row.values(), null, cell(row, m, Field.CURRENCY).toUpperCase(Locale.ROOT)));
                return true;
            }
            LocalDate date = null;
            String dateText = m.has(Field.POSTING_DATE) ? cell(row, m, Field.POSTING_DATE) : cell(row, m, Field.DOCUMENT_DATE);
            if (!dateText.isEmpty()) {
                Field f = m.has(Field.POSTING_DATE) ? Field.POSTING_DATE : Field.DOCUMENT_DATE;
                date = DateParser.parse(dateText, layout.dateOrder(f)).orElse(null);
                if (date == null) {
                    counts.merge(RowDisposition.REJECTED, 1L, Long::sum);
                    sink.notUsed(new RejectedRow(row.rowNumber(), RowDisposition.REJECTED, "GL date '" + dateText
                            + "' is not a valid date" + GlControlTotal.accountTag(key), row.values(), amount.get(),
                            cell(row, m, Field.CURRENCY).toUpperCase(Locale.ROOT)));
                    return true;
                }
            }
            n[1]++;
            if (opening >= 0) {
                movement(row, m, opening).ifPresent(movements::add);
            }
            sink.line(new GlLine(row.rowNumber(), key, cell(row, m, Field.ACCOUNT_NAME), cell(row, m, Field.ENTITY),
                    cell(row, m, Field.CURRENCY).toUpperCase(Locale.ROOT), cell(row, m, Field.PERIOD), date,
                    cell(row, m, Field.DOCUMENT_NUMBER), cell(row, m, Field.DESCRIPTION), cell(row, m, Field.CUSTOMER),
                    amount.get()));
            return true;
        });
        return new Summary(n[0], n[1], n[2], java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(counts)),
                java.util.Collections.unmodifiableMap(otherAmounts), List.copyOf(controls), List.copyOf(movements));
    }

    /** The opening-balance column of a trial balance with debit, credit and balance columns, or -1. */
    private int openingColumn(ColumnMapping m) {
        if (shape != Shape.TRIAL_BALANCE || !m.has(Field.DEBIT) || !m.has(Field.CREDIT) || !m.has(Field.BALANCE)) {
            return -1;
        }
        List<String> headers = m.headers();
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i) != null && OPENING_HEADER.matcher(headers.get(i).strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** A trial balance line's opening, debits and credits; empty when one cannot be read (the roll-forward check then says so). */
    private Optional<GlMovement> movement(RawRow row, ColumnMapping m, int opening) {
        NumberStyle style = layout.numberStyle();
        Optional<BigDecimal> o = AmountParser.parse(row.cell(opening).strip(), style).map(AmountParser.Amount::value);
        Optional<BigDecimal> d = AmountParser.parse(cell(row, m, Field.DEBIT), style).map(AmountParser.Amount::value);
        Optional<BigDecimal> c = AmountParser.parse(cell(row, m, Field.CREDIT), style).map(AmountParser.Amount::value);
        return o.isPresent() && d.isPresent() && c.isPresent()
                ? Optional.of(new GlMovement(row.rowNumber(), cell(row, m, Field.ENTITY), cell(row, m, Field.CURRENCY)
                        .toUpperCase(Locale.ROOT), o.get(), d.get(), c.get()))
                : Optional.empty();
    }

    /**
     * A total row as a control total: of an AR account when its account cell or its label names one,
     * of the whole export when it names no account (its amount null when it cannot be read); null for
     * a total of another account or group.
     */
    private GlControlTotal control(RawRow row, ColumnMapping m, BigDecimal amount) {
        String label = totalLabel(row, m);
        String currency = cell(row, m, Field.CURRENCY).toUpperCase(Locale.ROOT);
        String account = cell(row, m, Field.ACCOUNT);
        if (account.isEmpty() || account.equals(label)) {
            account = cell(row, m, Field.ACCOUNT_NAME);
        }
        String named = account.isEmpty() || account.equals(label)
                ? TOTAL_PREFIX.matcher(label == null ? "" : label).replaceFirst("").strip() : account;
        if (named.isEmpty()) {
            return new GlControlTotal(row.rowNumber(), label, "", currency, amount);
        }
        String key = accountNamed(named);
        return key != null && arAccounts.contains(key) ? new GlControlTotal(row.rowNumber(), label, key, currency, amount) : null;
    }

    /**
     * The account (as the lines key it) a total's text names: by number ("1200", "1200 Accounts
     * Receivable"), by name, or by both. An index, not a scan: a hostile file may hold many accounts
     * and many total rows.
     */
    private String accountNamed(String text) {
        if (accountIndex == null) {
            accountIndex = new java.util.HashMap<>();
            accounts.forEach((key, name) -> {
                String k = key.toLowerCase(Locale.ROOT);
                for (String alias : new String[] {k, number(k), name.toLowerCase(Locale.ROOT),
                        k + " " + name.toLowerCase(Locale.ROOT), k + " - " + name.toLowerCase(Locale.ROOT)}) {
                    if (!alias.isBlank()) {
                        accountIndex.putIfAbsent(alias, key);
                    }
                }
            });
        }
        String t = text.toLowerCase(Locale.ROOT);
        String key = accountIndex.get(t);
        return key != null || number(t).isEmpty() ? key : accountIndex.get(number(t));
    }

    /** The account number a text starts with ("11000" of "11000 accounts receivable"), or "" when its first word has no digit. */
    private static String number(String s) {
        int space = s.indexOf(' ');
        String first = space < 0 ? s : s.substring(0, space);
        return first.chars().anyMatch(Character::isDigit) ? first : "";
    }

    /** Signed, debit positive: a signed amount column, else debit minus credit, else the balance. */
    private Optional<BigDecimal> amount(RawRow row, ColumnMapping m) {
        NumberStyle style = layout.numberStyle();
        if (shape == Shape.TRIAL_BALANCE && m.has(Field.BALANCE)) {
            return AmountParser.parse(cell(row, m, Field.BALANCE), style).map(AmountParser.Amount::value);
        }
        if (m.has(Field.AMOUNT)) {
            return AmountParser.parse(cell(row, m, Field.AMOUNT), style).map(AmountParser.Amount::value);
        }
        if (m.has(Field.DEBIT) && m.has(Field.CREDIT)) {
            String d = cell(row, m, Field.DEBIT);
            String c = cell(row, m, Field.CREDIT);
            if (d.isEmpty() && c.isEmpty()) {
                return Optional.empty();
            }
            Optional<BigDecimal> debit = d.isEmpty() ? Optional.of(BigDecimal.ZERO) : AmountParser.parse(d, style).map(AmountParser.Amount::value);
            Optional<BigDecimal> credit = c.isEmpty() ? Optional.of(BigDecimal.ZERO) : AmountParser.parse(c, style).map(AmountParser.Amount::value);
            return debit.isPresent() && credit.isPresent() ? Optional.of(debit.get().subtract(credit.get())) : Optional.empty();
        }
        return AmountParser.parse(cell(row, m, Field.BALANCE), style).map(AmountParser.Amount::value);
    }

    private RowDisposition structural(RawRow row, ColumnMapping m, List<String> headerTexts) {
        if (row.isBlank()) {
            return RowDisposition.BLANK;
        }
        if (row.rowNumber() < layout.headerRow()) {
            return RowDisposition.PREAMBLE;
        }
        if (row.rowNumber() == layout.headerRow()) {
            return RowDisposition.HEADER;
        }
        int same = 0;
        for (int i = 0; i < headerTexts.size(); i++) {
            if (!headerTexts.get(i).isEmpty() && row.cell(i).strip().equalsIgnoreCase(headerTexts.get(i))) {
                same++;
            }
        }
        if (same >= 2) {
            return RowDisposition.REPEATED_HEADER;
        }
        String label = totalLabel(row, m);
        if (label != null) {
            return TotalRows.GRAND_TOTAL.matcher(label).matches() ? RowDisposition.TOTAL : RowDisposition.SUBTOTAL;
        }
        return null;
    }

    /** The label of a total row ("Total", "*", "Summe" …, never on a row with a document), or null. */
    private static String totalLabel(RawRow row, ColumnMapping m) {
        return cell(row, m, Field.DOCUMENT_NUMBER).isEmpty() ? TotalRows.label(row, m.index(Field.AMOUNT),
                m.index(Field.DEBIT), m.index(Field.CREDIT), m.index(Field.BALANCE), m.index(Field.ACCOUNT_NAME)) : null;
    }

    /** A total row is no account, though its label often stands in the account column (Odoo, NetSuite "Total"). */
    private static boolean totalRow(RawRow row, ColumnMapping m) {
        return totalLabel(row, m) != null;
    }

    private static String cell(RawRow row, ColumnMapping m, Field f) {
        return m.has(f) ? row.cell(m.index(f)).strip() : "";
    }

    private static String listed(Map<String, String> seen) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : seen.entrySet()) {
            if (out.size() == ACCOUNTS_LISTED) {
                out.add("… (" + seen.size() + " in all)");
                break;
            }
            out.add(e.getValue().isEmpty() || e.getValue().equals(e.getKey()) ? e.getKey() : e.getKey() + " " + e.getValue());
        }
        return String.join(", ", out);
    }

    /** Every account of the file (number, else name) with its name, in file order. */
    public Map<String, String> accounts() {
        return accounts;
    }

    public SourceFile source() {
        return source;
    }

    public SniffResult sniff() {
        return sniff;
    }

    public Layout layout() {
        return layout;
    }

    public Shape shape() {
        return shape;
    }

    public Set<String> arAccounts() {
        return arAccounts;
    }

    public String accountsHow() {
        return accountsHow;
    }
}
