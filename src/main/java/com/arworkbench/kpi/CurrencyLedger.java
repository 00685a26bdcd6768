package com.arworkbench.kpi;

import com.arworkbench.model.Customer;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running sums of one currency. Month-end balances use difference arrays: a document is open on a
 * contiguous range of month ends (current on a sub-range at the start, over 90 on a sub-range at the
 * end), so it adds its amount where a range starts and subtracts it where it ends; a prefix sum at
 * report time gives every month end. Work per record is a few binary searches, not a loop over periods.
 */
final class CurrencyLedger {

    private static final int RECENT_PERIODS = 3;
    private static final int EARLIER_PERIODS = 9;

    private final String currency;
    private final KpiParameters p;
    private final MonthEnds ends;

    // Indexed by month end (0 = E_-1 … months = as-of), one extra slot for "until the end".
    private final BigDecimal[] openDiff;
    private final BigDecimal[] currentDiff;
    private final BigDecimal[] over90Diff;
    // Indexed by period.
    private final BigDecimal[] sales;
    private final BigDecimal[] badDebts;
    private final BigDecimal[] delayNumerator;
    private final BigDecimal[] delayDenominator;
    private final long[] paidCount;

    private final PaymentHistory payments;
    private final Map<String, CustomerLedger> customers = new HashMap<>();
    private LocalDate earliest;

    // Open items at the as-of date (the ledger) and the prior-period export: reconciling figures only, never
    // mixed into the KPIs, which use the AR rebuilt from the history in every month (see report()).
    private BigDecimal ledgerAr = BigDecimal.ZERO;
    private BigDecimal priorAr = BigDecimal.ZERO;

    // Collection forecast: what was given, for the tie-out and the notes.
    private BigDecimal disputed = BigDecimal.ZERO;
    private long disputedItems;
    private BigDecimal credits = BigDecimal.ZERO;
    private long creditItems;
    private BigDecimal promised = BigDecimal.ZERO;
    private long promisedItems;
    private BigDecimal totalOpen = BigDecimal.ZERO;
    private long totalItems;
    private BigDecimal futureDated = BigDecimal.ZERO;
    private long futureDatedItems;
    private BackTest backTest;                   // computed once the history is complete
    private PaymentModel model;                  // the as-of model, likewise
    private ForecastMethod forcedMethod;         // tests compare one method without the back-test choosing
    private final double[] bins;

    CurrencyLedger(String currency, KpiParameters p, MonthEnds ends) {
        this.currency = currency;
        this.p = p;
        this.ends = ends;
        this.payments = new PaymentHistory(p, ends);
        this.bins = new double[p.forecastWeeks() + 1];
        openDiff = zeros(ends.size() + 1);
        currentDiff = zeros(ends.size() + 1);
        over90Diff = zeros(ends.size() + 1);
        sales = zeros(p.months());
        badDebts = zeros(p.months());
        delayNumerator = zeros(p.months());
        delayDenominator = zeros(p.months());
        paidCount = new long[p.months()];
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    CustomerLedger customer(Customer c) {
        return customers.computeIfAbsent(c.key(), k -> new CustomerLedger(c, backTest == null ? payments.stages() : 0));
    }

    // ---------------------------------------------------------------- phase 1

    /** A history line already known to have a document date and amount, dated on or before the as-of date. */
    void history(InvoiceRecord r) {
        LocalDate doc = r.documentDate();
        LocalDate due = r.dueDate() != null ? r.dueDate() : doc;
        LocalDate paid = r.paidDate();
        BigDecimal amount = r.amount();
        if (earliest == null || doc.isBefore(earliest)) {
            earliest = doc;
        }
        CustomerLedger customer = customer(r.customer());

        // Open at month end E when doc ≤ E < paid: month ends [first ≥ doc, first ≥ paid).
        int openFrom = ends.firstAtOrAfter(doc);
        int openTo = paid == null ? ends.size() : ends.firstAtOrAfter(paid);
        if (openFrom < openTo) {
            addRange(openDiff, openFrom, openTo, amount);
            int currentTo = Math.min(openTo, ends.firstAfter(due));                 // E ≤ due
            if (openFrom < currentTo) {
                addRange(currentDiff, openFrom, currentTo, amount);
            }
            int over90From = Math.max(openFrom, ends.firstAfter(due.plusDays(90))); // E − due > 90
            if (over90From < openTo) {
                addRange(over90Diff, over90From, openTo, amount);
            }
        }

        int period = ends.periodOf(doc);
        boolean sale = r.isSale();
        if (period >= 0) {
            if (sale) {
                sales[period] = sales[period].add(amount);
            } else if (r.type() == DocumentType.WRITE_OFF) {
                badDebts[period] = badDebts[period].add(amount.abs());
            }
        }
        if (!sale) {
            return;
        }

        boolean paidByAsOf = paid != null && !paid.isAfter(p.asOf());
        payments.sale(customer.payments, doc, due, paidByAsOf ? paid : null, amount, r.disputed());
        if (paidByAsOf) {
            long late = ChronoUnit.DAYS.between(due, paid);
            customer.daysLate.add(late);
            int paidPeriod = ends.periodOf(paid);
            if (paidPeriod >= 0) {
                delayNumerator[paidPeriod] = delayNumerator[paidPeriod].add(amount.multiply(BigDecimal.valueOf(late)));
                delayDenominator[paidPeriod] = delayDenominator[paidPeriod].add(amount);
                paidCount[paidPeriod]++;
                int recentFrom = Math.max(0, p.months() - RECENT_PERIODS);
                customer.paidInWindow(amount, ChronoUnit.DAYS.between(doc, paid), late,
                        paidPeriod >= recentFrom, paidPeriod >= recentFrom - EARLIER_PERIODS);
            }
        }

    }

    private static void addRange(BigDecimal[] diff, int from, int to, BigDecimal amount) {
        diff[from] = diff[from].add(amount);
        diff[to] = diff[to].subtract(amount);
    }

    void writeOff(InvoiceRecord r) {
        int period = ends.periodOf(r.documentDate());
        if (period >= 0) {
            badDebts[period] = badDebts[period].add(r.amount().abs());
        }
    }

    void prior(OpenItem item) {
        priorAr = priorAr.add(item.openAmount());
    }

    // ---------------------------------------------------------------- phase 2

    ExpectedPayment openItem(OpenItem item, Promise promise) {
        LocalDate asOf = p.asOf();
        BigDecimal amount = item.openAmount();
        CustomerLedger customer = customer(item.customer());
        totalOpen = totalOpen.add(amount);
        totalItems++;
        if (isFutureDated(item, asOf)) {
            futureDated = futureDated.add(amount);
            futureDatedItems++;
            customer.futureDatedAr = customer.futureDatedAr.add(amount);
            customer.futureDatedItems++;
        } else {
            ledgerAr = ledgerAr.add(amount);
            customer.openAr = customer.openAr.add(amount);
            customer.openItems++;
            if (!item.dueDate().isBefore(asOf)) {
                customer.currentAr = customer.currentAr.add(amount);
            }
            if (ChronoUnit.DAYS.between(item.dueDate(), asOf) > 90) {
                customer.over90Ar = customer.over90Ar.add(amount);
            }
        }

        boolean disputedItem = item.dispute() != null && !item.dispute().isBlank();
        if (disputedItem) {
            disputed = disputed.add(amount);
            disputedItems++;
        }
        ExpectedCash cash = cashOf(customer);
        if (amount.signum() < 0) {
            credits = credits.add(amount);
            creditItems++;
            cash.credit(amount);
            return new ExpectedPayment(null, ExpectedPayment.NOT_FORECAST, BigDecimal.ZERO,
                    "credit: taken against the customer's expected payments", false);
        }
        int cls = disputedItem ? PaymentModel.DISPUTED : PaymentModel.UNDISPUTED;
        BigDecimal rest = amount;
        ExpectedPayment promisedPayment = null;
        if (promise != null && promise.date() != null && promise.date().isAfter(asOf) && amount.signum() > 0) {
            BigDecimal part = promise.amount() == null || promise.amount().signum() <= 0 ? amount
                    : promise.amount().min(amount);
            long days = ChronoUnit.DAYS.between(asOf, promise.date());
            int week = model.weekOf(days);
            week = week > p.forecastWeeks() ? ExpectedPayment.LATER : week;
            cash.promise(week, promise.date(), part);
            promised = promised.add(part);
            promisedItems++;
            rest = amount.subtract(part);
            promisedPayment = new ExpectedPayment(promise.date(), week, week == ExpectedPayment.LATER ? BigDecimal.ZERO
                    : BigDecimal.ONE, "promised on the worklist: " + part.toPlainString() + " on " + promise.date(), false);
        }
        int lateness = (int) Math.max(-100_000, Math.min(100_000, ChronoUnit.DAYS.between(item.dueDate(), asOf)));
        PaymentModel.CustomerModel m = customer.model;
        int segment = Segment.of(item.originalAmount() != null ? item.originalAmount() : amount, item.documentDate(),
                item.dueDate());
        ExpectedPayment expected = m.forecast(method(), cls, lateness, segment, asOf, bins);
        if (rest.signum() > 0) {
            cash.item(cls, segment, rest, bins, expected);
        }
        return promisedPayment != null ? promisedPayment : expected;
    }

    /** The customer's expected cash, with its model fixed (and the back-test run) at its first open item. */
    private ExpectedCash cashOf(CustomerLedger customer) {
        backTest();
        if (customer.cash == null) {
            customer.cash = new ExpectedCash(p.forecastWeeks());
            if (customer.model == null) {
                // A customer first seen in the open items: no payment history.
                customer.model = payments.customerModel(model, new CustomerPayments(payments.stages()));
            }
        }
        return customer.cash;
    }

    static boolean isFutureDated(OpenItem item, LocalDate asOf) {
        return item.documentDate() != null && item.documentDate().isAfter(asOf);
    }

    // ---------------------------------------------------------------- report

    BigDecimal ledgerArForOrdering(boolean openItemsGiven) {
        return openItemsGiven ? ledgerAr : prefix(openDiff)[ends.size() - 1];
    }

    /**
     * One measure of AR: every month, the as-of month included, takes its beginning, ending, current and over-90 AR
     * from the balances rebuilt from the history, so every ratio and the roll-forward (beginning AR = the previous
     * ending AR) use one measure. The ledger ({@code openItemsGiven}) and the prior-period export ({@code priorGiven})
     * only go into the as-of month as reconciling figures.
     */
    CurrencyKpis report(boolean openItemsGiven, boolean priorGiven) {
        int m = p.months();
        BigDecimal[] open = prefix(openDiff);
        BigDecimal[] current = prefix(currentDiff);
        BigDecimal[] over90 = prefix(over90Diff);

        List<MonthKpis> months = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            boolean last = k == m - 1;
            BigDecimal beginning = open[k];
            BigDecimal ending = open[k + 1];
            BigDecimal endingCurrent = current[k + 1];
            BigDecimal endingOver90 = over90[k + 1];
            int days = ends.days(k);
            BigDecimal dso = Ratios.days(ending, sales[k], days);
            BigDecimal bpdso = Ratios.days(endingCurrent, sales[k], days);
            Countback countback = countback(k, ending);
            BigDecimal collectible = beginning.add(sales[k]);
            months.add(new MonthKpis(k + 1, ends.date(k).plusDays(1), ends.date(k + 1), days, sales[k],
                    beginning, ending, endingCurrent, endingOver90,
                    last && openItemsGiven ? ledgerAr : null, last && priorGiven ? priorAr : null, badDebts[k],
                    delayNumerator[k], delayDenominator[k], paidCount[k],
                    dso, bpdso, Ratios.minus(dso, bpdso),
                    countback.days, countback.periods, countback.complete,
                    Ratios.percent(collectible.subtract(ending), collectible.subtract(endingCurrent)),
                    Ratios.percent(endingCurrent, ending), Ratios.percent(endingOver90, ending),
                    Ratios.percent(badDebts[k], sales[k]),
                    Ratios.divide(delayNumerator[k], delayDenominator[k])));
        }

        CollectionForecast forecast = forecast();
        List<CustomerKpis> customerKpis = new ArrayList<>(customers.size());
        for (CustomerLedger c : customers.values()) {
            customerKpis.add(c.kpis(currency));
        }
        customerKpis.sort(Comparator.comparing(CustomerKpis::openAr, Comparator.reverseOrder())
                .thenComparing(c -> c.customer().displayName())
                .thenComparing(c -> c.customer().key()));

        return new CurrencyKpis(currency, earliest, List.copyOf(months), window(months),
                List.copyOf(customerKpis), forecast, backTest());
    }

    private WindowKpis window(List<MonthKpis> months) {
        MonthKpis first = months.get(0);
        MonthKpis last = months.get(months.size() - 1);
        BigDecimal totalSales = sum(sales);
        BigDecimal totalBadDebts = sum(badDebts);
        BigDecimal delayNum = sum(delayNumerator);
        BigDecimal delayDen = sum(delayDenominator);
        // CEI with credit sales ÷ N: numerator and denominator are both multiplied by N so there is one division.
        BigDecimal n = BigDecimal.valueOf(months.size());
        BigDecimal collectible = first.beginningAr().multiply(n).add(totalSales);
        BigDecimal cei = Ratios.percent(collectible.subtract(last.endingAr().multiply(n)),
                collectible.subtract(last.currentAr().multiply(n)));
        return new WindowKpis(months.size(), first.firstDay(), last.monthEnd(), first.beginningAr(), totalSales,
                last.endingAr(), last.currentAr(), last.over90Ar(), totalBadDebts, delayNum, delayDen,
                last.dso(), last.bestPossibleDso(), last.averageDaysDelinquent(), last.countbackDso(),
                last.countbackComplete(), cei, Ratios.percent(totalBadDebts, totalSales),
                Ratios.divide(delayNum, delayDen), last.percentCurrent(), last.percentOver90());
    }

    private record Countback(BigDecimal days, int periods, boolean complete) {
    }

    /**
     * DSO countback at the end of period k: use up the ending AR with the credit sales of period k, k-1, …;
     * the period that finishes it contributes remaining ÷ its sales × its days. A period ending before the
     * first history date has no known sales, so the countback stops there as incomplete.
     */
    private Countback countback(int k, BigDecimal endingAr) {
        if (endingAr.signum() <= 0) {
            return new Countback(BigDecimal.ZERO.setScale(Ratios.SCALE), 0, true);
        }
        BigDecimal remaining = endingAr;
        long wholeDays = 0;
        int used = 0;
        for (int j = k; j >= 0; j--) {
            if (earliest == null || ends.date(j + 1).isBefore(earliest)) {
                break;
            }
            BigDecimal s = sales[j];
            int days = ends.days(j);
            used++;
            if (s.signum() > 0 && remaining.compareTo(s) <= 0) {
                // wholeDays + remaining × days ÷ s, as one division.
                BigDecimal numerator = BigDecimal.valueOf(wholeDays).multiply(s)
                        .add(remaining.multiply(BigDecimal.valueOf(days)));
                return new Countback(numerator.divide(s, Ratios.SCALE, Ratios.ROUNDING), used, true);
            }
            remaining = remaining.subtract(s);
            wholeDays += days;
        }
        return new Countback(BigDecimal.valueOf(wholeDays).setScale(Ratios.SCALE), used, false);
    }

    /** Settles every customer's expected cash to the cent and adds them up by week. */
    private CollectionForecast forecast() {
        LocalDate asOf = p.asOf();
        int n = p.forecastWeeks();
        BigDecimal[][] totals = new BigDecimal[4][n + 1];
        for (BigDecimal[] kind : totals) {
            Arrays.fill(kind, BigDecimal.ZERO);
        }
        BigDecimal notForecast = BigDecimal.ZERO;
        long netCreditCustomers = 0;
        ForecastMethod method = method();
        for (CustomerLedger c : customers.values()) {
            if (c.cash == null) {
                continue;
            }
            ExpectedCash.Settled settled = c.cash.settle();
            BigDecimal inHorizon = BigDecimal.ZERO;
            for (int k = 0; k < totals.length; k++) {
                for (int w = 0; w <= n; w++) {
                    totals[k][w] = totals[k][w].add(settled.amounts()[k][w]);
                }
            }
            for (int w = 0; w < n; w++) {
                inHorizon = inHorizon.add(settled.total(w));
            }
            if (settled.netCredit().signum() != 0) {
                notForecast = notForecast.add(settled.netCredit());
                netCreditCustomers++;
            }
            c.forecast = new CustomerForecast(c.model.basis(method, PaymentModel.UNDISPUTED, c.cash.segment()), inHorizon,
                    settled.total(n), settled.netCredit(), c.cash.nextDate(), c.cash.nextAmount(),
                    c.cash.nextProbability(), c.cash.promisedTotal());
        }
        List<ForecastWeek> weeks = new ArrayList<>(n);
        for (int w = 1; w <= n; w++) {
            weeks.add(new ForecastWeek(w, asOf.plusDays(7L * (w - 1) + 1), asOf.plusDays(7L * w),
                    totals[ExpectedCash.UNDISPUTED][w - 1], totals[ExpectedCash.DISPUTED][w - 1],
                    totals[ExpectedCash.PROMISED][w - 1], totals[ExpectedCash.CREDITS][w - 1]));
        }
        ForecastWeek later = new ForecastWeek(0, null, null, totals[ExpectedCash.UNDISPUTED][n],
                totals[ExpectedCash.DISPUTED][n], totals[ExpectedCash.PROMISED][n], totals[ExpectedCash.CREDITS][n]);
        String note = futureDatedItems == 0
                ? "No open items are dated after the as-of date."
                : futureDatedItems + " open item(s) totalling " + futureDated.toPlainString() + " are dated after "
                + "the as-of date " + asOf + ": they are forecast like the others but left out of the ledger AR at the as-of "
                + "date, so total open AR " + totalOpen.toPlainString() + " = ledger AR "
                + totalOpen.subtract(futureDated).toPlainString() + " + future-dated " + futureDated.toPlainString()
                + ".";
        BackTest b = backTest();
        return new CollectionForecast(asOf, List.copyOf(weeks), later, notForecast, netCreditCustomers, totalOpen,
                totalItems, disputed, disputedItems, credits, creditItems, promised, promisedItems, futureDated,
                futureDatedItems, note, method(), forcedMethod == null ? b.choice() : "set by the caller: " + method().label());
    }

    void forceMethod(ForecastMethod method) {
        this.forcedMethod = method;
    }

    private ForecastMethod method() {
        return forcedMethod != null ? forcedMethod : backTest().chosen();
    }

    /** The rolling back-test and the forecast method it chooses; computed once, when the history is complete. */
    BackTest backTest() {
        if (backTest == null) {
            backTest = payments.backTest(customers.values(), earliest);
            // The history is complete: fix every customer's as-of model and let the stage data go, so the open
            // items stream with memory for curves only.
            model = payments.asOfModel();
            for (CustomerLedger c : customers.values()) {
                c.model = payments.customerModel(model, c.payments);
                c.payments = null;
            }
        }
        return backTest;
    }

    private static BigDecimal[] prefix(BigDecimal[] diff) {
        BigDecimal[] out = new BigDecimal[diff.length - 1];
        BigDecimal running = BigDecimal.ZERO;
        for (int i = 0; i < out.length; i++) {
            running = running.add(diff[i]);
            out[i] = running;
        }
        return out;
    }

    private static BigDecimal sum(BigDecimal[] values) {
        BigDecimal total = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            total = total.add(v);
        }
        return total;
    }
}
