package com.arworkbench.jobs;

import com.arworkbench.dunning.DunningReport;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.Layout;
import com.arworkbench.ingest.SourceFile;

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
}
