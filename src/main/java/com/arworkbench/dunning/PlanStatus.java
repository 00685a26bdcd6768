package com.arworkbench.dunning;

import com.arworkbench.model.PlanInstalment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A payment plan tracked against this export: what was paid toward it since it started, each instalment's state,
 * and the plan's.
 *
 * @param balanceAtStart the balance its payments are measured from (typed, or filled by the run that first saw it)
 * @param paid           paid since {@code balanceOn} (credits included), or null when it cannot be measured
 */
public record PlanStatus(String customerId, String customerName, String currency, LocalDate agreedOn,
                         BigDecimal balanceAtStart, LocalDate balanceOn, BigDecimal paid, List<Instalment> instalments,
                         State state) {

    public enum State {
        ON_TRACK("On track"), MISSED("Instalment missed"), COMPLETED("Completed"), NOT_TRACKED("Not tracked");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * @param dueToDate  the plan's instalments up to and including this one
     * @param covered    how much of this instalment the payments cover (0 to its amount)
     * @param status     Paid, Partly paid, Missed, Due (within the grace days) or Upcoming
     * @param newlyMissed missed now, and not yet missed on the previous worklist: the Contact log records it once
     */
    public record Instalment(PlanInstalment typed, BigDecimal dueToDate, BigDecimal covered, String status,
                             boolean newlyMissed) {
    }

    public BigDecimal total() {
        return instalments.stream().map(i -> i.typed().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long instalmentsPaid() {
        return instalments.stream().filter(i -> i.status().equals(PlanTracker.PAID)).count();
    }

    /** The first instalment missed, for the Worklist and the Contact log; null when none is. */
    public Instalment firstMissed() {
        return instalments.stream().filter(i -> PlanTracker.isMissed(i.status())).findFirst().orElse(null);
    }
}
