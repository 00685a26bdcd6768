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
import java.util.Map;

/**
 * Back-test: the forecast replayed from an earlier month end against what was actually paid, week by
 * week, with its weighted absolute error per currency.
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

    private final SheetTable table;

    BackTestSheet(StyledWorkbook book) {
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
            w.amount(PASSED.index(), wk.forecastAlreadyPassed());
        }
        int end = table.nextRowIndex();
        table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Forecast later / not paid within the horizon")
                .amount(FORECAST.index(), b.forecastLater()).amount(ACTUAL.index(), b.actualNotPaidInHorizon());
        SheetTable.RowWriter t = table.row();
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
        if (first) {
            cells.put("Back-test error", SheetRefs.absolute(NAME, ABS_ERROR.index(), e.rowIndex() + 1));
            cells.put("Back-test cut-off", b.cutoff().toString());
        }
    }
}
