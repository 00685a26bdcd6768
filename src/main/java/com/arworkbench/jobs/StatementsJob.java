package com.arworkbench.jobs;

import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.ingest.CustomerMasterFile;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.statements.Statement;
import com.arworkbench.statements.StatementEngine;
import com.arworkbench.statements.StatementParameters;
import com.arworkbench.statements.StatementReport;
import com.arworkbench.statements.pdf.StatementPdf;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.statements.StatementFiles;
import com.arworkbench.workbook.statements.StatementsSection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements pipeline, shared by the CLI and the HTTP API: read the optional customer master and invoice
 * history, stream the open items through the aging and the statement engine, write the workbook (Statements, Mail
 * merge, Exceptions, Checks, About) and, when asked, one PDF per customer and currency.
 */
public final class StatementsJob {

    private StatementsJob() {
    }

    public static StatementsOutcome run(StatementsRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        ExportWithHistory files = ExportWithHistory.open(request.openItems(), request.history(), request.ingest());
        OpenItemsFile file = files.openItems();
        InvoiceHistoryFile history = files.history();
        CustomerMasterFile master = request.customers() == null ? null
                : InputNames.named("customer master", () -> CustomerMasterFile.read(request.customers().path(), request.customers().name()));
        String userBase = request.ingest().baseCurrency();
        StatementParameters parameters;
        try {
            parameters = new StatementParameters(request.asOf(), request.from(), BucketScheme.standard());
        } catch (IllegalArgumentException e) {
            throw new UnreadableFileException(e.getMessage());
        }
        AgingParameters agingParameters = new AgingParameters(request.asOf(), AgingBasis.DUE, parameters.buckets());
        long t1 = System.nanoTime();

        WorkbookTemplate template = WorkbookTemplate.load(StatementsSection.TEMPLATE, request.templateDir());
        Map<String, String> placeholders = new HashMap<>(StatementsSection.placeholders(parameters, history != null, 0,
                Integer.MAX_VALUE));
        placeholders.putAll(Stamp.of(file));
        template.fill(placeholders);
        List<String> letterhead = letterhead(template);
        StatementReport report;
        IngestSummary ingest;
        String masterCheck;
        long t2;
        try (ReportBook book = new ReportBook(template, file.layout().mapping().headers(), request.workFolder())) {
            book.add(new StatementsSection(book));
            book.startStreaming();
            StatementEngine engine = new StatementEngine(parameters,
                    master == null ? CustomerDirectory.empty() : new CustomerDirectory(master.profiles()));
            List<Check> inputChecks = new ArrayList<>();
            List<Map.Entry<String, Object>> sources = new ArrayList<>();
            if (master != null) {
                for (RejectedRow r : master.rejected()) {
                    book.notUsedFromOtherFile(r, master.source().displayName());
                }
                sources.add(Map.entry("Customer master", master.source().displayName() + " · SHA-256 "
                        + master.source().sha256() + " · " + master.profiles().size() + " customers, "
                        + master.rejected().size() + " rows not used (on Exceptions)"));
            }
            if (history != null) {
                engine.withHistory();
                readHistory(history, engine, book, inputChecks, sources, userBase);
            }
            AgingEngine aging = new AgingEngine(agingParameters);
            ingest = file.read(RowSink.of(item -> engine.accept(aging.age(item)), book::notUsed));
            t2 = System.nanoTime();
            AgingReport agingReport = aging.report();
            report = engine.report();
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = new ArrayList<>(Provenance.forAging(file, ingest, agingReport));
            provenance.replaceAll(e -> e.getKey().equals("Job") ? Map.entry("Job", (Object) "Customer statements") : e);
            provenance.removeIf(e -> e.getKey().startsWith("Rows aged") || e.getKey().startsWith("Rows future-dated"));
            provenance.add(Map.entry("Activity period", history == null ? "none (no invoice history)"
                    : parameters.from() + " to " + parameters.asOf()));
            provenance.addAll(sources);
            masterCheck = book.finish(tieOut, ReportBook.results(agingReport, report), inputChecks, provenance, out);
        }
        int pdfs = 0;
        long replaced = 0;
        if (request.pdfDir() != null) {
            Files.createDirectories(request.pdfDir());
            try (StatementPdf pdf = new StatementPdf(letterhead, parameters)) {
                int n = 0;
                for (Statement s : report.statements()) {
                    n++;
                    try (OutputStream o = Files.newOutputStream(request.pdfDir().resolve(StatementFiles.pdfName(n, s)))) {
                        replaced += pdf.write(s, o);
                    }
                    pdfs++;
                }
            }
        }
        long t3 = System.nanoTime();
        return new StatementsOutcome(file.source(), file.layout(), ingest, report, masterCheck, pdfs, replaced,
                new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
    }

    /** The letterhead lines as the (filled) template has them, for the PDFs. */
    static List<String> letterhead(WorkbookTemplate template) {
        List<String> lines = new ArrayList<>();
        var sheet = template.workbook().getSheet(StatementsSection.STATEMENTS);
        for (int r = 0; r < StatementsSection.LETTERHEAD_ROWS; r++) {
            var row = sheet.getRow(r);
            var cell = row == null ? null : row.getCell(0);
            String text = cell == null ? "" : cell.toString().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    private static void readHistory(InvoiceHistoryFile history, StatementEngine engine, ReportBook book,
                                    List<Check> inputChecks, List<Map.Entry<String, Object>> sources, String userBase)
            throws IOException, UnreadableFileException {
        String name = history.source().displayName();
        IngestSummary s = InputControlTotals.read(history, "Invoice history " + name, engine::history,
                row -> book.notUsedFromOtherFile(row, name), inputChecks);
        sources.add(Map.entry("Invoice history", name + " · SHA-256 " + history.source().sha256() + " · "
                + history.layout().profileLabel() + " · currency: " + CurrencyAgreement.source(history.layout(), userBase)
                + " · " + s.rowsRead() + " rows read, " + s.items() + " records used, " + s.rejected()
                + " rows not used (on Exceptions), " + s.structural() + " structural"));
    }
}
