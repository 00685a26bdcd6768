package com.arworkbench.kpi;

/**
 * One customer's payment behaviour by stage (back-test cut-offs, then the as-of date) and dispute class:
 * the invoices paid in each stage (days late) and the invoices open on each stage date (days late then,
 * with their amounts). Histograms and day groups, never a list of invoices.
 */
final class CustomerPayments {

    private final DaysLateHistogram[][] paid;
    private final OpenDays[][] open;

    CustomerPayments(int stages) {
        paid = new DaysLateHistogram[2][stages];
        open = new OpenDays[2][stages];
    }

    void paid(int cls, int stage, long daysLate) {
        if (paid[cls][stage] == null) {
            paid[cls][stage] = new DaysLateHistogram();
        }
        paid[cls][stage].add(daysLate);
    }

    void open(int cls, int stage, int daysLate, int segment, double amount) {
        if (open[cls][stage] == null) {
            open[cls][stage] = new OpenDays();
        }
        open[cls][stage].add(daysLate, segment, amount);
    }

    /** Paid in this stage (between the previous stage date and this one), or null. */
    DaysLateHistogram paid(int cls, int stage) {
        return paid[cls][stage];
    }

    /** Open on this stage date, or null. */
    OpenDays open(int cls, int stage) {
        return open[cls][stage];
    }
}
