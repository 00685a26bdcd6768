package com.arworkbench.jobs;

import com.arworkbench.cashapp.CashApplicationEngine;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.CashAppRules;
import com.arworkbench.cashapp.PreviousCashApplication;
import com.arworkbench.cashapp.ReviewDecisions;
import com.arworkbench.cashapp.Tolerances;
import com.arworkbench.ingest.PreviousCashAppFile;
import com.arworkbench.ingest.CustomerMasterFile;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.Progress;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.cashapp.RulesFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.cashapp.CashAppSection;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cash application pipeline, shared by the CLI and the HTTP API: read the open items and the
 * payments (and optionally the customer master's bank accounts and the tolerances), match, write.
 */
public final class CashAppJob {

    private CashAppJob() {
    }

    public static CashAppOutcome run(CashAppRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        OpenItemsFile openItems = OpenItemsFile.open(request.openItems().path(), request.openItems().name(), request.ingest());
        PaymentsFile payments = InputNames.named("payments file", () -> PaymentsFile.read(request.payments().path(),
                request.payments().name()));
        Map<String, Customer> accounts = new HashMap<>();
        CustomerMasterFile master = null;
        if (request.customers() != null) {
            master = InputNames.named("customer master", () -> CustomerMasterFile.read(request.customers().path(),
                    request.customers().name()));
            for (CustomerProfile p : master.profiles()) {
                if (p.bankAccount() != null) {
                    accounts.putIfAbsent(p.bankAccount(), p.customer());
                }
            }
        }
        CashAppRules rules = (request.rules() == null ? CashAppRules.standard()
                : InputNames.named("rules file", () -> RulesFile.rules(request.rules().path(), request.rules().name())))
                .withUnappliedTarget(request.unappliedTarget());
        Tolerances tolerances = rules.tolerances();
        PreviousCashApplication previous = request.previous() == null ? PreviousCashApplication.none()
                : InputNames.named("previous cash application", () -> PreviousCashAppFile.read(request.previous().path(),
                        request.previous().name()));
        com.arworkbench.ingest.bank.RemittanceFile advice = request.remittances() == null ? null
                : InputNames.named("remittance advice", () -> com.arworkbench.ingest.bank.RemittanceFile.read(
                        request.remittances().path(), request.remittances().name()));
        long t1 = System.nanoTime();

        CashApplicationEngine engine = new CashApplicationEngine(tolerances, accounts);
        if (advice != null) {
            advice.lines().forEach(engine::remittance);
        }
        List<RejectedRow> openItemRows = new ArrayList<>();
        // The reviewed workbook's decisions are a step around the matcher: it sees only what they leave.
        ReviewDecisions decisions = new ReviewDecisions(previous, accounts, engine);
        IngestSummary ingest = openItems.read(RowSink.of(decisions::openItem, openItemRows::add));
        Progress.current().phase("matching the payments");
        payments.payments().forEach(decisions::payment);
        ReviewDecisions.Result decided = decisions.run();
        CashApplicationReport report = decided.report();
        long t2 = System.nanoTime();
        Progress.current().phase("writing the workbook");

        WorkbookTemplate template = WorkbookTemplate.load(CashAppSection.TEMPLATE, request.templateDir());
        template.fill(Map.of(
                "asOf", request.asOf().toString(),
                "sourceFile", openItems.source().displayName(),
                "paymentsFile", payments.source().displayName(),
                "profile", openItems.layout().profileLabel(),
                "version", AppVersion.get(),
                "generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        String masterCheck;
        try (ReportBook book = new ReportBook(template, openItems.layout().mapping().headers(), request.workFolder())) {
            CashAppSection cashApp = book.add(new CashAppSection(book, report, request.asOf(), CashAppSection.SUMMARY));
            cashApp.rules(rules);
            cashApp.trail(decided.trail());
            book.startStreaming();
            openItemRows.forEach(book::notUsed);
            payments.notUsed().forEach(r -> book.notUsedFromOtherFile(r, payments.source().displayName()));
            if (master != null) {
                String name = master.source().displayName();
                master.rejected().forEach(r -> book.notUsedFromOtherFile(r, name));
            }
            if (advice != null) {
                advice.notUsed().forEach(r -> book.notUsedFromOtherFile(r, advice.source().displayName()));
            }
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = new ArrayList<>();
            provenance.add(Map.entry("Tool", "AR Workbench " + AppVersion.get()));
            provenance.add(Map.entry("Job", "Cash application"));
            provenance.add(Map.entry("As-of date", request.asOf()));
            provenance.add(Map.entry("Open items", openItems.source().displayName() + " · SHA-256 " + openItems.source().sha256()
                    + " · " + openItems.sniff().description() + " · " + openItems.layout().profileLabel()));
            provenance.add(Map.entry("Open items rows read / items", ingest.rowsRead() + " / " + ingest.items()));
            provenance.add(Map.entry("Payments file", payments.source().displayName() + " · SHA-256 " + payments.source().sha256()));
            provenance.add(Map.entry("Payments format", payments.format()));
            provenance.add(Map.entry("Payments read / entries not used", payments.payments().size() + " / "
                    + payments.notUsed().size()));
            payments.controlNotes().forEach(n -> provenance.add(Map.entry("Payments file control total", n)));
            provenance.add(Map.entry("Customer master", master == null ? "none given" : master.source().displayName()
                    + " (" + accounts.size() + " bank accounts)"));
            provenance.add(Map.entry("Remittance advice", advice == null ? "none given" : advice.source().displayName()
                    + " (" + advice.lines().size() + " lines)"));
            if (request.previous() != null) {
                provenance.add(Map.entry("Previous cash application", request.previous().name()));
            }
            provenance.add(Map.entry("Tolerances", "discount " + tolerances.discountPercent() + " %; short pay "
                    + tolerances.shortPayAbsolute() + " or " + tolerances.shortPayPercent() + " %, the smaller"
                    + (request.rules() == null ? " (default)" : " (" + request.rules().name() + ")")));
            cashApp.openItemsRead(ingest.items());
            cashApp.paymentsFileProblems(payments.controlNotes());
            masterCheck = book.finish(tieOut, ReportBook.results(report), List.of(), provenance, out);
        }
        long t3 = System.nanoTime();
        return new CashAppOutcome(openItems.source(), payments, ingest, report, masterCheck,
                new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
    }
}
