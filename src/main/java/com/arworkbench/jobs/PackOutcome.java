package com.arworkbench.jobs;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.kpi.MonthKpis;
import com.arworkbench.recon.ReconReport;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a month-end pack produced, for the CLI's summary line and the API's summary header.
 *
 * @param recon the reconciliation, null when the pack has no GL
 */
public record PackOutcome(PackInputs inputs, SourceFile openItems, IngestSummary ingest, AgingReport aging, KpiReport kpis,
                          List<String> sections, String masterCheck, AgingOutcome.Timings timings, ReconReport recon)
        implements JobOutcome {

    /**
     * The headline KPIs of each currency (as of the last period), null-free for JSON: endingAr is the AR rebuilt from
     * the history that every KPI uses; ledgerEndingAr (the open-items export) and ledgerGap reconcile to it.
     */
    public List<Map<String, Object>> headline() {
        if (kpis == null) {
            return List.of();
        }
        return kpis.currencies().values().stream().map(PackOutcome::headline).toList();
    }

    private static Map<String, Object> headline(CurrencyKpis c) {
        MonthKpis m = c.lastMonth();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("currency", c.currency());
        h.put("endingAr", text(m.endingAr()));               // rebuilt from the history: the AR of the KPIs
        h.put("ledgerEndingAr", text(m.ledgerEndingAr()));   // the open-items export: a reconciling figure
        h.put("ledgerGap", text(m.ledgerGap()));
        h.put("dso", text(m.dso()));
        h.put("bestPossibleDso", text(m.bestPossibleDso()));
        h.put("averageDaysDelinquent", text(m.averageDaysDelinquent()));
        h.put("countbackDso", text(m.countbackDso()));
        h.put("cei", text(m.cei()));
        h.put("percentCurrent", text(m.percentCurrent()));
        h.put("percentOver90", text(m.percentOver90()));
        h.put("forecast13Weeks", text(c.forecast().weeksTotal()));
        h.put("backTestError", c.backTest().available() ? text(c.backTest().chosenWape()) : "");
        return h;
    }

    private static String text(BigDecimal v) {
        return v == null ? "" : v.toPlainString();
    }

    public String summaryLine() {
        StringBuilder kpi = new StringBuilder();
        for (Map<String, Object> h : headline()) {
            kpi.append(kpi.length() == 0 ? "" : "; ").append(h.get("currency").toString().isEmpty() ? "" : h.get("currency") + " ")
                    .append("DSO ").append(h.get("dso")).append(", BPDSO ").append(h.get("bestPossibleDso"))
                    .append(", ADD ").append(h.get("averageDaysDelinquent")).append(", CEI ").append(h.get("cei"))
                    .append(", 13-week forecast ").append(h.get("forecast13Weeks"));
        }
        String recon = this.recon == null ? "" : "; " + ReconOutcome.statusText(this.recon);
        return String.format("pack of %d file(s): %s; %s: %d rows read, %d aged, %d rejected; %s%s; %s",
                inputs.all().size(), String.join(", ", sections), openItems.displayName(), ingest.rowsRead(),
                aging.itemsAged(), ingest.rejected(), kpi.length() == 0 ? "no invoice history: no KPIs" : kpi, recon,
                masterCheck);
    }

    /** The run in figures, for the API's {@code X-Arw-Summary} header and the page. */
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "pack");
        summary.put("files", inputs().all().stream().map(i -> Map.of("name", i.file().name(), "role",
                i.role().label())).toList());
        summary.put("sections", sections());
        summary.put("rowsRead", ingest().rowsRead());
        summary.put("rowsAged", aging().itemsAged());
        summary.put("rowsRejected", ingest().rejected());
        summary.put("kpis", headline());
        summary.put("checks", masterCheck());
        if (recon != null) {
            ReconOutcome.putStatus(summary, recon);
        }
        return summary;
    }
}
