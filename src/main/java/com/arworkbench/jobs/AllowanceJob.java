package com.arworkbench.jobs;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.allowance.AllowanceEngine;
import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.allowance.AllowanceReport;
import com.arworkbench.allowance.LedgerAllowance;
import com.arworkbench.allowance.UserInputs;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.PreviousAllowanceFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.allowance.AllowanceSection;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The allowance for doubtful accounts, shared by the CLI and the HTTP API: the write-offs first, then the invoice
 * history into the loss history, the open items through the aging, then the provision matrix against the trial
 * balance's allowance account, written with the outlook and specific provisions typed on last run's workbook.
 */
public final class AllowanceJob {

    private AllowanceJob() {
    }

    public static AllowanceOutcome run(AllowanceRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        AllowanceParameters p = request.parameters();
        Files files = Files.open(request);
        UserInputs inputs = request.previous() == null ? UserInputs.none()
                : InputNames.named("previous allowance workbook", () -> PreviousAllowanceFile.read(request.previous().path()));
        List<Map.Entry<String, RejectedRow>> otherRows = new ArrayList<>();
        List<Map.Entry<String, Object>> sources = new ArrayList<>();
        List<Check> inputChecks = new ArrayList<>();
        LedgerAllowance ledger = request.trialBalance() == null ? null : LedgerAllowances.read(request.trialBalance(),
                request.allowanceAccount(), request.expenseAccount(), (f, r) -> otherRows.add(Map.entry(f, r)), sources);
        AllowanceEngine engine = new AllowanceEngine(p);
        if (files.writeOffs != null) {
            read(files.writeOffs, "Write-offs", r -> AllowanceFeed.writeOff(engine, r, files.writeOffs.source().displayName()),
                    otherRows, inputChecks, sources);
        }
        AllowanceFeed.historyWriteOffs(engine, files.history);
        AllowanceFeed.requireWriteOffs(engine, files.history.source().displayName(), files.writeOffs != null);
        read(files.history, "Invoice history", engine::history, otherRows, inputChecks, sources);
        long t1 = System.nanoTime();

        WorkbookTemplate template = WorkbookTemplate.load(AllowanceSection.TEMPLATE, request.templateDir());
        Map<String, String> placeholders = new HashMap<>(AllowanceSection.placeholders(p, ledger == null
                ? "no trial balance given" : "allowance account " + ledger.account() + " " + ledger.accountName()
                + " in " + ledger.file()));
        placeholders.putAll(Stamp.of(files.openItems));
        template.fill(placeholders);
        AllowanceReport report;
        IngestSummary ingest;
        String masterCheck;
        long t2;
        try (ReportBook book = new ReportBook(template, files.openItems.layout().mapping().headers(), request.workFolder())) {
            book.add(new AllowanceSection(book, p));
            book.startStreaming();
            otherRows.forEach(e -> book.notUsedFromOtherFile(e.getValue(), e.getKey()));
            AgingEngine aging = new AgingEngine(new AgingParameters(p.asOf(), AgingBasis.DUE, p.buckets()));
            ingest = files.openItems.read(RowSink.of(aging::age, book::notUsed));
            t2 = System.nanoTime();
            AgingReport agingReport = aging.report();
            report = engine.report(agingReport, inputs, ledger);
            requireLossHistory(report, p);
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = new ArrayList<>(Provenance.forAging(files.openItems, ingest,
                    agingReport));
            provenance.replaceAll(e -> e.getKey().equals("Job") ? Map.entry("Job", (Object) "Allowance for doubtful accounts") : e);
            if (request.previous() != null) {
                sources.add(Map.entry("Previous allowance", request.previous().name() + " · " + inputs.outlook().size()
                        + " outlook adjustments, " + inputs.specific().size() + " specific provisions read"));
            }
            provenance.addAll(sources);
            masterCheck = book.finish(tieOut, ReportBook.results(agingReport, report), inputChecks, provenance, out);
        }
        long t3 = System.nanoTime();
        return new AllowanceOutcome(files.openItems.source(), files.openItems.layout(), ingest, report, masterCheck,
                new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
    }

    /** No month end of the history has its outcome window behind it: there is no loss rate to give. */
    static void requireLossHistory(AllowanceReport report, AllowanceParameters p) throws UnreadableFileException {
        if (report.undatedSettlements() > 0 && report.undatedSettlements() * 2 > report.salesRead()) {
            throw new UnreadableFileException("The invoice history gives no settlement date for "
                    + report.undatedSettlements() + " of its " + report.salesRead() + " invoices, so the loss history "
                    + "cannot tell when they stopped being open. Export the history with its paid or closed date (a "
                    + "column headed e.g. 'Date Closed', 'Paid Date', 'Ausgleichsdatum').");
        }
        if (report.currencies().stream().allMatch(c -> c.lossCutoffs() == 0)) {
            throw new UnreadableFileException("The invoice history is too short for loss rates: no month end in it has "
                    + "its " + p.outcomeMonths() + "-month outcome window ended by " + p.asOf() + ". Give a longer "
                    + "history, or a shorter window with --outcome-months (API field outcomeMonths).");
        }
    }

    /** The export, the history and the write-offs under one base currency when some name none. */
    private record Files(OpenItemsFile openItems, InvoiceHistoryFile history, InvoiceHistoryFile writeOffs) {
        static Files open(AllowanceRequest request) throws IOException, UnreadableFileException {
            OpenItemsFile file = OpenItemsFile.open(request.openItems().path(), request.openItems().name(), request.ingest());
            InvoiceHistoryFile h = history(request.history(), "invoice history");
            InvoiceHistoryFile w = request.writeOffs() == null ? null : history(request.writeOffs(), "write-offs");
            List<CurrencyAgreement.Named> named = new ArrayList<>(List.of(
                    new CurrencyAgreement.Named("open items", file.source().displayName(), file.layout()),
                    new CurrencyAgreement.Named("invoice history", h.source().displayName(), h.layout())));
            if (w != null) {
                named.add(new CurrencyAgreement.Named("write-offs", w.source().displayName(), w.layout()));
            }
            String base = CurrencyAgreement.decide(request.ingest().baseCurrency(), named);
            return base == null ? new Files(file, h, w) : new Files(file.withBaseCurrency(base), h.withBaseCurrency(base),
                    w == null ? null : w.withBaseCurrency(base));
        }

        private static InvoiceHistoryFile history(NamedFile f, String what) throws IOException, UnreadableFileException {
            return InputNames.named(what, () -> InvoiceHistoryFile.open(f.path(), f.name()));
        }
    }

    private static void read(InvoiceHistoryFile file, String label, Consumer<InvoiceRecord> to,
                             List<Map.Entry<String, RejectedRow>> otherRows, List<Check> inputChecks,
                             List<Map.Entry<String, Object>> sources) throws IOException, UnreadableFileException {
        String name = file.source().displayName();
        IngestSummary s = InputControlTotals.read(file, label + " " + name, to, row -> otherRows.add(Map.entry(name, row)),
                inputChecks);
        sources.add(Map.entry(label, name + " · SHA-256 " + file.source().sha256() + " · " + file.layout().profileLabel()
                + " · " + s.rowsRead() + " rows read, " + s.items() + " records used, " + s.rejected()
                + " rows not used (on Exceptions)"));
    }
}
