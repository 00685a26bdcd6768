package com.arworkbench.jobs;

import com.arworkbench.cashapp.CashApplicationEngine;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.PreviousCashApplication;
import com.arworkbench.cashapp.ReviewDecisions;
import com.arworkbench.cashapp.ReviewTrail;
import com.arworkbench.cashapp.Tolerances;
import com.arworkbench.ingest.CustomerMasterFile;
import com.arworkbench.ingest.GeneralLedgerFile;
import com.arworkbench.ingest.RowSink;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.bank.PaymentsFile;
import com.arworkbench.ingest.bank.RemittanceFile;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.recon.ReconEngine;
import com.arworkbench.recon.ReconParameters;
import com.arworkbench.recon.ReconReport;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reconciliation and cash application need their reports before the pack's workbook opens: with a GL
 * or a payments file the open-items export is read once up front for them, then the GL and the
 * payments (with any remittance advice).
 */
final class PackReconAndCash {

    /** Null reports for the sections the pack does not have; {@code glFile} is "" without a GL. */
    record Reports(ReconReport recon, CashApplicationReport cashApp, ReviewTrail cashTrail, List<String> paymentsFileProblems,
                   String glFile) {
    }

    private PackReconAndCash() {
    }

    static Reports read(PackRun run, CustomerMasterFile master) throws IOException, UnreadableFileException {
        if (!run.has(PackSection.RECONCILIATION) && !run.has(PackSection.CASH_APPLICATION)) {
            return new Reports(null, null, null, List.of(), "");
        }
        GeneralLedgerFile gl = null;
        ReconEngine recon = null;
        if (run.has(PackSection.RECONCILIATION)) {
            PackInputs.Input in = run.file(PackRole.GENERAL_LEDGER);
            gl = InputNames.named("GL export", () -> GeneralLedgerFile.open(in.file().path(), in.file().name(),
                    run.request.glAccounts()));
            recon = new ReconEngine(new ReconParameters(run.request.asOf(), run.request.materiality()), gl.shape() == GeneralLedgerFile.Shape.DETAIL);
        }
        PaymentsFile payments = null;
        CashApplicationEngine cash = null;
        // The same step as the cash application job (with no previous workbook): it knows whose cash is unapplied.
        ReviewDecisions decisions = null;
        if (run.has(PackSection.CASH_APPLICATION)) {
            PackInputs.Input in = run.file(PackRole.PAYMENTS);
            payments = InputNames.named("payments file", () -> PaymentsFile.read(in.file().path(), in.file().name()));
            cash = new CashApplicationEngine(Tolerances.standard(), bankAccounts(master));
            readRemittanceAdvice(run, cash);
            decisions = new ReviewDecisions(PreviousCashApplication.none(), bankAccounts(master), cash);
        }
        ReconEngine re = recon;
        ReviewDecisions ce = decisions;
        // The rows the export cannot use are listed by the main read later, not by this one.
        run.openItems.read(RowSink.of(item -> {
            if (re != null) {
                re.subledger(item);
            }
            if (ce != null) {
                ce.openItem(item);
            }
        }, r -> { }));
        com.arworkbench.ingest.Progress progress = com.arworkbench.ingest.Progress.current();
        if (gl != null) {
            progress.phase("reading the general ledger");
        }
        ReconReport reconReport = gl == null ? null : readGl(run, gl, recon);
        if (payments != null) {
            progress.phase("matching the payments");
        }
        ReviewDecisions.Result cashResult = payments == null ? null : readPayments(run, payments, decisions);
        return new Reports(reconReport, cashResult == null ? null : cashResult.report(),
                cashResult == null ? null : cashResult.trail(), payments == null ? List.of() : payments.controlNotes(),
                gl == null ? "" : gl.source().displayName());
    }

    private static void readRemittanceAdvice(PackRun run, CashApplicationEngine cash) throws IOException, UnreadableFileException {
        PackInputs.Input ra = run.file(PackRole.REMITTANCE_ADVICE);
        if (ra == null) {
            return;
        }
        RemittanceFile advice = InputNames.named("remittance advice", () -> RemittanceFile.read(ra.file().path(),
                ra.file().name()));
        advice.lines().forEach(cash::remittance);
        advice.notUsed().forEach(r -> run.notUsed(ra.file().name(), r));
        run.source(ra.role().label(), ra.file().name() + " · SHA-256 " + advice.source().sha256()
                + " · " + advice.lines().size() + " lines, " + advice.notUsed().size() + " rows not used");
    }

    private static ReconReport readGl(PackRun run, GeneralLedgerFile gl, ReconEngine recon)
            throws IOException, UnreadableFileException {
        String name = gl.source().displayName();
        GeneralLedgerFile.Summary s = gl.read(GeneralLedgerFile.Sink.of(recon::gl, row -> run.notUsed(name, row)));
        recon.glExport(ReconJob.glExport(gl, s));
        run.source(PackRole.GENERAL_LEDGER.label(), name + " · SHA-256 " + gl.source().sha256() + " · "
                + gl.shape().label() + " · AR accounts " + String.join(", ", gl.arAccounts()) + " (" + gl.accountsHow()
                + ") · " + s.rowsRead() + " rows read, " + s.arLines() + " AR lines");
        return recon.report();
    }

    private static ReviewDecisions.Result readPayments(PackRun run, PaymentsFile payments, ReviewDecisions decisions) {
        payments.payments().forEach(decisions::payment);
        String name = payments.source().displayName();
        payments.notUsed().forEach(r -> run.notUsed(name, r));
        run.source(PackRole.PAYMENTS.label(), name + " · SHA-256 " + payments.source().sha256() + " · "
                + payments.format() + " · " + payments.payments().size() + " payments, " + payments.notUsed().size()
                + " entries not used");
        return decisions.run();
    }

    /** The customer master's bank accounts, by which a payment names its payer. */
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
