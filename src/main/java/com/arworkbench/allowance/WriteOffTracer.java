package com.arworkbench.allowance;

import com.arworkbench.model.InvoiceRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties one customer's write-offs (in one currency) to the invoices they closed, most certain first: an invoice of the
 * same amount settled on the write-off date; else the invoices settled that day when they add up to it; else the
 * oldest invoices open that day, first in first out. What none explains stays untraced.
 */
final class WriteOffTracer {

    private final List<InvoiceRecord> sales;
    private final Map<InvoiceRecord, BigDecimal> left = new IdentityHashMap<>();
    private final Map<InvoiceRecord, List<CutoffGrid.Portion>> portions = new IdentityHashMap<>();

    WriteOffTracer(List<InvoiceRecord> sales) {
        this.sales = new ArrayList<>(sales);
        this.sales.sort(Comparator.comparing((InvoiceRecord r) -> r.dueDate() == null ? r.documentDate() : r.dueDate())
                .thenComparing(InvoiceRecord::documentDate).thenComparingLong(InvoiceRecord::sourceRow));
        for (InvoiceRecord r : this.sales) {
            left.put(r, r.amount());
        }
    }

    /** The write-off-closed parts of each invoice, once {@link #trace} ran for every write-off. */
    List<CutoffGrid.Portion> portionsOf(InvoiceRecord sale) {
        return portions.getOrDefault(sale, List.of());
    }

    TracedWriteOff trace(WriteOff w) {
        LocalDate day = w.date();
        for (InvoiceRecord r : sales) {
            if (day.equals(r.paidDate()) && left.get(r).compareTo(w.amount()) == 0) {
                return traced(w, TracedWriteOff.Trace.EXACT, List.of(r));
            }
        }
        List<InvoiceRecord> sameDay = sales.stream().filter(r -> day.equals(r.paidDate()) && left.get(r).signum() > 0)
                .toList();
        BigDecimal sum = sameDay.stream().map(left::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!sameDay.isEmpty() && sum.compareTo(w.amount()) == 0) {
            return traced(w, TracedWriteOff.Trace.SAME_DAY, sameDay);
        }
        List<InvoiceRecord> open = sales.stream().filter(r -> !r.documentDate().isAfter(day)
                && (r.paidDate() == null || !r.paidDate().isBefore(day)) && left.get(r).signum() > 0).toList();
        return traced(w, open.isEmpty() ? TracedWriteOff.Trace.NOT_TRACED : TracedWriteOff.Trace.OLDEST_OPEN, open);
    }

    /** Takes the write-off from the invoices in order until it is used up. */
    private TracedWriteOff traced(WriteOff w, TracedWriteOff.Trace how, List<InvoiceRecord> from) {
        BigDecimal rest = w.amount();
        List<TracedWriteOff.Portion> parts = new ArrayList<>();
        for (InvoiceRecord r : from) {
            if (rest.signum() <= 0) {
                break;
            }
            BigDecimal take = left.get(r).min(rest);
            if (take.signum() <= 0) {
                continue;
            }
            left.put(r, left.get(r).subtract(take));
            rest = rest.subtract(take);
            parts.add(new TracedWriteOff.Portion(r.documentNumber(), take));
            portions.computeIfAbsent(r, k -> new ArrayList<>()).add(new CutoffGrid.Portion(w.date(), take));
        }
        return new TracedWriteOff(w, List.copyOf(parts), parts.isEmpty() ? TracedWriteOff.Trace.NOT_TRACED : how, rest);
    }
}
