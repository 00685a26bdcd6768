package com.arworkbench.workbook.recon;

import static com.arworkbench.workbook.recon.ReconDataSheet.ACCOUNT;
import static com.arworkbench.workbook.recon.ReconDataSheet.CURRENCY;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_GL;
import static com.arworkbench.workbook.recon.ReconFormulas.countifs;
import static com.arworkbench.workbook.recon.ReconFormulas.crit;
import static com.arworkbench.workbook.recon.ReconFormulas.round;
import static com.arworkbench.workbook.recon.ReconFormulas.sumifs;

import com.arworkbench.model.GlControlTotal;
import com.arworkbench.recon.GlExport;
import com.arworkbench.recon.GlRollForward;
import com.arworkbench.recon.ReconRecord;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.RowTieOut;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The GL side made as complete as the subledger's: the GL lines on Recon Data tied to the export's
 * own total rows (per AR account or for the whole export, per currency), every GL row read accounted
 * for, and the GL detail's roll-forward closing on its balance at the cut-off.
 */
final class GlChecks {

    /** Total rows compared at most: each is a line of Checks with whole-column SUMIFS; a hostile file may hold thousands. */
    static final int MAX_TOTALS = 100;

    private final ReconReport report;
    private final ExceptionsSheet exceptions;
    /** The GL lines the engine put on Recon Data: account → currency → sum, the cached values of the SUMIFS. */
    private final Map<String, Map<String, BigDecimal>> glAmounts = new TreeMap<>();

    GlChecks(ReconReport report, ExceptionsSheet exceptions) {
        this.report = report;
        this.exceptions = exceptions;
        for (ReconRecord r : report.records()) {
            if (ReconRecord.GL.equals(r.source())) {
                glAmounts.computeIfAbsent(r.account(), a -> new TreeMap<>()).merge(r.currency(), r.amount(), BigDecimal::add);
            }
        }
    }

    void addTo(List<Check> list, ReconTally tally) {
        GlExport g = report.glExport();
        if (g == null) {
            return;
        }
        if (g.controlTotals().isEmpty()) {
            list.add(Check.notApplicable("GL export's own total", "The GL export has no total row (of an AR account or "
                    + "of the whole export) to compare its lines with"));
        }
        g.controlTotals().stream().limit(MAX_TOTALS).forEach(t -> list.add(controlTotal(g, t)));
        if (g.controlTotals().size() > MAX_TOTALS) {
            list.add(Check.notApplicable("GL export's own totals after the first " + MAX_TOTALS, (g.controlTotals().size() - MAX_TOTALS)
                    + " more total rows are not compared (a real export has a few per AR account and currency; "
                    + "these are probably page totals)"));
        }
        list.add(new RowAccounting(new RowTieOut(g.rowsRead(), g.blankRows(), g.headerRows(), Map.of()))
                .place(countifs(FROM_GL), tally.count(ReconRecord.GL))
                .place(ExceptionsSheet.otherFileRowsFormula(g.fileName()), exceptions.otherFileRows(g.fileName()))
                .place(String.valueOf(g.otherAccountLines()), g.otherAccountLines())
                .check("Every GL row read is accounted for", "Rows read = GL records on Recon Data + GL rows on Exceptions + "
                        + g.otherAccountLines() + " lines of accounts not reconciled", ""));
        for (GlRollForward rf : report.glRollForwards()) {
            list.add(rollForward(rf));
        }
    }

    /** One total row against the GL lines it covers, the rejected ones, and (for the whole export) the other accounts. */
    private Check controlTotal(GlExport g, GlControlTotal t) {
        String account = t.wholeExport() ? null : t.account();
        Set<String> currencies = new TreeSet<>();
        glAmounts.forEach((a, byCurrency) -> {
            if (account == null || account.equals(a)) {
                currencies.addAll(byCurrency.keySet());
            }
        });
        if (account == null) {
            g.otherAccountAmounts().keySet().stream().filter(c -> !c.isEmpty()).forEach(currencies::add);
        }
        String name = "GL export's own total, row " + t.sourceRow() + " (" + (account == null ? "whole export" : "account " + account)
                + (t.currency().isEmpty() ? "" : ", " + t.currency()) + ")";
        if (t.amount() == null) {
            return Check.notApplicable(name, "The total row '" + t.label() + "' has no amount that can be read");
        }
        if (t.currency().isEmpty() && currencies.size() > 1) {
            return Check.notApplicable(name, "The total row names no currency, and its lines are in " + String.join(", ", currencies)
                    + ": amounts in two currencies are never added");
        }
        String currency = t.currency().isEmpty() ? null : t.currency();
        String reasonEnd = account == null ? null : GlControlTotal.accountTag(account);
        String formula = sumifs(FROM_GL + (account == null ? "" : crit(ACCOUNT, account)) + (currency == null ? "" : crit(CURRENCY, currency)))
                + "+" + ExceptionsSheet.otherFileRejectedAmountFormula(g.fileName(), currency, reasonEnd);
        BigDecimal actual = BigDecimal.ZERO;
        for (Map.Entry<String, Map<String, BigDecimal>> e : glAmounts.entrySet()) {
            if (account == null || account.equals(e.getKey())) {
                for (Map.Entry<String, BigDecimal> c : e.getValue().entrySet()) {
                    actual = currency == null || currency.equals(c.getKey()) ? actual.add(c.getValue()) : actual;
                }
            }
        }
        actual = actual.add(exceptions.otherFileRejectedAmount(g.fileName(), currency, reasonEnd));
        String note = "The total row '" + t.label() + "' vs. the GL lines on Recon Data and the amounts of its rejected rows";
        if (account == null) {
            // A grand total covers every account; the other accounts' lines are read and summed, not listed.
            BigDecimal others = currency == null ? g.otherAccountAmounts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    : g.otherAccountAmounts().getOrDefault(currency, BigDecimal.ZERO);
            formula += plus(others);
            actual = actual.add(others);
            note += ", plus " + others.toPlainString() + " on the " + g.otherAccountLines() + " lines of accounts not reconciled";
        }
        return Check.of(name + " = GL lines + rejected rows", null, t.amount(), round(formula), actual, note);
    }

    private Check rollForward(GlRollForward rf) {
        String label = rf.key().label().isEmpty() ? "" : " (" + rf.key().label() + ")";
        String name = "GL roll-forward" + label + " closes: opening + debits + credits = GL balance at the cut-off";
        if (rf.fromTrialBalance()) {
            // The trial balance's own columns are figures of the export, not sums of records: they stand as numbers.
            String computed = rf.opening().toPlainString() + plus(rf.debits()) + plus(rf.credits());
            return Check.of(name, ReconFormulas.glClosing(rf.key()), rf.closing(), round(computed), rf.computedClosing(),
                    "The trial balance's own Initial balance + Debit − Credit of the AR accounts vs. their balances on Recon Data");
        }
        String computed = ReconFormulas.glOpening(rf.key(), rf.periodStart()) + "+"
                + ReconFormulas.glMovements(rf.key(), rf.periodStart(), report.parameters().asOf(), ">0") + "+"
                + ReconFormulas.glMovements(rf.key(), rf.periodStart(), report.parameters().asOf(), "<0");
        return Check.of(name, ReconFormulas.glClosing(rf.key()), rf.closing(), round(computed), rf.computedClosing(),
                "From the GL detail's AR lines: opening balance lines and lines before " + rf.periodStart()
                        + ", then the period's debits and credits" + (rf.undated() == 0 ? ""
                        : "; " + rf.undated() + " undated line(s) are in the balance but in no movement"));
    }

    /** {@code +12.00} or {@code -12.00}: a number added in a formula. */
    private static String plus(BigDecimal amount) {
        return (amount.signum() < 0 ? "" : "+") + amount.toPlainString();
    }
}
