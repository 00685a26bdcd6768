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
    private final LocalDate cutoff;

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

    private final DaysLateHistogram portfolio = new DaysLateHistogram();
    private final DaysLateHistogram portfolioToCutoff = new DaysLateHistogram();
    private final Map<String, CustomerLedger> customers = new HashMap<>();
    private LocalDate earliest;

    // Open items at the as-of date (the ledger) and the prior-period export: reconciling figures only, never
    // mixed into the KPIs, which use the AR rebuilt from the history in every month (see report()).
    private BigDecimal ledgerAr = BigDecimal.ZERO;
    private BigDecimal priorAr = BigDecimal.ZERO;

    // Collection forecast.
    private final BigDecimal[] weekAmount;
    private final long[] weekItems;
    private BigDecimal passed = BigDecimal.ZERO;
    private long passedItems;
    private BigDecimal later = BigDecimal.ZERO;
    private long laterItems;
    private BigDecimal disputed = BigDecimal.ZERO;
    private long disputedItems;
    private BigDecimal credits = BigDecimal.ZERO;
    private long creditItems;
    private BigDecimal totalOpen = BigDecimal.ZERO;
    private long totalItems;
    private BigDecimal futureDated = BigDecimal.ZERO;
    private long futureDatedItems;

    // Back-test: actual payments of the invoices open at the cut-off, by week after it.
    private final BigDecimal[] actualWeek;
    private BigDecimal notPaidInHorizon = BigDecimal.ZERO;
    private BigDecimal openAtCutoff = BigDecimal.ZERO;
    private long itemsOpenAtCutoff;
    private BackTest backTest;                   // computed once the history is complete

    CurrencyLedger(String currency, KpiParameters p, MonthEnds ends, LocalDate cutoff) {
        this.currency = currency;
        this.p = p;
        this.ends = ends;
        this.cutoff = cutoff;
        openDiff = zeros(ends.size() + 1);
        currentDiff = zeros(ends.size() + 1);
        over90Diff = zeros(ends.size() + 1);
        sales = zeros(p.months());
        badDebts = zeros(p.months());
        delayNumerator = zeros(p.months());
        delayDenominator = zeros(p.months());
        paidCount = new long[p.months()];
        weekAmount = zeros(p.forecastWeeks());
        weekItems = new long[p.forecastWeeks()];
        actualWeek = zeros(p.forecastWeeks());
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    CustomerLedger customer(Customer c) {
        return customers.computeIfAbsent(c.key(), k -> new CustomerLedger(c));
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

        if (paid != null && !paid.isAfter(p.asOf())) {
            long late = ChronoUnit.DAYS.between(due, paid);
            customer.daysLate.add(late);
            portfolio.add(late);
            if (cutoff != null && !paid.isAfter(cutoff)) {
                customer.paidToCutoff(late);
                portfolioToCutoff.add(late);
            }
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

        if (cutoff != null && !doc.isAfter(cutoff) && (paid == null || paid.isAfter(cutoff))) {
            openAtCutoff = openAtCutoff.add(amount);
            itemsOpenAtCutoff++;
            customer.openAtCutoff(clampedDueOffset(due), amount);
            int week = paid == null || paid.isAfter(p.asOf()) ? ExpectedPayment.LATER
                    : weekOf(ChronoUnit.DAYS.between(cutoff, paid));
            if (week >= 1) {
                actualWeek[week - 1] = actualWeek[week - 1].add(amount);
            } else {
                notPaidInHorizon = notPaidInHorizon.add(amount);
            }
        }
    }

    private static void addRange(BigDecimal[] diff, int from, int to, BigDecimal amount) {
        diff[from] = diff[from].add(amount);
        diff[to] = diff[to].subtract(amount);
    }

    /**
     * Due date − cut-off in days, clamped to the range where the exact value can still change the week:
     * lags lie within the histogram's clamp, so anything earlier is "passed" and anything later is "later"
     * whatever the lag.
     */
    private int clampedDueOffset(LocalDate due) {
        long offset = ChronoUnit.DAYS.between(cutoff, due);
        long lowest = -DaysLateHistogram.MAX_DAYS - 1L;
        long highest = 7L * p.forecastWeeks() - DaysLateHistogram.MIN_DAYS + 1;
        return (int) Math.max(lowest, Math.min(highest, offset));
    }

    /** Week 1..forecastWeeks for a date this many days after the start, 0 (later) beyond; ≤ 0 days is week 1. */
    private int weekOf(long daysAfterStart) {
        if (daysAfterStart <= 0) {
            return 1;
        }
        long week = (daysAfterStart + 6) / 7;
        return week > p.forecastWeeks() ? ExpectedPayment.LATER : (int) week;
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

    ExpectedPayment openItem(OpenItem item) {
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

        if (item.dispute() != null && !item.dispute().isBlank()) {
            disputed = disputed.add(amount);
            disputedItems++;
            return new ExpectedPayment(null, ExpectedPayment.NOT_FORECAST, "disputed: not forecast", false);
        }
        if (amount.signum() < 0) {
            credits = credits.add(amount);
            creditItems++;
            return new ExpectedPayment(null, ExpectedPayment.NOT_FORECAST, "credit: not forecast", false);
        }
        ForecastLag lag = lagOf(customer);
        LocalDate expected = item.dueDate().plusDays(lag.days());
        long daysAfter = ChronoUnit.DAYS.between(asOf, expected);
        int week = weekOf(daysAfter);
        boolean alreadyPassed = daysAfter <= 0;
        if (week == ExpectedPayment.LATER) {
            later = later.add(amount);
            laterItems++;
        } else {
            weekAmount[week - 1] = weekAmount[week - 1].add(amount);
            weekItems[week - 1]++;
            if (alreadyPassed) {
                passed = passed.add(amount);
                passedItems++;
            }
        }
        return new ExpectedPayment(expected, week, lag.basis(), alreadyPassed);
    }

    static boolean isFutureDated(OpenItem item, LocalDate asOf) {
        return item.documentDate() != null && item.documentDate().isAfter(asOf);
    }

    private ForecastLag lagOf(CustomerLedger customer) {
        if (customer.lag == null) {
            customer.lag = lag(backTest().chosen(), customer.daysLate, portfolio);
        }
        return customer.lag;
    }

    /** The lag one method gives a customer with this payment history. */
    private ForecastLag lag(ForecastMethod method, DaysLateHistogram own, DaysLateHistogram all) {
        return switch (method) {
            case MODEL -> ForecastLags.choose(own, all, p.minPaidInvoices());
            case DUE_DATE -> new ForecastLag(0, ForecastLag.Source.DUE_DATE, "due date (baseline (a), chosen by back-test)");
            case MEDIAN_LAG -> ForecastLags.choose(own, all, 1);
        };
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

        List<CustomerKpis> customerKpis = new ArrayList<>(customers.size());
        for (CustomerLedger c : customers.values()) {
            lagOf(c);
            customerKpis.add(c.kpis(currency));
        }
        customerKpis.sort(Comparator.comparing(CustomerKpis::openAr, Comparator.reverseOrder())
                .thenComparing(c -> c.customer().displayName())
                .thenComparing(c -> c.customer().key()));

        return new CurrencyKpis(currency, earliest, List.copyOf(months), window(months),
                List.copyOf(customerKpis), forecast(), backTest());
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

    private CollectionForecast forecast() {
        LocalDate asOf = p.asOf();
        List<ForecastWeek> weeks = new ArrayList<>(p.forecastWeeks());
        for (int w = 1; w <= p.forecastWeeks(); w++) {
            weeks.add(new ForecastWeek(w, asOf.plusDays(7L * (w - 1) + 1), asOf.plusDays(7L * w),
                    weekAmount[w - 1], weekItems[w - 1],
                    w == 1 ? passed : BigDecimal.ZERO, w == 1 ? passedItems : 0));
        }
        String note = futureDatedItems == 0
                ? "No open items are dated after the as-of date."
                : futureDatedItems + " open item(s) totalling " + futureDated.toPlainString() + " are dated after "
                + "the as-of date " + asOf + ": they are forecast like the others but left out of the KPI ending AR, "
                + "so total open AR " + totalOpen.toPlainString() + " = KPI ending AR "
                + totalOpen.subtract(futureDated).toPlainString() + " + future-dated " + futureDated.toPlainString()
                + ".";
        BackTest b = backTest();
        return new CollectionForecast(asOf, List.copyOf(weeks), later, laterItems, disputed, disputedItems,
                credits, creditItems, totalOpen, totalItems, futureDated, futureDatedItems, note, b.chosen(),
                b.choice());
    }

    /** The back-test and the forecast method it chooses; computed once, when the history is complete. */
    private BackTest backTest() {
        if (backTest == null) {
            BackTest b = replay();
            if (!b.available()) {
                backTest = b;
            } else if (!b.horizonComplete()) {
                backTest = b.withChoice(ForecastMethod.MEDIAN_LAG, "too little history to back-test: fewer than "
                        + BackTest.MIN_CUTOFFS + " month end(s) with " + p.forecastWeeks() + " weeks of actuals after "
                        + "them (the horizon from " + cutoff + " ends after the as-of date): "
                        + ForecastMethod.MEDIAN_LAG.label());
            } else {
                ForecastMethod best = BackTest.lowest(b);
                if (best == null) {
                    backTest = b.withChoice(ForecastMethod.MEDIAN_LAG, "nothing was paid in the back-test horizon: "
                            + ForecastMethod.MEDIAN_LAG.label());
                } else {
                    backTest = b.withChoice(best, "lowest back-tested WAPE from " + cutoff + " ("
                            + b.wape(best).toPlainString() + "% vs. model " + text(b.wape(ForecastMethod.MODEL))
                            + "%, due date " + text(b.wape(ForecastMethod.DUE_DATE)) + "%, median lag "
                            + text(b.wape(ForecastMethod.MEDIAN_LAG)) + "%): " + best.label());
                }
            }
        }
        return backTest;
    }

    private static String text(BigDecimal v) {
        return v == null ? "n/a" : v.toPlainString();
    }

    private BackTest replay() {
        if (cutoff == null) {
            return BackTest.unavailable(null, "back-test switched off (0 months)");
        }
        if (earliest == null) {
            return BackTest.unavailable(cutoff, "no invoice history in this currency");
        }
        if (earliest.isAfter(cutoff.minusMonths(1))) {
            return BackTest.unavailable(cutoff, "history starts on " + earliest + ": the back-test needs at least "
                    + "one month of history before the cut-off " + cutoff);
        }
        if (itemsOpenAtCutoff == 0) {
            return BackTest.unavailable(cutoff, "no sales were open at the cut-off " + cutoff);
        }
        int weeks = p.forecastWeeks();
        BigDecimal[] forecastWeek = zeros(weeks);
        BigDecimal[] passedWeek = zeros(weeks);
        BigDecimal[] dueDateWeek = zeros(weeks);
        BigDecimal[] medianWeek = zeros(weeks);
        BigDecimal forecastLater = BigDecimal.ZERO;
        for (CustomerLedger c : customers.values()) {
            AmountsByDay open = c.openAtCutoff;
            if (open == null) {
                continue;
            }
            DaysLateHistogram own = c.daysLateToCutoff != null ? c.daysLateToCutoff : new DaysLateHistogram();
            int lag = lag(ForecastMethod.MODEL, own, portfolioToCutoff).days();
            int medianLag = lag(ForecastMethod.MEDIAN_LAG, own, portfolioToCutoff).days();
            for (int i = 0; i < open.size(); i++) {
                addToWeek(dueDateWeek, open.day(i), open.amount(i));
                addToWeek(medianWeek, (long) open.day(i) + medianLag, open.amount(i));
                long expected = (long) open.day(i) + lag;
                int week = weekOf(expected);
                if (week == ExpectedPayment.LATER) {
                    forecastLater = forecastLater.add(open.amount(i));
                } else {
                    forecastWeek[week - 1] = forecastWeek[week - 1].add(open.amount(i));
                    if (expected <= 0) {
                        passedWeek[week - 1] = passedWeek[week - 1].add(open.amount(i));
                    }
                }
            }
        }
        List<BackTestWeek> rows = new ArrayList<>(weeks);
        BigDecimal absError = BigDecimal.ZERO;
        BigDecimal bias = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        for (int w = 1; w <= weeks; w++) {
            BackTestWeek row = new BackTestWeek(w, cutoff.plusDays(7L * (w - 1) + 1), cutoff.plusDays(7L * w),
                    forecastWeek[w - 1], actualWeek[w - 1], passedWeek[w - 1], dueDateWeek[w - 1], medianWeek[w - 1]);
            rows.add(row);
            absError = absError.add(row.absoluteError());
            bias = bias.add(row.error());
            actual = actual.add(row.actual());
        }
        LocalDate horizonEnd = cutoff.plusDays(7L * weeks);
        return new BackTest(true, null, cutoff, horizonEnd, !horizonEnd.isAfter(p.asOf()), openAtCutoff,
                itemsOpenAtCutoff, List.copyOf(rows), forecastLater, notPaidInHorizon,
                Ratios.percent(absError, actual), bias, Ratios.percent(bias, actual), ForecastMethod.MODEL, "");
    }

    private void addToWeek(BigDecimal[] weekSums, long expectedDay, BigDecimal amount) {
        int week = weekOf(expectedDay);
        if (week != ExpectedPayment.LATER) {
            weekSums[week - 1] = weekSums[week - 1].add(amount);
        }
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
