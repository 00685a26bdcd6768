package com.arworkbench.dunning;

import com.arworkbench.model.PlanInstalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tracks a payment plan's instalments against the export. What the customer paid since the plan started pays its
 * instalments in due-date order; an instalment past its date (plus the policy's grace days) and not fully paid is
 * missed, and a missed instalment puts the plan, and the customer, back into dunning.
 */
public final class PlanTracker {

    public static final String PAID = "Paid";
    public static final String PARTLY_PAID = "Partly paid, missed";
    public static final String MISSED = "Missed";
    public static final String DUE = "Due";
    public static final String UPCOMING = "Upcoming";
    public static final String NOT_TRACKED = "Not tracked";

    private PlanTracker() {
    }

    static boolean isMissed(String status) {
        return MISSED.equals(status) || PARTLY_PAID.equals(status);
    }

    /**
     * @param plan         the instalments of one plan (one customer, currency and agreed date)
     * @param knownBalance the balance to measure from when the plan has none (the previous worklist's), else null
     * @param knownOn      its date
     */
    public static PlanStatus track(List<PlanInstalment> plan, AccountNow now, LocalDate asOf, int graceDays,
                                   BigDecimal knownBalance, LocalDate knownOn) {
        PlanInstalment first = plan.get(0);
        BigDecimal start = first.balanceAtStart();
        LocalDate on = first.balanceOn();
        if (start == null || on == null) {
            if (knownBalance != null && knownOn != null && now.paidSince(knownBalance, knownOn) != null) {
                start = knownBalance;
                on = knownOn;
            } else {
                start = now.balance(); // first seen today: payments from today on count
                on = start == null ? null : asOf;
            }
        }
        BigDecimal paid = now.paidSince(start, on);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < plan.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> plan.get(i).dueDate()).thenComparing(i -> plan.get(i).number()));
        PlanStatus.Instalment[] out = new PlanStatus.Instalment[plan.size()];
        BigDecimal left = paid == null ? BigDecimal.ZERO : paid.max(BigDecimal.ZERO);
        BigDecimal dueToDate = BigDecimal.ZERO;
        boolean missed = false;
        boolean allPaid = true;
        for (int i : order) {
            PlanInstalment p = plan.get(i);
            dueToDate = dueToDate.add(p.amount());
            BigDecimal covered = left.min(p.amount());
            left = left.subtract(covered);
            boolean pastDue = p.dueDate().plusDays(graceDays).isBefore(asOf);
            String status;
            if (paid == null) {
                status = NOT_TRACKED;
            } else if (covered.compareTo(p.amount()) >= 0) {
                status = PAID;
            } else if (pastDue) {
                status = covered.signum() > 0 ? PARTLY_PAID : MISSED;
            } else {
                status = p.dueDate().isBefore(asOf) ? DUE : UPCOMING;
            }
            missed |= isMissed(status);
            allPaid &= status.equals(PAID);
            // The previous run's status tells a newly missed instalment from one the Contact log already has.
            out[i] = new PlanStatus.Instalment(p, dueToDate, covered, status, isMissed(status) && !isMissed(p.lastStatus()));
        }
        PlanStatus.State state = paid == null ? PlanStatus.State.NOT_TRACKED
                : missed ? PlanStatus.State.MISSED : allPaid ? PlanStatus.State.COMPLETED : PlanStatus.State.ON_TRACK;
        return new PlanStatus(first.customerId(), first.customerName(), first.currency(), first.agreedOn(), start, on,
                paid, List.of(out), state);
    }
}
