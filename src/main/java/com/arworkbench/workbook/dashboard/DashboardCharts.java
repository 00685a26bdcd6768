package com.arworkbench.workbook.dashboard;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.ForecastWeek;
import com.arworkbench.kpi.MonthKpis;
import com.arworkbench.workbook.Charts;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.kpi.ForecastSheet;
import com.arworkbench.workbook.kpi.KpiPlacement;
import com.arworkbench.workbook.kpi.KpisByMonthSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The Dashboard's three charts, above its table (the template puts the header on row 24): open AR
 * by aging bucket, the DSO / best possible DSO / ADD trend, and the 13-week forecast.
 */
final class DashboardCharts {

    private static final int CHART_TOP = 3;
    private static final int CHART_BOTTOM = 22;

    private DashboardCharts() {
    }

    /** {@code kpis} and {@code p} are null without an invoice history: then only the aging chart. */
    static void draw(XSSFSheet sheet, AgingReport aging, String currency, int firstBucketRow, CurrencyKpis kpis,
                     KpiPlacement p) {
        String unit = currency.isEmpty() ? "Amount" : currency;
        String ofCurrency = currency.isEmpty() ? "" : " (" + currency + ")";
        List<AgingBucket> buckets = aging.parameters().buckets().buckets();
        int lastBucketRow = firstBucketRow + buckets.size() - 1;
        Charts.bar(sheet, new Charts.Anchor(0, CHART_TOP, 3, CHART_BOTTOM), "Open AR by aging bucket" + ofCurrency,
                Charts.columnRef(DashboardSection.NAME, DashboardSection.BUCKET_LABEL.index(), firstBucketRow, lastBucketRow),
                buckets.stream().map(AgingBucket::label).toList(),
                List.of(new Charts.Series("Open amount", Charts.columnRef(DashboardSection.NAME,
                        DashboardSection.BUCKET_AMOUNT.index(), firstBucketRow, lastBucketRow), bucketAmounts(aging, currency))),
                unit);
        if (kpis == null || p == null || p.firstMonthRow() < 0) {
            return;
        }
        List<MonthKpis> months = kpis.months();
        Charts.line(sheet, new Charts.Anchor(3, CHART_TOP, 5, CHART_BOTTOM), "DSO, best possible DSO and ADD",
                p.months(KpisByMonthSheet.MONTH), months.stream().map(KpisByMonthSheet::monthLabel).toList(), List.of(
                        series("DSO", KpisByMonthSheet.DSO, p, months.stream().map(MonthKpis::dso).toList()),
                        series("Best possible DSO", KpisByMonthSheet.BEST_POSSIBLE_DSO, p,
                                months.stream().map(MonthKpis::bestPossibleDso).toList()),
                        series("ADD", KpisByMonthSheet.ADD, p, months.stream().map(MonthKpis::averageDaysDelinquent).toList())),
                "Days");
        List<ForecastWeek> weeks = kpis.forecast().weeks();
        Charts.columns(sheet, new Charts.Anchor(5, CHART_TOP, 14, CHART_BOTTOM), "13-week collection forecast" + ofCurrency,
                p.weeks(ForecastSheet.WEEK), weeks.stream().map(w -> "Week " + w.week()).toList(),
                List.of(new Charts.Series("Expected collections, net of credits", p.weeks(ForecastSheet.AMOUNT),
                        weeks.stream().map(ForecastWeek::amount).toList())), unit, false);
    }

    /** Each bucket's open amount in the currency (zeros when it has no items): the bucket block and the bar chart. */
    static List<BigDecimal> bucketAmounts(AgingReport aging, String currency) {
        CurrencyTotals t = aging.currencies().get(currency);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < aging.parameters().buckets().size(); i++) {
            values.add(t == null ? BigDecimal.ZERO : t.bucket(i));
        }
        return values;
    }

    /** A month without sales has no DSO: the chart shows a gap (null), as the empty cell does. */
    private static Charts.Series series(String name, ColumnSchema.Handle column, KpiPlacement p, List<BigDecimal> values) {
        return new Charts.Series(name, p.months(column), values);
    }
}
