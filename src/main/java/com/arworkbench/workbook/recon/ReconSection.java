package com.arworkbench.workbook.recon;

import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.WorkbookSection;
import java.util.List;
import java.util.Map;

/**
 * The subledger-to-GL reconciliation: Summary, Pivot, Recon Data, Roll-forward and Unapplied Cash.
 * Every figure on Summary and Roll-forward is a live SUMIFS / COUNTIFS over the Recon Data table with
 * the engine's value cached; the checks recompute the difference by another route and tie the
 * subledger's rows read to the rows listed. Alone in its book ({@link #TEMPLATE}) its About says what
 * each source contributed; that needs {@link ReconInputsRead} among the book's results.
 */
public final class ReconSection implements WorkbookSection {

    public static final String TEMPLATE = "reconciliation.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String PIVOT = ReconPivot.NAME;
    public static final String DATA = ReconDataSheet.NAME;
    public static final String ROLL_FORWARD = RollForwardSheet.NAME;
    public static final String UNAPPLIED = UnappliedCashSheet.NAME;
    /** The Excel table over Recon Data; formulas refer to its columns as {@code ReconData[Amount]}. */
    public static final String TABLE = ReconDataSheet.TABLE;
    public static final String PIVOT_NAME = ReconPivot.PIVOT_NAME;

    private final ReconReport report;
    private final ExceptionsSheet exceptions;
    private final ReconSummarySheet summary;
    private final ReconDataSheet data;
    private final RollForwardSheet rollForward;
    private final UnappliedCashSheet unapplied;
    /** What {@link #write} wrote and was given; About reports from them. */
    private ReconTally tally;
    private SectionEnd end;

    /** The section on {@code book}, its summary on the sheet {@code summaryName}; before the book streams. */
    public ReconSection(ReportBook book, ReconReport report, String summaryName) {
        this(book.styled(), book.exceptions(), report, summaryName);
    }

    /**
     * The section on a book whose Exceptions sheet is {@code exceptions}. The template's placeholders
     * are the caller's to fill (see {@link #placeholders}). The Excel table and the pivot go onto the
     * template now, sized to the report's records.
     */
    private ReconSection(StyledWorkbook book, ExceptionsSheet exceptions, ReconReport report, String summaryName) {
        this.report = report;
        this.exceptions = exceptions;
        this.summary = new ReconSummarySheet(book, summaryName, report);
        this.data = new ReconDataSheet(book, report.records().size());
        this.rollForward = new RollForwardSheet(book, report);
        this.unapplied = new UnappliedCashSheet(book);
        ReconPivot.create(book, data, report);
    }

    /** The template placeholders the section knows ({@code asOf}, {@code glKind}); the job fills the rest. */
    public static Map<String, String> placeholders(ReconReport report) {
        return Map.of("asOf", report.parameters().asOf().toString(),
                "glKind", report.glHasDocuments() ? "detail lines, matched by document"
                        : "trial balance (no documents: items cannot be matched one by one)");
    }

    @Override
    public String name() {
        return "Reconciliation";
    }

    /**
     * Writes Summary, Recon Data, Roll-forward and Unapplied Cash; returns the reconciliation checks.
     * The numbered rows of Exceptions count as rows of the subledger export (rows of other inputs,
     * listed by any section, are text and not counted).
     */
    @Override
    public List<Check> write(SectionEnd end) {
        this.end = end;
        this.tally = data.write(report);
        Map<LedgerKey, ReconSummarySheet.Block> blocks = summary.write(report, tally);
        rollForward.write();
        unapplied.write(report);
        return new ReconChecks(report, summary, exceptions).of(tally, blocks, end);
    }

    @Override
    public List<Map.Entry<String, Object>> about(List<Map.Entry<String, Object>> provenance, String masterCheck) {
        return ReconAbout.entries(provenance, masterCheck, report, end.openItems(), tally, end.result(ReconInputsRead.class));
    }
}
