package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.allowance.AllowanceEngine;
import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.kpi.KpiEngine;
import com.arworkbench.kpi.KpiParameters;
import com.arworkbench.model.InvoiceRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The pack's KPI inputs, read before the open items stream (the forecast needs each customer's habit
 * first): the invoice history, and the write-offs and prior-period open items that go with it, all
 * in one currency when some of them name none. With the write-offs the allowance's engine reads the same
 * records (the write-offs first).
 */
final class PackHistory {

    /**
     * @param currencyTaken the currency the history took from the open items when it had no currency
     *                      column (and none was given), else null: the open items must then hold no other
     */
    record Read(KpiEngine engine, String currencyTaken, AllowanceEngine allowance) {
    }

    private PackHistory() {
    }

    /**
     * Reads the KPI inputs into a new engine; null when the pack has no KPIs (and then refuses their other inputs).
     * Each record of the invoice history also goes to {@code alsoHistory} when not null (the balance confirmations'
     * receipts after the as-of date): one pass over the file for both.
     */
    static Read read(PackRun run, Consumer<InvoiceRecord> alsoHistory) throws IOException, UnreadableFileException {
        if (!run.has(PackSection.KPIS)) {
            refuseWithoutHistory(run);
            return null;
        }
        KpiEngine kpi = new KpiEngine(KpiParameters.defaults(run.request.asOf()));
        PackInputs.Input historyIn = run.file(PackRole.INVOICE_HISTORY);
        PackInputs.Input writeOffsIn = run.file(PackRole.WRITE_OFFS);
        PackInputs.Input priorIn = run.file(PackRole.PRIOR_OPEN_ITEMS);
        InvoiceHistoryFile history = open(historyIn);
        InvoiceHistoryFile writeOffs = writeOffsIn == null ? null : open(writeOffsIn);
        OpenItemsFile prior = priorIn == null ? null : InputNames.named("prior-period open items",
                () -> OpenItemsFile.open(priorIn.file().path(), priorIn.file().name(), IngestOptions.detect()));
        // One currency for files that name none: --currency, else the one the other files name.
        List<CurrencyAgreement.Named> named = new ArrayList<>();
        named.add(new CurrencyAgreement.Named("open items", run.file(PackRole.OPEN_ITEMS).file().name(), run.openItems.layout()));
        named.add(new CurrencyAgreement.Named("invoice history", history.source().displayName(), history.layout()));
        if (writeOffs != null) {
            named.add(new CurrencyAgreement.Named("write-offs", writeOffs.source().displayName(), writeOffs.layout()));
        }
        if (prior != null) {
            named.add(new CurrencyAgreement.Named("prior-period open items", prior.source().displayName(), prior.layout()));
        }
        String userBase = run.request.ingest().baseCurrency();
        String base = CurrencyAgreement.decide(userBase, named);
        String taken = base != null && userBase == null && !history.layout().mapping().has(Field.CURRENCY) ? base : null;
        if (base != null) {
            run.openItems = run.openItems.withBaseCurrency(base);
            history = history.withBaseCurrency(base);
            writeOffs = writeOffs == null ? null : writeOffs.withBaseCurrency(base);
            prior = prior == null ? null : prior.withBaseCurrency(base);
        }
        // The allowance needs the write-offs before the history (they decide which invoices wait to be traced).
        AllowanceEngine allowance = run.has(PackSection.ALLOWANCE)
                ? new AllowanceEngine(AllowanceParameters.defaults(run.request.asOf())) : null;
        if (writeOffs != null) {
            String name = writeOffs.source().displayName();
            readHistory(run, writeOffsIn, writeOffs, allowance == null ? kpi::writeOff : r -> {
                kpi.writeOff(r);
                AllowanceFeed.writeOff(allowance, r, name);
            }, userBase);
        }
        if (allowance != null) {
            AllowanceFeed.historyWriteOffs(allowance, history);
            AllowanceFeed.requireWriteOffs(allowance, history.source().displayName(), writeOffs != null);
        }
        Consumer<InvoiceRecord> toHistory = kpi::history;
        if (allowance != null) {
            toHistory = toHistory.andThen(allowance::history);
        }
        readHistory(run, historyIn, history, alsoHistory == null ? toHistory : toHistory.andThen(alsoHistory), userBase);
        if (prior != null) {
            readPrior(run, priorIn, prior, kpi, userBase);
        }
        return new Read(kpi, taken, allowance);
    }

    /** Write-offs and prior-period open items serve the KPIs only: without a history they are a mistake to say. */
    private static void refuseWithoutHistory(PackRun run) throws UnreadableFileException {
        for (PackRole needsHistory : PackSection.KPIS.uses()) {
            if (run.files.containsKey(needsHistory)) {
                throw new UnreadableFileException(run.file(needsHistory).file().name() + " is given as "
                        + needsHistory.label().toLowerCase() + ", which the pack uses for the KPIs only; the KPIs need "
                        + "an invoice history too (invoices with invoice date, due date, amount and paid date). "
                        + "For a roll-forward of the reconciliation, run 'recon' with --register and --prior.");
            }
        }
    }

    private static InvoiceHistoryFile open(PackInputs.Input in) throws IOException, UnreadableFileException {
        return InputNames.named(in.role().label().toLowerCase(), () -> InvoiceHistoryFile.open(in.file().path(), in.file().name()));
    }

    private static void readHistory(PackRun run, PackInputs.Input in, InvoiceHistoryFile file, Consumer<InvoiceRecord> to,
                                    String userBase) throws IOException, UnreadableFileException {
        String name = in.file().name();
        IngestSummary s = InputControlTotals.read(file, in.role().label() + " " + name, to, row -> run.notUsed(name, row),
                run.inputChecks);
        run.source(in.role().label(), name + " · SHA-256 " + file.source().sha256() + " · "
                + file.sniff().description() + " · " + file.layout().profileLabel() + " · header row "
                + file.layout().headerRow() + " · currency: " + CurrencyAgreement.source(file.layout(), userBase) + " · "
                + s.rowsRead() + " rows read, " + s.items() + " records used, "
                + s.rejected() + " rows not used (on Exceptions), " + s.structural() + " structural");
    }

    private static void readPrior(PackRun run, PackInputs.Input in, OpenItemsFile prior, KpiEngine kpi, String userBase)
            throws IOException, UnreadableFileException {
        String name = in.file().name();
        IngestSummary s = prior.read(RowSink.of(kpi::prior, r -> run.notUsed(name, r)));
        run.source(in.role().label(), name + " · SHA-256 " + prior.source().sha256()
                + " · " + prior.layout().profileLabel() + " · currency: " + CurrencyAgreement.source(prior.layout(), userBase)
                + " · " + s.rowsRead() + " rows read, " + s.items() + " items, " + s.rejected() + " rows not used");
    }
}
