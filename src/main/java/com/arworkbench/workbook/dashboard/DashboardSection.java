package com.arworkbench.workbook.dashboard;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.Kpi;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.kpi.MonthKpis;
import com.arworkbench.kpi.WindowKpis;
import com.arworkbench.recon.LedgerComparison;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SectionEnd;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.WorkbookSection;
import com.arworkbench.workbook.aging.AgingSection;
import com.arworkbench.workbook.kpi.KpiFormulas;
import com.arworkbench.workbook.kpi.KpiPlacement;
import com.arworkbench.workbook.kpi.KpiSection;
import com.arworkbench.workbook.kpi.KpisByMonthSheet;
import com.arworkbench.workbook.cashapp.CashAppSection;
import com.arworkbench.workbook.cashapp.UnappliedKpi;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The pack's Dashboard: the headline KPIs of the largest currency (live references to the KPI
 * sheets, with cached values) above the bucket block, and three charts ({@link DashboardCharts}). A
 * person sees the story first; every number leads back to its sheet. It has no checks of its own.
 */
public final class DashboardSection implements WorkbookSection {

    public static final String NAME = "Dashboard";

    /** The headline table, declared once; writes and chart references use the handles. */
    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle KPI = COLUMNS.text("KPI");
    private static final ColumnSchema.Handle VALUE = COLUMNS.amount("Value");
    private static final ColumnSchema.Handle UNIT = COLUMNS.text("Unit");
    private static final ColumnSchema.Handle PERIOD = COLUMNS.text("Period / basis");
    private static final ColumnSchema.Handle HOW = COLUMNS.text("How it is computed");
    /** The bucket block under the table (the aging chart's data) reuses its first two columns. */
    static final ColumnSchema.Handle BUCKET_LABEL = KPI;
    static final ColumnSchema.Handle BUCKET_AMOUNT = VALUE;

    /** The headline of the aging's open AR: the ledger, not the AR of the KPIs. */
    static final String OPEN_AR_LEDGER = "Open AR (ledger, aged)";
    /** The headline of the AR the KPIs are computed on. */
    static final String REBUILT_AR = "AR rebuilt from history (basis of the KPIs)";

    /** The title, subtitle and sources lines at the top of the template sheet. */
    private static final int TITLE_ROWS = 3;

    private final StyledWorkbook book;
    private final KpiSection kpis;
    private final SheetTable table;
    private CashAppSection cashApp;
    private AgingSection agingSection;
    private final ReconReport recon;

    /**
     * Declare before the book streams. {@code kpis} is null when the pack has no invoice history: aging only;
     * {@code recon} null when it has no GL.
     */
    public DashboardSection(StyledWorkbook book, KpiSection kpis, ReconReport recon) {
        this.book = book;
        this.kpis = kpis;
        this.recon = recon;
        this.table = book.table(NAME, COLUMNS.columns(), 1);
        // The header sits below the charts: freeze only the title rows, so the charts scroll away.
        this.table.freezeRows(TITLE_ROWS);
    }

    /** The placeholders of the Dashboard's title. */
    public static Map<String, String> placeholders() {
        return Map.of("currencyNote", "figures of the currency with the largest open AR; currencies are never added together");
    }

    /** The pack's aging: the open AR and the bucket block refer to its summary's total row. */
    public void aging(AgingSection section) {
        this.agingSection = section;
    }

    /** The pack's cash application, when it has one: its unapplied cash against the target is a headline. */
    public void cashApplication(CashAppSection section) {
        this.cashApp = section;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** It points at the KPI sheets' rows, known once they are written. */
    @Override
    public boolean writesLast() {
        return true;
    }

    @Override
    public List<Check> write(SectionEnd end) {
        AgingReport aging = end.result(AgingReport.class);
        KpiReport report = kpis == null ? null : end.result(KpiReport.class);
        KpiPlacement placement = kpis == null ? null : kpis.placement();
        String currency = placement != null ? placement.currency() : aging.currencies().isEmpty() ? "" : largest(aging);
        CurrencyTotals totals = aging.currencies().get(currency);
        CurrencyKpis c = report == null ? null : report.currencies().get(currency);
        String unit = currency.isEmpty() ? "amount" : currency;
        if (totals != null) {
            liveHeadline(OPEN_AR_LEDGER, agingCell(currency, -1), totals.total(), unit, "as of " + aging.parameters().asOf(),
                    "Total of the Aging sheet: the open-items export aged at the as-of date (the ledger)"
                            + (c == null ? "" : "; the KPIs below use the AR rebuilt from the invoice history instead"));
        }
        if (c == null && totals != null) {
            agingOnlyKpis(aging, totals);
        }
        if (c != null) {
            rebuiltAr(c, placement, unit);
            kpiHeadlines(c, placement, unit, report);
        }
        if (cashApp != null) {
            unappliedCash(cashApp.unappliedKpi(currency), aging.parameters().asOf());
        }
        if (recon != null) {
            reconciliation();
        }
        if (aging.currencies().size() > 1) {
            table.row().text(KPI.index(), "Other currencies").text(PERIOD.index(), String.join(", ",
                    aging.currencies().keySet().stream().filter(k -> !k.equals(currency)).toList()))
                    .text(HOW.index(), "Figures above are " + unit
                    + " only; every currency has its own rows on the other sheets (amounts are never converted)");
        }
        int bucketRows = writeBuckets(aging, currency);
        table.finish();
        DashboardCharts.draw(book.templateSheet(NAME), aging, currency, bucketRows, c, placement);
        return List.of();
    }

    /**
     * The reconciliation's status and each currency's difference: a month-end pack whose subledger does not
     * agree with the GL must say so on its first page.
     */
    private void reconciliation() {
        SheetTable.RowWriter s = table.row().text(KPI.index(), "Reconciliation status (subledger vs GL)")
                .text(VALUE.index(), recon.status())
                .text(UNIT.index(), "materiality " + ReconReport.amount(recon.parameters().materiality()))
                .text(PERIOD.index(), "as of " + recon.parameters().asOf())
                .text(HOW.index(), recon.overlapWarning().orElse("RECONCILED when what no evidence explains is within the "
                        + "materiality threshold; the Reconciliation sheet lists the items"));
        s.style(KPI.index(), StyleRole.TOTAL_LABEL);
        for (LedgerComparison c : recon.comparisons()) {
            String key = c.key().label().isEmpty() ? "" : " (" + c.key().label() + ")";
            headline("Reconciliation difference" + key, c.difference(), c.key().currency().isEmpty() ? "amount"
                    : c.key().currency(), "as of " + recon.parameters().asOf(), "GL balance − subledger total: identified "
                    + ReconReport.amount(c.identified()) + ", to investigate " + ReconReport.amount(c.toInvestigate()));
        }
    }

    /**
     * The AR every KPI below is computed on, rebuilt from the invoice history, right under the ledger's open AR so
     * nobody takes one for the other; the gap between them is reconciled under the KPIs table.
     */
    private void rebuiltAr(CurrencyKpis c, KpiPlacement placement, String unit) {
        MonthKpis m = c.lastMonth();
        liveHeadline(REBUILT_AR, placement.cells().get(KpisByMonthSheet.END.header()), m.endingAr(), unit,
                "as of " + m.monthEnd(), "Ending AR (rebuilt) of the as-of month on the KPIs sheet: the AR of every KPI "
                        + "below" + (m.ledgerGap() == null ? "" : "; ledger − rebuilt = "
                        + String.format(java.util.Locale.ROOT, "%,.2f", m.ledgerGap())
                        + ", reconciled under the KPIs table"));
    }

    private void kpiHeadlines(CurrencyKpis c, KpiPlacement placement, String unit, KpiReport report) {
        MonthKpis m = c.lastMonth();
        String period = m.firstDay() + " to " + m.monthEnd();
        ref("% current", placement, "% current", m.percentCurrent(), "%", "as of " + m.monthEnd(), Kpi.PERCENT_CURRENT);
        ref("% over 90 days", placement, "% over 90", m.percentOver90(), "%", "as of " + m.monthEnd(), Kpi.PERCENT_OVER_90);
        ref("DSO", placement, "DSO", m.dso(), "days", period, Kpi.DSO);
        ref("Best possible DSO", placement, "Best possible DSO", m.bestPossibleDso(), "days", period, Kpi.BEST_POSSIBLE_DSO);
        ref("ADD (average days delinquent)", placement, "ADD", m.averageDaysDelinquent(), "days", period,
                Kpi.AVERAGE_DAYS_DELINQUENT);
        ref("DSO (countback)", placement, "DSO (countback)", m.countbackDso(), "days", "as of " + m.monthEnd(),
                Kpi.COUNTBACK_DSO);
        ref("CEI (month)", placement, "CEI", m.cei(), "%", period, Kpi.CEI);
        WindowKpis w = c.window();
        String window = w.months() + " months, " + w.firstDay() + " to " + w.asOf();
        liveHeadline("CEI (" + w.months() + " months)", placement.cells().get("CEI window"), w.cei(), "%", window,
                Kpi.CEI_WINDOW.formula());
        liveHeadline("Bad-debt % (" + w.months() + " months)", placement.cells().get("Bad-debt % window"),
                w.badDebtPercent(), "%", window, Kpi.BAD_DEBT_PERCENT.formula());
        liveHeadline("Average payment delay (" + w.months() + " months)", placement.cells().get("Payment delay window"),
                w.averagePaymentDelay(), "days", window, Kpi.PAYMENT_DELAY.formula());
        SheetTable.RowWriter f = table.row();
        f.text(KPI.index(), "Expected collections, next " + c.forecast().weeks().size() + " weeks")
                .formula(VALUE.index(), placement.cells().get("Forecast 13 weeks"), c.forecast().weeksTotal().doubleValue())
                .text(UNIT.index(), unit).text(PERIOD.index(), "from " + report.parameters().asOf().plusDays(1))
                .text(HOW.index(), "Sum of the weeks on the Forecast sheet, net of credits (" + c.forecast().method().label()
                        + ")");
        if (c.backTest().available() && placement.cells().containsKey("Back-test error")) {
            SheetTable.RowWriter b = table.row();
            b.text(KPI.index(), "Forecast back-test: weighted absolute error");
            KpiFormulas.live(b, VALUE.index(), placement.cells().get("Back-test error"), c.backTest().chosenWape());
            b.text(UNIT.index(), "%").text(PERIOD.index(), c.backTest().coverage())
                    .text(HOW.index(), "Σ|forecast − actual| ÷ Σ actual × 100 of the method used, on the Back-test sheet");
        }
    }

    /** Unapplied cash as % of open AR against its target, live from the cash application's summary. */
    private void unappliedCash(UnappliedKpi k, java.time.LocalDate asOf) {
        if (k == null) {
            return;
        }
        SheetTable.RowWriter w = table.row();
        w.text(KPI.index(), "Unapplied cash % of open AR");
        KpiFormulas.live(w, VALUE.index(), k.percentCell() + "*100", k.percentOfAr().movePointRight(2));
        w.text(UNIT.index(), "%").text(PERIOD.index(), "as of " + asOf + "; target " + k.target().movePointRight(2)
                .stripTrailingZeros().toPlainString() + " %");
        w.text(HOW.index(), "Unapplied amount ÷ open AR × 100 on the cash application summary; by days since receipt "
                + "0-30 / 31-60 / 61-90 / over 90: " + String.join(" / ", k.byAge().stream()
                .map(a -> String.format(java.util.Locale.ROOT, "%,.2f", a)).toList()));
        SheetTable.RowWriter s = table.row();
        s.text(KPI.index(), "Unapplied cash vs target").formula(UNIT.index(), k.statusCell(), k.status())
                .text(PERIOD.index(), "as of " + asOf).text(HOW.index(), "Within target when unapplied % of open AR ≤ target");
    }

    /**
     * Without an invoice history there are no sales to divide by, but the aging alone still gives
     * % current and % over 90 (when a bucket starts at 91 days).
     */
    private void agingOnlyKpis(AgingReport aging, CurrencyTotals totals) {
        List<AgingBucket> buckets = aging.parameters().buckets().buckets();
        String asOf = "as of " + aging.parameters().asOf();
        BigDecimal current = BigDecimal.ZERO;
        BigDecimal over90 = BigDecimal.ZERO;
        boolean edgeAt90 = false;
        for (int i = 0; i < buckets.size(); i++) {
            AgingBucket b = buckets.get(i);
            if (b.isCurrent()) {
                current = current.add(totals.bucket(i));
            }
            if (b.fromDays() != null && b.fromDays() > 90) {
                over90 = over90.add(totals.bucket(i));
                edgeAt90 |= b.fromDays() == 91;
            }
        }
        headline("% current", percent(current, totals.total()), "%", asOf,
                "Current bucket ÷ open AR × 100 (from the aging; DSO, CEI and the forecast need an invoice history)");
        if (edgeAt90) {
            headline("% over 90 days", percent(over90, totals.total()), "%", asOf,
                    "Buckets over 90 days past due ÷ open AR × 100 (from the aging)");
        }
    }

    private void headline(String label, BigDecimal value, String unit, String period, String how) {
        table.row().text(KPI.index(), label).amount(VALUE.index(), value).text(UNIT.index(), unit)
                .text(PERIOD.index(), period).text(HOW.index(), how);
    }

    /** A headline that is a live formula when {@code formula} is known, else its value. */
    private void liveHeadline(String label, String formula, BigDecimal value, String unit, String period, String how) {
        if (formula == null) {
            headline(label, value, unit, period, how);
            return;
        }
        SheetTable.RowWriter w = table.row();
        w.text(KPI.index(), label);
        KpiFormulas.live(w, VALUE.index(), formula, value);
        w.text(UNIT.index(), unit).text(PERIOD.index(), period).text(HOW.index(), how);
    }

    /** The aging summary's total row of {@code currency}: bucket {@code bucket}, or the total (-1); null without one. */
    private String agingCell(String currency, int bucket) {
        return agingSection == null ? null : agingSection.summaryTotalCell(currency, bucket);
    }

    private void ref(String label, KpiPlacement p, String cell, BigDecimal value, String unit, String period, Kpi kpi) {
        SheetTable.RowWriter w = table.row();
        w.text(KPI.index(), label);
        KpiFormulas.live(w, VALUE.index(), p.cells().get(cell), value);
        w.text(UNIT.index(), unit).text(PERIOD.index(), period).text(HOW.index(), kpi.formula());
    }

    /** The bucket block under the table (outside its filter): the data of the aging chart. Returns its first row. */
    private int writeBuckets(AgingReport aging, String currency) {
        table.footerRow();
        SheetTable.RowWriter h = table.footerRow();
        h.text(BUCKET_LABEL.index(), "Aging bucket").style(BUCKET_LABEL.index(), StyleRole.HEADER)
                .text(BUCKET_AMOUNT.index(), "Open amount").style(BUCKET_AMOUNT.index(), StyleRole.HEADER_NUMBER);
        int first = -1;
        List<BigDecimal> amounts = DashboardCharts.bucketAmounts(aging, currency);
        List<AgingBucket> buckets = aging.parameters().buckets().buckets();
        for (int i = 0; i < buckets.size(); i++) {
            SheetTable.RowWriter w = table.footerRow();
            if (first < 0) {
                first = w.rowIndex();
            }
            w.text(BUCKET_LABEL.index(), buckets.get(i).label());
            String ref = agingCell(currency, i);
            if (ref == null || amounts.get(i) == null) {
                w.amount(BUCKET_AMOUNT.index(), amounts.get(i));
            } else {
                w.formula(BUCKET_AMOUNT.index(), ref, amounts.get(i).doubleValue());
            }
        }
        return first;
    }

    private static String largest(AgingReport aging) {
        return aging.currencies().values().stream()
                .max((a, b) -> a.total().abs().compareTo(b.total().abs()))
                .map(CurrencyTotals::currency).orElse("");
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
