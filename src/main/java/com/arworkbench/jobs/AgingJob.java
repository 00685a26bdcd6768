package com.arworkbench.jobs;

import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.aging.AgingSection;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The aging pipeline, shared by the CLI and the HTTP API: open the export, stream its rows through
 * the engine into the workbook, then write the summary, checks and provenance.
 */
public final class AgingJob {

    private AgingJob() {
    }

    public static AgingOutcome run(AgingRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        OpenItemsFile file = OpenItemsFile.open(request.input(), request.displayName(), request.ingest());
        long t1 = System.nanoTime();
        AgingParameters p = request.parameters();
        WorkbookTemplate template = WorkbookTemplate.load(AgingSection.TEMPLATE, request.templateDir());
        Map<String, String> values = new HashMap<>(AgingSection.placeholders(p));
        values.putAll(Stamp.of(file));
        template.fill(values);
        try (ReportBook book = new ReportBook(template, file.layout().mapping().headers(), request.workFolder())) {
            AgingSection aging = book.add(new AgingSection(book, p));
            book.startStreaming();
            AgingEngine engine = new AgingEngine(p);
            IngestSummary ingest = file.read(RowSink.of(item -> aging.item(engine.age(item)), book::notUsed));
            long t2 = System.nanoTime();
            AgingReport report = engine.report();
            var tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = Provenance.forAging(file, ingest, report);
            String master = book.finish(tieOut, ReportBook.results(report), List.of(), provenance, out);
            long t3 = System.nanoTime();
            return new AgingOutcome(file.source(), file.layout(), ingest, report, master,
                    new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
        }
    }
}
