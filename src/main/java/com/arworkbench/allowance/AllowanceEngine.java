package com.arworkbench.allowance;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.model.InvoiceRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The allowance for doubtful accounts (IFRS 9 simplified approach / CECL provision matrix). Phase 1: every
 * {@link #writeOff}. Phase 2: the invoice history, one {@link #history} record at a time: a sales invoice goes
 * straight into its currency's history table, unless its customer had a write-off, when it waits for
 * {@link #report} to trace the write-offs to it (only invoices open at some point between the customer's first and
 * last write-off can be). Memory so grows with the invoices of the customers written off, not with the history.
 */
public final class AllowanceEngine {

    private final AllowanceParameters parameters;
    private final Map<String, CutoffGrid> grids = new TreeMap<>();
    private final Map<String, List<WriteOff>> writeOffs = new HashMap<>();
    /** Per customer with write-offs, the first and the last write-off date: only invoices open between can be traced. */
    private final Map<String, LocalDate[]> spans = new HashMap<>();
    private final Map<String, List<InvoiceRecord>> waiting = new HashMap<>();
    private final List<WriteOff> allWriteOffs = new ArrayList<>();
    private long sales;
    private long other;

    public AllowanceEngine(AllowanceParameters parameters) {
        this.parameters = parameters;
    }

    public AllowanceParameters parameters() {
        return parameters;
    }

    private static String key(String currency, com.arworkbench.model.Customer customer) {
        return UserInputs.customerKey(currency, customer);
    }

    public void writeOff(WriteOff w) {
        String k = key(w.currency(), w.customer());
        writeOffs.computeIfAbsent(k, x -> new ArrayList<>()).add(w);
        LocalDate[] span = spans.computeIfAbsent(k, x -> new LocalDate[] {w.date(), w.date()});
        span[0] = w.date().isBefore(span[0]) ? w.date() : span[0];
        span[1] = w.date().isAfter(span[1]) ? w.date() : span[1];
        allWriteOffs.add(w);
    }

    public boolean hasWriteOffs() {
        return !allWriteOffs.isEmpty();
    }

    /** A record of the invoice history: sales invoices make the history table; the others are counted only. */
    public void history(InvoiceRecord r) {
        if (!r.isSale() || r.documentDate() == null || r.customer() == null) {
            other++;
            return;
        }
        sales++;
        LocalDate[] span = spans.get(key(r.currency(), r.customer()));
        // Dated after the last write-off, or settled before the first, no write-off of the customer can be on it.
        if (span != null && !r.documentDate().isAfter(span[1]) && (r.paidDate() == null || !r.paidDate().isBefore(span[0]))) {
            String k = key(r.currency(), r.customer());
            waiting.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        } else {
            grid(r.currency()).add(r, List.of());
        }
    }

    private CutoffGrid grid(String currency) {
        return grids.computeIfAbsent(currency, c -> new CutoffGrid(parameters));
    }

    /**
     * The allowance: the write-offs traced, the rates, and the provision on the aging's balances (the same bucket
     * scheme), with last run's outlook and specific provisions, against the trial balance's allowance when given.
     */
    public AllowanceReport report(AgingReport aging, UserInputs inputs, LedgerAllowance ledger) {
        List<TracedWriteOff> traced = traceWriteOffs();
        Map<String, List<CustomerAging>> byCurrency = new TreeMap<>();
        for (CustomerAging c : aging.customers()) {
            byCurrency.computeIfAbsent(c.currency(), x -> new ArrayList<>()).add(c);
            grid(c.currency());
        }
        List<String> used = new ArrayList<>();
        List<CurrencyAllowance> currencies = new ArrayList<>();
        for (Map.Entry<String, CutoffGrid> e : grids.entrySet()) {
            List<CustomerAging> customers = byCurrency.getOrDefault(e.getKey(), List.of());
            currencies.add(ProvisionMatrix.of(parameters, e.getKey(), e.getValue().rows(), customers, inputs, ledger,
                    grids.size(), used));
        }
        List<String> dropped = inputs.specific().keySet().stream().filter(k -> !used.contains(k))
                .map(k -> k.replace('\u0000', ' ')).sorted().toList();
        return new AllowanceReport(parameters, currencies, traced, ledger, dropped, sales, other);
    }

    private List<TracedWriteOff> traceWriteOffs() {
        Map<WriteOff, TracedWriteOff> out = new java.util.IdentityHashMap<>();
        for (Map.Entry<String, List<WriteOff>> e : writeOffs.entrySet()) {
            List<InvoiceRecord> sales = waiting.getOrDefault(e.getKey(), List.of());
            WriteOffTracer tracer = new WriteOffTracer(sales);
            List<WriteOff> ws = new ArrayList<>(e.getValue());
            ws.sort(Comparator.comparing(WriteOff::date).thenComparingLong(WriteOff::sourceRow));
            for (WriteOff w : ws) {
                out.put(w, tracer.trace(w));
            }
            for (InvoiceRecord r : sales) {
                grid(r.currency()).add(r, tracer.portionsOf(r));
            }
        }
        List<TracedWriteOff> list = new ArrayList<>();
        for (WriteOff w : allWriteOffs) {
            list.add(out.get(w));
        }
        return list;
    }
}
