package com.arworkbench.jobs;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.layout.Layout;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a run produced, for the CLI's summary line and the API's summary header. */
public record AgingOutcome(SourceFile source, Layout layout, IngestSummary ingest, AgingReport report, String masterCheck,
                           Timings timings) implements JobOutcome {

    /** Milliseconds spent: hashing, sniffing and learning the layout; converting and streaming rows; writing the file. */
    public record Timings(long openMillis, long rowsMillis, long writeMillis) {
        @Override
        public String toString() {
            return "open " + openMillis + " ms, rows " + rowsMillis + " ms, write " + writeMillis + " ms";
        }
    }

    public Map<String, BigDecimal> totalsByCurrency() {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        report.currencies().forEach((c, t) -> m.put(c, t.total()));
        return m;
    }

    /** One line for people: rows read / aged / rejected, profile, grand total, checks. */
    public String summaryLine() {
        StringBuilder totals = new StringBuilder();
        totalsByCurrency().forEach((c, v) -> totals.append(totals.length() == 0 ? "" : ", ")
                .append(c.isEmpty() ? "" : c + " ").append(v.toPlainString()));
        return String.format("%s: %d rows read, %d aged, %d future-dated, %d rejected, %d structural; profile %s; "
                        + "total %s; %s",
                source.displayName(), ingest.rowsRead(), report.itemsAged(), report.itemsFuture(), ingest.rejected(),
                ingest.structural(), layout.profileLabel(), totals.length() == 0 ? "0" : totals, masterCheck);
    }

    /** The run in figures, for the API's {@code X-Arw-Summary} header and the page. */
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rowsRead", ingest().rowsRead());
        summary.put("rowsAged", report().itemsAged());
        summary.put("rowsFuture", report().itemsFuture());
        summary.put("rowsRejected", ingest().rejected());
        summary.put("profile", layout().profileLabel());
        summary.put("checks", masterCheck());
        summary.put("totals", totalsByCurrency().entrySet().stream()
                .map(e -> Map.of("currency", e.getKey(), "amount", e.getValue().toPlainString())).toList());
        summary.put("job", "aging");
        return summary;
    }
}
