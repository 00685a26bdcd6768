package com.arworkbench.workbook.dunning;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.dunning.DunningLevel;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningPolicy;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.Exclusion;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.WorklistSheets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * About of a dunning workbook: the run's provenance with the as-of date as a real date (the next run
 * reads it back), then the policy and the counts, each unless the provenance already has that line.
 */
final class DunningAbout {

    private DunningAbout() {
    }

    static List<Map.Entry<String, Object>> entries(DunningParameters parameters, PreviousWorklist previous, DunningReport report,
                                                   List<Map.Entry<String, Object>> provenance, String master) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        for (Map.Entry<String, Object> e : provenance) {
            keys.add(e.getKey());
        }
        if (!keys.contains(WorklistSheets.ABOUT_AS_OF)) {
            entries.add(Map.entry(WorklistSheets.ABOUT_AS_OF, parameters.asOf()));
        }
        for (Map.Entry<String, Object> e : provenance) {
            if (WorklistSheets.ABOUT_AS_OF.equals(e.getKey()) && e.getValue() instanceof String s) {
                // The next run reads this line back as a date: store a real one.
                entries.add(Map.entry(e.getKey(), dateOr(s)));
            } else {
                entries.add(Map.entry(e.getKey(), e.getValue() == null ? "" : e.getValue()));
            }
        }
        for (Map.Entry<String, Object> e : policy(parameters)) {
            if (!keys.contains(e.getKey())) {
                entries.add(e);
            }
        }
        for (Map.Entry<String, Object> e : counts(previous, report)) {
            if (!keys.contains(e.getKey())) {
                entries.add(e);
            }
        }
        entries.add(Map.entry("Master check", master));
        return entries;
    }

    private static List<Map.Entry<String, Object>> policy(DunningParameters parameters) {
        DunningPolicy policy = parameters.policy();
        List<Map.Entry<String, Object>> derived = new ArrayList<>();
        derived.add(Map.entry("Dunning policy", policy.name()));
        derived.add(Map.entry("Grace days", (long) policy.graceDays()));
        derived.add(Map.entry("Levels", levels(policy)));
        derived.add(Map.entry("Minimum overdue per customer", perCurrency(policy.minimumOverdue(), "")));
        derived.add(Map.entry("Fee per notice", policy.feePerNotice().isEmpty() ? "none"
                : perCurrency(policy.feePerNotice(), "") + " · from level " + policy.feeFromLevel()));
        derived.add(Map.entry("Interest", policy.annualInterestPercent().signum() == 0 ? "none"
                : policy.annualInterestPercent().stripTrailingZeros().toPlainString() + " % a year, per day past due on a "
                        + policy.interestDayBasis() + "-day basis, rounded to the cent per item"));
        derived.add(Map.entry("Max level step per notice", (long) policy.maxLevelStep()));
        derived.add(Map.entry("Minimum days between notices", (long) policy.minDaysBetweenNotices()));
        derived.add(Map.entry("Default letter language", policy.defaultLanguage()));
        // Says which of the two Letters figures the letters demand, so a reader of the workbook need not open the policy.
        derived.add(Map.entry("Credits on letters", policy.creditsReduceDemand()
                ? "listed and deducted from the amount demanded (never below zero)"
                : "listed, not deducted: letters demand the overdue in full"));
        derived.add(Map.entry("Overdue buckets", String.join(", ", parameters.buckets().buckets().stream()
                .filter(b -> !b.isCurrent()).map(AgingBucket::label).toList())));
        derived.add(Map.entry("Risk score", "Σ amount × min(days past due, 365) / 30 over the dunned items; × 1.5 after a "
                + "broken promise; × 1.25 over the credit limit"));
        derived.add(Map.entry("Suggested credit limit (Credit review)", policy.creditReview().describe()));
        return derived;
    }

    private static List<Map.Entry<String, Object>> counts(PreviousWorklist previous, DunningReport report) {
        List<Map.Entry<String, Object>> derived = new ArrayList<>();
        if (previous.sourceName() != null) {
            derived.add(Map.entry("Previous worklist", previous.sourceName()
                    + (previous.asOf() == null ? "" : " (as of " + previous.asOf() + ")")));
        }
        derived.add(Map.entry("Notices (Worklist)", (long) report.notices().size()));
        derived.add(Map.entry("Items dunned (Items)", report.itemsDunned()));
        derived.add(Map.entry("Overdue items not dunned (Excluded)", (long) report.excluded().size()));
        derived.add(Map.entry("Open items not overdue (not listed)", report.itemsNotOverdue()));
        for (Exclusion rule : Exclusion.values()) {
            long n = report.excluded().stream().filter(x -> x.rule() == rule).count();
            if (n > 0) {
                derived.add(Map.entry("Excluded: " + rule.label(), n));
            }
        }
        var memory = report.memory();
        derived.add(Map.entry("Contact log", memory.carried() + " earlier rows carried unchanged (a pending promise is "
                + "judged once), " + memory.added() + " added by this run"));
        Map<String, Long> promises = new java.util.TreeMap<>();
        memory.contactLog().stream().filter(e -> e.hasPromise() && report.parameters().asOf().equals(e.judgedOn()))
                .forEach(e -> promises.merge(e.outcome(), 1L, Long::sum));
        derived.add(Map.entry("Promises judged by this run", promises.isEmpty() ? "none" : promises.toString()
                .replaceAll("[{}]", "").replace("=", ": ")));
        Map<String, Long> plans = new java.util.TreeMap<>();
        memory.plans().forEach(p -> plans.merge(p.state().label(), 1L, Long::sum));
        derived.add(Map.entry("Payment plans tracked", plans.isEmpty() ? "none" : plans.toString()
                .replaceAll("[{}]", "").replace("=", ": ")));
        if (report.customersMatchedInMaster() + report.customersNotInMaster() > 0) {
            derived.add(Map.entry("Customers found in the master", report.customersMatchedInMaster()));
            derived.add(Map.entry("Customers not in the master", report.customersNotInMaster()));
        }
        return derived;
    }

    private static Object dateOr(String s) {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return s;
        }
    }

    /** "1 Reminder ≥1 day; 2 Second notice ≥30 days; 3 Final ≥60 days". */
    static String levels(DunningPolicy policy) {
        List<String> parts = new ArrayList<>();
        for (DunningLevel l : policy.levels()) {
            parts.add(l.level() + " " + l.name() + " ≥" + l.minDaysPastDue() + (l.minDaysPastDue() == 1 ? " day" : " days"));
        }
        return String.join("; ", parts);
    }

    /** "EUR 25.00 · USD 25.00 · any other currency 25.00". */
    private static String perCurrency(Map<String, BigDecimal> map, String empty) {
        if (map.isEmpty()) {
            return empty;
        }
        List<String> parts = new ArrayList<>();
        map.entrySet().stream().filter(e -> !"*".equals(e.getKey())).sorted(Map.Entry.comparingByKey())
                .forEach(e -> parts.add(e.getKey() + " " + Texts.money(e.getValue())));
        if (map.containsKey("*")) {
            parts.add((parts.isEmpty() ? "any currency " : "any other currency ") + Texts.money(map.get("*")));
        }
        return String.join(" · ", parts);
    }
}
