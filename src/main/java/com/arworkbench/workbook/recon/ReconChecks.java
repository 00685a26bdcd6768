package com.arworkbench.workbook.recon;

import static com.arworkbench.workbook.recon.ReconDataSheet.CURRENCY;
import static com.arworkbench.workbook.recon.ReconDataSheet.STATUS;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_GL;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_SUBLEDGER;
import static com.arworkbench.workbook.recon.ReconFormulas.countifs;
import static com.arworkbench.workbook.recon.ReconFormulas.crit;
import static com.arworkbench.workbook.recon.ReconFormulas.round;
import static com.arworkbench.workbook.recon.ReconFormulas.sumifs;

import com.arworkbench.recon.LedgerComparison;
import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.MatchStatus;
import com.arworkbench.recon.ReconRecord;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.SheetRefs;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reconciliation's checks: the difference recomputed from Recon Data by another route than the
 * Summary's, the categories adding up to it, matched documents netting to zero, the subledger tied
 * to the engine's total and the export's own total, and every subledger row read accounted for.
 */
final class ReconChecks {

    private final ReconReport report;
    private final ReconSummarySheet summary;
    private final ExceptionsSheet exceptions;

    ReconChecks(ReconReport report, ReconSummarySheet summary, ExceptionsSheet exceptions) {
        this.report = report;
        this.summary = summary;
        this.exceptions = exceptions;
    }

    List<Check> of(ReconTally tally, Map<LedgerKey, ReconSummarySheet.Block> blocks, SectionEnd end) {
        List<Check> list = new ArrayList<>();
        for (LedgerComparison c : report.comparisons()) {
            ledger(list, c, blocks.get(c.key()), tally);
        }
        subledgerTotals(list, tally, end.openItems());
        // exportRows() is what COUNT finds: the numbered rows, whichever section of a pack listed them.
        list.add(new RowAccounting(end.openItems())
                .place(countifs(FROM_SUBLEDGER), tally.count(ReconRecord.SUBLEDGER))
                .place(RowAccounting.count(end.exceptionParts(), ExceptionsSheet.SOURCE_ROW.index()), exceptions.exportRows())
                .check("Every subledger row read is accounted for",
                        "Rows read = Subledger records on Recon Data + numbered rows on Exceptions",
                        " (rows of other files are referenced as text)"));
        new GlChecks(report, exceptions).addTo(list, tally);
        return list;
    }

    /** One entity and currency: its difference by another route, its categories, its matched documents. */
    private void ledger(List<Check> list, LedgerComparison c, ReconSummarySheet.Block b, ReconTally tally) {
        LedgerKey k = c.key();
        String label = k.label().isEmpty() ? "" : " (" + k.label() + ")";
        String where = ReconFormulas.ofLedger(k);
        String notAfter = "," + ReconDataSheet.TABLE + "[" + STATUS.header() + "],"
                + SheetRefs.text("<>" + MatchStatus.AFTER_CUT_OFF.label());
        // Another route than the Summary's: the GL lines not after the cut-off, in one SUMIFS.
        list.add(Check.of("Difference" + label + " = GL − subledger, recomputed from Recon Data",
                round(sumifs(FROM_GL + notAfter + where) + "-" + sumifs(FROM_SUBLEDGER + where)), c.difference(),
                summary.amountCell(b.difference()), c.difference(),
                "GL lines not dated after the cut-off − subledger items, straight from the table, vs. Summary"));
        // Every record outside Matched and After cut-off must sit in one category: a status in neither list breaks this.
        list.add(Check.of("Identified + to investigate" + label + " = difference", summary.amountCell(b.difference()),
                c.difference(), summary.amountCell(b.identified()) + "+" + summary.amountCell(b.toInvestigate()),
                c.identified().add(c.toInvestigate()),
                "The identified reconciling items plus the items to investigate add up to the difference"));
        if (report.glHasDocuments()) {
            String matched = crit(STATUS, MatchStatus.MATCHED.label()) + where;
            list.add(Check.of("Matched documents" + label + " net to zero", null, BigDecimal.ZERO,
                    round(sumifs(FROM_GL + matched) + "-" + sumifs(FROM_SUBLEDGER + matched)), tally.counts(k).matchedNet,
                    "GL − subledger amounts of the records marked Matched"));
        }
    }

    /** Per currency: the subledger on Recon Data against the engine's total, and against the export's own total row. */
    private void subledgerTotals(List<Check> list, ReconTally tally, RowTieOut tieOut) {
        Map<String, BigDecimal> subledgerByCurrency = new TreeMap<>();
        for (LedgerComparison c : report.comparisons()) {
            subledgerByCurrency.merge(c.key().currency(), c.subledger(), BigDecimal::add);
        }
        boolean single = subledgerByCurrency.size() <= 1;
        for (Map.Entry<String, BigDecimal> e : subledgerByCurrency.entrySet()) {
            String currency = e.getKey();
            String label = currency.isEmpty() ? "" : " (" + currency + ")";
            String inTable = sumifs(FROM_SUBLEDGER + (single ? "" : crit(CURRENCY, currency)));
            BigDecimal items = tally.subledgerAmount(single ? null : currency);
            list.add(Check.of("Subledger items on Recon Data" + label + " = subledger total read", null, e.getValue(),
                    inTable, items, "The engine's subledger total vs. the Subledger rows of the table"));
            BigDecimal control = tieOut.controlTotal(currency, single);
            if (control != null) {
                BigDecimal unused = single ? exceptions.unusedAmountAll() : exceptions.unusedAmount(currency);
                list.add(Check.of("Export's own total" + label + " = subledger items + rejected rows", null, control,
                        inTable + "+" + ExceptionsSheet.unusedAmountFormula(single ? null : currency), items.add(unused),
                        "The grand total row of the subledger export vs. its items and the amounts on its rejected rows"));
            } else {
                list.add(Check.notApplicable("Export's own total" + label,
                        "The subledger export has no grand total row" + (currency.isEmpty() ? "" : " for " + currency)
                                + " to compare with"));
            }
        }
    }
}
