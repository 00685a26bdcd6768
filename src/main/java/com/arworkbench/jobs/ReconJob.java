package com.arworkbench.jobs;

import com.arworkbench.ingest.BackgroundRead;
import com.arworkbench.ingest.GeneralLedgerFile;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.Progress;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.recon.GlExport;
import com.arworkbench.recon.ReconEngine;
import com.arworkbench.recon.ReconParameters;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.recon.ReconInputsRead;
import com.arworkbench.workbook.recon.ReconSection;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The reconciliation pipeline, shared by the CLI and the HTTP API: read the subledger, the GL (and
 * for the roll-forward the register and the prior period), compare, write the workbook. Rows the
 * readers cannot use are kept and listed on Exceptions.
 */
public final class ReconJob {

    private ReconJob() {
    }

    /** What the GL read established, for the checks that tie the GL side to its own totals and rows. */
    static GlExport glExport(GeneralLedgerFile gl, GeneralLedgerFile.Summary s) {
        return new GlExport(gl.source().displayName(), s.rowsRead(), s.count(RowDisposition.BLANK), s.count(RowDisposition.HEADER),
                s.otherAccountLines(), s.otherAccountAmounts(), s.controlTotals(), s.movements());
    }

    public static ReconOutcome run(ReconRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        OpenItemsFile subledger = OpenItemsFile.open(request.openItems().path(), request.openItems().name(), request.ingest());
        GeneralLedgerFile gl = InputNames.named("GL export", () -> GeneralLedgerFile.open(request.gl().path(), request.gl().name(),
                request.glAccounts()));
        long t1 = System.nanoTime();

        ReconEngine engine = new ReconEngine(new ReconParameters(request.asOf(), request.materiality()), gl.shape() == GeneralLedgerFile.Shape.DETAIL);
        List<RejectedRow> subledgerRows = new ArrayList<>();
        List<Map.Entry<String, RejectedRow>> otherRows = new ArrayList<>();
        // The two ledgers are independent files: the GL is read on a thread of its own while the subledger is read.
        BackgroundRead<GeneralLedgerFile.Summary> glRead = BackgroundRead.start("general-ledger",
                () -> gl.read(GeneralLedgerFile.Sink.of(engine::gl, row -> otherRows.add(Map.entry(gl.source().displayName(), row)))));
        IngestSummary ingest = subledger.read(RowSink.of(engine::subledger, subledgerRows::add));
        Progress.current().phase("reading the general ledger");
        GeneralLedgerFile.Summary glSummary = glRead.get();
        engine.glExport(glExport(gl, glSummary));
        List<Map.Entry<String, Object>> extraProvenance = new ArrayList<>();
        if (request.register() != null) {
            OpenItemsFile register = InputNames.named("register", () -> OpenItemsFile.open(request.register().path(),
                    request.register().name(), IngestOptions.detect()));
            IngestSummary s = register.read(RowSink.of(engine::register, r -> otherRows.add(Map.entry(register.source().displayName(), r))));
            extraProvenance.add(Map.entry("Register", register.source().displayName() + " · SHA-256 " + register.source().sha256()
                    + " · " + register.layout().profileLabel() + " · " + s.items() + " movements, " + s.rejected() + " rows not used"));
        }
        if (request.prior() != null) {
            OpenItemsFile prior = InputNames.named("prior period", () -> OpenItemsFile.open(request.prior().path(), request.prior().name(),
                    IngestOptions.detect()));
            IngestSummary s = prior.read(RowSink.of(engine::prior, r -> otherRows.add(Map.entry(prior.source().displayName(), r))));
            extraProvenance.add(Map.entry("Prior period open items", prior.source().displayName() + " · SHA-256 "
                    + prior.source().sha256() + " · " + s.items() + " items, " + s.rejected() + " rows not used"));
        }
        Progress.current().phase("reconciling");
        ReconReport report = engine.report();
        long t2 = System.nanoTime();
        Progress.current().phase("writing the workbook");

        WorkbookTemplate template = WorkbookTemplate.load(ReconSection.TEMPLATE, request.templateDir());
        template.fill(Map.of(
                "asOf", request.asOf().toString(),
                "sourceFile", subledger.source().displayName(),
                "glFile", gl.source().displayName(),
                "profile", subledger.layout().profileLabel(),
                "version", AppVersion.get(),
                "generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()));
        template.fill(ReconSection.placeholders(report));
        String master;
        try (ReportBook book = new ReportBook(template, subledger.layout().mapping().headers(), request.workFolder())) {
            book.add(new ReconSection(book, report, ReconSection.SUMMARY));
            book.startStreaming();
            subledgerRows.forEach(book::notUsed);
            Map<String, Long> otherRowsByFile = new TreeMap<>();
            otherRows.forEach(e -> {
                book.notUsedFromOtherFile(e.getValue(), e.getKey());
                otherRowsByFile.merge(e.getKey(), 1L, Long::sum);
            });
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = Provenance.forRecon(subledger, ingest, gl, glSummary, request);
            provenance.addAll(extraProvenance);
            master = book.finish(tieOut, ReportBook.results(new ReconInputsRead(glSummary.rowsRead(), otherRowsByFile)),
                    List.of(), provenance, out);
        }
        long t3 = System.nanoTime();
        return new ReconOutcome(subledger.source(), subledger.layout(), ingest, gl, glSummary, report, master,
                new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
    }
}
