package com.arworkbench.workbook.kpi;

import static com.arworkbench.workbook.kpi.KpiFormulas.cell;
import static com.arworkbench.workbook.kpi.KpiFormulas.live;
import static com.arworkbench.workbook.kpi.KpiFormulas.sum;

import com.arworkbench.kpi.BackTest;
import com.arworkbench.kpi.BackTestCutoff;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.ForecastMethod;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.workbook.Charts;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Back-test: the three methods side by side, the model and the baselines (a) due date and (b) due date + median
 * days late, replayed from every usable month end with only what was known then. On top, each horizon week over
 * all cut-offs (live SUMIFS of the detail below) and the overall WAPE that chose the method; below, every
 * cut-off's weeks. A chart shows each method's WAPE by week.
 */
public final class BackTestSheet {

    public static final String NAME = "Back-test";

    private static final ColumnSchema BACK_TEST = new ColumnSchema();
    private static final ColumnSchema.Handle CURRENCY = BACK_TEST.text("Currency");
    private static final ColumnSchema.Handle ROW = BACK_TEST.text("Row");
    private static final ColumnSchema.Handle CUTOFF = BACK_TEST.date("Cut-off");
    private static final ColumnSchema.Handle WEEK = BACK_TEST.integer("Week");
    private static final ColumnSchema.Handle ACTUAL = BACK_TEST.amount("Actual");
    private static final ColumnSchema.Handle MODEL = BACK_TEST.amount("Model");
    private static final ColumnSchema.Handle DUE_DATE = BACK_TEST.amount("(a) Due date");
    private static final ColumnSchema.Handle MEDIAN_LAG = BACK_TEST.amount("(b) Due + median late");
    private static final ColumnSchema.Handle ERR_MODEL = BACK_TEST.amount("|Model − actual|");
    private static final ColumnSchema.Handle ERR_DUE_DATE = BACK_TEST.amount("|(a) − actual|");
    private static final ColumnSchema.Handle ERR_MEDIAN_LAG = BACK_TEST.amount("|(b) − actual|");
    private static final ColumnSchema.Handle WAPE_MODEL = BACK_TEST.amount("WAPE model (%)");
    private static final ColumnSchema.Handle WAPE_DUE_DATE = BACK_TEST.amount("WAPE (a) (%)");
    private static final ColumnSchema.Handle WAPE_MEDIAN_LAG = BACK_TEST.amount("WAPE (b) (%)");
    private static final List<ForecastMethod> METHODS = List.of(ForecastMethod.MODEL, ForecastMethod.DUE_DATE,
            ForecastMethod.MEDIAN_LAG);
    private static final List<ColumnSchema.Handle> FORECASTS = List.of(MODEL, DUE_DATE, MEDIAN_LAG);
    private static final List<ColumnSchema.Handle> ERRORS = List.of(ERR_MODEL, ERR_DUE_DATE, ERR_MEDIAN_LAG);
    private static final List<ColumnSchema.Handle> WAPES = List.of(WAPE_MODEL, WAPE_DUE_DATE, WAPE_MEDIAN_LAG);
    /** Rows between the weekly summary and the detail: the total, the method and the coverage. */
    private static final int ROWS_AFTER_SUMMARY = 3;
    /** The method and coverage notes wrap across the table instead of widening the row column. */
    private static final int NOTE_CHARS_PER_LINE = 150;

    private final StyledWorkbook book;
    private final SheetTable table;

    BackTestSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, BACK_TEST.columns(), 2);
    }

    /**
     * Writes every currency's back-test; the WAPE cell of currency {@code first}'s chosen method goes into
     * {@code cells}, and the tie-out of every cut-off into {@code checks}.
     */
    void write(KpiReport report, String first, Map<String, String> cells, List<Check> checks) {
        for (CurrencyKpis c : report.currencies().values()) {
            rows(c.currency(), c.backTest(), cells, c.currency().equals(first), checks);
        }
        table.finish();
    }

    private void rows(String currency, BackTest b, Map<String, String> cells, boolean first, List<Check> checks) {
        if (!b.available()) {
            table.row().text(CURRENCY.index(), currency).text(ROW.index(), "Not available: " + b.reason());
            table.row().text(CURRENCY.index(), currency).text(ROW.index(), "Forecast method: " + b.choice());
            return;
        }
        int weeks = b.weeks();
        int summaryFirst = table.nextRowIndex() + 1;
        int detailFirst = summaryFirst + weeks + ROWS_AFTER_SUMMARY;
        int detailLast = detailFirst + b.cutoffs().size() * (weeks + 2) - 1;
        for (int k = 1; k <= weeks; k++) {
            summaryWeek(currency, b, k, detailFirst, detailLast);
        }
        int summaryLast = summaryFirst + weeks - 1;
        SheetTable.RowWriter t = table.row();
        t.text(CURRENCY.index(), currency).text(ROW.index(), "All weeks, all cut-offs")
                .formula(ACTUAL.index(), sum(ACTUAL, summaryFirst, summaryLast), b.actualTotal().doubleValue());
        for (int m = 0; m < METHODS.size(); m++) {
            ForecastMethod method = METHODS.get(m);
            BigDecimal forecast = b.cutoffs().stream().map(c -> c.forecastTotal(method))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            t.formula(FORECASTS.get(m).index(), sum(FORECASTS.get(m), summaryFirst, summaryLast), forecast.doubleValue());
            t.formula(ERRORS.get(m).index(), sum(ERRORS.get(m), summaryFirst, summaryLast),
                    b.absoluteError(method).doubleValue());
        }
        wapes(t, b.wape(ForecastMethod.MODEL), b.wape(ForecastMethod.DUE_DATE), b.wape(ForecastMethod.MEDIAN_LAG));
        table.row().text(CURRENCY.index(), currency).wrapped(ROW.index(), WAPE_MEDIAN_LAG.index(),
                "Forecast method: " + b.choice(), NOTE_CHARS_PER_LINE, StyleRole.TEXT);
        table.row().text(CURRENCY.index(), currency).wrapped(ROW.index(), WAPE_MEDIAN_LAG.index(), "Cut-offs: "
                + b.coverage() + "; each forecast uses only payments known at its cut-off", NOTE_CHARS_PER_LINE,
                StyleRole.TEXT);
        List<Integer> openRows = new ArrayList<>();
        for (BackTestCutoff c : b.cutoffs()) {
            openRows.add(detail(currency, c));
        }
        checks.addAll(tieOut(currency, b, openRows));
        if (first) {
            chart(currency, b, summaryFirst - 1, summaryLast - 1);
            cells.put("Back-test error", SheetRefs.absolute(NAME, WAPES.get(METHODS.indexOf(b.chosen())).index(),
                    t.rowIndex() + 1));
        }
    }

    /** Horizon week k summed over the cut-offs: SUMIFS of the detail rows with that week. */
    private void summaryWeek(String currency, BackTest b, int k, int detailFirst, int detailLast) {
        SheetTable.RowWriter w = table.row();
        w.text(CURRENCY.index(), currency).text(ROW.index(), "Week " + k).number(WEEK.index(), k);
        String weekRange = range(WEEK, detailFirst, detailLast);
        String criteria = "," + weekRange + "," + cell(WEEK, w.rowIndex() + 1) + ")";
        w.formula(ACTUAL.index(), "SUMIFS(" + range(ACTUAL, detailFirst, detailLast) + criteria,
                b.actual(k).doubleValue());
        for (int m = 0; m < METHODS.size(); m++) {
            ForecastMethod method = METHODS.get(m);
            w.formula(FORECASTS.get(m).index(), "SUMIFS(" + range(FORECASTS.get(m), detailFirst, detailLast) + criteria,
                    b.forecast(method, k).doubleValue());
            w.formula(ERRORS.get(m).index(), "SUMIFS(" + range(ERRORS.get(m), detailFirst, detailLast) + criteria,
                    b.absoluteError(method, k).doubleValue());
        }
        wapes(w, b.wape(ForecastMethod.MODEL, k), b.wape(ForecastMethod.DUE_DATE, k),
                b.wape(ForecastMethod.MEDIAN_LAG, k));
    }

    /** One cut-off: a row per week (errors and WAPEs live), what fell after the horizon, and the total open then. */
    private int detail(String currency, BackTestCutoff c) {
        for (int k = 1; k <= c.actual().size(); k++) {
            SheetTable.RowWriter w = table.row();
            int r = w.rowIndex() + 1;
            w.text(CURRENCY.index(), currency).text(ROW.index(), "From " + c.cutoff() + ", week " + k)
                    .date(CUTOFF.index(), c.cutoff()).number(WEEK.index(), k)
                    .amount(ACTUAL.index(), c.actual().get(k - 1));
            BigDecimal[] wape = new BigDecimal[METHODS.size()];
            for (int m = 0; m < METHODS.size(); m++) {
                ForecastMethod method = METHODS.get(m);
                w.amount(FORECASTS.get(m).index(), c.forecast().get(method).get(k - 1));
                w.formula(ERRORS.get(m).index(), "ABS(" + cell(FORECASTS.get(m), r) + "-" + cell(ACTUAL, r) + ")",
                        c.absoluteError(method, k).doubleValue());
                wape[m] = c.wape(method, k);
            }
            wapes(w, wape[0], wape[1], wape[2]);
        }
        SheetTable.RowWriter later = table.row();
        later.text(CURRENCY.index(), currency).text(ROW.index(), "From " + c.cutoff() + ": after week "
                        + c.actual().size())
                .date(CUTOFF.index(), c.cutoff()).amount(ACTUAL.index(), c.actualLater());
        for (int m = 0; m < METHODS.size(); m++) {
            later.amount(FORECASTS.get(m).index(), c.forecastLater().get(METHODS.get(m)));
        }
        // Each side adds up to the sales open at the cut-off: live sums of the rows above.
        int first = later.rowIndex() + 1 - c.actual().size();
        int last = later.rowIndex() + 1;
        SheetTable.RowWriter open = table.row();
        open.text(CURRENCY.index(), currency).text(ROW.index(), "From " + c.cutoff() + ": open then, " + c.items()
                        + " invoices")
                .date(CUTOFF.index(), c.cutoff())
                .formula(ACTUAL.index(), sum(ACTUAL, first, last), c.actualTotal().add(c.actualLater()).doubleValue());
        for (int m = 0; m < METHODS.size(); m++) {
            ForecastMethod method = METHODS.get(m);
            open.formula(FORECASTS.get(m).index(), sum(FORECASTS.get(m), first, last),
                    c.forecastTotal(method).add(c.forecastLater().get(method)).doubleValue());
        }
        return open.rowIndex() + 1;
    }

    /**
     * The sales open at the cut-offs, summed as the history was read, against the sheet's weeks + after for the
     * actual payments and for the model: a payment or an item lost or counted twice shows as a difference.
     */
    private static List<Check> tieOut(String currency, BackTest b, List<Integer> openRows) {
        BigDecimal open = b.cutoffs().stream().map(BackTestCutoff::openAtCutoff).reduce(BigDecimal.ZERO, BigDecimal::add);
        String label = currency.isEmpty() ? "" : " (" + currency + ")";
        List<Check> out = new ArrayList<>();
        for (ColumnSchema.Handle column : List.of(ACTUAL, MODEL)) {
            String cells = openRows.stream().map(r -> SheetRefs.quote(NAME) + "!" + cell(column, r))
                    .reduce((x, y) -> x + "+" + y).orElseThrow();
            BigDecimal side = column == ACTUAL
                    ? b.cutoffs().stream().map(c -> c.actualTotal().add(c.actualLater())).reduce(BigDecimal.ZERO, BigDecimal::add)
                    : b.cutoffs().stream().map(c -> c.forecastTotal(ForecastMethod.MODEL)
                    .add(c.forecastLater().get(ForecastMethod.MODEL))).reduce(BigDecimal.ZERO, BigDecimal::add);
            out.add(Check.of("Back-test" + label + ": " + (column == ACTUAL ? "paid in the weeks + after"
                            : "model's weeks + later") + " = sales open at the " + b.cutoffs().size() + " cut-offs",
                    null, open, cells, side, "Sales open at each cut-off as the history was read vs. the weeks and the "
                            + "after-horizon row of each cut-off on " + NAME));
        }
        return out;
    }

    /** Each method's WAPE from its error and the actual in the same row: Σ|error| ÷ Σ actual × 100. */
    private static void wapes(SheetTable.RowWriter w, BigDecimal model, BigDecimal dueDate, BigDecimal medianLag) {
        int r = w.rowIndex() + 1;
        BigDecimal[] values = {model, dueDate, medianLag};
        for (int m = 0; m < METHODS.size(); m++) {
            live(w, WAPES.get(m).index(), "IF(" + cell(ACTUAL, r) + "=0,\"\",ROUND(" + cell(ERRORS.get(m), r)
                    + "*100/" + cell(ACTUAL, r) + ",2))", values[m]);
        }
    }

    private static String range(ColumnSchema.Handle column, int firstRow, int lastRow) {
        return "$" + column.letter() + "$" + firstRow + ":$" + column.letter() + "$" + lastRow;
    }

    /** Each method's WAPE by horizon week (rows {@code first..last}, 0-based), right of the table. */
    private void chart(String currency, BackTest b, int first, int last) {
        List<String> weeks = new ArrayList<>();
        for (int k = 1; k <= b.weeks(); k++) {
            weeks.add("Week " + k);
        }
        List<Charts.Series> series = new ArrayList<>();
        for (int m = 0; m < METHODS.size(); m++) {
            ForecastMethod method = METHODS.get(m);
            List<BigDecimal> values = new ArrayList<>();
            for (int k = 1; k <= b.weeks(); k++) {
                values.add(b.wape(method, k));
            }
            series.add(new Charts.Series(label(method) + " (" + text(b.wape(method)) + "% overall)",
                    Charts.columnRef(NAME, WAPES.get(m).index(), first, last), values));
        }
        int top = book.headerRow(NAME);
        Charts.line(book.templateSheet(NAME), Charts.Anchor.at(BACK_TEST.size() + 1, top),
                "Back-test WAPE by week, " + b.cutoffs().size() + " cut-offs" + (currency.isEmpty() ? ""
                        : " (" + currency + ")"), Charts.columnRef(NAME, ROW.index(), first, last), weeks, series,
                "WAPE %");
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
