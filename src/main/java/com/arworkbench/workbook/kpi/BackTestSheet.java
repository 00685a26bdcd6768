package com.arworkbench.workbook.kpi;

import static com.arworkbench.workbook.kpi.KpiFormulas.cell;
import static com.arworkbench.workbook.kpi.KpiFormulas.live;
import static com.arworkbench.workbook.kpi.KpiFormulas.sum;

import com.arworkbench.kpi.BackTest;
import com.arworkbench.kpi.BackTestWeek;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.kpi.ForecastMethod;
import com.arworkbench.workbook.Charts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Back-test: the forecast replayed from an earlier month end against what was actually paid, week by
 * week, with its weighted absolute error per currency; beside it the two baselines (a) due date and (b) due
 * date + median days late, each with its WAPE per week and over the horizon, and the method the forecast uses.
 */
public final class BackTestSheet {

    public static final String NAME = "Back-test";

    private static final ColumnSchema BACK_TEST = new ColumnSchema();
    private static final ColumnSchema.Handle CURRENCY = BACK_TEST.text("Currency");
    private static final ColumnSchema.Handle WEEK = BACK_TEST.text("Week");
    private static final ColumnSchema.Handle FROM = BACK_TEST.date("From");
    private static final ColumnSchema.Handle TO = BACK_TEST.date("To");
    private static final ColumnSchema.Handle FORECAST = BACK_TEST.amount("Forecast");
    private static final ColumnSchema.Handle ACTUAL = BACK_TEST.amount("Actual");
    private static final ColumnSchema.Handle ERROR = BACK_TEST.amount("Error (forecast − actual)");
    private static final ColumnSchema.Handle ABS_ERROR = BACK_TEST.amount("Absolute error");
    private static final ColumnSchema.Handle PASSED = BACK_TEST.amount("Forecast: expected date already passed");
    private static final ColumnSchema.Handle DUE_DATE = BACK_TEST.amount("Baseline (a): due date");
    private static final ColumnSchema.Handle MEDIAN_LAG = BACK_TEST.amount("Baseline (b): due date + median days late");
    private static final ColumnSchema.Handle WAPE_MODEL = BACK_TEST.amount("WAPE model (%)");
    private static final ColumnSchema.Handle WAPE_DUE_DATE = BACK_TEST.amount("WAPE (a) (%)");
    private static final ColumnSchema.Handle WAPE_MEDIAN_LAG = BACK_TEST.amount("WAPE (b) (%)");
    private static final List<ForecastMethod> METHODS = List.of(ForecastMethod.MODEL, ForecastMethod.DUE_DATE,
            ForecastMethod.MEDIAN_LAG);
    private static final List<ColumnSchema.Handle> FORECASTS = List.of(FORECAST, DUE_DATE, MEDIAN_LAG);
    private static final List<ColumnSchema.Handle> WAPES = List.of(WAPE_MODEL, WAPE_DUE_DATE, WAPE_MEDIAN_LAG);

    private final StyledWorkbook book;
    private final SheetTable table;

    BackTestSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, BACK_TEST.columns(), 2);
    }

    /** Writes every currency's back-test; the error cell and cut-off of currency {@code first} go into {@code cells}. */
    void write(KpiReport report, String first, Map<String, String> cells) {
        for (CurrencyKpis c : report.currencies().values()) {
            rows(c.currency(), c.backTest(), cells, c.currency().equals(first));
        }
        table.finish();
    }

    private void rows(String currency, BackTest b, Map<String, String> cells, boolean first) {
        if (!b.available()) {
            table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Not available: " + b.reason());
            table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Forecast method: " + b.choice());
            return;
        }
        int start = table.nextRowIndex() + 1;
        for (BackTestWeek wk : b.weeks()) {
            SheetTable.RowWriter w = table.row();
            int r = w.rowIndex() + 1;
            w.text(CURRENCY.index(), currency).text(WEEK.index(), "Week " + wk.week()).date(FROM.index(), wk.from())
                    .date(TO.index(), wk.to()).amount(FORECAST.index(), wk.forecast())
                    .amount(ACTUAL.index(), wk.actual());
            w.formula(ERROR.index(), cell(FORECAST, r) + "-" + cell(ACTUAL, r), wk.error().doubleValue());
            w.formula(ABS_ERROR.index(), "ABS(" + cell(ERROR, r) + ")", wk.absoluteError().doubleValue());
            w.amount(PASSED.index(), wk.forecastAlreadyPassed()).amount(DUE_DATE.index(), wk.forecastDueDate())
                    .amount(MEDIAN_LAG.index(), wk.forecastMedianLag());
            for (int m = 0; m < METHODS.size(); m++) {
                live(w, WAPES.get(m).index(), "IF(" + cell(ACTUAL, r) + "=0,\"\",ROUND(ABS(" + cell(FORECASTS.get(m), r)
                        + "-" + cell(ACTUAL, r) + ")*100/" + cell(ACTUAL, r) + ",2))", wk.wape(METHODS.get(m)));
            }
        }
        int end = table.nextRowIndex();
        table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Forecast later / not paid within the horizon")
                .amount(FORECAST.index(), b.forecastLater()).amount(ACTUAL.index(), b.actualNotPaidInHorizon());
        SheetTable.RowWriter t = table.row();
        for (int m = 0; m < METHODS.size(); m++) {
            // Σ|forecast − actual| ÷ Σ actual over the 13 weeks, from the per-week columns.
            String f = FORECASTS.get(m).letter();
            String a = ACTUAL.letter();
            live(t, WAPES.get(m).index(), "IF(SUM(" + a + start + ":" + a + end + ")=0,\"\",ROUND(SUMPRODUCT(ABS("
                    + f + start + ":" + f + end + "-" + a + start + ":" + a + end + "))*100/SUM(" + a + start + ":" + a
                    + end + "),2))", b.wape(METHODS.get(m)));
        }

        int tr = t.rowIndex() + 1;
        t.text(CURRENCY.index(), currency).text(WEEK.index(), "Weeks total")
                .formula(FORECAST.index(), sum(FORECAST, start, end), b.forecastTotal().doubleValue())
                .formula(ACTUAL.index(), sum(ACTUAL, start, end), b.actualTotal().doubleValue())
                .formula(ERROR.index(), sum(ERROR, start, end), b.forecastTotal().subtract(b.actualTotal()).doubleValue())
                .formula(ABS_ERROR.index(), sum(ABS_ERROR, start, end), b.absoluteErrorTotal().doubleValue());
        SheetTable.RowWriter e = table.row();
        e.text(CURRENCY.index(), currency).text(WEEK.index(), "Weighted absolute % error = Σ|error| ÷ Σ actual × 100");
        live(e, ABS_ERROR.index(), "IF(" + cell(ACTUAL, tr) + "=0,\"\",ROUND(" + cell(ABS_ERROR, tr) + "*100/"
                + cell(ACTUAL, tr) + ",2))", b.weightedAbsolutePercentError());
        table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Forecast method: " + b.choice());
        if (first) {
            chart(currency, b, start - 1, end - 1);
        }
        if (first) {
            cells.put("Back-test error", SheetRefs.absolute(NAME, ABS_ERROR.index(), e.rowIndex() + 1));
            cells.put("Back-test cut-off", b.cutoff().toString());
        }
    }

    /** Actual vs. the three forecasts by week (rows {@code first..last}, 0-based), right of the table. */
    private void chart(String currency, BackTest b, int first, int last) {
        List<String> weeks = b.weeks().stream().map(w -> "Week " + w.week()).toList();
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series("Actual", Charts.columnRef(NAME, ACTUAL.index(), first, last),
                b.weeks().stream().map(BackTestWeek::actual).toList()));
        for (int m = 0; m < METHODS.size(); m++) {
            ForecastMethod method = METHODS.get(m);
            series.add(new Charts.Series(label(method) + " (WAPE " + text(b.wape(method)) + "%)",
                    Charts.columnRef(NAME, FORECASTS.get(m).index(), first, last),
                    b.weeks().stream().map(w -> w.forecast(method)).toList()));
        }
        int top = book.headerRow(NAME);
        Charts.line(book.templateSheet(NAME), Charts.Anchor.at(BACK_TEST.size() + 1, top),
                "Back-test from " + b.cutoff() + (currency.isEmpty() ? "" : " (" + currency + ")")
                        + ": actual vs. forecasts", Charts.columnRef(NAME, WEEK.index(), first, last), weeks, series,
                currency.isEmpty() ? "Amount" : currency);
    }

    private static String label(ForecastMethod m) {
        return switch (m) {
            case MODEL -> "Model";
            case DUE_DATE -> "(a) due date";
            case MEDIAN_LAG -> "(b) median days late";
        };
    }

    private static String text(BigDecimal v) {
        return v == null ? "n/a" : v.toPlainString();
    }
}
