package com.arworkbench.jobs;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.confirmations.Reply;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.PreviousConfirmationsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.confirmations.ConfirmationsSection;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The balance confirmations pipeline, shared by the CLI and the HTTP API: stream the open items through the aging,
 * take its per-customer balances per currency, select the key items and the monetary-unit sample, carry the replies
 * of the previous confirmations workbook, add the receipts after the as-of date from the invoice history, and write
 * the workbook (Confirmations, Letters, Sample, Exceptions, Checks, About).
 */
public final class ConfirmationsJob {

    private ConfirmationsJob() {
    }

    public static ConfirmationsOutcome run(ConfirmationsRequest request, OutputStream out)
            throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        ConfirmationParameters p = request.parameters();
        ExportWithHistory files = ExportWithHistory.open(request.openItems(), request.history(), request.ingest());
        OpenItemsFile file = files.openItems();
        InvoiceHistoryFile history = files.history();
        Map<String, Reply> replies = request.previous() == null ? Map.of()
                : InputNames.named("previous confirmations workbook",
                        () -> PreviousConfirmationsFile.read(request.previous().path()));
        AgingParameters agingParameters = new AgingParameters(p.asOf(), AgingBasis.DUE, BucketScheme.standard());
        long t1 = System.nanoTime();
        WorkbookTemplate template = WorkbookTemplate.load(ConfirmationsSection.TEMPLATE, request.templateDir());
        Map<String, String> placeholders = new HashMap<>(ConfirmationsSection.placeholders(p, request.negative(),
                history != null));
        placeholders.putAll(Stamp.of(file));
        template.fill(placeholders);
        BalanceConfirmations.Receipts receipts = new BalanceConfirmations.Receipts(p.asOf());
        ConfirmationReport report;
        IngestSummary ingest;
        String masterCheck;
        long t2;
        try (ReportBook book = new ReportBook(template, file.layout().mapping().headers(), request.workFolder())) {
            book.add(new ConfirmationsSection(book, replies, receipts.byBalance(), request.negative(), p.sampling()));
            book.startStreaming();
            List<Check> inputChecks = new ArrayList<>();
            List<Map.Entry<String, Object>> sources = new ArrayList<>();
            if (history != null) {
                readHistory(history, p.asOf(), receipts, book, inputChecks, sources);
            }
            AgingEngine aging = new AgingEngine(agingParameters);
            ingest = file.read(RowSink.of(aging::age, book::notUsed));
            t2 = System.nanoTime();
            AgingReport agingReport = aging.report();
            report = BalanceConfirmations.select(agingReport, p);
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = new ArrayList<>(Provenance.forAging(file, ingest, agingReport));
            provenance.replaceAll(e -> e.getKey().equals("Job") ? Map.entry("Job", (Object) "Balance confirmations") : e);
            if (request.previous() != null) {
                sources.add(Map.entry("Previous confirmations", request.previous().name() + " · " + replies.size()
                        + " replies read"));
            }
            provenance.addAll(sources);
            masterCheck = book.finish(tieOut, ReportBook.results(agingReport, report), inputChecks, provenance, out);
        }
        long t3 = System.nanoTime();
        return new ConfirmationsOutcome(file.source(), file.layout(), ingest, report, replies.size(), masterCheck,
                new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
    }

    /** The invoice history, for the receipts after the as-of date ({@link BalanceConfirmations.Receipts}). */
    static void readHistory(InvoiceHistoryFile history, LocalDate asOf, BalanceConfirmations.Receipts receipts, ReportBook book,
                            List<Check> inputChecks, List<Map.Entry<String, Object>> sources)
            throws IOException, UnreadableFileException {
        String name = history.source().displayName();
        IngestSummary s = InputControlTotals.read(history, "Invoice history " + name, receipts,
                row -> book.notUsedFromOtherFile(row, name), inputChecks);
        sources.add(Map.entry("Invoice history", name + " · SHA-256 " + history.source().sha256() + " · "
                + s.rowsRead() + " rows read, " + s.items() + " records used, " + s.rejected()
                + " rows not used (on Exceptions); receipts after " + asOf + " for " + receipts.byBalance().size()
                + " balances"));
    }
}
