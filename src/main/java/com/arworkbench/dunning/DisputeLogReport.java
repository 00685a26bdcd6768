package com.arworkbench.dunning;

import com.arworkbench.model.DisputeCase;
import java.time.LocalDate;
import java.util.List;

/**
 * The dispute log after a run: the open cases (Disputes), every closed case (Closed disputes), and the counts that
 * tie them to the previous log: {@code carried + opened + reopened − closedThisRun = active.size()}.
 *
 * @param carried       cases on last run's Disputes sheet
 * @param opened        cases this run opened (items newly disputed in the export or on the worklist)
 * @param reopened      cases a collector moved back from Resolved on Closed disputes
 * @param closedThisRun cases this run moved to Closed disputes (marked Resolved, or the item left the export)
 */
public record DisputeLogReport(LocalDate asOf, DisputeSettings settings, List<Row> active, List<Row> closed, int carried,
                               int opened, int reopened, int closedThisRun) {

    public DisputeLogReport {
        active = List.copyOf(active);
        closed = List.copyOf(closed);
    }

    /**
     * A case with what the run worked out for it.
     *
     * @param inExport     the document is in this run's export
     * @param heldBackItems the export lines of the document on Excluded as disputed this run (an export may list a
     *                      document on several lines, e.g. instalments)
     * @param start        the opened date counted from (typed, else first seen); null if neither reads as a date
     * @param end          the as-of date (open case) or the resolved date (closed case)
     * @param businessDays business days open, {@link BusinessDays#between}(start, end); null without a start
     * @param slaDue       {@link BusinessDays#add}(start, SLA days); null without a start
     * @param breached     more business days open than the SLA allows
     */
    public record Row(DisputeCase c, boolean inExport, int heldBackItems, LocalDate start, LocalDate end, Long businessDays,
                      LocalDate slaDue, boolean breached) {

        /** The item is overdue and held back from dunning as disputed. */
        public boolean heldBack() {
            return heldBackItems > 0;
        }
    }
}
