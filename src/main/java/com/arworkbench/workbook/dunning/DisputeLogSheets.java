package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.Exclusion;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The dispute log's sheets in the dunning section: Disputes (open cases), Closed disputes and Dispute summary, and
 * the checks that tie the log to the worklist:
 * <ul>
 *   <li>every item held back as disputed (Rule "Disputed" on Excluded) is counted in Items held back of its case: an
 *       open one, or the closed one that still rules it;</li>
 *   <li>every open case's document is in the export (the run closes the others);</li>
 *   <li>cases carried + opened + reopened − closed = open cases now.</li>
 * </ul>
 */
final class DisputeLogSheets {

    private final DisputeSummarySheet summary;
    private final DisputesSheet active;
    private final ClosedDisputesSheet closed;

    /** Declares the sheets: before the book streams. */
    DisputeLogSheets(StyledWorkbook book) {
        this.active = new DisputesSheet(book);
        this.closed = new ClosedDisputesSheet(book);
        this.summary = new DisputeSummarySheet(book);
    }

    /** Writes the three sheets ({@code report} null: empty, for a run without a dispute log); returns the checks. */
    List<Check> write(DisputeLogReport report, DunningReport dunning, List<SheetTable.Part> excludedParts) {
        DisputeColumns.Refs refs = summary.refs(report);
        SheetTable.Part a = active.write(report, refs);
        SheetTable.Part c = closed.write(report, refs);
        summary.write(report, a, c);
        if (report == null) {
            return List.of();
        }
        List<Check> checks = new ArrayList<>();
        long disputedExcluded = dunning.excluded().stream().filter(x -> x.rule() == Exclusion.DISPUTED).count();
        StringBuilder excluded = new StringBuilder();
        for (SheetTable.Part p : excludedParts) {
            excluded.append(excluded.length() == 0 ? "" : "+").append("COUNTIF(")
                    .append(SheetRefs.wholeColumn(p.sheetName(), ExcludedSheet.RULE.index())).append(",")
                    .append(SheetRefs.text(Exclusion.DISPUTED.label())).append(")");
        }
        long heldBack = report.active().stream().mapToLong(DisputeLogReport.Row::heldBackItems).sum()
                + report.closed().stream().mapToLong(DisputeLogReport.Row::heldBackItems).sum();
        checks.add(Check.count("Disputed items held back = items held back by cases", excluded.length() == 0 ? "0" : excluded.toString(),
                BigDecimal.valueOf(disputedExcluded),
                "SUM(" + data(a, DisputeColumns.HELD_BACK) + ")+SUM(" + data(c, DisputeColumns.HELD_BACK) + ")",
                BigDecimal.valueOf(heldBack),
                "Items on Excluded with Rule 'Disputed' vs. Items held back of the cases on Disputes and Closed disputes: every "
                        + "disputed item held back from dunning has its case"));
        long open = report.active().size();
        long inExport = report.active().stream().filter(DisputeLogReport.Row::inExport).count();
        checks.add(Check.count("Open dispute cases are in the export", "COUNTA(" + data(a, DisputeColumns.CASE) + ")",
                BigDecimal.valueOf(open), "COUNTIF(" + data(a, DisputeColumns.IN_EXPORT) + ",\"Yes\")",
                BigDecimal.valueOf(inExport), "Cases on Disputes vs. those whose document is in this export (the run "
                        + "closes a case whose document left it)"));
        long expected = (long) report.carried() + report.opened() + report.reopened() - report.closedThisRun();
        checks.add(Check.count("Dispute cases carried + opened + reopened − closed = open", report.carried() + "+"
                        + report.opened() + "+" + report.reopened() + "-" + report.closedThisRun(), BigDecimal.valueOf(expected),
                "COUNTA(" + data(a, DisputeColumns.CASE) + ")", BigDecimal.valueOf(open),
                "Cases on last run's Disputes sheet, opened by this run, reopened from Closed disputes and closed by this "
                        + "run vs. the cases on Disputes now: no case is lost"));
        return checks;
    }

    /** The data cells of a column (the header row when the table is empty, which neither COUNTA nor COUNTIF counts as data). */
    private static String data(SheetTable.Part p, ColumnSchema.Handle column) {
        if (p.lastRow() <= p.headerRow()) {
            return SheetRefs.absolute(p.sheetName(), column.index(), p.headerRow() + 2);
        }
        return SheetRefs.quote(p.sheetName()) + "!$" + column.letter() + "$" + (p.firstDataRow() + 1) + ":$" + column.letter()
                + "$" + (p.lastRow() + 1);
    }
}
