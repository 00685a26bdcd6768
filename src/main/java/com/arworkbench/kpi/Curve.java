package com.arworkbench.kpi;

/**
 * A Kaplan–Meier survival curve of days late: {@code at(d)} is the probability that an invoice is still
 * unpaid {@code d} days after its due date. Paid invoices are events at their days late; invoices still open at
 * the stage date are censored at their days late then, so a customer whose old invoices stay open keeps a
 * curve that never reaches zero (that mass is "later", never assumed paid).
 *
 * <p>The curve is stored only over the days where something happened ({@code lo..hi}): before, nobody has paid
 * (1); after, nothing changes (the last value). Days are clamped like {@link DaysLateHistogram}.
 */
final class Curve {

    static final int MIN = DaysLateHistogram.MIN_DAYS;
    static final int MAX = DaysLateHistogram.MAX_DAYS;
    static final int SIZE = MAX - MIN + 1;

    private final int lo;
    private final double[] survival;
    private final long paid;

    private Curve(int lo, double[] survival, long paid) {
        this.lo = lo;
        this.survival = survival;
        this.paid = paid;
    }

    /**
     * The curve from dense counts indexed by days late − {@link #MIN} over {@code lo..hi} (days late); null when
     * nothing was paid (no information about delays).
     */
    static Curve of(int[] paid, int[] open, int lo, int hi) {
        long events = 0;
        long atRisk = 0;
        for (int d = lo; d <= hi; d++) {
            events += paid[d - MIN];
            atRisk += paid[d - MIN] + open[d - MIN];
        }
        if (events == 0) {
            return null;
        }
        double[] s = new double[hi - lo + 1];
        double running = 1.0;
        for (int d = lo; d <= hi; d++) {
            int e = paid[d - MIN];
            // Invoices censored at d were seen unpaid d days late: still at risk on day d.
            if (e > 0 && atRisk > 0) {
                running *= 1.0 - (double) e / atRisk;
            }
            s[d - lo] = running;
            atRisk -= e + open[d - MIN];
        }
        return new Curve(lo, s, events);
    }

    static int clamp(long days) {
        return (int) Math.max(MIN, Math.min(MAX, days));
    }

    /** P(still unpaid {@code days} days after the due date). */
    double at(int days) {
        if (days < lo) {
            return 1.0;
        }
        int i = days - lo;
        return survival[Math.min(i, survival.length - 1)];
    }

    /** Paid invoices the curve was learnt from. */
    long paid() {
        return paid;
    }
}
