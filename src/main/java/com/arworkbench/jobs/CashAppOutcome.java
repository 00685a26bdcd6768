package com.arworkbench.jobs;

import com.arworkbench.cashapp.Application;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.Unapplied;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.SourceFile;
import com.arworkbench.ingest.bank.PaymentsFile;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a cash application run produced, for the CLI's summary line and the API's summary header. */
public record CashAppOutcome(SourceFile source, PaymentsFile payments, IngestSummary ingest, CashApplicationReport report,
                             String masterCheck, AgingOutcome.Timings timings) implements JobOutcome {

    public BigDecimal autoApplied() {
        return report.autoApplied().stream().map(Application::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal forReview() {
        return report.forReview().stream().map(Application::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal unapplied() {
        return report.unapplied().stream().map(Unapplied::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public String summaryLine() {
        return String.format("%s against %s: %d payments (%s) totalling %s; auto-applied %s, for review %s, unapplied %s; "
                        + "%d deductions; %s",
                payments.source().displayName(), source.displayName(), report.payments().size(), payments.format(),
                money(report.totalPayments()), money(autoApplied()), money(forReview()),
                money(unapplied()), report.deductions().size(), masterCheck);
    }

    /** The run in figures, for the API's {@code X-Arw-Summary} header and the page. */
    @Override
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("job", "cashapp");
        summary.put("payments", report().payments().size());
        summary.put("paymentsFormat", payments().format());
        summary.put("total", money(report().totalPayments()));
        summary.put("autoApplied", money(autoApplied()));
        summary.put("forReview", money(forReview()));
        summary.put("unapplied", money(unapplied()));
        summary.put("deductions", report().deductions().size());
        summary.put("checks", masterCheck());
        return summary;
    }

    /** Amounts in the summary with their cents, also when nothing is left ("0.00", not "0"). */
    private static String money(BigDecimal amount) {
        return amount.setScale(Math.max(2, amount.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
