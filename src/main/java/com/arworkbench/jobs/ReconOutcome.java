package com.arworkbench.jobs;

import com.arworkbench.ingest.GeneralLedgerFile;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.recon.LedgerComparison;
import com.arworkbench.recon.ReconReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a reconciliation produced, for the CLI's summary line and the API's summary header. */
public record ReconOutcome(SourceFile source, Layout layout, IngestSummary ingest, GeneralLedgerFile gl,
                           GeneralLedgerFile.Summary glSummary, ReconReport report, String masterCheck,
                           AgingOutcome.Timings timings) implements JobOutcome {

    public String summaryLine() {
        StringBuilder parts = new StringBuilder();
        for (LedgerComparison c : report.comparisons()) {
            parts.append(parts.length() == 0 ? "" : "; ").append(c.key().label().isEmpty() ? "" : c.key().label() + ": ")
                    .append("subledger ").append(c.subledger().toPlainString()).append(", GL ").append(c.gl().toPlainString())
                    .append(", difference ").append(c.difference().toPlainString()).append(", identified ")
                    .append(c.identified().toPlainString()).append(", to investigate ").append(c.toInvestigate().toPlainString());
        }
        return String.format("%s vs %s: %d subledger rows read, %d GL rows read (%d on AR accounts %s); %s; %s; %s",
                source.displayName(), gl.source().displayName(), ingest.rowsRead(), glSummary.rowsRead(),
                glSummary.arLines(), String.join(",", gl.arAccounts()), parts.length() == 0 ? "nothing to compare" : parts, statusText(report), masterCheck);
    }

    /**
     * The status with its threshold, as every summary says it: "reconciliation TO INVESTIGATE: -35.00 (materiality
     * 0.00)", followed by the sentence that the ledgers hardly share a document, when they do not.
     */
    static String statusText(ReconReport report) {
        return "reconciliation " + report.status() + " (materiality " + ReconReport.amount(report.parameters().materiality()) + ")"
                + report.overlapWarning().map(w -> ". " + (w.endsWith(".") ? w.substring(0, w.length() - 1) : w)).orElse("");
    }

    /** The status, its threshold and the overlap warning (when there is one), for the API's summaries. */
    static void putStatus(Map<String, Object> summary, ReconReport report) {
        summary.put("reconciliationStatus", report.status());
        summary.put("reconciled", report.reconciled());
        summary.put("materiality", ReconReport.amount(report.parameters().materiality()));
        report.overlapWarning().ifPresent(w -> summary.put("ledgerWarning", w));
    }

    /** The run in figures, for the API's {@code X-Arw-Summary} header and the page. */
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "recon");
        summary.put("rowsRead", ingest().rowsRead());
        summary.put("glRows", glSummary().rowsRead());
        summary.put("glShape", gl().shape().label());
        summary.put("glAccounts", List.copyOf(gl().arAccounts()));
        summary.put("checks", masterCheck());
        putStatus(summary, report());
        summary.put("comparisons", report().comparisons().stream().map(c -> Map.of(
                "entity", c.key().entity(), "currency", c.key().currency(),
                "subledger", c.subledger().toPlainString(), "gl", c.gl().toPlainString(),
                "difference", c.difference().toPlainString(), "identified", c.identified().toPlainString(),
                "toInvestigate", c.toInvestigate().toPlainString(),
                "reconciled", c.reconciled(report().parameters().materiality()))).toList());
        summary.put("rollForward", !report().rollForwards().isEmpty());
        return summary;
    }
}
