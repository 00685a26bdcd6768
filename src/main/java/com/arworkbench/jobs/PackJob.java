package com.arworkbench.jobs;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.allowance.AllowanceEngine;
import com.arworkbench.allowance.AllowanceReport;
import com.arworkbench.allowance.UserInputs;
import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.dunning.DisputeLog;
import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.dunning.DunningEngine;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.PolicyFile;
import com.arworkbench.ingest.CustomerMasterFile;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.PreviousWorklistFile;
import com.arworkbench.ingest.Progress;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.kpi.ExpectedPayment;
import com.arworkbench.kpi.KpiEngine;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.statements.StatementEngine;
import com.arworkbench.statements.StatementParameters;
import com.arworkbench.workbook.PackWorkbookWriter;
import com.arworkbench.workbook.ReportBook;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import com.arworkbench.workbook.allowance.AllowanceSection;
import com.arworkbench.workbook.confirmations.ConfirmationsSection;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The month-end pack, shared by the CLI ({@code pack}, {@code kpi}) and the API: every file the
 * user has, one workbook. The sections come from {@link PackSection} (the one table from file roles
 * to sections). The invoice history is read first (the forecast needs each customer's habit before
 * it sees an open item); the open-items export then streams once through aging, the forecast, the
 * KPIs and dunning. Reconciliation and cash application need their report before the workbook
 * opens, so with a GL or payments file the export is read once more up front; so it is when last run's
 * worklist holds a promise still to come, which the forecast spreads over the customer's items oldest
 * first ({@link PackPromises}). The balance confirmations (when their parameters are given) take the
 * receipts after the as-of date from the same pass over the history and select from the aging's balances.
 */
public final class PackJob {

    private PackJob() {
    }

    /** What the streaming step gives back for the outcome. */
    private record Written(IngestSummary ingest, AgingReport aging, KpiReport kpis, String masterCheck, long streamedAt) {
    }

    public static PackOutcome run(PackRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        PackRun run = PackRun.start(request);
        StatementEngine statements = statementEngine(run);
        BalanceConfirmations.Receipts receipts = run.has(PackSection.CONFIRMATIONS)
                ? new BalanceConfirmations.Receipts(request.asOf()) : null;
        Progress.current().phase("reading the history");
        PackHistory.Read history = PackHistory.read(run, receipts);
        Progress.current().phase("reading the other inputs");
        CustomerMasterFile master = readCustomerMaster(run);
        if (statements != null && master != null) {
            statements.customers(new CustomerDirectory(master.profiles()));
        }
        PreviousWorklist previous = readPreviousWorklist(run);
        DunningParameters dunning = dunningParameters(run);
        PackReconAndCash.Reports reports = PackReconAndCash.read(run, master);
        CustomerDirectory directory = master == null ? CustomerDirectory.empty() : new CustomerDirectory(master.profiles());
        // Promises on last run's worklist override the forecast; without a history there is no forecast to override.
        PackPromises promises = history == null ? PackPromises.none() : PackPromises.read(run, previous, directory);
        AllowanceEngine allowance = history == null ? null : history.allowance();
        PackAllowance.Ledger ledger = allowance == null ? null : PackAllowance.ledger(run);
        long t1 = System.nanoTime();

        AgingParameters agingParameters = new AgingParameters(request.asOf(), AgingBasis.DUE, BucketScheme.standard());
        PackWorkbookWriter.Contents contents = new PackWorkbookWriter.Contents(agingParameters, history != null, dunning,
                previous, reports.recon(), reports.cashApp(), reports.cashTrail(), reports.paymentsFileProblems(),
                statements == null ? null : STATEMENT_PARAMETERS.apply(request.asOf()), STATEMENT_ITEMS,
                confirmations(run, receipts, history != null), allowance == null ? null : allowance.parameters());
        WorkbookTemplate template = template(run, contents, reports.glFile(), ledger);
        Written w = write(run, template, contents, history, directory, promises, statements, ledger, out);
        long t3 = System.nanoTime();
        return new PackOutcome(run.inputs, run.openItems.source(), w.ingest(), w.aging(), w.kpis(), run.sectionParts(),
                w.masterCheck(), new AgingOutcome.Timings((t1 - t0) / 1_000_000, (w.streamedAt() - t1) / 1_000_000,
                (t3 - w.streamedAt()) / 1_000_000), reports.recon());
    }

    /** The statements' detail the pack keeps: past it, balances only (Mail merge), to stay within the pack's memory. */
    static final long STATEMENT_ITEMS = 100_000;
    private static final java.util.function.Function<java.time.LocalDate, StatementParameters> STATEMENT_PARAMETERS =
            asOf -> new StatementParameters(asOf, null, BucketScheme.standard());

    /**
     * The statements' engine when the pack has them: open-item statements. The activity (from the history) is the
     * statements job's: a history that does not tie to the open items would turn the whole pack's master check red,
     * where the KPIs show the same gap as a reconciling line.
     */
    private static StatementEngine statementEngine(PackRun run) {
        if (!run.has(PackSection.STATEMENTS)) {
            return null;
        }
        StatementEngine engine = new StatementEngine(STATEMENT_PARAMETERS.apply(run.request.asOf()),
                CustomerDirectory.empty(), STATEMENT_ITEMS, 0); // no history: open-item statements
        return engine;
    }

    /**
     * The balance confirmations when the request gives their parameters: the receipts come from the history as the
     * KPIs read it (one pass), and About says how the balances were selected.
     */
    private static PackWorkbookWriter.Confirmations confirmations(PackRun run, BalanceConfirmations.Receipts receipts,
                                                                  boolean history) {
        PackRequest.Confirmations asked = run.request.confirmations();
        if (receipts == null || asked == null) {
            return null;
        }
        run.source("Balance confirmations", ConfirmationsSection.selection(asked.parameters())
                + (history ? "; receipts after " + run.request.asOf() + " from the invoice history for "
                        + receipts.byBalance().size() + " balances" : "; no invoice history: no receipts after "
                        + run.request.asOf()));
        return new PackWorkbookWriter.Confirmations(asked.parameters(), asked.negative(), receipts.byBalance(), history);
    }

    private static CustomerMasterFile readCustomerMaster(PackRun run) throws IOException, UnreadableFileException {
        PackInputs.Input in = run.file(PackRole.CUSTOMER_MASTER);
        if (in == null) {
            return null;
        }
        CustomerMasterFile master = InputNames.named("customer master", () -> CustomerMasterFile.read(in.file().path(),
                in.file().name()));
        String name = in.file().name();
        master.rejected().forEach(r -> run.notUsed(name, r));
        run.source(in.role().label(), name + " · SHA-256 " + master.source().sha256() + " · "
                + master.profiles().size() + " customers, " + master.rejected().size() + " rows not used");
        return master;
    }

    private static PreviousWorklist readPreviousWorklist(PackRun run) throws IOException, UnreadableFileException {
        PackInputs.Input in = run.file(PackRole.PREVIOUS_WORKLIST);
        if (in == null) {
            return PreviousWorklist.none();
        }
        PreviousWorklist previous = InputNames.named("previous worklist", () -> PreviousWorklistFile.read(in.file().path(),
                in.file().name()));
        run.source(in.role().label(), in.file().name() + " · " + previous.customers().size()
                + " customers, " + previous.items().size() + " documents carried forward");
        return previous;
    }

    /** A customer master or last run's worklist says the user chases from this pack: the worklist, on the standard policy. */
    private static DunningParameters dunningParameters(PackRun run) throws IOException, UnreadableFileException {
        return run.has(PackSection.DUNNING)
                ? new DunningParameters(run.request.asOf(), PolicyFile.load(null, run.request.templateDir()), BucketScheme.standard())
                : null;
    }

    /** The pack's template with its titles filled: the sections' own placeholders and the run's files. */
    private static WorkbookTemplate template(PackRun run, PackWorkbookWriter.Contents contents, String glFile,
                                             PackAllowance.Ledger ledger) throws IOException {
        WorkbookTemplate template = WorkbookTemplate.load(PackWorkbookWriter.TEMPLATE, run.request.templateDir());
        Map<String, String> values = new HashMap<>(PackWorkbookWriter.placeholders(contents));
        if (contents.allowance() != null) {
            Map<String, String> a = new HashMap<>(AllowanceSection.placeholders(contents.allowance(), ledger.note()));
            a.keySet().removeAll(values.keySet()); // asOf is the aging's
            values.putAll(a);
        }
        values.put("sourceFile", run.openItems.source().displayName());
        values.put("profile", run.openItems.layout().profileLabel());
        values.put("glFile", glFile);
        values.put("paymentsFile", fileName(run, PackRole.PAYMENTS));
        values.put("historyFile", fileName(run, PackRole.INVOICE_HISTORY));
        values.put("sources", String.join(" · ", run.inputs.all().stream().map(i -> i.file().name()).toList()));
        values.put("version", AppVersion.get());
        values.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        template.fill(values);
        return template;
    }

    private static String fileName(PackRun run, PackRole role) {
        return run.file(role) == null ? "" : run.file(role).file().name();
    }

    /** Streams the open items once through aging, the forecast and dunning into the workbook, then finishes it. */
    private static Written write(PackRun run, WorkbookTemplate template, PackWorkbookWriter.Contents contents,
                                 PackHistory.Read history, CustomerDirectory directory, PackPromises promises,
                                 StatementEngine statements, PackAllowance.Ledger ledger, OutputStream out)
            throws IOException, UnreadableFileException {
        try (PackWorkbookWriter writer = new PackWorkbookWriter(template, contents, run.openItems.layout().mapping().headers(),
                run.request.workFolder())) {
            AgingEngine aging = new AgingEngine(contents.aging());
            DisputeLog disputes = contents.dunning() == null ? null : DisputeLogs.forPack(run);
            DunningEngine dunning = contents.dunning() == null ? null : new DunningEngine(contents.dunning(), directory,
                    disputes.forDunning(contents.previousWorklist(), directory));
            KpiEngine kpi = history == null ? null : history.engine();
            IngestSummary ingest = run.openItems.read(RowSink.of(item -> {
                AgedItem aged = aging.age(item);
                ExpectedPayment expected = kpi == null ? null : kpi.openItem(item, promises.of(item));
                writer.item(aged, expected);
                if (statements != null) {
                    statements.accept(aged);
                }
                if (dunning != null) {
                    disputes.accept(item, DunningEngine.carriedItem(contents.previousWorklist(), directory, item));
                    dunning.accept(item);
                }
            }, writer::notUsed));
            run.otherRows.forEach(e -> writer.notUsedFromOtherFile(e.getValue(), e.getKey()));
            long streamedAt = System.nanoTime();
            AgingReport agingReport = aging.report();
            if (history != null) {
                refuseHistoryCurrencyGuess(history.currencyTaken(), agingReport);
            }
            KpiReport kpiReport = kpi == null ? null : kpi.report();
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = Provenance.forPack(run.openItems, ingest, agingReport, run.inputs,
                    run.sourceLines, kpiReport);
            DunningReport dunningReport = dunning == null ? null : dunning.report();
            DisputeLogReport disputeLog = dunningReport == null ? null : disputes.report(dunningReport);
            AllowanceReport allowanceReport = history == null || history.allowance() == null ? null
                    : history.allowance().report(agingReport, UserInputs.none(), ledger.allowance());
            if (allowanceReport != null) {
                provenance = new java.util.ArrayList<>(provenance);
                provenance.addAll(AllowanceSection.aboutLines(allowanceReport));
            }
            ConfirmationReport confirmations = contents.confirmations() == null ? null
                    : BalanceConfirmations.select(agingReport, contents.confirmations().parameters());
            String masterCheck = writer.finish(tieOut, ReportBook.results(agingReport, kpiReport,
                    dunningReport == null ? null : disputes.annotate(dunningReport, disputeLog), disputeLog,
                    statements == null ? null : statements.report(agingReport), confirmations, allowanceReport),
                    run.inputChecks,
                    provenance, out);
            return new Written(ingest, agingReport, kpiReport, masterCheck, streamedAt);
        }
    }

    /** The first rows named one currency, later ones more: the history's currency is not known after all. */
    private static void refuseHistoryCurrencyGuess(String taken, AgingReport aging) throws UnreadableFileException {
        if (taken != null && aging.currencies().keySet().stream().anyMatch(c -> !c.equals(taken))) {
            throw new UnreadableFileException("The invoice history has no currency column and the open items hold "
                    + String.join(", ", aging.currencies().keySet()) + ": say which currency the history is in "
                    + "with --currency (on the page, the Currency field).");
        }
    }
}
