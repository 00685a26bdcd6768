package com.arworkbench.workbook.aging;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Summary (the pack's "Aging"): a row per customer and currency with its buckets, then one total
 * row per currency and, when the export has local-currency amounts, one total across currencies.
 */
final class SummarySheet {

    private final String name;
    private final SummaryColumns sc;
    private final List<AgingBucket> buckets;
    private final SheetTable table;

    /** Where Summary's rows went (Excel's 1-based rows), for the checks. */
    record Rows(int firstCustomer, int lastCustomer, Map<String, Integer> totalRowOf, int localTotal) {
    }

    SummarySheet(StyledWorkbook book, String name, AgingParameters parameters) {
        this.name = name;
        this.sc = SummaryColumns.of(parameters);
        this.buckets = parameters.buckets().buckets();
        this.table = book.table(name, sc.schema().columns(), 2);
    }

    String name() {
        return name;
    }

    SummaryColumns columns() {
        return sc;
    }

    /** Customer rows, then one total row per currency, then the local-currency total. */
    Rows write(AgingReport report, List<SheetTable.Part> detailParts) {
        int first = table.nextRowIndex() + 1;
        int last = first + report.customers().size() - 1;
        Map<String, Integer> totalRowOf = new LinkedHashMap<>();
        int r = last + 2; // after a blank row
        for (String c : report.currencies().keySet()) {
            totalRowOf.put(c, r++);
        }
        for (CustomerAging c : report.customers()) {
            customerRow(report, c, totalRowOf.get(c.currency()));
        }
        table.footerRow(); // the blank row between customers and totals
        boolean single = report.currencies().size() <= 1;
        for (CurrencyTotals t : report.currencies().values()) {
            currencyTotalRow(report, t, first, last, single);
        }
        int local = report.local() == null ? -1 : localTotalRow(report, detailParts);
        table.finish();
        return new Rows(first, last, totalRowOf, local);
    }

    private void customerRow(AgingReport report, CustomerAging c, int currencyTotalRow) {
        SheetTable.RowWriter w = table.row();
        int excel = w.rowIndex() + 1;
        w.text(sc.customerId().index(), c.customer().id()).text(sc.customerName().index(), c.customer().name())
                .text(sc.currency().index(), c.currency());
        for (int b = 0; b < buckets.size(); b++) {
            w.amount(sc.buckets().get(b).index(), c.bucket(b));
        }
        w.formula(sc.total().index(), "SUM(" + sc.firstBucket().letter() + excel + ":" + sc.lastBucket().letter() + excel + ")",
                c.total().doubleValue());
        w.amount(sc.credits().index(), c.credits());
        BigDecimal currencyTotal = report.currencies().get(c.currency()).total();
        String totalRef = "$" + sc.total().letter() + "$" + currencyTotalRow;
        w.formula(sc.share().index(), "IF(" + totalRef + "=0,0," + sc.total().letter() + excel + "/" + totalRef + ")",
                ratio(c.total(), currencyTotal));
        w.number(sc.items().index(), c.items());
        w.date(sc.oldestDue().index(), c.oldestOpenDue());
    }

    private void currencyTotalRow(AgingReport report, CurrencyTotals t, int first, int last, boolean single) {
        SheetTable.RowWriter w = table.footerRow();
        w.text(sc.customerId().index(), "Total" + (t.currency().isEmpty() ? "" : " " + t.currency()))
                .style(sc.customerId().index(), StyleRole.TOTAL_LABEL);
        w.style(sc.customerName().index(), StyleRole.TOTAL_LABEL);
        w.text(sc.currency().index(), t.currency()).style(sc.currency().index(), StyleRole.TOTAL_LABEL);
        w.style(sc.oldestDue().index(), StyleRole.TOTAL_LABEL);
        String currencies = "$" + sc.currency().letter() + "$" + first + ":$" + sc.currency().letter() + "$" + last;
        List<ColumnSchema.Handle> summed = sc.summed();
        for (int b = 0; b < summed.size(); b++) {
            ColumnSchema.Handle h = summed.get(b);
            BigDecimal cached = b < buckets.size() ? t.bucket(b) : h == sc.total() ? t.total() : t.credits();
            String range = h.letter() + "$" + first + ":" + h.letter() + "$" + last;
            w.formula(h.index(), sumOfCurrency(range, currencies, t.currency(), first, last, single), cached.doubleValue())
                    .style(h.index(), StyleRole.TOTAL_AMOUNT);
        }
        // The customers' shares add up to 100 %: a visible check on the % column.
        String pct = sc.share().letter();
        String pctRange = pct + "$" + first + ":" + pct + "$" + last;
        double shares = report.customers().stream().filter(c -> c.currency().equals(t.currency()))
                .mapToDouble(c -> ratio(c.total(), t.total())).sum();
        w.formula(sc.share().index(), sumOfCurrency(pctRange, currencies, t.currency(), first, last, single), shares)
                .style(sc.share().index(), StyleRole.TOTAL_PERCENT);
        w.number(sc.items().index(), t.items()).style(sc.items().index(), StyleRole.TOTAL_LABEL);
    }

    /** "0" without customers, SUM with one currency, else SUMIF of the currency's rows. */
    private static String sumOfCurrency(String range, String currencies, String currency, int first, int last, boolean single) {
        return last < first ? "0" : single ? "SUM(" + range + ")" : "SUMIF(" + currencies + ",\"" + currency + "\"," + range + ")";
    }

    /**
     * The second view: every aged item in the company's own currency, one figure across document
     * currencies, so the aging ties to a GL kept in local currency. Returns its Excel row.
     */
    private int localTotalRow(AgingReport report, List<SheetTable.Part> detailParts) {
        table.footerRow();
        SheetTable.RowWriter w = table.footerRow();
        w.text(sc.customerId().index(), "Total in local currency").style(sc.customerId().index(), StyleRole.TOTAL_LABEL);
        w.text(sc.customerName().index(), "all currencies, in local currency")
                .style(sc.customerName().index(), StyleRole.TOTAL_LABEL);
        w.text(sc.currency().index(), "local").style(sc.currency().index(), StyleRole.TOTAL_LABEL);
        for (int b = 0; b < buckets.size(); b++) {
            int at = sc.buckets().get(b).index();
            w.formula(at, AgedItemsSheet.localAmounts(detailParts, buckets.get(b).label()),
                    report.local().bucket(b).doubleValue()).style(at, StyleRole.TOTAL_AMOUNT);
        }
        w.formula(sc.total().index(), AgedItemsSheet.localAmounts(detailParts, null), report.local().total().doubleValue())
                .style(sc.total().index(), StyleRole.TOTAL_AMOUNT);
        w.amount(sc.credits().index(), report.local().credits()).style(sc.credits().index(), StyleRole.TOTAL_AMOUNT);
        w.number(sc.items().index(), report.local().items()).style(sc.items().index(), StyleRole.TOTAL_LABEL);
        return w.rowIndex() + 1;
    }

    private static double ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.divide(whole, MathContext.DECIMAL64).doubleValue();
    }
}
