package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One currency's payment behaviour at each stage date: the back-test cut-offs (every month end of the window
 * whose whole horizon of payments is known by the as-of date) and the as-of date itself. Each sale adds its
 * payment to the stage it became known in and its open amount to every stage date it was open on, so the
 * model fitted at a cut-off sees only what was known then (no lookahead).
 */
final class PaymentHistory {

    private static final int CLASSES = 2;

    private final int weeks;
    private final int minPaid;
    private final LocalDate[] stages;
    private final long[] stageDays;
    private final int cutoffs;
    private final boolean switchedOff;

    private final int[][][] paid;        // [class][stage][days late − MIN]: paid within the stage
    private final int[][][] open;        // [class][stage][days late − MIN]: open on the stage date
    private final int[][][] segmentPaid; // [segment][stage][days late − MIN]: undisputed only
    private final int[][][] segmentOpen;
    // Exact sums in whole cents where the amounts allow (almost always), the rest in BigDecimal: adding a
    // BigDecimal for every stage an invoice is open on is most of the cost of a long history.
    private final long[][] actualCents;      // [cut-off][week], the last slot later
    private final BigDecimal[][] actualRest;
    private final long[] openCents;
    private final BigDecimal[] openRest;
    private final long[] openItems;

    PaymentHistory(KpiParameters p, MonthEnds ends) {
        this.weeks = p.forecastWeeks();
        this.minPaid = p.minPaidInvoices();
        List<LocalDate> dates = new ArrayList<>();
        if (p.backTestMonths() > 0) {
            for (int j = 0; j < p.months(); j++) {
                if (!ends.date(j).plusDays(7L * weeks).isAfter(p.asOf())) {
                    dates.add(ends.date(j));
                }
            }
            // The most recent back-test months only.
            dates = new ArrayList<>(dates.subList(Math.max(0, dates.size() - p.backTestMonths()), dates.size()));
        }
        cutoffs = dates.size();
        switchedOff = p.backTestMonths() == 0;
        dates.add(p.asOf());
        stages = dates.toArray(LocalDate[]::new);
        stageDays = Arrays.stream(stages).mapToLong(LocalDate::toEpochDay).toArray();
        paid = new int[CLASSES][stages.length][Curve.SIZE];
        open = new int[CLASSES][stages.length][Curve.SIZE];
        segmentPaid = new int[Segment.COUNT][stages.length][Curve.SIZE];
        segmentOpen = new int[Segment.COUNT][stages.length][Curve.SIZE];
        actualCents = new long[cutoffs][weeks + 1];
        actualRest = new BigDecimal[cutoffs][weeks + 1];
        for (BigDecimal[] row : actualRest) {
            Arrays.fill(row, BigDecimal.ZERO);
        }
        openCents = new long[cutoffs];
        openRest = zeros(cutoffs);
        openItems = new long[cutoffs];
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }

    int stages() {
        return stages.length;
    }

    int asOfStage() {
        return stages.length - 1;
    }

    /** A sale of the history; {@code paidDate} null when not paid by the as-of date. */
    void sale(CustomerPayments customer, LocalDate doc, LocalDate due, LocalDate paidDate, BigDecimal amount,
              boolean disputed) {
        int cls = disputed ? PaymentModel.DISPUTED : PaymentModel.UNDISPUTED;
        int segment = Segment.of(amount, doc, due);
        long docDay = doc.toEpochDay();
        long dueDay = due.toEpochDay();
        long paidDay = paidDate == null ? Long.MAX_VALUE : paidDate.toEpochDay();
        if (paidDate != null) {
            int stage = 0;
            while (stageDays[stage] < paidDay) {
                stage++;
            }
            long late = paidDay - dueDay;
            paid[cls][stage][Curve.clamp(late) - Curve.MIN]++;
            if (!disputed) {
                segmentPaid[segment][stage][Curve.clamp(late) - Curve.MIN]++;
            }
            customer.paid(cls, stage, late);
        }
        double approximate = amount.doubleValue();
        long cents = cents(amount);
        for (int j = 0; j < stages.length; j++) {
            long day = stageDays[j];
            if (docDay > day || paidDay <= day) {
                continue;
            }
            long late = day - dueDay;
            open[cls][j][Curve.clamp(late) - Curve.MIN]++;
            if (!disputed) {
                segmentOpen[segment][j][Curve.clamp(late) - Curve.MIN]++;
            }
            customer.open(cls, j, (int) Math.max(-100_000, Math.min(100_000, late)), segment, approximate);
            if (j < cutoffs) {
                openItems[j]++;
                int slot = (paidDate == null ? weeks + 1 : weekOf(paidDay - day)) - 1;
                if (cents != NOT_CENTS) {
                    openCents[j] += cents;
                    actualCents[j][slot] += cents;
                } else {
                    openRest[j] = openRest[j].add(amount);
                    actualRest[j][slot] = actualRest[j][slot].add(amount);
                }
            }
        }
    }

    private static final long NOT_CENTS = Long.MIN_VALUE;

    /** The amount in whole cents, or {@link #NOT_CENTS} when it has more decimals or is too large to sum safely. */
    private static long cents(BigDecimal amount) {
        if (amount.scale() > 2 || amount.precision() - amount.scale() > 14) {
            return NOT_CENTS;
        }
        return amount.movePointRight(2).longValueExact();
    }

    private BigDecimal openTotal(int j) {
        return BigDecimal.valueOf(openCents[j], 2).add(openRest[j]);
    }

    private BigDecimal actual(int j, int slot) {
        return BigDecimal.valueOf(actualCents[j][slot], 2).add(actualRest[j][slot]);
    }

    private int weekOf(long daysAfter) {
        long week = (daysAfter + 6) / 7;
        return week > weeks ? weeks + 1 : (int) Math.max(1, week);
    }

    /** The model at the as-of date: every payment known, the open invoices of the history censored there. */
    PaymentModel asOfModel() {
        return portfolioModels()[asOfStage()];
    }

    /** One customer's model at the as-of date. */
    PaymentModel.CustomerModel customerModel(PaymentModel model, CustomerPayments customer) {
        Accumulator acc = new Accumulator();
        for (int j = 0; j < stages.length; j++) {
            acc.addPaid(customer, j);
        }
        return acc.model(model, customer, asOfStage());
    }

    /** The portfolio model at each stage, from the payments known by then. */
    private PaymentModel[] portfolioModels() {
        PaymentModel[] models = new PaymentModel[stages.length];
        int[][] cumulative = new int[CLASSES][Curve.SIZE];
        int[][] segmentCumulative = new int[Segment.COUNT][Curve.SIZE];
        for (int j = 0; j < stages.length; j++) {
            Curve[] curves = new Curve[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                for (int i = 0; i < Curve.SIZE; i++) {
                    cumulative[c][i] += paid[c][j][i];
                }
                curves[c] = Curve.of(cumulative[c], open[c][j], Curve.MIN, Curve.MAX);
            }
            Curve[] segments = new Curve[Segment.COUNT];
            for (int g = 0; g < Segment.COUNT; g++) {
                long segmentCount = 0;
                for (int i = 0; i < Curve.SIZE; i++) {
                    segmentCumulative[g][i] += segmentPaid[g][j][i];
                    segmentCount += segmentCumulative[g][i];
                }
                if (segmentCount >= Segment.MIN_PAID) {
                    segments[g] = Curve.of(segmentCumulative[g], segmentOpen[g][j], Curve.MIN, Curve.MAX);
                }
            }
            models[j] = new PaymentModel(weeks, minPaid, curves, segments, PaymentModel.median(cumulative[0],
                    cumulative[1], Curve.MIN, Curve.MAX));
        }
        return models;
    }

    /**
     * The rolling back-test: at every usable cut-off, each method forecasts the sales open then from what was known
     * then, and is compared with the weeks they were actually paid in.
     */
    BackTest backTest(Collection<CustomerLedger> customers, LocalDate earliest) {
        if (switchedOff) {
            return BackTest.unavailable("back-test switched off (0 months)");
        }
        if (cutoffs == 0) {
            return BackTest.unavailable("no month end of the window has " + weeks + " weeks of payments after it "
                    + "by the as-of date " + stages[asOfStage()]);
        }
        if (earliest == null) {
            return BackTest.unavailable("no invoice history in this currency");
        }
        boolean[] usable = new boolean[cutoffs];
        int count = 0;
        for (int j = 0; j < cutoffs; j++) {
            usable[j] = !earliest.isAfter(stages[j].minusMonths(1)) && openItems[j] > 0;
            count += usable[j] ? 1 : 0;
        }
        if (count == 0) {
            return BackTest.unavailable("the history starts on " + earliest + ": no month end from " + stages[0]
                    + " to " + stages[cutoffs - 1] + " has a month of history before it and "
                    + weeks + " weeks of payments after it");
        }
        PaymentModel[] models = portfolioModels();
        ForecastMethod[] methods = ForecastMethod.values();
        double[][][] sums = new double[cutoffs][methods.length][weeks + 1];
        double[] out = new double[weeks + 1];
        Accumulator acc = new Accumulator();
        for (CustomerLedger c : customers) {
            CustomerPayments cp = c.payments;
            for (int j = 0; j < cutoffs; j++) {
                acc.addPaid(cp, j);
                if (!usable[j] || (cp.open(0, j) == null && cp.open(1, j) == null)) {
                    continue;
                }
                PaymentModel.CustomerModel m = acc.model(models[j], cp, j);
                for (int cls = 0; cls < CLASSES; cls++) {
                    OpenDays o = cp.open(cls, j);
                    for (int g = 0; o != null && g < o.size(); g++) {
                        for (ForecastMethod method : methods) {
                            m.bins(method, cls, o.day(g), o.segment(g), out);
                            double[] sum = sums[j][method.ordinal()];
                            for (int w = 0; w <= weeks; w++) {
                                sum[w] += o.amount(g) * out[w];
                            }
                        }
                    }
                }
            }
            acc.reset();
        }
        List<BackTestCutoff> rows = new ArrayList<>();
        for (int j = 0; j < cutoffs; j++) {
            if (!usable[j]) {
                continue;
            }
            Map<ForecastMethod, List<BigDecimal>> forecast = new EnumMap<>(ForecastMethod.class);
            Map<ForecastMethod, BigDecimal> later = new EnumMap<>(ForecastMethod.class);
            for (ForecastMethod method : methods) {
                BigDecimal[] bins = Cents.allocate(openTotal(j), sums[j][method.ordinal()]);
                forecast.put(method, List.of(Arrays.copyOf(bins, weeks)));
                later.put(method, bins[weeks]);
            }
            BigDecimal[] paid = new BigDecimal[weeks];
            for (int w = 0; w < weeks; w++) {
                paid[w] = actual(j, w);
            }
            rows.add(new BackTestCutoff(stages[j], stages[j].plusDays(7L * weeks), openTotal(j), openItems[j],
                    List.of(paid), actual(j, weeks), forecast, later));
        }
        int skipped = cutoffs - count;
        String coverage = count + " month end(s) from " + rows.get(0).cutoff() + " to "
                + rows.get(rows.size() - 1).cutoff()
                + (skipped == 0 ? "" : "; " + skipped + " earlier month end(s) skipped (history starts " + earliest
                + " or nothing was open)");
        return BackTest.of(List.copyOf(rows), coverage, weeks);
    }

    /** Dense counts of one customer, cumulated stage by stage, with the range of days they touch. */
    private final class Accumulator {
        private final int[][] paidCounts = new int[CLASSES][Curve.SIZE];
        private final int[][] openCounts = new int[CLASSES][Curve.SIZE];
        private final int[] lo = new int[CLASSES];
        private final int[] hi = new int[CLASSES];
        private final long[] paidTotal = new long[CLASSES];

        Accumulator() {
            Arrays.fill(lo, Curve.MAX + 1);
            Arrays.fill(hi, Curve.MIN - 1);
        }

        void addPaid(CustomerPayments cp, int stage) {
            for (int c = 0; c < CLASSES; c++) {
                DaysLateHistogram h = cp.paid(c, stage);
                if (h != null) {
                    h.addTo(paidCounts[c]);
                    lo[c] = Math.min(lo[c], h.lowest());
                    hi[c] = Math.max(hi[c], h.highest());
                    paidTotal[c] += h.count();
                }
            }
        }

        PaymentModel.CustomerModel model(PaymentModel model, CustomerPayments cp, int stage) {
            Curve[] curves = new Curve[CLASSES];
            for (int c = 0; c < CLASSES; c++) {
                if (paidTotal[c] == 0) {
                    continue;
                }
                OpenDays o = cp.open(c, stage);
                int from = lo[c];
                int to = hi[c];
                if (o != null) {
                    o.addCountsTo(openCounts[c], 1);
                    from = Math.min(from, Curve.clamp(o.day(0)));
                    to = Math.max(to, Curve.clamp(o.day(o.size() - 1)));
                }
                curves[c] = Curve.of(paidCounts[c], openCounts[c], from, to);
                if (o != null) {
                    o.addCountsTo(openCounts[c], -1);
                }
            }
            int from = Math.min(lo[0], lo[1]);
            int to = Math.max(hi[0], hi[1]);
            Integer median = from > to ? null : PaymentModel.median(paidCounts[0], paidCounts[1], from, to);
            return model.customer(curves, median, paidTotal[0] + paidTotal[1]);
        }

        void reset() {
            for (int c = 0; c < CLASSES; c++) {
                if (lo[c] <= hi[c]) {
                    Arrays.fill(paidCounts[c], lo[c] - Curve.MIN, hi[c] - Curve.MIN + 1, 0);
                }
                lo[c] = Curve.MAX + 1;
                hi[c] = Curve.MIN - 1;
                paidTotal[c] = 0;
            }
        }
    }
}
