package com.arworkbench.workbook;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.allowance.AllowanceParameters;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.cashapp.ReviewTrail;
import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.dunning.DunningParameters;
import com.arworkbench.kpi.ExpectedPayment;
import com.arworkbench.kpi.KpiParameters;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.RejectedRow;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.aging.AgingSection;
import com.arworkbench.workbook.allowance.AllowanceSection;
import com.arworkbench.workbook.cashapp.CashAppSection;
import com.arworkbench.workbook.confirmations.ConfirmationsSection;
import com.arworkbench.workbook.dashboard.DashboardSection;
import com.arworkbench.workbook.dunning.DunningSection;
import com.arworkbench.workbook.kpi.KpiSection;
import com.arworkbench.workbook.recon.ReconSection;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import com.arworkbench.statements.StatementParameters;
import com.arworkbench.workbook.statements.StatementsSection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The month-end pack: a {@link ReportBook} hosting the Dashboard, Aging, KPIs, Dunning,
 * Reconciliation, Cash application, Customer statements and Balance confirmations sections,
 * sharing one Exceptions, one Checks and one About.
 * Which sections a pack has is the job's decision (from its one table of file roles to sections):
 * the writer hosts each section whose inputs it is given and drops the template sheets of the others
 * before anything streams.
 */
public final class PackWorkbookWriter implements AutoCloseable {

    public static final String TEMPLATE = "month-end-pack.xlsx";
    public static final String AGING = "Aging";
    public static final String AGING_DETAIL = "Aging Detail";
    public static final String RECON = "Reconciliation";
    public static final String CASH_APP = "Cash Application";

    /** With KPIs, Aging Detail also shows when each item is expected to be paid. */
    private static final List<Column> FORECAST_COLUMNS = List.of(Column.date("Expected payment date"),
            Column.text("Forecast basis"));
    private static final List<String> DUNNING_SHEETS = DunningSection.SHEETS;
    private static final List<String> RECON_SHEETS = List.of(RECON, ReconSection.PIVOT, ReconSection.DATA,
            ReconSection.ROLL_FORWARD, ReconSection.UNAPPLIED);
    private static final List<String> STATEMENTS_SHEETS = List.of(StatementsSection.STATEMENTS,
            StatementsSection.MAIL_MERGE);
    /**
     * The balance confirmations' sheets: Confirmations and Sample as in the confirmations workbook (so the
     * confirmations job reads the replies typed on this Confirmations back with --previous), the letters apart from
     * the dunning worklist's Letters.
     */
    public static final ConfirmationsSection.Sheets CONFIRMATION_SHEETS = new ConfirmationsSection.Sheets(
            ConfirmationsSection.CONFIRMATIONS, "Confirmation letters", ConfirmationsSection.SAMPLE,
            ConfirmationsSection.STRATA);
    private static final List<String> CASH_APP_SHEETS = List.of(CASH_APP, CashAppSection.APPLIED,
            CashAppSection.REVIEW, CashAppSection.UNAPPLIED, CashAppSection.DEDUCTIONS, CashAppSection.ERP_IMPORT);

    /**
     * What each section needs up front: the aging's parameters (Dashboard and Aging are always there),
     * then null (false) for each other section the pack does not have.
     */
    public record Contents(AgingParameters aging, boolean kpis, DunningParameters dunning, PreviousWorklist previousWorklist,
                           ReconReport recon, CashApplicationReport cashApp, ReviewTrail cashAppTrail,
                           List<String> paymentsFileProblems, StatementParameters statements, long statementsMaxItems,
                           Confirmations confirmations, AllowanceParameters allowance) {

        /** Contents without the balance confirmations and the allowance. */
        public Contents(AgingParameters aging, boolean kpis, DunningParameters dunning, PreviousWorklist previousWorklist,
                        ReconReport recon, CashApplicationReport cashApp, ReviewTrail cashAppTrail,
                        List<String> paymentsFileProblems, StatementParameters statements, long statementsMaxItems) {
            this(aging, kpis, dunning, previousWorklist, recon, cashApp, cashAppTrail, paymentsFileProblems, statements,
                    statementsMaxItems, null, null);
        }

        /** Contents without the customer statements and the allowance. */
        public Contents(AgingParameters aging, boolean kpis, DunningParameters dunning, PreviousWorklist previousWorklist,
                        ReconReport recon, CashApplicationReport cashApp, ReviewTrail cashAppTrail,
                        List<String> paymentsFileProblems) {
            this(aging, kpis, dunning, previousWorklist, recon, cashApp, cashAppTrail, paymentsFileProblems, null, 0);
        }
    }

    /**
     * The balance confirmations of the pack: the selection's parameters, negative letters or not, and the receipts
     * after the as-of date by balance ({@link ConfirmationsSection#key}; filled while the history is read, empty
     * without one).
     */
    public record Confirmations(ConfirmationParameters parameters, boolean negative, Map<String, BigDecimal> receipts,
                                boolean history) {
    }

    private final ReportBook book;
    private final AgingSection aging;
    private final boolean forecast;

    /**
     * The template's placeholders must be filled before; see {@link #placeholders(Contents)}. {@code workFolder}:
     * the request's own folder for the sheets' rows while they stream (null: the system's temp folder).
     */
    public PackWorkbookWriter(WorkbookTemplate template, Contents contents, List<String> openItemHeaders,
                              java.nio.file.Path workFolder) {
        this.book = new ReportBook(template, openItemHeaders, workFolder);
        StyledWorkbook styled = book.styled();
        drop(!contents.kpis(), KpiSection.SHEETS);
        drop(contents.dunning() == null, DUNNING_SHEETS);
        drop(contents.recon() == null, RECON_SHEETS);
        drop(contents.cashApp() == null, CASH_APP_SHEETS);
        drop(contents.statements() == null, STATEMENTS_SHEETS);
        drop(contents.allowance() == null, AllowanceSection.SHEETS);
        drop(contents.confirmations() == null, CONFIRMATION_SHEETS.all());
        this.forecast = contents.kpis();
        this.aging = new AgingSection(book, contents.aging(), AGING, AGING_DETAIL,
                forecast ? FORECAST_COLUMNS : List.of());
        KpiSection kpis = forecast ? new KpiSection(styled, aging) : null;
        DashboardSection dashboard = book.add(new DashboardSection(styled, kpis, contents.recon()));
        dashboard.aging(aging);
        book.add(aging);
        if (kpis != null) {
            book.add(kpis);
        }
        if (contents.dunning() != null) {
            book.add(dunning(contents.dunning(), contents.previousWorklist(), forecast));
        }
        if (contents.recon() != null) {
            book.add(new ReconSection(book, contents.recon(), RECON));
        }
        if (contents.allowance() != null) {
            book.add(new AllowanceSection(book, contents.allowance()));
        }
        if (contents.cashApp() != null) {
            dashboard.cashApplication(book.add(cashApplication(contents)));
        }
        if (contents.statements() != null) {
            book.add(new StatementsSection(book));
        }
        Confirmations confirmations = contents.confirmations();
        if (confirmations != null) {
            book.add(new ConfirmationsSection(book, CONFIRMATION_SHEETS, Map.of(), confirmations.receipts(),
                    confirmations.negative(), confirmations.parameters().sampling()));
        }
        book.startStreaming();
    }

    /** With KPIs, Worklist shows each customer's next expected payment over the pack's forecast weeks. */
    private DunningSection dunning(DunningParameters parameters, PreviousWorklist previous, boolean forecast) {
        DunningSection dunning = new DunningSection(book, parameters,
                forecast ? KpiParameters.defaults(parameters.asOf()).forecastWeeks() : 0);
        dunning.previousWorklist(previous);
        return dunning;
    }

    private CashAppSection cashApplication(Contents contents) {
        CashAppSection cash = new CashAppSection(book, contents.cashApp(), contents.aging().asOf(), CASH_APP);
        cash.paymentsFileProblems(contents.paymentsFileProblems());
        if (contents.cashAppTrail() != null) {
            cash.trail(contents.cashAppTrail());
        }
        return cash;
    }

    /** The placeholders of the sections' own titles (as-of, basis, policy, GL kind, the KPI methods). */
    public static Map<String, String> placeholders(Contents contents) {
        Map<String, String> m = new HashMap<>(AgingSection.placeholders(contents.aging()));
        m.putAll(KpiSection.placeholders());
        m.putAll(DashboardSection.placeholders());
        if (contents.dunning() != null) {
            m.putAll(DunningSection.placeholders(contents.dunning()));
        }
        if (contents.recon() != null) {
            m.putAll(ReconSection.placeholders(contents.recon()));
        }
        if (contents.statements() != null) {
            Map<String, String> st = new HashMap<>(StatementsSection.packPlaceholders(contents.statements(), false,
                    contents.statementsMaxItems()));
            st.keySet().removeAll(m.keySet()); // asOf is the aging's
            m.putAll(st);
        }
        if (contents.confirmations() != null) {
            Confirmations c = contents.confirmations();
            Map<String, String> cf = new HashMap<>(ConfirmationsSection.placeholders(c.parameters(), c.negative(),
                    c.history()));
            cf.keySet().removeAll(m.keySet()); // asOf is the aging's
            m.putAll(cf);
        }
        return m;
    }

    private void drop(boolean drop, List<String> sheets) {
        if (drop) {
            for (String s : sheets) {
                if (book.styled().template().workbook().getSheet(s) != null) {
                    book.styled().removeSheet(s);
                }
            }
        }
    }

    /** An aged open item, with its expected payment when the pack has a forecast. */
    public void item(AgedItem aged, ExpectedPayment expected) {
        if (forecast) {
            aging.item(aged, Arrays.asList(expected == null ? null : expected.date(), expected == null ? null : expected.basis()));
        } else {
            aging.item(aged);
        }
    }

    /** A row of the open-items export that is not an item (listed once, whichever sections use the export). */
    public void notUsed(RejectedRow row) {
        book.notUsed(row);
    }

    public void notUsedFromOtherFile(RejectedRow row, String fileName) {
        book.notUsedFromOtherFile(row, fileName);
    }

    /**
     * Writes every section, the one Checks sheet and About, then the file; returns the master check.
     * {@code results}: the aging report, and the KPI and dunning reports when the pack has them;
     * {@code inputChecks}: the other inputs against their own total rows (history, write-offs).
     */
    public String finish(RowTieOut openItems, Map<Class<?>, Object> results, List<Check> inputChecks,
                         List<Map.Entry<String, Object>> provenance, OutputStream out) throws IOException {
        return book.finish(openItems, results, inputChecks, provenance, out);
    }

    @Override
    public void close() throws IOException {
        book.close();
    }
}
