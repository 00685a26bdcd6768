package com.arworkbench.kpi;

import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Receivables KPIs, collection forecast and its back-test from an invoice history and the open items.
 * Records stream in and only per-currency and per-customer sums are kept, so memory grows with
 * customers, not rows.
 *
 * <p>Phase 1: {@link #history}, {@link #writeOff}, {@link #prior} in any order. Phase 2:
 * {@link #openItem} for each open item at the as-of date (payment habits are then fixed, so more history
 * is refused). Then {@link #report()}.
 */
public final class KpiEngine {

    private final KpiParameters parameters;
    private final MonthEnds ends;
    private final Map<String, CurrencyLedger> currencies = new HashMap<>();
    private ForecastMethod forcedMethod;
    private boolean openItemsGiven;
    private boolean priorGiven;

    private long historyRecords;
    private long historyIgnored;
    private long historyFutureDated;
    private long writeOffRecords;
    private long writeOffIgnored;
    private long priorItems;
    private long priorFutureDated;
    private long openItems;
    private long openItemsFutureDated;

    public KpiEngine(KpiParameters parameters) {
        this.parameters = Objects.requireNonNull(parameters, "parameters");
        this.ends = new MonthEnds(parameters.asOf(), parameters.months());
    }

    /** One line of the invoice history (phase 1). Lines without a date, amount or customer are counted as ignored. */
    public void history(InvoiceRecord r) {
        if (openItemsGiven) {
            throw new IllegalStateException("history must come before the open items: payment habits are already fixed");
        }
        historyRecords++;
        if (r.documentDate() == null || r.amount() == null || r.customer() == null) {
            historyIgnored++;
            return;
        }
        if (r.documentDate().isAfter(parameters.asOf())) {
            historyFutureDated++;
            return;
        }
        currency(r.currency()).history(r);
    }

    /** A line of a separate write-offs export: |amount| is a bad debt at its document date. */
    public void writeOff(InvoiceRecord r) {
        writeOffRecords++;
        if (r.documentDate() == null || r.amount() == null) {
            writeOffIgnored++;
            return;
        }
        currency(r.currency()).writeOff(r);
    }

    /** An open item of the prior-period export (at the month end before the as-of date): beginning AR of the last period. */
    public void prior(OpenItem item) {
        priorGiven = true;
        priorItems++;
        LocalDate priorMonthEnd = ends.date(parameters.months() - 1);
        if (item.documentDate() != null && item.documentDate().isAfter(priorMonthEnd)) {
            priorFutureDated++;
            return;
        }
        currency(item.currency()).prior(item);
    }

    /** An open item at the as-of date (phase 2): counts in ending AR and gets its expected payment. */
    public ExpectedPayment openItem(OpenItem item) {
        return openItem(item, null);
    }

    /** An open item with the payment the customer promised for it (null: none), which overrides the model. */
    public ExpectedPayment openItem(OpenItem item, Promise promise) {
        openItemsGiven = true;
        openItems++;
        if (CurrencyLedger.isFutureDated(item, parameters.asOf())) {
            openItemsFutureDated++;
        }
        return currency(item.currency()).openItem(item, promise);
    }

    /** Tests: forecast every currency with this method instead of the one the back-test chooses. */
    void forceMethod(ForecastMethod method) {
        this.forcedMethod = method;
        currencies.values().forEach(c -> c.forceMethod(method));
    }

    public KpiReport report() {
        List<Map.Entry<String, CurrencyLedger>> ordered = new ArrayList<>(currencies.entrySet());
        Map<String, BigDecimal> size = new HashMap<>();
        for (Map.Entry<String, CurrencyLedger> e : ordered) {
            size.put(e.getKey(), e.getValue().ledgerArForOrdering(openItemsGiven).abs());
        }
        ordered.sort(Comparator.<Map.Entry<String, CurrencyLedger>, BigDecimal>comparing(e -> size.get(e.getKey()))
                .reversed().thenComparing(Map.Entry::getKey));
        Map<String, CurrencyKpis> out = new LinkedHashMap<>();
        for (Map.Entry<String, CurrencyLedger> e : ordered) {
            out.put(e.getKey(), e.getValue().report(openItemsGiven, priorGiven));
        }
        InputCounts counts = new InputCounts(historyRecords, historyIgnored, historyFutureDated, writeOffRecords,
                writeOffIgnored, priorItems, priorFutureDated, openItems, openItemsFutureDated);
        return new KpiReport(parameters, ends.all(), Collections.unmodifiableMap(out), counts,
                openItemsGiven, priorGiven, Kpi.methods(parameters));
    }

    private CurrencyLedger currency(String code) {
        String key = code == null ? "" : code;
        CurrencyLedger ledger = currencies.get(key);
        if (ledger == null) {
            ledger = new CurrencyLedger(key, parameters, ends);
            if (forcedMethod != null) {
                ledger.forceMethod(forcedMethod);
            }
            currencies.put(key, ledger);
        }
        return ledger;
    }
}
