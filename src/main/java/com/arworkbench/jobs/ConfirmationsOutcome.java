package com.arworkbench.jobs;

import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.confirmations.CurrencySample;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.layout.Layout;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a confirmations run produced, for the CLI's summary line and the API's summary header. */
public record ConfirmationsOutcome(SourceFile source, Layout layout, IngestSummary ingest, ConfirmationReport report,
                                   int repliesCarried, String masterCheck, AgingOutcome.Timings timings)
        implements JobOutcome {

    public String summaryLine() {
        StringBuilder samples = new StringBuilder();
        for (CurrencySample s : report.samples()) {
            samples.append(samples.length() == 0 ? "" : "; ").append(s.currency().isEmpty() ? "" : s.currency() + " ")
                    .append(s.keyItems()).append(" key items, n ").append(s.sampleSize())
                    .append(s.strata().isEmpty() ? " interval " + (s.interval() == null ? "-" : s.interval().toPlainString())
                            : " in " + s.strata().size() + " strata");
        }
        return String.format("%s: %d rows read; %d of %d balances selected (%s); seed %d; %d replies carried; "
                        + "%d rejected; profile %s; %s", source.displayName(), ingest.rowsRead(), report.selected(),
                report.confirmations().size(), samples, report.parameters().seed(), repliesCarried, ingest.rejected(),
                layout.profileLabel(), masterCheck);
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "confirmations");
        summary.put("rowsRead", ingest.rowsRead());
        summary.put("balances", report.confirmations().size());
        summary.put("selected", report.selected());
        summary.put("seed", report.parameters().seed());
        summary.put("repliesCarried", repliesCarried);
        summary.put("rowsRejected", ingest.rejected());
        summary.put("profile", layout.profileLabel());
        summary.put("checks", masterCheck);
        summary.put("sampling", report.parameters().sampling().code());
        summary.put("samples", report.samples().stream().map(s -> Map.of("currency", s.currency(), "keyItems",
                s.keyItems(), "sampleSize", s.sampleSize(), "interval", s.interval() == null ? "" : s.interval().toPlainString(),
                "strata", s.strata().size())).toList());
        return summary;
    }
}
