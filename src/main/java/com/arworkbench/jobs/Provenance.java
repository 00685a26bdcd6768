package com.arworkbench.jobs;

import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.model.RowDisposition;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;

/** The About sheet's lines: where the numbers came from and how they were read. */
final class Provenance {

    static final String NO_DATA_ROWS = "The export has a header but no data rows: nothing is open, or the export was "
            + "cut short. Compare with the ERP before relying on an empty aging.";

    private Provenance() {
    }

    static List<Map.Entry<String, Object>> forAging(OpenItemsFile file, IngestSummary ingest, AgingReport report) {
        List<Map.Entry<String, Object>> e = new ArrayList<>();
        AgingParameters p = report.parameters();
        e.add(Map.entry("Tool", "AR Workbench " + AppVersion.get()));
        e.add(Map.entry("Generated at (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        e.add(Map.entry("Job", "Aging"));
        e.add(Map.entry("As-of date", p.asOf()));
        e.add(Map.entry("Aging basis", p.basis().label()));
        e.add(Map.entry("Bucket edges (days)", p.buckets().toString()));
        e.add(Map.entry("Buckets", String.join(", ", p.buckets().buckets().stream().map(b -> b.label()).toList())));
        source(e, file);
        if (ingest.items() == 0 && ingest.rejected() == 0) {
            e.add(Map.entry("Warning", NO_DATA_ROWS));
        }
        e.add(Map.entry("Rows read", ingest.rowsRead()));
        e.add(Map.entry("Rows aged (Detail)", report.itemsAged()));
        e.add(Map.entry("Rows future-dated (Future-dated)", report.itemsFuture()));
        rowCounts(e, ingest);
        e.add(Map.entry("Currencies", String.join(", ", report.currencies().keySet().stream()
                .map(c -> c.isEmpty() ? "(none given)" : c).toList())));
        e.add(Map.entry("Customers", (long) report.customers().size()));
        return e;
    }

    static List<Map.Entry<String, Object>> forDunning(OpenItemsFile file, IngestSummary ingest,
                                                      com.arworkbench.dunning.DunningReport report,
                                                      com.arworkbench.ingest.CustomerMasterFile master,
                                                      com.arworkbench.model.PreviousWorklist previous, DunningRequest request) {
        List<Map.Entry<String, Object>> e = new ArrayList<>();
        e.add(Map.entry("Tool", "AR Workbench " + AppVersion.get()));
        e.add(Map.entry("Generated at (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        e.add(Map.entry("Job", "Dunning worklist"));
        e.add(Map.entry(com.arworkbench.model.WorklistSheets.ABOUT_AS_OF, request.asOf()));
        source(e, file);
        if (ingest.items() == 0 && ingest.rejected() == 0) {
            e.add(Map.entry("Warning", NO_DATA_ROWS));
        }
        e.add(Map.entry("Rows read", ingest.rowsRead()));
        e.add(Map.entry("Items dunned (Items)", report.itemsDunned()));
        e.add(Map.entry("Overdue items excluded (Excluded)", (long) report.excluded().size()));
        e.add(Map.entry("Items not overdue (used, nothing to chase)", report.itemsNotOverdue()));
        rowCounts(e, ingest);
        e.add(Map.entry("Customers to contact (Worklist)", (long) report.notices().size()));
        if (master != null) {
            e.add(Map.entry("Customer master", master.source().displayName()));
            e.add(Map.entry("Customer master SHA-256", master.source().sha256()));
            e.add(Map.entry("Customer master format", master.sniff().description() + "; profile " + master.layout().profileLabel()
                    + "; header row " + master.layout().headerRow()));
            e.add(Map.entry("Customer master records", (long) master.profiles().size()));
            e.add(Map.entry("Customer master rows not used (on Exceptions)", (long) master.rejected().size()));
            e.add(Map.entry("Customers found in the master", report.customersMatchedInMaster()));
            e.add(Map.entry("Customers not in the master", report.customersNotInMaster()));
        } else {
            e.add(Map.entry("Customer master", "none given"));
        }
        if (previous.sourceName() != null) {
            e.add(Map.entry("Previous worklist", previous.sourceName() + (previous.asOf() == null ? "" : " (as of "
                    + previous.asOf() + ")")));
            e.add(Map.entry("Previous worklist customers / documents carried", previous.customers().size() + " / "
                    + previous.items().size()));
        } else {
            e.add(Map.entry("Previous worklist", "none given: first notices start at level 1"));
        }
        e.add(Map.entry("Policy file", request.policy() == null ? "default (dunning-policy.json)" : request.policy().name()));
        e.add(Map.entry("Risk score", "Σ amount × min(days past due, 365) / 30 over dunned items; × 1.5 after a broken "
                + "promise; × 1.25 over the credit limit (nominal amounts)"));
        return e;
    }

    static List<Map.Entry<String, Object>> forRecon(OpenItemsFile subledger, IngestSummary ingest,
                                                    com.arworkbench.ingest.GeneralLedgerFile gl,
                                                    com.arworkbench.ingest.GeneralLedgerFile.Summary glSummary,
                                                    ReconRequest request) {
        List<Map.Entry<String, Object>> e = new ArrayList<>();
        e.add(Map.entry("Tool", "AR Workbench " + AppVersion.get()));
        e.add(Map.entry("Generated at (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        e.add(Map.entry("Job", "Reconciliation: AR subledger to general ledger"));
        e.add(Map.entry("As-of date (cut-off)", request.asOf()));
        source(e, subledger);
        if (ingest.items() == 0 && ingest.rejected() == 0) {
            e.add(Map.entry("Warning", NO_DATA_ROWS)); // as on every other job's About
        }
        e.add(Map.entry("Subledger rows read", ingest.rowsRead()));
        e.add(Map.entry("Subledger items", ingest.items()));
        rowCounts(e, ingest);
        e.add(Map.entry("GL export", gl.source().displayName()));
        e.add(Map.entry("GL size (bytes)", gl.source().sizeBytes()));
        e.add(Map.entry("GL SHA-256", gl.source().sha256()));
        e.add(Map.entry("GL format", gl.sniff().description()));
        e.add(Map.entry("GL profile", gl.layout().profileLabel() + " (" + gl.layout().profileHow() + "); header row "
                + gl.layout().headerRow()));
        e.add(Map.entry("GL shape", gl.shape().label()));
        e.add(Map.entry("AR control accounts", String.join(", ", gl.arAccounts()) + " (" + gl.accountsHow() + ")"));
        e.add(Map.entry("GL rows read", glSummary.rowsRead()));
        e.add(Map.entry("GL lines on AR accounts", glSummary.arLines()));
        e.add(Map.entry("GL lines on other accounts (counted)", glSummary.otherAccountLines()));
        glSummary.dispositions().forEach((d, n) -> e.add(Map.entry("GL rows: " + d.label(), n)));
        return e;
    }

    static List<Map.Entry<String, Object>> forPack(OpenItemsFile file, IngestSummary ingest, AgingReport aging,
                                                   PackInputs inputs, List<Map.Entry<String, Object>> otherSources,
                                                   com.arworkbench.kpi.KpiReport kpis) {
        List<Map.Entry<String, Object>> e = new ArrayList<>();
        AgingParameters p = aging.parameters();
        e.add(Map.entry("Tool", "AR Workbench " + AppVersion.get()));
        e.add(Map.entry("Generated at (UTC)", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        e.add(Map.entry("Job", "Month-end pack"));
        e.add(Map.entry("As-of date", p.asOf()));
        for (PackInputs.Input i : inputs.all()) {
            e.add(Map.entry("File: " + i.file().name(), i.role().label() + " · " + i.description() + " · " + i.how()));
        }
        e.add(Map.entry("Aging basis", p.basis().label()));
        e.add(Map.entry("Buckets", String.join(", ", p.buckets().buckets().stream().map(b -> b.label()).toList())));
        source(e, file);
        if (ingest.items() == 0 && ingest.rejected() == 0) {
            e.add(Map.entry("Warning", NO_DATA_ROWS));
        }
        e.add(Map.entry("Rows read", ingest.rowsRead()));
        e.add(Map.entry("Rows aged (Aging Detail)", aging.itemsAged()));
        e.add(Map.entry("Rows future-dated (Future-dated)", aging.itemsFuture()));
        rowCounts(e, ingest);
        e.add(Map.entry("Currencies", String.join(", ", aging.currencies().keySet().stream()
                .map(c -> c.isEmpty() ? "(none given)" : c).toList())));
        e.addAll(otherSources);
        if (kpis != null) {
            var k = kpis.parameters();
            e.add(Map.entry("KPI window", k.months() + " periods ending " + k.asOf()));
            e.add(Map.entry("Forecast", k.forecastWeeks() + " weeks; a customer's own delays weigh n ÷ (n + "
                    + k.minPaidInvoices() + ") against the portfolio's, n = its paid invoices"));
            e.add(Map.entry("Back-test", k.backTestMonths() == 0 ? "switched off"
                    : "rolling, from up to " + k.backTestMonths() + " month ends with " + k.forecastWeeks()
                    + " weeks of payments after them"));
            var c = kpis.counts();
            e.add(Map.entry("History records used / ignored (dated after the as-of date)", c.historyRecords() + " / "
                    + c.historyFutureDated()));
            for (var m : kpis.methods()) {
                e.add(Map.entry("Method: " + m.title(), m.text()));
            }
        }
        return e;
    }

    private static void rowCounts(List<Map.Entry<String, Object>> e, IngestSummary ingest) {
        ingest.warnings().forEach(w -> e.add(Map.entry("Warning", w)));
        for (RowDisposition d : RowDisposition.values()) {
            if (ingest.count(d) > 0) {
                String where = d == RowDisposition.BLANK || d == RowDisposition.HEADER ? "counted" : "on Exceptions";
                e.add(Map.entry("Rows: " + d.label() + " (" + where + ")", ingest.count(d)));
            }
        }
        ingest.controlTotals().forEach((currency, amount) -> e.add(Map.entry(
                "Export's grand total" + (currency.isEmpty() ? "" : " " + currency) + " (row "
                        + ingest.controlTotalRows().get(currency) + ")", amount)));
        if (ingest.controlTotals().isEmpty()) {
            e.add(Map.entry("Export's grand total", "none found in the export"));
        }
        e.add(Map.entry("Credits/payments shown positive, made negative", ingest.signsNormalized()));
        e.add(Map.entry("Items without due date, aged by document date", ingest.dueDateFallbacks()));
    }

    private static void source(List<Map.Entry<String, Object>> e, OpenItemsFile file) {
        Layout layout = file.layout();
        e.add(Map.entry("Source file", file.source().displayName()));
        e.add(Map.entry("Source size (bytes)", file.source().sizeBytes()));
        e.add(Map.entry("Source SHA-256", file.source().sha256()));
        e.add(Map.entry("Detected format", file.sniff().description()));
        e.add(Map.entry("ERP profile", layout.profileLabel() + " (" + layout.profileHow() + ")"));
        e.add(Map.entry("Header row", layout.headerRow()));
        for (Map.Entry<Field, Integer> m : layout.mapping().columns().entrySet()) {
            var why = layout.evidence(m.getValue());
            e.add(Map.entry("Column for " + m.getKey().label(), "'" + layout.mapping().header(m.getValue()) + "' (column "
                    + CellReference.convertNumToColString(m.getValue()) + ")"
                    + (why == null ? "" : "; " + why.confidence() + " confidence: " + why.detail())));
        }
        e.add(Map.entry("Currency", layout.currencySource()));
        List<String> unmapped = layout.mapping().unmappedHeaders();
        if (!unmapped.isEmpty()) {
            e.add(Map.entry("Columns not used", String.join(", ", unmapped)));
        }
        e.add(Map.entry("Date order", layout.dateOrderReason().isEmpty() ? "no numeric dates" : layout.dateOrderReason()));
        e.add(Map.entry("Number style", layout.numberStyle().label() + " (" + layout.numberStyleReason() + ")"));
        for (String w : layout.warnings()) {
            e.add(Map.entry("Warning", w));
        }
    }
}
