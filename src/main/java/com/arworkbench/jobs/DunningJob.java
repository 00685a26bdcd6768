package com.arworkbench.jobs;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.dunning.DisputeLog;
import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.dunning.DunningEngine;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningPolicy;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.ingest.BackgroundRead;
import com.arworkbench.ingest.CustomerMasterFile;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.dunning.PolicyFile;
import com.arworkbench.ingest.PreviousWorklistFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.dunning.DunningSection;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dunning pipeline, shared by the CLI and the HTTP API: read the optional customer master,
 * previous worklist and policy, stream the open items through the engine, write the worklist.
 */
public final class DunningJob {

    /** Export items waiting for last run's worklist at most: tens of megabytes, whatever the export's size. */
    static final int MAX_WAITING = 200_000;

    private DunningJob() {
    }

    public static DunningOutcome run(DunningRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        OpenItemsFile file = OpenItemsFile.open(request.openItems().path(), request.openItems().name(), request.ingest());
        CustomerMasterFile master = request.customers() == null ? null
                : InputNames.named("customer master", () -> CustomerMasterFile.read(request.customers().path(), request.customers().name()));
        // Last run's worklist is read beside the rest: on the quick compiler the second core is free for it.
        BackgroundRead<PreviousWorklist> previousRead = BackgroundRead.start("previous-worklist", () -> previousWorklist(request));
        DunningPolicy policy = InputNames.named("dunning policy", () -> request.policy() == null
                ? PolicyFile.load(null, request.templateDir())
                : PolicyFile.load(request.policy().path(), request.policy().name(), request.templateDir()));
        DunningParameters parameters = new DunningParameters(request.asOf(), policy, BucketScheme.standard());
        DisputeLog disputes = DisputeLogs.open(request);
        long t1 = System.nanoTime();

        WorkbookTemplate template = WorkbookTemplate.load(DunningSection.TEMPLATE, request.templateDir());
        Map<String, String> placeholders = new HashMap<>(DunningSection.placeholders(parameters));
        placeholders.putAll(Stamp.of(file));
        template.fill(placeholders);
        try (ReportBook book = new ReportBook(template, file.layout().mapping().headers(), request.workFolder())) {
            DunningSection section = book.add(new DunningSection(book, parameters));
            book.startStreaming();
            CustomerDirectory directory = master == null ? CustomerDirectory.empty() : new CustomerDirectory(master.profiles());
            // The engine starts from last run's worklist: the export's items wait for it (a bounded number).
            DunningEngine[] engine = {null};
            HeldUntilRead<PreviousWorklist, OpenItem> items = new HeldUntilRead<>(previousRead, MAX_WAITING, previous -> {
                engine[0] = new DunningEngine(parameters, directory, disputes.forDunning(previous, directory));
                return item -> {
                    disputes.accept(item, DunningEngine.carriedItem(previous, directory, item));
                    engine[0].accept(item);
                };
            });
            IngestSummary ingest = file.read(RowSink.of(items::accept, book::notUsed));
            PreviousWorklist previous = items.finish();
            section.previousWorklist(previous);
            if (master != null) {
                for (RejectedRow r : master.rejected()) {
                    book.notUsedFromOtherFile(r, master.source().displayName());
                }
            }
            long t2 = System.nanoTime();
            DunningReport engineReport = engine[0].report();
            DisputeLogReport disputeLog = disputes.report(engineReport);
            DunningReport report = disputes.annotate(engineReport, disputeLog);
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = Provenance.forDunning(file, ingest, report, master, previous, request);
            String masterCheck = book.finish(tieOut, ReportBook.results(report, disputeLog), List.of(), provenance, out);
            long t3 = System.nanoTime();
            return new DunningOutcome(file.source(), file.layout(), ingest, report, masterCheck,
                    new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
        }
    }

    /** Last run's worklist as the collectors left it, with the plans of a plans file added; none without either. */
    private static PreviousWorklist previousWorklist(DunningRequest request) throws IOException, UnreadableFileException {
        PreviousWorklist previous = request.previous() == null ? PreviousWorklist.none()
                : InputNames.named("previous worklist", () -> PreviousWorklistFile.read(request.previous().path(), request.previous().name()));
        if (request.plans() == null) {
            return previous;
        }
        return InputNames.named("payment plans", () -> PreviousWorklistFile.plansFile(previous, request.plans().path(),
                request.plans().name()));
    }
}
