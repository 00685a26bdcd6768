package com.arworkbench.workbook.aging;

import static com.arworkbench.workbook.SheetRefs.quote;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The aging's checks: Detail ties to Summary, the buckets to the totals, the totals to the export's
 * own grand total, and every row read is accounted for. One line per currency: amounts in different
 * currencies are never added together.
 */
final class AgingChecks {

    private final SummarySheet summary;
    private final SummaryColumns sc;
    private final ExceptionsSheet exceptions;

    AgingChecks(SummarySheet summary, ExceptionsSheet exceptions) {
        this.summary = summary;
        this.sc = summary.columns();
        this.exceptions = exceptions;
    }

    List<Check> checks(AgingReport report, RowTieOut tieOut, SummarySheet.Rows rows, List<SheetTable.Part> detailParts,
                       List<SheetTable.Part> futureParts, List<SheetTable.Part> exceptionParts) {
        List<Check> list = new ArrayList<>();
        boolean single = report.currencies().size() <= 1;
        for (CurrencyTotals t : report.currencies().values()) {
            totals(list, t, tieOut, rows.totalRowOf().get(t.currency()), detailParts, futureParts, single);
        }
        if (report.local() != null && !rows.totalRowOf().isEmpty()) {
            BigDecimal local = report.local().total();
            list.add(Check.of("Local currency: buckets add up to the total",
                    SheetRefs.absolute(summary.name(), sc.total().index(), rows.localTotal()), local,
                    bucketSum(rows.localTotal()), local, "The local-currency view of the aged items: its buckets vs. its total"));
        }
        if (!report.customers().isEmpty()) {
            customerRows(list, report, rows, single);
        }
        // COUNT skips the text references of other inputs' rows, and so does exportRows(): in a pack other
        // sections list their files' rows on the same Exceptions sheet.
        list.add(new RowAccounting(tieOut).place(RowAccounting.count(detailParts, 0), RowAccounting.rows(detailParts))
                .place(RowAccounting.count(futureParts, 0), RowAccounting.rows(futureParts))
                .place(RowAccounting.count(exceptionParts, 0), exceptions.exportRows())
                .check("Every row read is accounted for", "Rows read = rows on Detail + Future-dated + Exceptions", ""));
        return list;
    }

    private void totals(List<Check> list, CurrencyTotals t, RowTieOut tieOut, int totalRow, List<SheetTable.Part> detailParts,
                        List<SheetTable.Part> futureParts, boolean single) {
        String c = t.currency();
        String label = c.isEmpty() ? "" : " (" + c + ")";
        String criterion = single ? null : c;
        String summaryTotal = SheetRefs.absolute(summary.name(), sc.total().index(), totalRow);
        list.add(Check.of("Detail items" + label + " = Summary total",
                AgedItemsSheet.openAmounts(AgedItemsSheet.names(detailParts), criterion), t.total(),
                summaryTotal, t.total(), "Sum of Open amount on Detail vs. the total row on Summary"));
        list.add(Check.of("Buckets" + label + " add up to the total", bucketSum(totalRow), t.total(),
                summaryTotal, t.total(), "Sum of the bucket totals vs. the total"));
        BigDecimal control = tieOut.controlTotal(c, single);
        BigDecimal unused = single ? exceptions.unusedAmountAll() : exceptions.unusedAmount(c);
        if (control != null) {
            String actual = summaryTotal + "+" + AgedItemsSheet.openAmounts(AgedItemsSheet.names(futureParts), criterion)
                    + "+" + ExceptionsSheet.unusedAmountFormula(criterion);
            list.add(Check.of("Export's own total" + label + " = aged + future-dated + rejected", null, control,
                    actual, t.total().add(t.future()).add(unused),
                    "The grand total row of the export vs. items aged, future-dated items, and amounts on rejected rows"));
        } else {
            list.add(Check.notApplicable("Export's own total" + label,
                    "The export has no grand total row" + (c.isEmpty() ? "" : " for " + c) + " to compare with"));
        }
    }

    /**
     * Each customer's Total is a live SUM of its buckets whose cached value is the engine's own total
     * of the customer's items; this line ties the columns over all customers of a currency at once.
     */
    private void customerRows(List<Check> list, AgingReport report, SummarySheet.Rows rows, boolean single) {
        String currencies = range(sc.currency().letter(), rows);
        String totals = range(sc.total().letter(), rows);
        for (String c : report.currencies().keySet()) {
            StringBuilder buckets = new StringBuilder();
            for (int b = 0; b < sc.buckets().size(); b++) {
                String r = range(sc.buckets().get(b).letter(), rows);
                buckets.append(b == 0 ? "" : "+").append(single ? "SUM(" + r + ")" : "SUMIF(" + currencies + ",\"" + c + "\"," + r + ")");
            }
            BigDecimal all = report.customers().stream().filter(x -> x.currency().equals(c)).map(CustomerAging::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            list.add(Check.of("Customer rows" + (c.isEmpty() ? "" : " (" + c + ")") + ": bucket columns add up to the Total column",
                    single ? "SUM(" + totals + ")" : "SUMIF(" + currencies + ",\"" + c + "\"," + totals + ")", all,
                    buckets.toString(), all, "Each customer's Total is the SUM of its buckets; this ties all rows of the currency"));
        }
    }

    /** {@code SUM(Summary!$D$12:$I$12)}: the bucket cells of one Summary row. */
    private String bucketSum(int excelRow) {
        return "SUM(" + quote(summary.name()) + "!$" + sc.firstBucket().letter() + "$" + excelRow + ":$"
                + sc.lastBucket().letter() + "$" + excelRow + ")";
    }

    private String range(String column, SummarySheet.Rows rows) {
        return quote(summary.name()) + "!$" + column + "$" + rows.firstCustomer() + ":$" + column + "$" + rows.lastCustomer();
    }
}
