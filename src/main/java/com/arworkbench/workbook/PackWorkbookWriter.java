package com.arworkbench.workbook;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.kpi.ExpectedPayment;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.workbook.cashapp.CashAppSection;
import com.arworkbench.workbook.dunning.DunningSection;
import com.arworkbench.workbook.recon.ReconSection;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The month-end pack: one workbook with a Dashboard, the KPI sheets, and the sheets of every
 * capability the inputs allow, sharing one Exceptions, one Checks and one About. Sheets of
 * capabilities without inputs are dropped from the template before anything streams.
 */
public final class PackWorkbookWriter implements AutoCloseable {

    public static final String TEMPLATE = "month-end-pack.xlsx";
    public static final String DASHBOARD = "Dashboard";
    public static final String KPIS = "KPIs";
    public static final String CUSTOMER_KPIS = "Customer KPIs";
    public static final String FORECAST = "Forecast";
    public static final String BACK_TEST = "Back-test";
    public static final String AGING = "Aging";
    public static final String AGING_DETAIL = "Aging Detail";
    public static final String RECON = "Reconciliation";
    public static final String CASH_APP = "Cash Application";

    private static final List<String> KPI_SHEETS = List.of(KPIS, CUSTOMER_KPIS, FORECAST, BACK_TEST);
    private static final List<String> DUNNING_SHEETS = List.of(DunningSection.WORKLIST, DunningSection.ITEMS,
            DunningSection.LETTERS, DunningSection.EXCLUDED, DunningSection.TOP_10);
    private static final List<String> RECON_SHEETS = List.of(RECON, ReconSection.PIVOT, ReconSection.DATA,
            ReconSection.ROLL_FORWARD, ReconSection.UNAPPLIED);
    private static final List<String> CASH_APP_SHEETS = List.of(CASH_APP, CashAppSection.APPLIED,
            CashAppSection.REVIEW, CashAppSection.UNAPPLIED, CashAppSection.DEDUCTIONS,
            CashAppSection.ERP_IMPORT);

    /** What the pack holds besides Dashboard and aging, and what each section needs up front. */
    public record Contents(boolean kpis, DunningParameters dunning, com.arworkbench.recon.ReconReport recon,
                           CashApplicationReport cashApp, LocalDate asOf) {
    }

    private final StyledWorkbook book;
    private final ExceptionsSheet exceptions;
    private final DashboardSheet dashboard;
    private final AgingWorkbookWriter aging;
    private final KpiSheets kpis;
    private final DunningSection dunning;
    private final ReconSection recon;
    private final CashAppSection cashApp;
    private List<Check> inputChecks = List.of();
    private final ChecksSheet checks;
    private final AboutSheet about;

    /** The template's placeholders must be filled before; see {@link #placeholders(Contents)}. */
    public PackWorkbookWriter(WorkbookTemplate template, Contents contents, AgingParameters agingParameters,
                              List<String> openItemHeaders) {
        this.book = new StyledWorkbook(template);
        drop(!contents.kpis(), KPI_SHEETS);
        drop(contents.dunning() == null, DUNNING_SHEETS);
        drop(contents.recon() == null, RECON_SHEETS);
        drop(contents.cashApp() == null, CASH_APP_SHEETS);
        this.dashboard = new DashboardSheet(book);
        this.exceptions = new ExceptionsSheet(book, openItemHeaders);
        List<Column> forecastColumns = contents.kpis()
                ? List.of(Column.date("Expected payment date"), Column.text("Forecast basis")) : List.of();
        this.aging = new AgingWorkbookWriter(book, exceptions, agingParameters, AGING, AGING_DETAIL, forecastColumns);
        this.kpis = contents.kpis() ? new KpiSheets(book, AGING_DETAIL, AgingWorkbookWriter.FUTURE) : null;
        this.dunning = contents.dunning() == null ? null : new DunningSection(book, exceptions, contents.dunning());
        this.recon = contents.recon() == null ? null : new ReconSection(book, exceptions, contents.recon(), RECON);
        this.cashApp = contents.cashApp() == null ? null
                : new CashAppSection(book, exceptions, contents.cashApp(), contents.asOf(), CASH_APP);
        this.checks = new ChecksSheet(book);
        this.about = new AboutSheet(book);
        book.startStreaming();
    }

    /** The placeholders the sections' own titles use (as-of, policy, GL kind). */
    public static Map<String, String> placeholders(Contents contents) {
        java.util.HashMap<String, String> m = new java.util.HashMap<>();
        m.put("asOf", contents.asOf().toString());
        if (contents.dunning() != null) {
            m.putAll(DunningSection.placeholders(contents.dunning()));
        }
        if (contents.recon() != null) {
            m.putAll(ReconSection.placeholders(contents.recon()));
        }
        return m;
    }

    private void drop(boolean drop, List<String> sheets) {
        if (drop) {
            for (String s : sheets) {
                if (book.template().workbook().getSheet(s) != null) {
                    book.removeSheet(s);
                }
            }
        }
    }

    /** An aged open item, with its expected payment when the pack has a forecast. */
    public void item(AgedItem aged, ExpectedPayment expected) {
        if (kpis == null) {
            aging.item(aged);
        } else {
            aging.item(aged, Arrays.asList(expected == null ? null : expected.date(), expected == null ? null : expected.basis()));
        }
    }

    /** Checks of the other inputs against their own total rows (history, write-offs), listed under "Inputs". */
    public void inputChecks(List<Check> checks) {
        this.inputChecks = List.copyOf(checks);
    }

    /** What the payments file's own control totals say does not reconcile (cash application section). */
    public void paymentsFileProblems(List<String> problems) {
        if (cashApp != null) {
            cashApp.paymentsFileProblems(problems);
        }
    }

    public void previousWorklist(PreviousWorklist previous) {
        if (dunning != null) {
            dunning.previousWorklist(previous);
        }
    }

    /** A row of the open-items export that is not an item (listed once, whichever sections use the export). */
    public void notUsed(RejectedRow row) {
        exceptions.add(row);
    }

    public void notUsedFromOtherFile(RejectedRow row, String fileName) {
        exceptions.addFromOtherFile(row, fileName);
    }

    /** The figures each section needs at the end; null for sections the pack does not have. */
    public record Results(AgingReport aging, RowTieOut openItemsTieOut, KpiReport kpis, DunningReport dunning) {
    }

    /** Writes every remaining sheet, the one Checks sheet and About, then the file; returns the master check. */
    public String finish(Results r, List<Map.Entry<String, Object>> provenance, OutputStream out) throws IOException {
        List<SheetTable.Part> exceptionParts = exceptions.finish();
        List<Check> all = new ArrayList<>(prefixed("Aging: ", aging.writeSheets(r.aging(), r.openItemsTieOut(), exceptionParts)));
        KpiSheets.Placement placement = null;
        if (kpis != null) {
            List<Check> kpiChecks = new ArrayList<>();
            placement = kpis.write(r.kpis(), kpiChecks);
            all.addAll(prefixed("KPIs: ", kpiChecks));
        }
        if (dunning != null) {
            all.addAll(prefixed("Dunning: ", dunning.write(new SectionEnd(r.openItemsTieOut(), exceptionParts,
                    ReportBook.results(r.dunning())))));
        }
        if (recon != null) {
            all.addAll(prefixed("Reconciliation: ", recon.write(new SectionEnd(r.openItemsTieOut(), exceptionParts, Map.of()))));
        }
        if (cashApp != null) {
            all.addAll(prefixed("Cash application: ", cashApp.write(new SectionEnd(r.openItemsTieOut(), exceptionParts, Map.of()))));
        }
        all.addAll(prefixed("Inputs: ", inputChecks));
        dashboard.write(r.aging(), kpis == null ? null : r.kpis(), placement);
        String master = checks.write(all);
        List<Map.Entry<String, Object>> entries = new ArrayList<>(provenance);
        entries.add(Map.entry("Master check", master));
        about.write(entries);
        book.write(out);
        return master;
    }

    /** On one Checks sheet the sections' checks say whose they are ("Aging: Every row read…" and "Dunning: …"). */
    private static List<Check> prefixed(String prefix, List<Check> checks) {
        return checks.stream().map(c -> new Check(prefix + c.name(), c.expectedFormula(), c.expected(), c.actualFormula(),
                c.actual(), c.note(), c.applicable(), c.isCount())).toList();
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
