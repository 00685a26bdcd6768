package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.statements.StatementReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a statements run produced, for the CLI's summary line and the API's summary header.
 *
 * @param pdfs             PDFs written (0 without a PDF folder)
 * @param replacedCharacters characters of names the PDF font cannot print, shown as "?" in the PDFs
 */
public record StatementsOutcome(SourceFile source, Layout layout, IngestSummary ingest, StatementReport report,
                                String masterCheck, int pdfs, long replacedCharacters, AgingOutcome.Timings timings)
        implements JobOutcome {

    public String summaryLine() {
        StringBuilder balances = new StringBuilder();
        report.balances().forEach((c, v) -> balances.append(balances.length() == 0 ? "" : ", ")
                .append(c.isEmpty() ? "" : c + " ").append(v.toPlainString()));
        return String.format("%s: %d rows read; %d statements (%s), %d open items, %d future-dated, %d rejected; "
                        + "profile %s; balances %s; %d PDFs%s; %s",
                source.displayName(), ingest.rowsRead(), report.statements().size(),
                report.hasHistory() ? "open items and activity" : "open items only, no history", report.itemsOnStatements(),
                report.itemsFuture(), ingest.rejected(), layout.profileLabel(), balances.length() == 0 ? "0" : balances, pdfs,
                replacedCharacters == 0 ? "" : " (" + replacedCharacters + " characters the PDF font lacks shown as ?)",
                masterCheck);
    }

    /** The run in figures, for the API's {@code X-Arw-Summary} header and the page. */
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "statements");
        summary.put("rowsRead", ingest.rowsRead());
        summary.put("statements", report.statements().size());
        summary.put("activity", report.hasHistory());
        summary.put("itemsOnStatements", report.itemsOnStatements());
        summary.put("itemsFuture", report.itemsFuture());
        summary.put("rowsRejected", ingest.rejected());
        summary.put("profile", layout.profileLabel());
        summary.put("checks", masterCheck);
        summary.put("pdfs", pdfs);
        summary.put("pdfCharactersReplaced", replacedCharacters);
        summary.put("balances", report.balances().entrySet().stream()
                .map(e -> Map.of("currency", e.getKey(), "amount", e.getValue().toPlainString())).toList());
        return summary;
    }
}
