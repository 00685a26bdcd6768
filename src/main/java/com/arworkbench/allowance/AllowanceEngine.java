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
    private long dated;
    private long settledUndated;
    private long sameInBoth;
    /** Each write-off (currency, customer, date, amount) with the file it came from first. */
    private final Map<String, String> seen = new HashMap<>();

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
        // The history's own write-off documents and a write-offs export often hold the same write-off: once only.
        String same = w.currency() + "\u0000" + w.customer().key() + "\u0000" + w.date() + "\u0000"
                + w.amount().stripTrailingZeros().toPlainString();
        String firstFile = seen.putIfAbsent(same, w.file());
        if (firstFile != null && !firstFile.equals(w.file())) {
            sameInBoth++;
            return;
        }
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
        if (r.paidDate() != null) {
            dated++;
        } else if (r.openAmount() != null && r.openAmount().signum() == 0) {
            // Settled, but the history does not say when: it cannot be placed at any month end.
            settledUndated++;
            return;
        }
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
        // Without a single settlement date every invoice would read as open for ever: none of them can be placed.
        long undated = dated == 0 ? sales : settledUndated;
        return new AllowanceReport(parameters, currencies, traced, ledger, dropped, sales, other, undated, sameInBoth);
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
