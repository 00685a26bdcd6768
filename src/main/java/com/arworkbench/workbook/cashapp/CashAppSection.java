package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.CashAppRules;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.ReviewTrail;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.WorkbookSection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The cash application section, from {@code cash-application.xlsx} (or the pack's template): Summary,
 * Applied, Review, Unapplied, Deductions and ERP Import, written at the end from the report, and its
 * checks. Exceptions, Checks and About are the book's.
 *
 * <p>Amounts are per payment currency. A payment's rows are numbered across Applied, Review and
 * Unapplied ("Payment line", 1 = its first row) and an invoice's rows across Applied and Review
 * ("Invoice line"), so the Summary counts payments and invoices with plain COUNTIFS.
 */
public final class CashAppSection implements WorkbookSection {

    public static final String TEMPLATE = "cash-application.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String APPLIED = AppliedSheet.NAME;
    public static final String REVIEW = ReviewSheet.NAME;
    public static final String UNAPPLIED = UnappliedSheet.NAME;
    public static final String DEDUCTIONS = DeductionsSheet.NAME;
    public static final String ERP_IMPORT = ErpImportSheet.NAME;

    private final LocalDate asOf;
    private final ExceptionsSheet exceptions;
    private final CashApplicationReport report;
    private CashAppRules rules = CashAppRules.standard();
    private ReviewTrail trail = ReviewTrail.none();
    private CashAppFacts facts;
    private final SummarySheet summary;
    private final AppliedSheet applied;
    private final ReviewSheet review;
    private final UnappliedSheet unapplied;
    private final DeductionsSheet deductions;
    private final ErpImportSheet erpImport;
    private Long openItemsRead;
    private List<String> paymentsFileProblems = List.of();

    /** Declares the sheets on the book, before it streams; the summary is the sheet {@code summaryName}. */
    public CashAppSection(ReportBook book, CashApplicationReport report, LocalDate asOf, String summaryName) {
        this(book.styled(), book.exceptions(), report, asOf, summaryName);
    }

    /** The same on a workbook whose Exceptions sheet the caller made (the month-end pack). */
    private CashAppSection(StyledWorkbook book, ExceptionsSheet exceptions, CashApplicationReport report, LocalDate asOf,
                          String summaryName) {
        this.asOf = asOf;
        this.exceptions = exceptions;
        this.report = report;
        this.summary = new SummarySheet(book, summaryName);
        this.applied = new AppliedSheet(book);
        this.review = new ReviewSheet(book);
        this.unapplied = new UnappliedSheet(book);
        this.deductions = new DeductionsSheet(book);
        this.erpImport = new ErpImportSheet(book);
    }

    /**
     * The template placeholder the section knows ({@code asOf}); the job fills the rest (sourceFile,
     * paymentsFile, profile, version, generatedAt). A pack fills it with the other sections' own.
     */
    public static Map<String, String> placeholders(LocalDate asOf) {
        return Map.of("asOf", asOf.toString());
    }

    /** What the payments file's own control totals (BAI2 trailers) say does not reconcile; a Checks line fails on it. */
    public void paymentsFileProblems(List<String> problems) {
        this.paymentsFileProblems = List.copyOf(problems);
    }

    /**
     * How many open items the open-items export gave (all of them, credits included): with it the
     * Checks sheet proves that every row read is accounted for; without it that check is listed as n/a.
     */
    public void openItemsRead(long count) {
        this.openItemsRead = count;
    }

    /** The reason codes, accounts and unapplied target of the rules file (default: the standard ones). */
    public void rules(CashAppRules rules) {
        this.rules = rules;
    }

    /** What the previous workbook decided (--previous): notes, rows applied before, cash already on account. */
    public void trail(ReviewTrail trail) {
        this.trail = trail;
    }

    /** The unapplied-cash KPI of a currency once the section is written (the Dashboard writes last); null when none. */
    public UnappliedKpi unappliedKpi(String currency) {
        return summary.kpi(currency);
    }

    @Override
    public String name() {
        return "Cash application";
    }

    /**
     * The Exceptions sheet's numbered rows count as rows of the open-items export (rows of other inputs,
     * listed by any section, are text and not counted).
     */
    @Override
    public List<Check> write(SectionEnd end) {
        facts = new CashAppFacts(report, rules, trail, asOf);
        applied.write(facts);
        review.write(facts);
        unapplied.write(facts);
        deductions.write(facts);
        erpImport.write(facts);
        summary.write(facts);
        return CashAppChecks.of(facts, paymentsFileProblems, openItemsRead, exceptions, end.openItems(), end.exceptionParts());
    }

    @Override
    public List<Map.Entry<String, Object>> about(List<Map.Entry<String, Object>> provenance, String masterCheck) {
        return CashAppAbout.entries(provenance, masterCheck, asOf, facts, openItemsRead, exceptions);
    }
}
