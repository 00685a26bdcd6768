package com.arworkbench.workbook.statements;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.statements.StatementParameters;
import com.arworkbench.statements.StatementReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.WorkbookSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The customer statements, from the {@link StatementReport} (and the {@link AgingReport} they are checked
 * against): Statements (one print-ready page range per customer and currency) and Mail merge, with their checks.
 */
public final class StatementsSection implements WorkbookSection {

    /** The statements job's template. */
    public static final String TEMPLATE = "statements.xlsx";
    public static final String STATEMENTS = StatementsSheet.NAME;
    public static final String MAIL_MERGE = MailMergeSheet.NAME;
    /** The letterhead placeholders of the Statements sheet: type your own over them in your copy of the template. */
    public static final List<String> LETTERHEAD = List.of("companyName", "companyAddress", "companyContact");
    /** The rows of the Statements sheet the letterhead sits in (0-based), read back for the PDFs. */
    public static final int LETTERHEAD_ROWS = 3;

    private final ExceptionsSheet exceptions;
    private final StatementsSheet statements;
    private final MailMergeSheet mailMerge;
    private final int pageLimit;
    private StatementReport report;

    /** Declares the sheets on the book; every statement gets its pages. */
    public StatementsSection(ReportBook book) {
        this(book, Integer.MAX_VALUE);
    }

    /** Declares the sheets on the book; only the first {@code pageLimit} statements get pages (Mail merge lists all). */
    public StatementsSection(ReportBook book, int pageLimit) {
        this.exceptions = book.exceptions();
        this.statements = new StatementsSheet(book.styled());
        this.mailMerge = new MailMergeSheet(book.styled());
        this.pageLimit = pageLimit;
    }

    /**
     * The placeholders the statements template carries that come from the run: the as-of date, the period, what
     * kind of statements these are, and which pages are printed. The letterhead's placeholders are filled with a
     * reminder only when the template still has them (your copy of the template has your company instead).
     */
    public static Map<String, String> placeholders(StatementParameters p, boolean hasHistory, long statements, int pageLimit) {
        String kind = hasHistory
                ? "Open items, aged, and the activity from " + p.from() + " to " + p.asOf() + " (invoice history)"
                : "Open-item statements only: no invoice history was given, so there is no activity part "
                        + "(add the history for the opening balance, the period's invoices, payments and credits and the closing balance)";
        String pages = statements <= pageLimit ? "One statement per customer and currency; a page break after each"
                : "Statement pages for the first " + pageLimit + " of " + statements + " customers and currencies (a large "
                        + "input); Mail merge lists the balances of all; run 'statements' for every page";
        return Map.of("asOf", p.asOf().toString(), "statementKind", kind, "statementPages", pages,
                "companyName", "Your company name", // replaced by typing over {{companyName}} in your copy of the template
                "companyAddress", "Street · postcode and town · country",
                "companyContact", "Accounts receivable · phone · e-mail");
    }

    /**
     * The pack's placeholders of the statements sheets: its Statements sheet is written in full for ordinary inputs
     * and as balances only past the engine's bound ({@code maxItems} open items).
     */
    public static Map<String, String> packPlaceholders(StatementParameters p, boolean hasHistory, long maxItems) {
        Map<String, String> m = new java.util.HashMap<>(placeholders(p, hasHistory, 0, Integer.MAX_VALUE));
        m.put("statementPages", "One statement per customer and currency, a page break after each; open items only "
                + "(run 'statements' with the history for the activity and the PDFs); with more than " + maxItems
                + " open items the pack lists the balances on Mail merge only");
        return m;
    }

    @Override
    public String name() {
        return "Statements";
    }

    @Override
    public List<Check> write(SectionEnd end) {
        this.report = end.result(StatementReport.class);
        AgingReport aging = end.result(AgingReport.class);
        List<StatementsSheet.Placement> placements = statements.write(report, report.pagesOmitted() ? 0 : pageLimit);
        List<SheetTable.Part> statementParts = statementParts();
        List<SheetTable.Part> mailMergeParts = mailMerge.write(report, placements, aging);
        boolean allPrinted = placements.size() == report.statements().size();
        return StatementsChecks.of(report, aging, new StatementsChecks.Written(statementParts, mailMergeParts, allPrinted),
                end.openItems(), end.exceptionParts(), exceptions.exportRows());
    }

    private List<SheetTable.Part> statementParts() {
        return new ArrayList<>(statements.parts());
    }

    @Override
    public List<Map.Entry<String, Object>> about(List<Map.Entry<String, Object>> provenance, String masterCheck) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        if (report != null) {
            entries.add(Map.entry("Statements", report.statements().size() + " (customers × currencies), "
                    + report.itemsOnStatements() + " open items"));
            if (report.omitted() != null) {
                entries.add(Map.entry("Statements left out", report.omitted() + "; run 'statements' for every page"));
            }
            entries.add(Map.entry("Activity", report.hasHistory() ? "from " + report.parameters().from() + " to "
                    + report.parameters().asOf() + " · " + report.historyRecords() + " history records read, "
                    + report.historyOtherCustomers() + " of customers with no open item (no statement)"
                    : report.historyRecords() > 0 ? "none (see Statements left out)"
                    : "none: no invoice history was given, open-item statements only"));
            if (statements.unbroken() > 0) {
                entries.add(Map.entry("Page breaks", "Excel keeps " + StatementsSheet.MAX_BREAKS + " page breaks a sheet: "
                        + statements.unbroken() + " statements print on from the one before; their PDFs are one per customer"));
            }
        }
        entries.add(Map.entry("Master check", masterCheck));
        return entries;
    }
}
