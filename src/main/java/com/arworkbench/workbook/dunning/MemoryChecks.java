package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.PlanStatus;
import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.PromiseOutcome;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.SheetRefs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks of the collections memory: the Contact log kept every earlier row, every promise whose date has passed
 * is judged, no customer under a plan on track got a notice, and every typed plan row was read.
 */
final class MemoryChecks {

    private MemoryChecks() {
    }

    /** {@code logRows}: the Contact log's 0-based first and last data rows. */
    static List<Check> of(DunningReport report, int[] logRows) {
        var memory = report.memory();
        LocalDate asOf = report.parameters().asOf();
        List<Check> list = new ArrayList<>();
        int first = logRows[0] + 1;
        int last = logRows[1] + 1;
        boolean any = logRows[1] >= logRows[0];
        String sheet = SheetRefs.quote(ContactLogSheet.NAME) + "!";
        String source = sheet + "$" + ContactLogSheet.SOURCE.letter() + "$" + first + ":$" + ContactLogSheet.SOURCE.letter() + "$" + last;
        list.add(Check.count("Contact log keeps every earlier row", null,
                BigDecimal.valueOf(memory.carried() + memory.added()), any ? "COUNTA(" + source + ")" : "0",
                BigDecimal.valueOf(memory.contactLog().size()), memory.carried() + " rows carried from the previous "
                        + "Contact log, unchanged, + " + memory.added() + " added by this run"));
        // Past promises less those with an outcome that is not Pending; no COUNTIFS on "" (LibreOffice matches no blank).
        List<PromiseOutcome> settled = List.of(PromiseOutcome.KEPT, PromiseOutcome.PARTLY_KEPT, PromiseOutcome.BROKEN,
                PromiseOutcome.NOT_JUDGED);
        long unjudged = memory.contactLog().stream().filter(e -> e.hasPromise() && e.promiseDate().isBefore(asOf)
                && !settled.contains(PromiseOutcome.of(e.outcome()))).count();
        String dates = sheet + "$" + ContactLogSheet.PROMISE_DATE.letter() + "$" + first + ":$"
                + ContactLogSheet.PROMISE_DATE.letter() + "$" + last;
        String outcomes = sheet + "$" + ContactLogSheet.OUTCOME.letter() + "$" + first + ":$"
                + ContactLogSheet.OUTCOME.letter() + "$" + last;
        String before = "\"<\"&DATE(" + asOf.getYear() + "," + asOf.getMonthValue() + "," + asOf.getDayOfMonth() + ")";
        StringBuilder formula = new StringBuilder("COUNTIFS(" + dates + "," + before + ")");
        for (PromiseOutcome o : settled) {
            formula.append("-COUNTIFS(").append(dates).append(',').append(before).append(',').append(outcomes)
                    .append(",\"").append(o.label()).append("\")");
        }
        list.add(Check.count("Promises past their date: all judged", null, BigDecimal.ZERO, any ? formula.toString() : "0",
                BigDecimal.valueOf(unjudged),
                "Promises dated before the as-of date still Pending or blank on the Contact log"));
        Set<String> missed = memory.plans().stream().filter(p -> p.state() == PlanStatus.State.MISSED)
                .map(p -> p.instalments().get(0).typed().accountKey()).collect(Collectors.toSet());
        Set<String> onTrack = memory.plans().stream().filter(p -> p.state() == PlanStatus.State.ON_TRACK)
                .map(p -> p.instalments().get(0).typed().accountKey()).filter(k -> !missed.contains(k))
                .collect(Collectors.toSet());
        long dunnedUnderPlan = report.notices().stream()
                .filter(n -> onTrack.contains(PreviousWorklist.customerKey(n.customer(), n.currency()))).count();
        list.add(Check.count("No notice to a customer whose payment plan is on track", null, BigDecimal.ZERO, null,
                BigDecimal.valueOf(dunnedUnderPlan), memory.plans().size() + " plan(s) tracked, " + onTrack.size()
                        + " on track"));
        list.add(Check.count("Typed Contact log and Payment plans rows: all read", null, BigDecimal.ZERO, null,
                BigDecimal.valueOf(memory.unreadRows().size()), memory.unreadRows().isEmpty() ? ""
                        : String.join("; ", memory.unreadRows().subList(0, Math.min(5, memory.unreadRows().size())))));
        list.add(Check.count("Promises and plans: every customer found", null, BigDecimal.ZERO, null,
                BigDecimal.valueOf(memory.unmatched().size()), memory.unmatched().isEmpty() ? ""
                        : "Not in this export nor on the previous worklist (a typo, or an ID the export does not use; "
                        + "their promises are not judged, their plans not tracked): "
                        + String.join(", ", memory.unmatched().subList(0, Math.min(10, memory.unmatched().size())))));
        return list;
    }

    /**
     * The latest contact a collector logged on the Contact log for each account, for the Worklist's Last action (what
     * was typed on the previous worklist is there already; the run's own rows are not contacts a person made).
     */
    static java.util.Map<String, ContactEntry> latestByAccount(List<ContactEntry> log) {
        java.util.Map<String, ContactEntry> m = new java.util.HashMap<>();
        for (ContactEntry e : log) {
            if (ContactEntry.FROM_COLLECTOR.equals(e.source())) {
                m.put(e.accountKey(), e);
            }
        }
        return m;
    }
}
