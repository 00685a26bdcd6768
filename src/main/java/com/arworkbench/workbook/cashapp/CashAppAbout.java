package com.arworkbench.workbook.cashapp;

import com.arworkbench.workbook.ExceptionsSheet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * About of a cash application workbook: the as-of date (unless the job's provenance states it), the
 * provenance, what the run found, and the master check. A figure the provenance already states is not
 * repeated.
 */
final class CashAppAbout {

    private CashAppAbout() {
    }

    static List<Map.Entry<String, Object>> entries(List<Map.Entry<String, Object>> provenance, String master, LocalDate asOf,
                                                   CashAppFacts facts, Long openItemsRead, ExceptionsSheet exceptions) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        provenance.forEach(e -> keys.add(e.getKey()));
        if (!keys.contains("As of") && !keys.contains("As-of date")) {
            entries.add(Map.entry("As of", asOf));
        }
        for (Map.Entry<String, Object> e : provenance) {
            entries.add(Map.entry(e.getKey(), e.getValue() == null ? "" : e.getValue()));
        }
        for (Map.Entry<String, Object> e : found(facts, openItemsRead, exceptions)) {
            if (!keys.contains(e.getKey())) {
                entries.add(e);
            }
        }
        entries.add(Map.entry("Master check", master));
        return entries;
    }

    private static String orNone(String s) {
        return s == null ? "none set" : s;
    }

    private static List<Map.Entry<String, Object>> found(CashAppFacts facts, Long openItemsRead, ExceptionsSheet exceptions) {
        var report = facts.report();
        List<Map.Entry<String, Object>> found = new ArrayList<>();
        found.add(Map.entry("Payments read", (long) report.payments().size()));
        found.add(Map.entry("Payments fully auto-applied", facts.fullyAutoAppliedCount()));
        found.add(Map.entry("Matches auto-applied (Applied)", (long) report.autoApplied().size()));
        found.add(Map.entry("Matches for review (Review)", (long) report.forReview().size()));
        found.add(Map.entry("Unapplied amounts (Unapplied)", (long) report.unapplied().size()));
        found.add(Map.entry("Deductions", (long) report.deductions().size()));
        if (openItemsRead != null) {
            found.add(Map.entry("Open items read", openItemsRead));
        }
        found.add(Map.entry("Open-items rows not used (Exceptions)", exceptions.exportRows()));
        found.add(Map.entry("Payment-file rows not used (Exceptions)", exceptions.otherFileRows()));
        found.add(Map.entry("Auto-applied", "High confidence only: the exact documents named in the reference, an "
                + "early-payment discount on them, or the payer's account with one item of exactly the amount"));
        var trail = facts.trail();
        found.add(Map.entry("Review round trip", "Choose Accept or Reject in Decision on Review and write in Reviewer note, "
                + "then run again with this workbook as --previous: a payment is recognised by its payment id and "
                + "currency, and only when its rows here add up to its amount; it is then not matched again. Its Applied "
                + "rows stay applied and are not imported again (matched by payment id + invoice), Accept applies a "
                + "row, Reject sends its amount to Unapplied with the note, a row left blank stays on Review; notes "
                + "are carried over"));
        if (trail.previousName != null) {
            found.add(Map.entry("Previous workbook", trail.previousName + ": " + trail.paymentsRecognised + " payments "
                    + "taken from it; " + trail.accepted.size() + " rows accepted, " + trail.rejected + " rejected, "
                    + trail.undecided + " left for review, " + trail.previousRun.size() + " applied before (not "
                    + "imported again), " + trail.notOpenAnyMore + " no longer open in the export (to Unapplied)"));
            if (!trail.matchedAfresh.isEmpty()) {
                found.add(Map.entry("Matched afresh", String.join("; ", trail.matchedAfresh)));
            }
        }
        var rules = facts.rules();
        found.add(Map.entry("ERP Import", "INVOICE lines: every match this run applies (auto-applied or accepted), with "
                + "its deduction; ON_ACCOUNT lines: unapplied cash of a known customer. Bank account: the payments "
                + "file's, else the rules file's (" + orNone(rules.bankAccount()) + "); GL account: "
                + orNone(rules.glAccount())));
        found.add(Map.entry("Deduction reason codes", String.join(", ", rules.reasonCodes().entrySet().stream()
                .map(e -> e.getKey() + " → " + e.getValue()).toList())));
        found.add(Map.entry("Unapplied cash target", rules.unappliedTargetPercent().toPlainString() + " % of open AR"));
        return found;
    }
}
