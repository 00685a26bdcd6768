package com.arworkbench.jobs;

import com.arworkbench.dunning.DunningReport;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.layout.Layout;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a dunning run produced, for the CLI's summary line and the API's summary header. */
public record DunningOutcome(SourceFile source, Layout layout, IngestSummary ingest, DunningReport report,
                             String masterCheck, AgingOutcome.Timings timings) implements JobOutcome {

    public String summaryLine() {
        StringBuilder overdue = new StringBuilder();
        report.currencies().values().forEach(c -> overdue.append(overdue.length() == 0 ? "" : ", ")
                .append(c.currency().isEmpty() ? "" : c.currency() + " ").append(c.dunned().toPlainString())
                .append(" dunned / ").append(c.excluded().toPlainString()).append(" excluded"));
        return String.format("%s: %d rows read; %d customers to contact (%d items), %d overdue items excluded, "
                        + "%d not overdue, %d rejected; profile %s; %s; %s",
                source.displayName(), ingest.rowsRead(), report.notices().size(), report.itemsDunned(),
                report.excluded().size(), report.itemsNotOverdue(), ingest.rejected(), layout.profileLabel(),
                overdue.length() == 0 ? "nothing overdue" : overdue, masterCheck);
    }

    /** The run in figures, for the API's {@code X-Arw-Summary} header and the page. */
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "dunning");
        summary.put("rowsRead", ingest().rowsRead());
        summary.put("customersToContact", report().notices().size());
        summary.put("itemsDunned", report().itemsDunned());
        summary.put("itemsExcluded", report().excluded().size());
        summary.put("itemsNotOverdue", report().itemsNotOverdue());
        summary.put("rowsRejected", ingest().rejected());
        summary.put("profile", layout().profileLabel());
        summary.put("checks", masterCheck());
        summary.put("overdue", report().currencies().values().stream().map(c -> Map.of("currency", c.currency(),
                "dunned", c.dunned().toPlainString(), "excluded", c.excluded().toPlainString())).toList());
        Map<Integer, Long> perLevel = new java.util.TreeMap<>();
        report().notices().forEach(n -> perLevel.merge(n.level(), 1L, Long::sum));
        summary.put("levels", perLevel.entrySet().stream().map(e -> Map.of("level", e.getKey(), "name",
                report().parameters().policy().level(e.getKey()).name(), "customers", e.getValue())).toList());
        return summary;
    }
}
