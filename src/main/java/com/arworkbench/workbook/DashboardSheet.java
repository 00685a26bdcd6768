package com.arworkbench.workbook;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.Kpi;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.kpi.MonthKpis;
import com.arworkbench.kpi.WindowKpis;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Dashboard: the headline KPIs of the largest currency (live references to the KPI sheets,
 * with cached values) and three charts: aging by bucket, the DSO / BPDSO / ADD trend and the
 * 13-week forecast. A person sees the story first; every number leads back to its sheet.
 */
public final class DashboardSheet {

    /** The headline table, declared once; writes and chart references use the handles. */
    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle KPI = COLUMNS.text("KPI");
    private static final ColumnSchema.Handle VALUE = COLUMNS.amount("Value");
    private static final ColumnSchema.Handle UNIT = COLUMNS.text("Unit");
    private static final ColumnSchema.Handle PERIOD = COLUMNS.text("Period / basis");
    private static final ColumnSchema.Handle HOW = COLUMNS.text("How it is computed");
    /** The bucket block under the table (the aging chart's data) reuses its first two columns. */
    private static final ColumnSchema.Handle BUCKET_LABEL = KPI;
    private static final ColumnSchema.Handle BUCKET_AMOUNT = VALUE;
    /** Charts sit above the table (the template puts its header on row 24): the story first, then the numbers. */
    private static final int CHART_TOP = 3;
    private static final int CHART_BOTTOM = 22;

    private final StyledWorkbook book;
    private final SheetTable table;

    /** Declare before the book streams. */
    public DashboardSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(PackWorkbookWriter.DASHBOARD, COLUMNS.columns(), 1);
    }

    /**
     * @param kpis      null when no invoice history was given: the Dashboard then shows the aging only
     * @param placement where {@link KpiSheets} wrote the first currency's rows (null without KPIs)
     */
    public void write(AgingReport aging, KpiReport kpis, KpiSheets.Placement placement) {
        String currency = placement != null ? placement.currency() : aging.currencies().isEmpty() ? ""
                : largest(aging);
        CurrencyTotals totals = aging.currencies().get(currency);
        CurrencyKpis c = kpis == null ? null : kpis.currencies().get(currency);
        String unit = currency.isEmpty() ? "amount" : currency;
        if (totals != null) {
            headline("Open AR (aged)", totals.total(), unit, "as of " + aging.parameters().asOf(),
                    "Total of the Aging sheet: open items aged at the as-of date");
        }
        if (c == null && totals != null) {
            agingOnlyKpis(aging, totals);
        }
        if (c != null) {
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
            headline("CEI (" + w.months() + " months)", w.cei(), "%", window, Kpi.CEI_WINDOW.formula());
            headline("Bad-debt % (" + w.months() + " months)", w.badDebtPercent(), "%", window, Kpi.BAD_DEBT_PERCENT.formula());
            headline("Average payment delay (" + w.months() + " months)", w.averagePaymentDelay(), "days", window,
                    Kpi.PAYMENT_DELAY.formula());
            SheetTable.RowWriter f = table.row();
            f.text(KPI.index(), "Expected collections, next " + c.forecast().weeks().size() + " weeks")
                    .formula(VALUE.index(), placement.cells().get("Forecast 13 weeks"), c.forecast().weeksTotal().doubleValue())
                    .text(UNIT.index(), unit).text(PERIOD.index(), "from " + kpis.parameters().asOf().plusDays(1))
                    .text(HOW.index(), "Sum of the weeks on the Forecast sheet (due date + each customer's median days late)");
            if (c.backTest().available() && placement.cells().containsKey("Back-test error")) {
                SheetTable.RowWriter b = table.row();
                BigDecimal e = c.backTest().weightedAbsolutePercentError();
                b.text(KPI.index(), "Forecast back-test: weighted absolute error");
                if (e == null) {
                    b.formula(VALUE.index(), placement.cells().get("Back-test error"), "");
                } else {
                    b.formula(VALUE.index(), placement.cells().get("Back-test error"), e.doubleValue());
                }
                b.text(UNIT.index(), "%").text(PERIOD.index(), "forecast from " + c.backTest().cutoff())
                        .text(HOW.index(), "Σ|forecast − actual| ÷ Σ actual × 100 over the weeks on the Back-test sheet");
            }
        }
        if (aging.currencies().size() > 1) {
            table.row().text(KPI.index(), "Other currencies").text(PERIOD.index(), String.join(", ",
                    aging.currencies().keySet().stream().filter(k -> !k.equals(currency)).toList()))
                    .text(HOW.index(), "Figures above are " + unit
                    + " only; every currency has its own rows on the other sheets (amounts are never converted)");
        }
        int bucketRows = writeBuckets(aging, currency);
        table.finish();
        drawCharts(aging, currency, bucketRows, kpis, placement);
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

    private void ref(String label, KpiSheets.Placement p, String cell, BigDecimal value, String unit, String period, Kpi kpi) {
        SheetTable.RowWriter w = table.row();
        w.text(KPI.index(), label);
        String formula = p.cells().get(cell);
        if (value == null) {
            w.formula(VALUE.index(), formula, "");
        } else {
            w.formula(VALUE.index(), formula, value.doubleValue());
        }
        w.text(UNIT.index(), unit).text(PERIOD.index(), period).text(HOW.index(), kpi.formula());
    }

    /** The bucket block under the table (outside its filter): the data of the aging chart. Returns its first row. */
    private int writeBuckets(AgingReport aging, String currency) {
        table.footerRow();
        SheetTable.RowWriter h = table.footerRow();
        h.text(BUCKET_LABEL.index(), "Aging bucket").style(BUCKET_LABEL.index(), StyleRole.HEADER)
                .text(BUCKET_AMOUNT.index(), "Open amount").style(BUCKET_AMOUNT.index(), StyleRole.HEADER_NUMBER);
        CurrencyTotals t = aging.currencies().get(currency);
        int first = -1;
        List<AgingBucket> buckets = aging.parameters().buckets().buckets();
        for (int i = 0; i < buckets.size(); i++) {
            SheetTable.RowWriter w = table.footerRow();
            if (first < 0) {
                first = w.rowIndex();
            }
            w.text(BUCKET_LABEL.index(), buckets.get(i).label())
                    .amount(BUCKET_AMOUNT.index(), t == null ? BigDecimal.ZERO : t.bucket(i));
        }
        return first;
    }

    private void drawCharts(AgingReport aging, String currency, int firstBucketRow, KpiReport kpis, KpiSheets.Placement p) {
        XSSFSheet sheet = book.templateSheet(PackWorkbookWriter.DASHBOARD);
        String unit = currency.isEmpty() ? "Amount" : currency;
        List<AgingBucket> buckets = aging.parameters().buckets().buckets();
        int lastBucketRow = firstBucketRow + buckets.size() - 1;
        CurrencyTotals t = aging.currencies().get(currency);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < buckets.size(); i++) {
            values.add(t == null ? BigDecimal.ZERO : t.bucket(i));
        }
        Charts.bar(sheet, new Charts.Anchor(0, CHART_TOP, 3, CHART_BOTTOM), "Open AR by aging bucket"
                        + (currency.isEmpty() ? "" : " (" + currency + ")"),
                Charts.columnRef(PackWorkbookWriter.DASHBOARD, BUCKET_LABEL.index(), firstBucketRow, lastBucketRow),
                buckets.stream().map(AgingBucket::label).toList(),
                List.of(new Charts.Series("Open amount", Charts.columnRef(PackWorkbookWriter.DASHBOARD, BUCKET_AMOUNT.index(),
                        firstBucketRow, lastBucketRow), values)), unit);
        if (kpis == null || p == null || p.firstMonthRow() < 0) {
            return;
        }
        CurrencyKpis c = kpis.currencies().get(currency);
        List<String> labels = c.months().stream().map(KpiSheets::monthLabel).toList();
        String categories = Charts.columnRef(PackWorkbookWriter.KPIS, KpiSheets.M_MONTH.index(), p.firstMonthRow(), p.lastMonthRow());
        Charts.line(sheet, new Charts.Anchor(3, CHART_TOP, 5, CHART_BOTTOM), "DSO, best possible DSO and ADD",
                categories, labels, List.of(
                        series("DSO", KpiSheets.M_DSO, p, c.months().stream().map(MonthKpis::dso).toList()),
                        series("Best possible DSO", KpiSheets.M_BPDSO, p, c.months().stream().map(MonthKpis::bestPossibleDso).toList()),
                        series("ADD", KpiSheets.M_ADD, p, c.months().stream().map(MonthKpis::averageDaysDelinquent).toList())),
                "Days");
        // Stacked: what each customer's habit predicts, and on top what is already overdue beyond it (expected now).
        List<com.arworkbench.kpi.ForecastWeek> weeks = c.forecast().weeks();
        Charts.columns(sheet, new Charts.Anchor(5, CHART_TOP, 14, CHART_BOTTOM), "13-week collection forecast"
                        + (currency.isEmpty() ? "" : " (" + currency + ")"),
                Charts.columnRef(PackWorkbookWriter.FORECAST, KpiSheets.F_WEEK.index(), p.firstWeekRow(), p.lastWeekRow()),
                weeks.stream().map(w -> "Week " + w.week()).toList(),
                List.of(new Charts.Series("On the customer's habit", Charts.columnRef(PackWorkbookWriter.FORECAST,
                                KpiSheets.F_ON_HABIT.index(), p.firstWeekRow(), p.lastWeekRow()),
                                weeks.stream().map(w -> w.amount().subtract(w.alreadyPassed())).toList()),
                        new Charts.Series("Expected date already passed", Charts.columnRef(PackWorkbookWriter.FORECAST,
                                KpiSheets.F_PASSED.index(), p.firstWeekRow(), p.lastWeekRow()),
                                weeks.stream().map(w -> w.alreadyPassed()).toList())), unit, true);
    }

    private static Charts.Series series(String name, ColumnSchema.Handle column, KpiSheets.Placement p, List<BigDecimal> values) {
        // A month without sales has no DSO: the chart shows a gap (null), as the empty cell does.
        return new Charts.Series(name, Charts.columnRef(PackWorkbookWriter.KPIS, column.index(), p.firstMonthRow(), p.lastMonthRow()),
                values.stream().map(v -> v == null ? null : v).toList());
    }

    private static String largest(AgingReport aging) {
        return aging.currencies().values().stream()
                .max((a, b) -> a.total().abs().compareTo(b.total().abs()))
                .map(CurrencyTotals::currency).orElse("");
    }

    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP);
    }
}
