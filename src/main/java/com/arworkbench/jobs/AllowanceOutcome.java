package com.arworkbench.jobs;

import com.arworkbench.allowance.AllowanceReport;
import com.arworkbench.allowance.CurrencyAllowance;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.layout.Layout;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an allowance run produced, for the CLI's summary line and the API's summary header. */
public record AllowanceOutcome(SourceFile source, Layout layout, IngestSummary ingest, AllowanceReport report,
                               String masterCheck, AgingOutcome.Timings timings) implements JobOutcome {

    public String summaryLine() {
        StringBuilder per = new StringBuilder();
        for (CurrencyAllowance c : report.currencies()) {
            per.append(per.length() == 0 ? "" : "; ").append(c.currency().isEmpty() ? "" : c.currency() + " ")
                    .append("provision ").append(c.required().toPlainString());
            if (c.adjustment() != null) {
                per.append(" vs ").append(c.held().toPlainString()).append(" held, adjust ")
                        .append(c.adjustment().toPlainString());
            }
        }
        return String.format("%s: %d rows read; %s method, %d write-offs; %s; %d rejected; profile %s; %s",
                source.displayName(), ingest.rowsRead(), report.parameters().method().label().toLowerCase(),
                report.writeOffs().size(), per, ingest.rejected(), layout.profileLabel(), masterCheck);
    }

    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "allowance");
        summary.put("rowsRead", ingest.rowsRead());
        summary.put("rowsRejected", ingest.rejected());
        summary.put("method", report.parameters().method().code());
        summary.put("writeOffs", report.writeOffs().size());
        summary.put("profile", layout.profileLabel());
        summary.put("checks", masterCheck);
        summary.put("currencies", report.currencies().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("currency", c.currency());
            m.put("provision", c.required().toPlainString());
            m.put("held", c.held() == null ? "" : c.held().toPlainString());
            m.put("adjustment", c.adjustment() == null ? "" : c.adjustment().toPlainString());
            return m;
        }).toList());
        return summary;
    }
}
