package com.arworkbench.allowance;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.model.InvoiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One currency's history table: at each month end, per aging bucket, the sales invoices open then (their amount),
 * the part of them written off within the outcome window, the part still open at the next month end and the part
 * written off before it. An invoice
 * is open at a month end when it was dated on or before it and not settled (paid or written off) by then.
 */
final class CutoffGrid {

    private final AllowanceParameters parameters;
    private final BucketScheme buckets;
    private final List<LocalDate> ends;
    private final BigDecimal[][] balance;
    private final BigDecimal[][] writtenOff;
    private final BigDecimal[][] stillOpen;
    private final BigDecimal[][] writtenOffInMonth;
    private LocalDate firstDocument;

    CutoffGrid(AllowanceParameters parameters) {
        this.parameters = parameters;
        this.buckets = parameters.buckets();
        this.ends = parameters.monthEnds();
        this.balance = zeros(ends.size(), buckets.size());
        this.writtenOff = zeros(ends.size(), buckets.size());
        this.stillOpen = zeros(ends.size(), buckets.size());
        this.writtenOffInMonth = zeros(ends.size(), buckets.size());
    }

    private static BigDecimal[][] zeros(int rows, int cols) {
        BigDecimal[][] a = new BigDecimal[rows][cols];
        for (BigDecimal[] row : a) {
            java.util.Arrays.fill(row, BigDecimal.ZERO);
        }
        return a;
    }

    /** Adds a sales invoice; {@code portions} are the write-offs that closed it (empty for most). */
    void add(InvoiceRecord sale, List<Portion> portions) {
        LocalDate doc = sale.documentDate();
        if (firstDocument == null || doc.isBefore(firstDocument)) {
            firstDocument = doc;
        }
        LocalDate due = sale.dueDate() == null ? doc : sale.dueDate();
        LocalDate settled = sale.paidDate();
        for (int m = 0; m < ends.size(); m++) {
            LocalDate end = ends.get(m);
            if (doc.isAfter(end) || settled != null && !settled.isAfter(end)) {
                continue;
            }
            int b = buckets.indexOf(ChronoUnit.DAYS.between(due, end));
            balance[m][b] = balance[m][b].add(sale.amount());
            LocalDate windowEnd = parameters.windowEnd(end);
            LocalDate next = nextMonthEnd(end);
            for (Portion p : portions) {
                if (p.date().isAfter(end) && !p.date().isAfter(windowEnd)) {
                    writtenOff[m][b] = writtenOff[m][b].add(p.amount());
                }
                if (p.date().isAfter(end) && !p.date().isAfter(next)) {
                    writtenOffInMonth[m][b] = writtenOffInMonth[m][b].add(p.amount());
                }
            }
            if (settled == null || settled.isAfter(next)) {
                stillOpen[m][b] = stillOpen[m][b].add(sale.amount());
            }
        }
    }

    static LocalDate nextMonthEnd(LocalDate monthEnd) {
        LocalDate d = monthEnd.plusMonths(1);
        return d.withDayOfMonth(d.lengthOfMonth());
    }

    /** A dated part of a write-off on one invoice. */
    record Portion(LocalDate date, BigDecimal amount) {
    }

    /**
     * The first month end whose oldest bucket the history can fill: an invoice past the last bucket edge at a month
     * end was dated that many days plus its terms (taken as 30) before it. Earlier month ends would show the older
     * buckets short and bias their rates, so they are left out.
     */
    LocalDate coveredFrom() {
        List<Integer> edges = buckets.edges();
        return firstDocument.plusDays(edges.get(edges.size() - 1) + 30L);
    }

    /** The rows of the table from the first month end the history covers ({@link #coveredFrom}). */
    List<CutoffRow> rows() {
        List<CutoffRow> rows = new java.util.ArrayList<>();
        for (int m = 0; m < ends.size(); m++) {
            LocalDate end = ends.get(m);
            if (firstDocument == null || end.isBefore(coveredFrom())) {
                continue;
            }
            boolean roll = !nextMonthEnd(end).isAfter(parameters.asOf());
            for (int b = 0; b < buckets.size(); b++) {
                rows.add(new CutoffRow(end, b, buckets.buckets().get(b).label(), balance[m][b], writtenOff[m][b],
                        stillOpen[m][b], writtenOffInMonth[m][b], parameters.inLossWindow(end), roll));
            }
        }
        return rows;
    }
}
