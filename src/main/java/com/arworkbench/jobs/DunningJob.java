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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dunning pipeline, shared by the CLI and the HTTP API: read the optional customer master,
 * previous worklist and policy, stream the open items through the engine, write the worklist.
 */
public final class DunningJob {

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
            EngineAfterPrevious start = new EngineAfterPrevious(previousRead, parameters, directory, disputes);
            IngestSummary ingest = file.read(RowSink.of(start::accept, book::notUsed));
            DunningEngine engine = start.engine();
            PreviousWorklist previous = start.previous();
            section.previousWorklist(previous);
            if (master != null) {
                for (RejectedRow r : master.rejected()) {
                    book.notUsedFromOtherFile(r, master.source().displayName());
                }
            }
            long t2 = System.nanoTime();
            DunningReport engineReport = engine.report();
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

    /**
     * The dunning engine, which starts from last run's worklist: the export's items wait in memory (the engine keeps
     * them anyway) until that is read, then go to the engine in their order. A worklist that cannot be read is
     * reported by {@link #engine()}, as it would have been before the export was read.
     */
    private static final class EngineAfterPrevious {
        private final BackgroundRead<PreviousWorklist> previousRead;
        private final DunningParameters parameters;
        private final CustomerDirectory directory;
        private final DisputeLog disputes;
        private final List<OpenItem> waiting = new ArrayList<>();
        private PreviousWorklist previous;
        private DunningEngine engine;

        EngineAfterPrevious(BackgroundRead<PreviousWorklist> previousRead, DunningParameters parameters,
                            CustomerDirectory directory, DisputeLog disputes) {
            this.previousRead = previousRead;
            this.parameters = parameters;
            this.directory = directory;
            this.disputes = disputes;
        }

        /** One item of the export, on the rows thread. */
        void accept(OpenItem item) {
            if (engine == null) {
                if (!previousRead.ready()) {
                    waiting.add(item);
                    return;
                }
                start(previousRead.readyValue());
            }
            feed(item);
        }

        /** The engine with every item fed, once the export is read; waits for the worklist if it is still read. */
        DunningEngine engine() throws IOException, UnreadableFileException {
            if (engine == null) {
                start(previousRead.get());
            }
            return engine;
        }

        PreviousWorklist previous() {
            return previous;
        }

        private void start(PreviousWorklist worklist) {
            previous = worklist;
            engine = new DunningEngine(parameters, directory, disputes.forDunning(previous, directory));
            waiting.forEach(this::feed);
            waiting.clear();
        }

        private void feed(OpenItem item) {
            disputes.accept(item, DunningEngine.carriedItem(previous, directory, item));
            engine.accept(item);
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
