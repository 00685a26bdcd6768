package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.WorkbookSection;
import java.util.List;
import java.util.Map;

/**
 * The dunning section, from the engine's {@link DunningReport}: Worklist, Items, Letters, Excluded and
 * Top 10, the dunning checks and, as a book's only section, the dunning About (policy, counts).
 * Worklist, Items and Excluded carry the collectors' editable columns with the headers of
 * {@link WorklistSheets}: the next run reads them back.
 */
public final class DunningSection implements WorkbookSection {

    /** The single dunning job's template. */
    public static final String TEMPLATE = "dunning.xlsx";
    public static final String WORKLIST = WorklistSheet.NAME;
    public static final String ITEMS = ItemsSheet.NAME;
    public static final String LETTERS = LettersSheet.NAME;
    public static final String EXCLUDED = ExcludedSheet.NAME;
    public static final String TOP_10 = TopTenSheet.NAME;
    public static final String CREDIT_REVIEW = CreditReviewSheet.NAME;
    public static final String DISPUTES = DisputesSheet.NAME;
    public static final String CLOSED_DISPUTES = ClosedDisputesSheet.NAME;
    public static final String DISPUTE_SUMMARY = DisputeSummarySheet.NAME;
    public static final String CONTACT_LOG = ContactLogSheet.NAME;
    public static final String PAYMENT_PLANS = PaymentPlansSheet.NAME;
    /** Every sheet the section writes: a pack without dunning drops them all from its template. */
    public static final List<String> SHEETS = List.of(WORKLIST, ITEMS, LETTERS, EXCLUDED, CONTACT_LOG, PAYMENT_PLANS, TOP_10,
            CREDIT_REVIEW, DISPUTES, CLOSED_DISPUTES, DISPUTE_SUMMARY);

    private final DunningParameters parameters;
    private final ExceptionsSheet exceptions;
    private final WorklistSheet worklist;
    private final ItemsSheet items;
    private final LettersSheet letters;
    private final ExcludedSheet excluded;
    private final TopTenSheet top;
    private final ContactLogSheet contactLog;
    private final PaymentPlansSheet plans;
    private final DisputeLogSheets disputes;
    private final CreditReviewSheet creditReview;
    private PreviousWorklist previous = PreviousWorklist.none();
    /** The report written, for About. */
    private DunningReport report;
    /** The dispute log written, for About; null when the job kept none. */
    private DisputeLogReport disputeLog;

    /** Declares the dunning sheets on the book; add the section to it before it streams. */
    public DunningSection(ReportBook book, DunningParameters p) {
        this(book, p, 0);
    }

    /**
     * Declares the dunning sheets on a book that also has the collection forecast over {@code forecastWeeks} weeks
     * (0: none): Worklist then shows each customer's next expected payment from the {@code KpiReport} the book is
     * finished with.
     */
    public DunningSection(ReportBook book, DunningParameters p, int forecastWeeks) {
        this(book.styled(), book.exceptions(), p, forecastWeeks);
    }

    /**
     * Declares the dunning sheets on a workbook whose Exceptions sheet is {@code exceptions} (its
     * numbered rows count as rows of the export); before the workbook streams. The template's
     * placeholders are the caller's to fill (see {@link #placeholders}).
     */
    private DunningSection(StyledWorkbook book, ExceptionsSheet exceptions, DunningParameters p, int forecastWeeks) {
        this.parameters = p;
        this.exceptions = exceptions;
        this.worklist = new WorklistSheet(book, p, forecastWeeks);
        this.items = new ItemsSheet(book);
        this.letters = new LettersSheet(book);
        this.excluded = new ExcludedSheet(book);
        this.top = new TopTenSheet(book);
        this.contactLog = new ContactLogSheet(book);
        this.plans = new PaymentPlansSheet(book);
        this.disputes = new DisputeLogSheets(book);
        this.creditReview = new CreditReviewSheet(book);
    }

    /**
     * The template placeholders the dunning sheets carry that come from the parameters ({@code asOf},
     * {@code policy}); the job fills the rest (sourceFile, profile, version, generatedAt). A pack
     * fills them together with the other sections' own.
     */
    public static Map<String, String> placeholders(DunningParameters p) {
        return Map.of("asOf", p.asOf().toString(), "policy", p.policy().name());
    }

    /** The worklist this run carried over (optional): its name and as-of date go on About. */
    public void previousWorklist(PreviousWorklist previous) {
        this.previous = previous == null ? PreviousWorklist.none() : previous;
    }

    @Override
    public String name() {
        return "Dunning";
    }

    /** Writes Worklist, Items, Letters, Excluded and Top 10 from the {@link DunningReport}; returns the dunning checks. */
    @Override
    public List<Check> write(SectionEnd end) {
        this.report = end.result(DunningReport.class);
        Map<String, Integer> totalRows = worklist.write(report, end.optional(KpiReport.class));
        List<SheetTable.Part> itemParts = items.write(report);
        letters.write(report);
        List<SheetTable.Part> excludedParts = excluded.write(report);
        top.write(report);
        int[] logRows = contactLog.write(report.memory());
        plans.write(report.memory());
        List<Check> checks = new java.util.ArrayList<>(DunningChecks.of(report, new DunningChecks.Written(worklist.columns(),
                totalRows, itemParts, excludedParts), end.openItems(), end.exceptionParts(), exceptions.exportRows()));
        checks.addAll(MemoryChecks.of(report, logRows));
        // The dispute log (issue 15): Disputes, Closed disputes, Dispute summary; empty when the job kept none.
        this.disputeLog = end.optional(DisputeLogReport.class);
        checks.addAll(disputes.write(disputeLog, report, excludedParts));
        // The credit-limit review (issue 16): every customer with open items, with the dispute log's open cases.
        checks.addAll(creditReview.write(report, disputeLog));
        return checks;
    }

    @Override
    public List<Map.Entry<String, Object>> about(List<Map.Entry<String, Object>> provenance, String masterCheck) {
        List<Map.Entry<String, Object>> entries = DunningAbout.entries(parameters, previous, report, provenance, masterCheck);
        if (disputeLog == null) {
            return entries;
        }
        List<Map.Entry<String, Object>> withDisputes = new java.util.ArrayList<>(entries);
        withDisputes.addAll(entries.size() - 1, DisputeAbout.entries(disputeLog)); // before the master check
        return withDisputes;
    }
}
