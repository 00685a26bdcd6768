package com.arworkbench.workbook.aging;

import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.Column;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.WorkbookSection;
import java.util.List;
import java.util.Map;

/**
 * The aging: Detail and Future-dated stream while the export is read; Summary and the checks are
 * written at the end from the {@link AgingReport}. The aging workbook is a book with this one
 * section; the month-end pack names its sheets "Aging" and "Aging Detail" and adds forecast columns.
 */
public final class AgingSection implements WorkbookSection {

    public static final String TEMPLATE = "aging.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String DETAIL = "Detail";
    public static final String FUTURE = "Future-dated";

    private final ExceptionsSheet exceptions;
    private final SummarySheet summary;
    private final AgedItemsSheet detail;
    private final AgedItemsSheet future;
    private final String detailName;
    private SummarySheet.Rows summaryRows;

    /** The aging workbook's own section: Summary and Detail. Declare before the book streams. */
    public AgingSection(ReportBook book, AgingParameters parameters) {
        this(book, parameters, SheetTable.EXCEL_MAX_ROW_INDEX);
    }

    /** {@code detailMaxRowIndex} lets tests reach the sheet-full continuation without a million rows. */
    AgingSection(ReportBook book, AgingParameters parameters, int detailMaxRowIndex) {
        this(book.styled(), book.exceptions(), parameters, SUMMARY, DETAIL, List.of(), detailMaxRowIndex);
    }

    /**
     * Aging in a shared book (the month-end pack), under its own sheet names. {@code extraItemColumns}
     * are appended to Detail and Future-dated and filled by {@link #item(AgedItem, List)}.
     */
    public AgingSection(ReportBook book, AgingParameters parameters, String summaryName, String detailName,
                        List<Column> extraItemColumns) {
        this(book.styled(), book.exceptions(), parameters, summaryName, detailName, extraItemColumns,
                SheetTable.EXCEL_MAX_ROW_INDEX);
    }

    private AgingSection(StyledWorkbook book, ExceptionsSheet exceptions, AgingParameters parameters, String summaryName,
                         String detailName, List<Column> extraItemColumns, int detailMaxRowIndex) {
        this.exceptions = exceptions;
        this.summary = new SummarySheet(book, summaryName, parameters);
        this.detail = new AgedItemsSheet(book, detailName, extraItemColumns, detailMaxRowIndex);
        this.future = new AgedItemsSheet(book, FUTURE, extraItemColumns, SheetTable.EXCEL_MAX_ROW_INDEX);
        this.detailName = detailName;
    }

    /** The placeholders of the aging sheets' titles. */
    public static Map<String, String> placeholders(AgingParameters p) {
        return Map.of("asOf", p.asOf().toString(), "basis", p.basis().label(),
                "buckets", String.join(" · ", p.buckets().buckets().stream().map(b -> b.label()).toList()));
    }

    @Override
    public String name() {
        return "Aging";
    }

    public void item(AgedItem aged) {
        (aged.future() ? future : detail).write(aged);
    }

    /** An item with values for the extra columns (a pack's forecast). */
    public void item(AgedItem aged, List<Object> extraValues) {
        AgedItemsSheet.extras((aged.future() ? future : detail).write(aged), extraValues);
    }

    /** The open amounts on Detail and Future-dated as a formula, of one currency or all (null): other sections tie to it. */
    public String openAmountsFormula(String currency) {
        return AgedItemsSheet.openAmounts(List.of(detailName, FUTURE), currency);
    }

    /** Σ of the open amounts of the aged items only (future-dated left out), of one currency or, when null, all. */
    public String agedAmountsFormula(String currency) {
        return AgedItemsSheet.openAmounts(List.of(detailName), currency);
    }

    /** The sheet of the aged items ("Aging Detail" in the pack): how check notes name {@link #agedAmountsFormula}. */
    public String detailSheet() {
        return detailName;
    }

    /** "Aging Detail and Future-dated": how other sections' check notes name the sheets of {@link #openAmountsFormula}. */
    public String itemSheets() {
        return detailName + " and " + FUTURE;
    }

    /**
     * Summary's total row of {@code currency}: bucket {@code bucket} (0-based) or the total (-1), as an absolute
     * reference; null before Summary is written or for a currency it has no total row for.
     */
    public String summaryTotalCell(String currency, int bucket) {
        if (summaryRows == null || !summaryRows.totalRowOf().containsKey(currency)) {
            return null;
        }
        SummaryColumns sc = summary.columns();
        ColumnSchema.Handle h = bucket < 0 ? sc.total() : sc.buckets().get(bucket);
        return SheetRefs.absolute(summary.name(), h.index(), summaryRows.totalRowOf().get(currency));
    }

    @Override
    public List<Check> write(SectionEnd end) {
        AgingReport report = end.result(AgingReport.class);
        List<SheetTable.Part> detailParts = detail.finish();
        List<SheetTable.Part> futureParts = future.finish();
        SummarySheet.Rows rows = summary.write(report, detailParts);
        summaryRows = rows;
        return new AgingChecks(summary, exceptions).checks(report, end.openItems(), rows, detailParts, futureParts,
                end.exceptionParts());
    }
}
