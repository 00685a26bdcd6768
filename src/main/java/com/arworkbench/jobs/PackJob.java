package com.arworkbench.jobs;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingBasis;
import com.arworkbench.aging.AgingEngine;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.BucketScheme;
import com.arworkbench.cashapp.CashApplicationEngine;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.Tolerances;
import com.arworkbench.dunning.CustomerDirectory;
import com.arworkbench.dunning.DunningEngine;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.ingest.CustomerMasterFile;
import com.arworkbench.ingest.GeneralLedgerFile;
import com.arworkbench.ingest.HistorySink;
import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.IngestSummary;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.dunning.PolicyFile;
import com.arworkbench.ingest.PreviousWorklistFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.bank.RemittanceFile;
import com.arworkbench.kpi.ExpectedPayment;
import com.arworkbench.kpi.KpiEngine;
import com.arworkbench.kpi.KpiParameters;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.GlLine;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.model.RowDisposition;
import com.arworkbench.recon.ReconEngine;
import com.arworkbench.recon.ReconParameters;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.PackWorkbookWriter;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.WorkbookTemplate;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The month-end pack, shared by the CLI ({@code pack}, {@code kpi}) and the API: every file the
 * user has, one workbook. The invoice history is read first (the forecast needs each customer's
 * habit before it sees an open item); the open-items export then streams once through aging, the
 * forecast, the KPIs and dunning. Reconciliation and cash application need their report before
 * the workbook opens, so with a GL or payments file the export is read once more up front.
 */
public final class PackJob {

    private PackJob() {
    }

    public static PackOutcome run(PackRequest request, OutputStream out) throws IOException, UnreadableFileException {
        long t0 = System.nanoTime();
        PackInputs inputs = PackInputs.recognise(request.files());
        Map<PackRole, PackInputs.Input> files = inputs.byRole();
        NamedFile openFile = files.get(PackRole.OPEN_ITEMS).file();
        OpenItemsFile openItems = OpenItemsFile.open(openFile.path(), openFile.name(), request.ingest());
        List<Map.Entry<String, RejectedRow>> otherRows = new ArrayList<>();
        List<Map.Entry<String, Object>> sourceLines = new ArrayList<>();

        KpiEngine kpi = null;
        List<Check> inputChecks = new ArrayList<>(); // the other inputs' own total rows vs what was read from them
        String historyCurrencyTaken = null; // set when the history had no currency column and took the open items' one
        if (PackSection.KPIS.in(files.keySet())) {
            kpi = new KpiEngine(KpiParameters.defaults(request.asOf()));
            InvoiceHistoryFile history = openHistory(files.get(PackRole.INVOICE_HISTORY));
            InvoiceHistoryFile writeOffs = files.containsKey(PackRole.WRITE_OFFS) ? openHistory(files.get(PackRole.WRITE_OFFS)) : null;
            PackInputs.Input priorIn = files.get(PackRole.PRIOR_OPEN_ITEMS);
            OpenItemsFile prior = priorIn == null ? null : InputNames.named("prior-period open items",
                    () -> OpenItemsFile.open(priorIn.file().path(), priorIn.file().name(), IngestOptions.detect()));
            // One currency for files that name none: --currency, else the one the other files name.
            List<CurrencyAgreement.Named> named = new ArrayList<>();
            named.add(new CurrencyAgreement.Named("open items", openFile.name(), openItems.layout()));
            named.add(new CurrencyAgreement.Named("invoice history", history.source().displayName(), history.layout()));
            if (writeOffs != null) {
                named.add(new CurrencyAgreement.Named("write-offs", writeOffs.source().displayName(), writeOffs.layout()));
            }
            if (prior != null) {
                named.add(new CurrencyAgreement.Named("prior-period open items", prior.source().displayName(), prior.layout()));
            }
            String userBase = request.ingest().baseCurrency();
            String base = CurrencyAgreement.decide(userBase, named);
            if (base != null && userBase == null && !history.layout().mapping().has(com.arworkbench.ingest.layout.Field.CURRENCY)) {
                historyCurrencyTaken = base;
            }
            if (base != null) {
                openItems = openItems.withBaseCurrency(base);
                history = history.withBaseCurrency(base);
                writeOffs = writeOffs == null ? null : writeOffs.withBaseCurrency(base);
                prior = prior == null ? null : prior.withBaseCurrency(base);
            }
            readHistory(files.get(PackRole.INVOICE_HISTORY), history, kpi::history, otherRows, sourceLines, userBase,
                    inputChecks);
            if (writeOffs != null) {
                readHistory(files.get(PackRole.WRITE_OFFS), writeOffs, kpi::writeOff, otherRows, sourceLines, userBase,
                        inputChecks);
            }
            if (prior != null) {
                IngestSummary s = prior.read(RowSink.of(kpi::prior, r -> otherRows.add(Map.entry(priorIn.file().name(), r))));
                sourceLines.add(Map.entry(priorIn.role().label(), priorIn.file().name() + " · SHA-256 " + prior.source().sha256()
                        + " · " + prior.layout().profileLabel() + " · currency: " + CurrencyAgreement.source(prior.layout(), userBase)
                        + " · " + s.rowsRead() + " rows read, " + s.items() + " items, " + s.rejected() + " rows not used"));
            }
        } else {
            for (PackRole needsHistory : List.of(PackRole.WRITE_OFFS, PackRole.PRIOR_OPEN_ITEMS)) {
                if (files.containsKey(needsHistory)) {
                    throw new UnreadableFileException(files.get(needsHistory).file().name() + " is given as "
                            + needsHistory.label().toLowerCase() + ", which the pack uses for the KPIs only; the KPIs need "
                            + "an invoice history too (invoices with invoice date, due date, amount and paid date). "
                            + "For a roll-forward of the reconciliation, run 'recon' with --register and --prior.");
                }
            }
        }

        CustomerMasterFile master = null;
        if (files.containsKey(PackRole.CUSTOMER_MASTER)) {
            PackInputs.Input in = files.get(PackRole.CUSTOMER_MASTER);
            master = InputNames.named("customer master", () -> CustomerMasterFile.read(in.file().path(), in.file().name()));
            String name = in.file().name();
            master.rejected().forEach(r -> otherRows.add(Map.entry(name, r)));
            sourceLines.add(Map.entry(in.role().label(), name + " · SHA-256 " + master.source().sha256() + " · "
                    + master.profiles().size() + " customers, " + master.rejected().size() + " rows not used"));
        }
        PreviousWorklist previous = PreviousWorklist.none();
        if (files.containsKey(PackRole.PREVIOUS_WORKLIST)) {
            PackInputs.Input in = files.get(PackRole.PREVIOUS_WORKLIST);
            previous = InputNames.named("previous worklist", () -> PreviousWorklistFile.read(in.file().path(), in.file().name()));
            sourceLines.add(Map.entry(in.role().label(), in.file().name() + " · " + previous.customers().size()
                    + " customers, " + previous.items().size() + " documents carried forward"));
        }
        // A customer master or last run's worklist says the user chases from this pack: add the worklist.
        DunningParameters dunning = master == null && previous.sourceName() == null ? null
                : new DunningParameters(request.asOf(), PolicyFile.load(null, request.templateDir()), BucketScheme.standard());

        ReconReport recon = null;
        CashApplicationReport cashApp = null;
        List<String> paymentsProblems = List.of();
        GeneralLedgerFile gl = null;
        if (files.containsKey(PackRole.GENERAL_LEDGER) || files.containsKey(PackRole.PAYMENTS)) {
            ReconEngine reconEngine = null;
            if (files.containsKey(PackRole.GENERAL_LEDGER)) {
                PackInputs.Input in = files.get(PackRole.GENERAL_LEDGER);
                gl = InputNames.named("GL export", () -> GeneralLedgerFile.open(in.file().path(), in.file().name(),
                        request.glAccounts()));
                reconEngine = new ReconEngine(new ReconParameters(request.asOf()), gl.shape() == GeneralLedgerFile.Shape.DETAIL);
            }
            CashApplicationEngine cashEngine = null;
            PaymentsFile payments = null;
            if (files.containsKey(PackRole.PAYMENTS)) {
                PackInputs.Input in = files.get(PackRole.PAYMENTS);
                payments = InputNames.named("payments file", () -> PaymentsFile.read(in.file().path(), in.file().name()));
                cashEngine = new CashApplicationEngine(Tolerances.standard(), bankAccounts(master));
                if (files.containsKey(PackRole.REMITTANCE_ADVICE)) {
                    PackInputs.Input ra = files.get(PackRole.REMITTANCE_ADVICE);
                    RemittanceFile advice = InputNames.named("remittance advice", () -> RemittanceFile.read(ra.file().path(),
                            ra.file().name()));
                    advice.lines().forEach(cashEngine::remittance);
                    advice.notUsed().forEach(r -> otherRows.add(Map.entry(ra.file().name(), r)));
                    sourceLines.add(Map.entry(ra.role().label(), ra.file().name() + " · SHA-256 " + advice.source().sha256()
                            + " · " + advice.lines().size() + " lines, " + advice.notUsed().size() + " rows not used"));
                }
            }
            ReconEngine re = reconEngine;
            CashApplicationEngine ce = cashEngine;
            // The rows the export cannot use are listed by the main read below, not by this one.
            openItems.read(RowSink.of(item -> {
                if (re != null) {
                    re.subledger(item);
                }
                if (ce != null) {
                    ce.openItem(item);
                }
            }, r -> { }));
            if (gl != null) {
                String name = gl.source().displayName();
                GeneralLedgerFile.Summary s = gl.read(new GeneralLedgerFile.Sink() {
                    @Override
                    public void line(GlLine line) {
                        re.gl(line);
                    }

                    @Override
                    public void notUsed(RejectedRow row) {
                        otherRows.add(Map.entry(name, row));
                    }
                });
                recon = re.report();
                sourceLines.add(Map.entry(PackRole.GENERAL_LEDGER.label(), name + " · SHA-256 " + gl.source().sha256() + " · "
                        + gl.shape().label() + " · AR accounts " + String.join(", ", gl.arAccounts()) + " (" + gl.accountsHow()
                        + ") · " + s.rowsRead() + " rows read, " + s.arLines() + " AR lines"));
            }
            if (payments != null) {
                payments.payments().forEach(ce::payment);
                String name = payments.source().displayName();
                payments.notUsed().forEach(r -> otherRows.add(Map.entry(name, r)));
                paymentsProblems = payments.controlNotes();
                cashApp = ce.report();
                sourceLines.add(Map.entry(PackRole.PAYMENTS.label(), name + " · SHA-256 " + payments.source().sha256() + " · "
                        + payments.format() + " · " + payments.payments().size() + " payments, " + payments.notUsed().size()
                        + " entries not used"));
            }
        }
        long t1 = System.nanoTime();

        AgingParameters agingParameters = new AgingParameters(request.asOf(), AgingBasis.DUE, BucketScheme.standard());
        PackWorkbookWriter.Contents contents = new PackWorkbookWriter.Contents(kpi != null, dunning, recon, cashApp,
                request.asOf());
        WorkbookTemplate template = WorkbookTemplate.load(PackWorkbookWriter.TEMPLATE, request.templateDir());
        Map<String, String> values = new HashMap<>(PackWorkbookWriter.placeholders(contents));
        values.put("basis", agingParameters.basis().label());
        values.put("buckets", String.join(" · ", agingParameters.buckets().buckets().stream().map(b -> b.label()).toList()));
        values.put("sourceFile", openItems.source().displayName());
        values.put("profile", openItems.layout().profileLabel());
        values.put("glFile", gl == null ? "" : gl.source().displayName());
        values.put("paymentsFile", files.containsKey(PackRole.PAYMENTS) ? files.get(PackRole.PAYMENTS).file().name() : "");
        values.put("historyFile", files.containsKey(PackRole.INVOICE_HISTORY)
                ? files.get(PackRole.INVOICE_HISTORY).file().name() : "");
        values.put("sources", String.join(" · ", inputs.all().stream().map(i -> i.file().name()).toList()));
        values.put("currencyNote", "figures of the currency with the largest open AR; currencies are never added together");
        values.put("months", "12");
        values.put("forecastMethod", "expected date = due date + the customer's median days late (the portfolio's "
                + "median when the customer has fewer than 3 paid invoices)");
        values.put("backTestMethod", "The forecast replayed from a month end 3 months back, with only what was known "
                + "then, against what was actually paid");
        values.put("version", AppVersion.get());
        values.put("generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        template.fill(values);

        String masterCheck;
        IngestSummary ingest;
        com.arworkbench.aging.AgingReport agingReport;
        KpiReport kpiReport;
        long t2;
        try (PackWorkbookWriter writer = new PackWorkbookWriter(template, contents, agingParameters,
                openItems.layout().mapping().headers())) {
            writer.previousWorklist(previous);
            writer.paymentsFileProblems(paymentsProblems);
            writer.inputChecks(inputChecks);
            AgingEngine aging = new AgingEngine(agingParameters);
            DunningEngine dunningEngine = dunning == null ? null : new DunningEngine(dunning,
                    master == null ? CustomerDirectory.empty() : new CustomerDirectory(master.profiles()), previous);
            KpiEngine k = kpi;
            ingest = openItems.read(RowSink.of(item -> {
                AgedItem aged = aging.age(item);
                ExpectedPayment expected = k == null ? null : k.openItem(item);
                writer.item(aged, expected);
                if (dunningEngine != null) {
                    dunningEngine.accept(item);
                }
            }, writer::notUsed));
            otherRows.forEach(e -> writer.notUsedFromOtherFile(e.getValue(), e.getKey()));
            t2 = System.nanoTime();
            agingReport = aging.report();
            String taken = historyCurrencyTaken;
            if (taken != null && agingReport.currencies().keySet().stream().anyMatch(c -> !c.equals(taken))) {
                // The first rows named one currency, later ones more: the history's currency is not known after all.
                throw new UnreadableFileException("The invoice history has no currency column and the open items hold "
                        + String.join(", ", agingReport.currencies().keySet()) + ": say which currency the history is in "
                        + "with --currency (on the page, the Currency field).");
            }
            kpiReport = kpi == null ? null : kpi.report();
            RowTieOut tieOut = new RowTieOut(ingest.rowsRead(), ingest.count(RowDisposition.BLANK),
                    ingest.count(RowDisposition.HEADER), ingest.controlTotals());
            List<Map.Entry<String, Object>> provenance = Provenance.forPack(openItems, ingest, agingReport, inputs, sourceLines,
                    kpiReport);
            masterCheck = writer.finish(new PackWorkbookWriter.Results(agingReport, tieOut, kpiReport,
                    dunningEngine == null ? null : dunningEngine.report()), provenance, out);
        }
        long t3 = System.nanoTime();
        List<String> sections = new ArrayList<>();
        PackSection.of(files.keySet()).forEach(s -> sections.addAll(s.parts()));
        return new PackOutcome(inputs, openItems.source(), ingest, agingReport, kpiReport, List.copyOf(sections), masterCheck,
                new AgingOutcome.Timings((t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
    }

    private static InvoiceHistoryFile openHistory(PackInputs.Input in) throws IOException, UnreadableFileException {
        return InputNames.named(in.role().label().toLowerCase(), () -> InvoiceHistoryFile.open(in.file().path(), in.file().name()));
    }

    private static void readHistory(PackInputs.Input in, InvoiceHistoryFile file, Consumer<InvoiceRecord> to,
                                    List<Map.Entry<String, RejectedRow>> otherRows, List<Map.Entry<String, Object>> sourceLines,
                                    String userBase, List<Check> inputChecks) throws IOException, UnreadableFileException {
        String name = in.file().name();
        InputControlTotals control = new InputControlTotals(in.role().label() + " " + name);
        IngestSummary s = file.read(new HistorySink() {
            @Override
            public void record(InvoiceRecord record) {
                control.used(record.currency(), record.amount());
                to.accept(record);
            }

            @Override
            public void notUsed(RejectedRow row) {
                control.notUsed(row);
                otherRows.add(Map.entry(name, row));
            }
        });
        inputChecks.addAll(control.checks(s));
        sourceLines.add(Map.entry(in.role().label(), name + " · SHA-256 " + file.source().sha256() + " · "
                + file.sniff().description() + " · " + file.layout().profileLabel() + " · header row "
                + file.layout().headerRow() + " · currency: " + CurrencyAgreement.source(file.layout(), userBase) + " · "
                + s.rowsRead() + " rows read, " + s.items() + " records used, "
                + s.rejected() + " rows not used (on Exceptions), " + s.structural() + " structural"));
    }

    private static Map<String, Customer> bankAccounts(CustomerMasterFile master) {
        Map<String, Customer> accounts = new HashMap<>();
        if (master != null) {
            for (CustomerProfile p : master.profiles()) {
                if (p.bankAccount() != null) {
                    accounts.putIfAbsent(p.bankAccount(), p.customer());
                }
            }
        }
        return accounts;
    }
}
