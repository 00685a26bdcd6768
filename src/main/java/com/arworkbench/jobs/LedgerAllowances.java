package com.arworkbench.jobs;

import com.arworkbench.allowance.LedgerAllowance;
import com.arworkbench.ingest.GeneralLedgerFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.GlLine;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The allowance account of a trial balance: given by the user, else recognised by its name ("Allowance for Doubtful
 * Accounts", "Provision for bad debts", "Wertberichtigung auf Forderungen" …), and the bad-debt expense account the
 * adjusting entry debits, likewise.
 */
final class LedgerAllowances {

    static final Pattern ALLOWANCE_NAME = Pattern.compile("(allowance|provision|reserve)s?\\s+for\\s+(doubtful|bad|"
            + "uncollectible|credit|expected\\s+credit)|doubtful\\s+(accounts|debts|receivables)|bad\\s+debts?\\s+"
            + "(provision|reserve|allowance)|expected\\s+credit\\s+loss(es)?\\s+allowance|wertberichtigung|delkredere",
            Pattern.CASE_INSENSITIVE);
    static final Pattern EXPENSE_NAME = Pattern.compile("bad\\s+debts?(\\s+expenses?)?$|bad\\s+debts?\\s+expense|"
            + "(doubtful\\s+accounts|credit\\s+loss(es)?|impairment)\\s+expense|uncollectible\\s+accounts\\s+expense|"
            + "forderungsverlust|abschreibungen?\\s+auf\\s+forderungen", Pattern.CASE_INSENSITIVE);
    static final String DEFAULT_EXPENSE = "Bad debt expense";

    private LedgerAllowances() {
    }

    static LedgerAllowance read(NamedFile tb, String account, String expense, BiConsumer<String, RejectedRow> notUsed,
                                List<Map.Entry<String, Object>> sources) throws IOException, UnreadableFileException {
        GeneralLedgerFile file = InputNames.named("trial balance", () -> GeneralLedgerFile.open(tb.path(), tb.name(),
                account == null ? List.of() : List.of(account), ALLOWANCE_NAME, "allowance account",
                "'Allowance for Doubtful Accounts', 'Provision for bad debts', 'Wertberichtigung'",
                "--allowance-account (API field allowanceAccount)"));
        if (file.shape() != GeneralLedgerFile.Shape.TRIAL_BALANCE) {
            throw new UnreadableFileException("The trial balance " + tb.name() + " is " + file.shape().label()
                    + ": the allowance is compared with an account balance; export the trial balance instead.");
        }
        List<GlLine> lines = new ArrayList<>();
        file.read(GeneralLedgerFile.Sink.of(lines::add, r -> notUsed.accept(tb.name(), r)));
        if (lines.isEmpty()) {
            throw new UnreadableFileException("The trial balance " + tb.name() + " has no balance for the allowance account "
                    + String.join(", ", file.arAccounts()) + ".");
        }
        java.util.Set<String> currencies = new java.util.TreeSet<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (GlLine l : lines) {
            balance = balance.add(l.amount());
            currencies.add(l.currency() == null ? "" : l.currency());
        }
        if (currencies.size() > 1) {
            throw new UnreadableFileException("The allowance account in " + tb.name() + " has balances in "
                    + String.join(", ", currencies) + ": give a trial balance in one currency.");
        }
        GlLine first = lines.get(0);
        String name = first.accountName() == null ? "" : first.accountName();
        String expenseAccount = expense(file.accounts(), expense, first.account());
        sources.add(Map.entry("Trial balance", tb.name() + " · SHA-256 " + file.source().sha256() + " · allowance account "
                + first.account() + " " + name + " (" + file.accountsHow() + ") · balance " + balance.toPlainString()
                + " · expense account " + expenseAccount));
        // An allowance is a credit balance: held = −(debit-positive balance).
        return new LedgerAllowance(first.account(), name, balance.negate(), currencies.iterator().next(), tb.name(),
                expenseAccount);
    }

    /** The expense account: given (with its name when the file has it), else found by name, else a plain label. */
    private static String expense(Map<String, String> accounts, String given, String allowanceAccount) {
        if (given != null && !given.isBlank()) {
            String name = accounts.get(given.strip());
            return name == null || name.isEmpty() ? given.strip() : given.strip() + " " + name;
        }
        for (Map.Entry<String, String> e : accounts.entrySet()) {
            if (!e.getKey().equals(allowanceAccount) && EXPENSE_NAME.matcher(e.getValue().strip()).find()) {
                return e.getKey() + " " + e.getValue();
            }
        }
        return DEFAULT_EXPENSE;
    }
}
