package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How each forecast method spreads an open item over the forecast weeks, from what was known at one stage
 * date (a back-test cut-off or the as-of date). An item is described by its days late on that date
 * ({@code lateness}, negative when not yet due) and its dispute class.
 *
 * <p>The model conditions on the item still being unpaid: P(paid in week w) = (S(a + 7(w−1)) − S(a + 7w)) ÷ S(a),
 * where S is the customer's survival curve of days late blended with the portfolio's by the weight
 * n ÷ (n + minimum paid invoices), n being the customer's paid invoices. What is not paid within the horizon is
 * "later". Disputed items use the curves of disputed invoices when the history has any.
 */
final class PaymentModel {

    static final int UNDISPUTED = 0;
    static final int DISPUTED = 1;
    private static final double NEVER = 1e-9;

    private final int weeks;
    private final int minPaid;
    private final Curve[] portfolio;
    private final Curve[] segments;
    private final Integer portfolioMedian;

    /**
     * {@code portfolio}: a curve per dispute class (null when nothing was paid); {@code segments}: the undisputed
     * curve per {@link Segment}, null where it has fewer than {@link Segment#MIN_PAID} paid invoices;
     * {@code median}: days late, or null.
     */
    PaymentModel(int weeks, int minPaid, Curve[] portfolio, Curve[] segments, Integer portfolioMedian) {
        this.weeks = weeks;
        this.minPaid = minPaid;
        this.portfolio = portfolio;
        this.segments = segments;
        this.portfolioMedian = portfolioMedian;
    }

    /** The model for one customer: its own curves per class (null when it paid nothing in that class) and median. */
    CustomerModel customer(Curve[] own, Integer ownMedian, long ownPaid) {
        return new CustomerModel(own, ownMedian, ownPaid);
    }

    /** Week 1..weeks of a payment this many days after the stage date (≤ 0 is week 1), or weeks + 1 for later. */
    int weekOf(long daysAfter) {
        if (daysAfter <= 0) {
            return 1;
        }
        long week = (daysAfter + 6) / 7;
        return week > weeks ? weeks + 1 : (int) week;
    }

    /** The median of dense days-late counts (indexed by days − {@link Curve#MIN}) over
     * {@code loDays..hiDays}, whole days half-up (−2.5 is −3); null if empty. */
    static Integer median(int[] a, int[] b, int loDays, int hiDays) {
        int from = loDays - Curve.MIN;
        int to = hiDays - Curve.MIN;
        long total = 0;
        for (int i = from; i <= to; i++) {
            total += a[i] + b[i];
        }
        if (total == 0) {
            return null;
        }
        long lowerRank = (total + 1) / 2;
        long upperRank = total / 2 + 1;
        int lower = 0;
        int upper = 0;
        long seen = 0;
        boolean lowerFound = false;
        for (int i = from; i <= to; i++) {
            seen += a[i] + b[i];
            if (!lowerFound && seen >= lowerRank) {
                lower = i + Curve.MIN;
                lowerFound = true;
            }
            if (seen >= upperRank) {
                upper = i + Curve.MIN;
                break;
            }
        }
        return BigDecimal.valueOf((long) lower + upper).divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP)
                .intValueExact();
    }

    final class CustomerModel {

        private final Curve[] own;
        private final int medianLag;
        private final String medianBasis;
        private final String[][][] bases = new String[ForecastMethod.values().length][2][Segment.COUNT];

        private CustomerModel(Curve[] own, Integer ownMedian, long ownPaid) {
            this.own = own;
            if (ownMedian != null) {
                medianLag = ownMedian;
                medianBasis = "due date + customer median " + ownMedian + " days late (" + ownPaid + " paid)";
            } else if (portfolioMedian != null) {
                medianLag = portfolioMedian;
                medianBasis = "due date + portfolio median " + portfolioMedian + " days late (customer has no paid invoices)";
            } else {
                medianLag = 0;
                medianBasis = "no payment history: due date";
            }
        }

        /**
         * Fills {@code out} (length weeks + 1) with the share of an item expected in each week, the last slot
         * being later. The shares add up to 1.
         */
        void bins(ForecastMethod method, int cls, int lateness, int segment, double[] out) {
            java.util.Arrays.fill(out, 0.0);
            switch (method) {
                case DUE_DATE -> out[weekOf(-(long) lateness) - 1] = 1.0;
                case MEDIAN_LAG -> out[weekOf((long) medianLag - lateness) - 1] = 1.0;
                case MODEL -> {
                    Blend s = blend(cls, segment);
                    if (s == null) {
                        out[weekOf(-(long) lateness) - 1] = 1.0;
                        return;
                    }
                    double s0 = s.at(lateness);
                    if (s0 <= NEVER) {
                        out[weeks] = 1.0;
                        return;
                    }
                    double previous = s0;
                    for (int w = 1; w <= weeks; w++) {
                        double next = s.at(lateness + 7 * w);
                        out[w - 1] = Math.max(0.0, previous - next) / s0;
                        previous = next;
                    }
                    out[weeks] = previous / s0;
                }
            }
        }

        // The last item's result: an export lists a customer's items together, many with the same due date.
        private long lastKey = Long.MIN_VALUE;
        private double[] lastBins;
        private ExpectedPayment lastExpected;

        /** {@link #bins} into {@code out} and {@link #expected}, remembered for the next item like this one. */
        ExpectedPayment forecast(ForecastMethod method, int cls, int lateness, int segment, LocalDate asOf,
                                 double[] out) {
            long key = (((long) lateness << 8 | segment) << 2 | cls) << 2 | method.ordinal();
            if (key == lastKey) {
                System.arraycopy(lastBins, 0, out, 0, out.length);
                return lastExpected;
            }
            bins(method, cls, lateness, segment, out);
            lastExpected = expected(method, cls, lateness, segment, asOf);
            if (lastBins == null) {
                lastBins = new double[out.length];
            }
            System.arraycopy(out, 0, lastBins, 0, out.length);
            lastKey = key;
            return lastExpected;
        }

        /** When the item is more likely than not paid (null when not within the horizon) and how likely within it. */
        ExpectedPayment expected(ForecastMethod method, int cls, int lateness, int segment, LocalDate asOf) {
            String basis = basis(method, cls, segment);
            if (method != ForecastMethod.MODEL || blend(cls, segment) == null) {
                long x = method == ForecastMethod.MEDIAN_LAG ? (long) medianLag - lateness : -(long) lateness;
                int week = weekOf(x);
                LocalDate date = asOf.plusDays(x);
                return week > weeks ? new ExpectedPayment(date, ExpectedPayment.LATER, BigDecimal.ZERO, basis, false)
                        : new ExpectedPayment(date, week, BigDecimal.ONE, basis, x <= 0);
            }
            Blend s = blend(cls, segment);
            double s0 = s.at(lateness);
            if (s0 <= NEVER) {
                return new ExpectedPayment(null, ExpectedPayment.LATER, BigDecimal.ZERO, basis, false);
            }
            double within = 1.0 - s.at(lateness + 7 * weeks) / s0;
            BigDecimal probability = BigDecimal.valueOf(Math.round(within * 10_000), 4);
            // The first week whose end has half the probability, then the day within it.
            int week = 1;
            while (week <= weeks && 1.0 - s.at(lateness + 7 * week) / s0 < 0.5) {
                week++;
            }
            if (week > weeks) {
                return new ExpectedPayment(null, ExpectedPayment.LATER, probability, basis, false);
            }
            for (int x = 7 * (week - 1) + 1; x <= 7 * week; x++) {
                if (1.0 - s.at(lateness + x) / s0 >= 0.5) {
                    return new ExpectedPayment(asOf.plusDays(x), week, probability, basis, false);
                }
            }
            return new ExpectedPayment(asOf.plusDays(7L * week), week, probability, basis, false);
        }

        /** In words: what the method used for this customer and class. */
        String basis(ForecastMethod method, int cls, int segment) {
            String[] cached = bases[method.ordinal()][cls];
            if (cached[segment] == null) {
                cached[segment] = describe(method, cls, segment);
            }
            return cached[segment];
        }

        private String describe(ForecastMethod method, int cls, int segment) {
            return switch (method) {
                case DUE_DATE -> "due date (baseline (a))";
                case MEDIAN_LAG -> medianBasis + " (baseline (b))";
                case MODEL -> modelBasis(cls, segment);
            };
        }

        private String modelBasis(int cls, int segment) {
            int c = curveClass(cls);
            if (c < 0) {
                return "no payment history: due date";
            }
            String kind = c == DISPUTED ? "disputed invoices' days late" : "days late";
            String prefix = cls == DISPUTED && c == UNDISPUTED
                    ? "disputed, but no disputed invoice was paid in the history: " : cls == DISPUTED ? "disputed: " : "";
            Curve mine = own[c];
            Curve all = portfolioCurve(c, segment);
            String detail = all == null || all == portfolio[c] ? "" : " of invoices " + Segment.describe(segment);
            if (mine == null) {
                return prefix + "portfolio " + kind + detail + " (" + all.paid() + " paid; customer none)";
            }
            if (all == null) {
                return prefix + "customer " + kind + " (" + mine.paid() + " paid)";
            }
            long weight = Math.round(100.0 * weight(mine));
            return prefix + "customer " + kind + " (" + mine.paid() + " paid, weight " + weight + "%) + portfolio" + detail
                    + " (" + all.paid() + " paid)";
        }

        /** The class whose curves an item of class {@code cls} uses; −1 when there are none. */
        private int curveClass(int cls) {
            if (cls == DISPUTED && portfolio[DISPUTED] == null && own[DISPUTED] == null) {
                cls = UNDISPUTED;
            }
            return portfolio[cls] == null && own[cls] == null ? -1 : cls;
        }

        private double weight(Curve mine) {
            return (double) mine.paid() / (mine.paid() + minPaid);
        }

        private Blend blend(int cls, int segment) {
            int c = curveClass(cls);
            if (c < 0) {
                return null;
            }
            Curve mine = own[c];
            Curve all = portfolioCurve(c, segment);
            double w = mine == null ? 0.0 : all == null ? 1.0 : weight(mine);
            return new Blend(mine, all, w);
        }
    }

    /** The portfolio curve of an undisputed item's segment when the history supports it, else the class's. */
    private Curve portfolioCurve(int cls, int segment) {
        if (cls == UNDISPUTED && segments[segment] != null) {
            return segments[segment];
        }
        return portfolio[cls];
    }

    /** w × customer curve + (1 − w) × portfolio curve. */
    private record Blend(Curve own, Curve all, double w) {
        double at(int days) {
            double s = 0.0;
            if (w > 0) {
                s += w * own.at(days);
            }
            if (w < 1) {
                s += (1 - w) * all.at(days);
            }
            return s;
        }
    }
}
