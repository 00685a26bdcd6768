package com.arworkbench.workbook;

import static com.arworkbench.workbook.SheetRefs.quote;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingBucket;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the aging workbook from {@code aging.xlsx}: Detail, Future-dated and Exceptions stream while
 * the file is read; Summary, Checks and About are written at the end from the report.
 */
public final class AgingWorkbookWriter implements AutoCloseable {

    public static final String TEMPLATE = "aging.xlsx";
    public static final String SUMMARY = "Summary";
    public static final String DETAIL = "Detail";
    public static final String FUTURE = "Future-dated";
    /** The label of Summary's local-currency total row. */
    public static final String LOCAL_TOTAL = "Total in local currency";

    /** Detail and Future-dated share these columns, declared once; writes and formulas use the handles. */
    private static final ColumnSchema ITEMS = new ColumnSchema();
    private static final ColumnSchema.Handle SOURCE_ROW = ITEMS.integer("Source row");
    private static final ColumnSchema.Handle CUSTOMER_ID = ITEMS.text("Customer ID");
    private static final ColumnSchema.Handle CUSTOMER_NAME = ITEMS.text("Customer name");
    private static final ColumnSchema.Handle DOCUMENT = ITEMS.text("Document no.");
    private static final ColumnSchema.Handle TYPE = ITEMS.text("Type");
    private static final ColumnSchema.Handle DOCUMENT_DATE = ITEMS.date("Document date");
    private static final ColumnSchema.Handle DUE_DATE = ITEMS.date("Due date");
    private static final ColumnSchema.Handle DAYS_PAST_DUE = ITEMS.integer("Days past due");
    private static final ColumnSchema.Handle BUCKET = ITEMS.text("Bucket");
    /** Package-visible: the pack's forecast check sums the open amounts by currency. */
    static final ColumnSchema.Handle CURRENCY = ITEMS.text("Currency");
    static final ColumnSchema.Handle AMOUNT = ITEMS.amount("Open amount");
    private static final ColumnSchema.Handle ORIGINAL = ITEMS.amount("Original amount");
    private static final ColumnSchema.Handle TYPE_TEXT = ITEMS.text("Document type (source)");
    private static final ColumnSchema.Handle REFERENCE = ITEMS.text("Reference");
    private static final ColumnSchema.Handle ENTITY = ITEMS.text("Entity");
    private static final ColumnSchema.Handle NOTE = ITEMS.text("Note");
    private static final ColumnSchema.Handle LOCAL = ITEMS.amount("Open amount (local currency)");
    private static final List<Column> ITEM_COLUMNS = ITEMS.columns();

    private final StyledWorkbook book;
    private final AgingParameters parameters;
    private final String summaryName;
    private final SheetTable detail;
    private final SheetTable future;
    private final SheetTable summary;
    private final SummaryColumns sc;
    private final ExceptionsSheet exceptions;
    /** Checks and About belong to the workbook when it is the aging workbook; null when aging is a section of a pack. */
    private final ChecksSheet checks;
    private final AboutSheet about;

    public AgingWorkbookWriter(WorkbookTemplate template, AgingParameters parameters, List<String> sourceHeaders) {
        this(template, parameters, sourceHeaders, SheetTable.EXCEL_MAX_ROW_INDEX);
    }

    /** {@code detailMaxRowIndex} lets tests reach the sheet-full continuation without a million rows. */
    AgingWorkbookWriter(WorkbookTemplate template, AgingParameters parameters, List<String> sourceHeaders,
                        int detailMaxRowIndex) {
        this.book = new StyledWorkbook(template);
        this.parameters = parameters;
        this.summaryName = SUMMARY;
        this.sc = SummaryColumns.of(parameters);
        this.summary = book.table(SUMMARY, sc.schema().columns(), 2);
        this.detail = book.table(DETAIL, ITEM_COLUMNS, 3, detailMaxRowIndex);
        this.future = book.table(FUTURE, ITEM_COLUMNS, 3);
        this.exceptions = new ExceptionsSheet(book, sourceHeaders);
        this.checks = new ChecksSheet(book);
        this.about = new AboutSheet(book);
        book.startStreaming();
    }

    /**
     * Aging as a section of a larger workbook (the month-end pack): the book, its Exceptions sheet,
     * Checks and About are the caller's. {@code extraItemColumns} are appended to Detail and
     * Future-dated and filled by {@link #item(AgedItem, List)}. Declare before the book streams.
     */
    public AgingWorkbookWriter(StyledWorkbook book, ExceptionsSheet exceptions, AgingParameters parameters,
                               String summaryName, String detailName, List<Column> extraItemColumns) {
        this.book = book;
        this.parameters = parameters;
        this.summaryName = summaryName;
        List<Column> itemColumns = new ArrayList<>(ITEM_COLUMNS);
        itemColumns.addAll(extraItemColumns);
        this.sc = SummaryColumns.of(parameters);
        this.summary = book.table(summaryName, sc.schema().columns(), 2);
        this.detail = book.table(detailName, itemColumns, 3);
        this.future = book.table(FUTURE, itemColumns, 3);
        this.exceptions = exceptions;
        this.checks = null;
        this.about = null;
    }

    /** Summary's columns for a bucket scheme (one column per bucket), declared once and used by handle. */
    private record SummaryColumns(ColumnSchema schema, ColumnSchema.Handle customerId, ColumnSchema.Handle customerName,
                                  ColumnSchema.Handle currency, List<ColumnSchema.Handle> buckets, ColumnSchema.Handle total,
                                  ColumnSchema.Handle credits, ColumnSchema.Handle share, ColumnSchema.Handle items,
                                  ColumnSchema.Handle oldestDue) {

        static SummaryColumns of(AgingParameters p) {
            ColumnSchema s = new ColumnSchema();
            ColumnSchema.Handle id = s.text("Customer ID");
            ColumnSchema.Handle name = s.text("Customer name");
            ColumnSchema.Handle currency = s.text("Currency");
            List<ColumnSchema.Handle> buckets = new ArrayList<>();
            for (AgingBucket b : p.buckets().buckets()) {
                buckets.add(s.amount(b.label()));
            }
            return new SummaryColumns(s, id, name, currency, List.copyOf(buckets), s.amount("Total"),
                    s.amount("Credits & unapplied"), s.percent("% of total"), s.integer("Items"), s.date("Oldest open due date"));
        }

        ColumnSchema.Handle firstBucket() {
            return buckets.get(0);
        }

        ColumnSchema.Handle lastBucket() {
            return buckets.get(buckets.size() - 1);
        }

        /** The money columns a total row sums: every bucket, the total, the credits. */
        List<ColumnSchema.Handle> summed() {
            List<ColumnSchema.Handle> out = new ArrayList<>(buckets);
            out.add(total);
            out.add(credits);
            return out;
        }
    }

    public void item(AgedItem aged) {
        row(aged);
    }

    /** An item with values for the extra columns of a pack's Detail. */
    public void item(AgedItem aged, List<Object> extraValues) {
        SheetTable.RowWriter w = row(aged);
        for (int c = 0; c < extraValues.size(); c++) {
            w.value(ITEM_COLUMNS.size() + c, extraValues.get(c));
        }
    }

    private SheetTable.RowWriter row(AgedItem aged) {
        OpenItem i = aged.item();
        SheetTable.RowWriter w = (aged.future() ? future : detail).row();
        w.number(SOURCE_ROW.index(), i.sourceRow()).text(CUSTOMER_ID.index(), i.customer().id())
                .text(CUSTOMER_NAME.index(), i.customer().name()).text(DOCUMENT.index(), i.documentNumber())
                .text(TYPE.index(), i.type().label()).date(DOCUMENT_DATE.index(), i.documentDate())
                .date(DUE_DATE.index(), i.dueDate()).number(DAYS_PAST_DUE.index(), aged.daysPastDue())
                .text(BUCKET.index(), aged.future() ? "Future-dated" : aged.bucket().label()).text(CURRENCY.index(), i.currency())
                .amount(AMOUNT.index(), i.openAmount()).amount(ORIGINAL.index(), i.originalAmount())
                .text(TYPE_TEXT.index(), i.typeText()).text(REFERENCE.index(), i.reference()).text(ENTITY.index(), i.entity());
        if (i.dueDateFromDocumentDate()) {
            w.text(NOTE.index(), "No due date in the export: aged from the document date");
        } else if (aged.future()) {
            w.text(NOTE.index(), "Document dated after the as-of date: not aged");
        }
        if (i.localAmount() != null) {
            w.amount(LOCAL.index(), i.localAmount());
        }
        return w;
    }

    public void notUsed(RejectedRow row) {
        exceptions.add(row);
    }

    /** Writes the remaining sheets and the file; returns the master check text. */
    public String finish(AgingReport report, RowTieOut tieOut, List<Map.Entry<String, Object>> provenance, OutputStream out)
            throws IOException {
        List<SheetTable.Part> exceptionParts = exceptions.finish();
        String master = checks.write(writeSheets(report, tieOut, exceptionParts));
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        entries.add(Map.entry("Master check", master));
        about.write(entries);
        book.write(out);
        return master;
    }

    /**
     * Finishes Detail, Future-dated and Summary; returns the aging checks. {@code exceptionParts} are
     * the finished Exceptions sheet, whose numbered rows count as rows of this export.
     */
    public List<Check> writeSheets(AgingReport report, RowTieOut tieOut, List<SheetTable.Part> exceptionParts) {
        List<SheetTable.Part> detailParts = detail.finish();
        List<SheetTable.Part> futureParts = future.finish();
        Map<String, Integer> totalRows = writeSummary(report, detailParts);
        return checks(report, tieOut, totalRows, detailParts, futureParts, exceptionParts);
    }

    /** Customer rows, then one total row per currency. Returns the 0-based total row per currency. */
    private Map<String, Integer> writeSummary(AgingReport report, List<SheetTable.Part> detailParts) {
        int buckets = parameters.buckets().size();
        int firstRow = summary.nextRowIndex();
        int lastRow = firstRow + report.customers().size() - 1;
        int totalsStart = lastRow + 2;
        boolean single = report.currencies().size() <= 1;
        Map<String, Integer> totalRowOf = new LinkedHashMap<>();
        int r = totalsStart;
        for (String c : report.currencies().keySet()) {
            totalRowOf.put(c, r++);
        }
        for (CustomerAging c : report.customers()) {
            SheetTable.RowWriter w = summary.row();
            int excel = w.rowIndex() + 1;
            w.text(sc.customerId().index(), c.customer().id()).text(sc.customerName().index(), c.customer().name())
                    .text(sc.currency().index(), c.currency());
            for (int b = 0; b < buckets; b++) {
                w.amount(sc.buckets().get(b).index(), c.bucket(b));
            }
            w.formula(sc.total().index(), "SUM(" + sc.firstBucket().letter() + excel + ":" + sc.lastBucket().letter() + excel + ")",
                    c.total().doubleValue());
            w.amount(sc.credits().index(), c.credits());
            BigDecimal currencyTotal = report.currencies().get(c.currency()).total();
            String totalRef = "$" + sc.total().letter() + "$" + (totalRowOf.get(c.currency()) + 1);
            w.formula(sc.share().index(), "IF(" + totalRef + "=0,0," + sc.total().letter() + excel + "/" + totalRef + ")",
                    ratio(c.total(), currencyTotal));
            w.number(sc.items().index(), c.items());
            w.date(sc.oldestDue().index(), c.oldestOpenDue());
        }
        summary.footerRow(); // the blank row between customers and totals
        for (CurrencyTotals t : report.currencies().values()) {
            SheetTable.RowWriter w = summary.footerRow();
            w.text(sc.customerId().index(), "Total" + (t.currency().isEmpty() ? "" : " " + t.currency()))
                    .style(sc.customerId().index(), StyleRole.TOTAL_LABEL);
            w.style(sc.customerName().index(), StyleRole.TOTAL_LABEL);
            w.text(sc.currency().index(), t.currency()).style(sc.currency().index(), StyleRole.TOTAL_LABEL);
            w.style(sc.oldestDue().index(), StyleRole.TOTAL_LABEL);
            String currencies = "$" + sc.currency().letter() + "$" + (firstRow + 1) + ":$" + sc.currency().letter() + "$"
                    + (lastRow + 1);
            List<ColumnSchema.Handle> summed = sc.summed();
            for (int b = 0; b < summed.size(); b++) {
                ColumnSchema.Handle h = summed.get(b);
                BigDecimal cached = b < buckets ? t.bucket(b) : h == sc.total() ? t.total() : t.credits();
                String range = h.letter() + "$" + (firstRow + 1) + ":" + h.letter() + "$" + (lastRow + 1);
                String formula = lastRow < firstRow ? "0"
                        : single ? "SUM(" + range + ")"
                        : "SUMIF(" + currencies + ",\"" + t.currency() + "\"," + range + ")";
                w.formula(h.index(), formula, cached.doubleValue()).style(h.index(), StyleRole.TOTAL_AMOUNT);
            }
            // The customers' shares add up to 100 %: a visible check on the % column.
            String pct = sc.share().letter();
            String pctRange = pct + "$" + (firstRow + 1) + ":" + pct + "$" + (lastRow + 1);
            double shares = report.customers().stream().filter(c -> c.currency().equals(t.currency()))
                    .mapToDouble(c -> ratio(c.total(), t.total())).sum();
            w.formula(sc.share().index(), lastRow < firstRow ? "0" : single ? "SUM(" + pctRange + ")"
                    : "SUMIF(" + currencies + ",\"" + t.currency() + "\"," + pctRange + ")",
                    shares).style(sc.share().index(), StyleRole.TOTAL_PERCENT);
            w.number(sc.items().index(), t.items()).style(sc.items().index(), StyleRole.TOTAL_LABEL);
        }
        if (report.local() != null) {
            // The second view: every aged item in the company's own currency, one figure across document
            // currencies, so the aging ties to a GL kept in local currency.
            summary.footerRow();
            SheetTable.RowWriter w = summary.footerRow();
            w.text(sc.customerId().index(), LOCAL_TOTAL).style(sc.customerId().index(), StyleRole.TOTAL_LABEL);
            w.text(sc.customerName().index(), "all currencies, in local currency")
                    .style(sc.customerName().index(), StyleRole.TOTAL_LABEL);
            w.text(sc.currency().index(), "local").style(sc.currency().index(), StyleRole.TOTAL_LABEL);
            for (int b = 0; b < buckets; b++) {
                int at = sc.buckets().get(b).index();
                w.formula(at, sumLocal(detailParts, parameters.buckets().buckets().get(b).label()),
                        report.local().bucket(b).doubleValue()).style(at, StyleRole.TOTAL_AMOUNT);
            }
            w.formula(sc.total().index(), sumLocal(detailParts, null), report.local().total().doubleValue())
                    .style(sc.total().index(), StyleRole.TOTAL_AMOUNT);
            w.amount(sc.credits().index(), report.local().credits()).style(sc.credits().index(), StyleRole.TOTAL_AMOUNT);
            w.number(sc.items().index(), report.local().items()).style(sc.items().index(), StyleRole.TOTAL_LABEL);
        }
        summary.finish();
        return totalRowOf;
    }

    private String range(String column, int first, int last) {
        return quote(summaryName) + "!$" + column + "$" + first + ":$" + column + "$" + last;
    }

    private List<Check> checks(AgingReport report, RowTieOut tieOut, Map<String, Integer> totalRows,
                               List<SheetTable.Part> detailParts, List<SheetTable.Part> futureParts,
                               List<SheetTable.Part> exceptionParts) {
        List<Check> list = new ArrayList<>();
        int buckets = parameters.buckets().size();
        String totalCol = sc.total().letter();
        boolean single = report.currencies().size() <= 1;
        for (CurrencyTotals t : report.currencies().values()) {
            String c = t.currency();
            String label = c.isEmpty() ? "" : " (" + c + ")";
            String criterion = single ? null : c;
            int totalExcelRow = totalRows.get(c) + 1;
            String summaryTotal = SheetRefs.absolute(summaryName, sc.total().index(), totalExcelRow);
            list.add(Check.of("Detail items" + label + " = Summary total", sumItems(detailParts, criterion), t.total(),
                    summaryTotal, t.total(), "Sum of Open amount on Detail vs. the total row on Summary"));
            list.add(Check.of("Buckets" + label + " add up to the total",
                    "SUM(" + quote(summaryName) + "!$" + sc.firstBucket().letter() + "$" + totalExcelRow + ":$"
                            + sc.lastBucket().letter() + "$" + totalExcelRow + ")", t.total(),
                    summaryTotal, t.total(), "Sum of the bucket totals vs. the total"));
            BigDecimal control = controlTotal(tieOut, c, single);
            BigDecimal unused = single ? exceptions.unusedAmountAll() : exceptions.unusedAmount(c);
            if (control != null) {
                String actual = summaryTotal + "+" + sumItems(futureParts, criterion) + "+"
                        + ExceptionsSheet.unusedAmountFormula(criterion);
                list.add(Check.of("Export's own total" + label + " = aged + future-dated + rejected", null, control,
                        actual, t.total().add(t.future()).add(unused),
                        "The grand total row of the export vs. items aged, future-dated items, and amounts on rejected rows"));
            } else {
                list.add(Check.notApplicable("Export's own total" + label,
                        "The export has no grand total row" + (c.isEmpty() ? "" : " for " + c) + " to compare with"));
            }
        }
        if (report.local() != null && !totalRows.isEmpty()) {
            int localExcelRow = java.util.Collections.max(totalRows.values()) + 2 + 1; // a blank row, then the local total
            BigDecimal local = report.local().total();
            list.add(Check.of("Local currency: buckets add up to the total", SheetRefs.absolute(summaryName, sc.total().index(),
                    localExcelRow), local, "SUM(" + quote(summaryName) + "!$" + sc.firstBucket().letter() + "$" + localExcelRow
                    + ":$" + sc.lastBucket().letter() + "$" + localExcelRow + ")", local, "The local-currency view of the aged items: its buckets vs. its total"));
        }
        int firstCustomerRow = book.headerRow(summaryName) + 2;
        int lastCustomerRow = firstCustomerRow + report.customers().size() - 1;
        if (!report.customers().isEmpty()) {
            // Each customer's Total is a live SUM of its buckets whose cached value is the engine's own total
            // of the customer's items; this line ties the columns over all customers at once.
            // One line per currency: amounts in different currencies are never added together.
            String currencies = range(sc.currency().letter(), firstCustomerRow, lastCustomerRow);
            for (String c : report.currencies().keySet()) {
                String totals = range(totalCol, firstCustomerRow, lastCustomerRow);
                StringBuilder buckets_ = new StringBuilder();
                for (int b = 0; b < buckets; b++) {
                    String r = range(sc.buckets().get(b).letter(), firstCustomerRow, lastCustomerRow);
                    buckets_.append(b == 0 ? "" : "+").append(single ? "SUM(" + r + ")" : "SUMIF(" + currencies + ",\"" + c + "\"," + r + ")");
                }
                BigDecimal all = report.customers().stream().filter(x -> x.currency().equals(c)).map(CustomerAging::total)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                list.add(Check.of("Customer rows" + (c.isEmpty() ? "" : " (" + c + ")") + ": bucket columns add up to the Total column",
                        single ? "SUM(" + totals + ")" : "SUMIF(" + currencies + ",\"" + c + "\"," + totals + ")", all,
                        buckets_.toString(), all, "Each customer's Total is the SUM of its buckets; this ties all rows of the currency"));
            }
        }
        StringBuilder rows = new StringBuilder();
        for (List<SheetTable.Part> parts : List.of(detailParts, futureParts, exceptionParts)) {
            for (SheetTable.Part p : parts) {
                rows.append(rows.length() == 0 ? "" : "+").append("COUNT(").append(SheetRefs.wholeColumn(p.sheetName(), 0))
                        .append(")");
            }
        }
        rows.append("+").append(tieOut.blankRows()).append("+").append(tieOut.headerRows());
        // COUNT skips the text references of other inputs' rows, and so does exportRows(): in a pack other
        // sections list their files' rows on the same Exceptions sheet.
        long listed = sum(detailParts) + sum(futureParts) + exceptions.exportRows();
        list.add(Check.count("Every row read is accounted for", null, BigDecimal.valueOf(tieOut.rowsRead()), rows.toString(),
                BigDecimal.valueOf(listed + tieOut.blankRows() + tieOut.headerRows()),
                "Rows read = rows on Detail + Future-dated + Exceptions + " + tieOut.blankRows() + " blank + "
                        + tieOut.headerRows() + " header"));
        return list;
    }

    private static BigDecimal controlTotal(RowTieOut tieOut, String currency, boolean single) {
        if (tieOut.controlTotals().containsKey(currency)) {
            return tieOut.controlTotals().get(currency);
        }
        // A total row without a currency can only be compared when the export has one currency.
        if (single && tieOut.controlTotals().size() == 1) {
            return tieOut.controlTotals().values().iterator().next();
        }
        return null;
    }

    private static long sum(List<SheetTable.Part> parts) {
        return parts.stream().mapToLong(p -> Math.max(0, p.lastRow() - p.headerRow())).sum();
    }

    /** Σ of Detail's local-currency column, of one bucket (by its label) or of all when {@code bucket} is null. */
    private static String sumLocal(List<SheetTable.Part> parts, String bucket) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            String amounts = SheetRefs.wholeColumn(p.sheetName(), LOCAL.index());
            sb.append(sb.length() == 0 ? "" : "+");
            sb.append(bucket == null ? "SUM(" + amounts + ")"
                    : "SUMIF(" + SheetRefs.wholeColumn(p.sheetName(), BUCKET.index()) + ",\"" + bucket + "\"," + amounts + ")");
        }
        return sb.toString();
    }

    private static String sumItems(List<SheetTable.Part> parts, String currency) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            String amounts = SheetRefs.wholeColumn(p.sheetName(), AMOUNT.index());
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(amounts).append(")");
            } else {
                sb.append("SUMIF(").append(SheetRefs.wholeColumn(p.sheetName(), CURRENCY.index())).append(",\"")
                        .append(currency).append("\",").append(amounts).append(")");
            }
        }
        return sb.toString();
    }

    private static double ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }

    @Override
    public void close() throws IOException {
        if (checks != null) { // a pack's section: the pack owns the book
            book.close();
        }
    }
}
