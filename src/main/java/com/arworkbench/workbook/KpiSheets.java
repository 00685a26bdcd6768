package com.arworkbench.workbook;

import com.arworkbench.kpi.BackTest;
import com.arworkbench.kpi.BackTestWeek;
import com.arworkbench.kpi.CollectionForecast;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.CustomerKpis;
import com.arworkbench.kpi.ForecastWeek;
import com.arworkbench.kpi.Kpi;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.kpi.MonthKpis;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPI sheets of the pack: KPIs by month (every ratio a live formula over the inputs in its
 * row), payment habits by customer, the 13-week forecast and its back-test. Rows are grouped by
 * currency; the first currency (the largest AR) comes first, so charts can point at its rows.
 */
public final class KpiSheets {

    /** KPIs by month: declared once; writes, formulas and the Dashboard's chart references use the handles. */
    private static final ColumnSchema MONTHS = new ColumnSchema();
    private static final ColumnSchema.Handle M_CURRENCY = MONTHS.text("Currency");
    static final ColumnSchema.Handle M_MONTH = MONTHS.text("Month");
    private static final ColumnSchema.Handle M_FROM = MONTHS.date("Period from");
    private static final ColumnSchema.Handle M_MONTH_END = MONTHS.date("Month end");
    private static final ColumnSchema.Handle M_DAYS = MONTHS.integer("Days");
    private static final ColumnSchema.Handle M_SALES = MONTHS.amount("Credit sales");
    private static final ColumnSchema.Handle M_BEGIN = MONTHS.amount("Beginning AR");
    private static final ColumnSchema.Handle M_END = MONTHS.amount("Ending AR");
    private static final ColumnSchema.Handle M_CURRENT = MONTHS.amount("Current AR");
    private static final ColumnSchema.Handle M_OVER90 = MONTHS.amount("AR over 90 days");
    private static final ColumnSchema.Handle M_BAD = MONTHS.amount("Bad debts");
    private static final ColumnSchema.Handle M_DELAY_NUM = MONTHS.amount("Σ amount × days late (paid)");
    private static final ColumnSchema.Handle M_DELAY_DEN = MONTHS.amount("Amount paid");
    static final ColumnSchema.Handle M_DSO = MONTHS.amount("DSO");
    static final ColumnSchema.Handle M_BPDSO = MONTHS.amount("Best possible DSO");
    static final ColumnSchema.Handle M_ADD = MONTHS.amount("ADD");
    private static final ColumnSchema.Handle M_COUNTBACK = MONTHS.amount("DSO (countback)");
    private static final ColumnSchema.Handle M_CEI = MONTHS.amount("CEI");
    private static final ColumnSchema.Handle M_PCT_CURRENT = MONTHS.amount("% current");
    private static final ColumnSchema.Handle M_PCT_OVER90 = MONTHS.amount("% over 90");
    private static final ColumnSchema.Handle M_BAD_PCT = MONTHS.amount("Bad-debt %");
    private static final ColumnSchema.Handle M_DELAY = MONTHS.amount("Average payment delay");
    private static final ColumnSchema.Handle M_END_FROM = MONTHS.text("Ending AR from");
    private static final ColumnSchema.Handle M_END_REBUILT = MONTHS.amount("Ending AR rebuilt from history");
    private static final ColumnSchema.Handle M_BEGIN_FROM = MONTHS.text("Beginning AR from");
    private static final ColumnSchema.Handle M_COUNTBACK_NOTE = MONTHS.text("Countback note");
    /** The first currency's last-month cells the Dashboard refers to, keyed by header. */
    private static final List<ColumnSchema.Handle> DASHBOARD_MONTH_CELLS = List.of(M_END, M_CURRENT, M_OVER90, M_DSO,
            M_BPDSO, M_ADD, M_COUNTBACK, M_CEI, M_PCT_CURRENT, M_PCT_OVER90);
    /** The KPI definitions and method notes under the monthly table reuse its first columns. */
    private static final ColumnSchema.Handle DEF_KPI = M_CURRENCY;
    private static final ColumnSchema.Handle DEF_UNIT = M_MONTH;
    private static final ColumnSchema.Handle DEF_HOW = M_FROM;

    private static final ColumnSchema CUSTOMERS = new ColumnSchema();
    private static final ColumnSchema.Handle C_CURRENCY = CUSTOMERS.text("Currency");
    private static final ColumnSchema.Handle C_ID = CUSTOMERS.text("Customer ID");
    private static final ColumnSchema.Handle C_NAME = CUSTOMERS.text("Customer name");
    private static final ColumnSchema.Handle C_PAID_WINDOW = CUSTOMERS.integer("Paid invoices (window)");
    private static final ColumnSchema.Handle C_AMOUNT_WINDOW = CUSTOMERS.amount("Amount paid (window)");
    private static final ColumnSchema.Handle C_DAYS_TO_PAY = CUSTOMERS.amount("Average days to pay");
    private static final ColumnSchema.Handle C_DAYS_LATE = CUSTOMERS.amount("Average days late");
    private static final ColumnSchema.Handle C_PAID_ALL = CUSTOMERS.integer("Paid invoices (all)");
    private static final ColumnSchema.Handle C_MEDIAN_LATE = CUSTOMERS.amount("Median days late");
    private static final ColumnSchema.Handle C_RECENT_LATE = CUSTOMERS.amount("Days late, last 3 months");
    private static final ColumnSchema.Handle C_EARLIER_LATE = CUSTOMERS.amount("Days late, 9 months before");
    private static final ColumnSchema.Handle C_TREND = CUSTOMERS.amount("Trend (days)");
    private static final ColumnSchema.Handle C_OPEN = CUSTOMERS.amount("Open AR");
    private static final ColumnSchema.Handle C_CURRENT = CUSTOMERS.amount("Current AR");
    private static final ColumnSchema.Handle C_OVER90 = CUSTOMERS.amount("AR over 90 days");
    private static final ColumnSchema.Handle C_OPEN_ITEMS = CUSTOMERS.integer("Open items");
    private static final ColumnSchema.Handle C_LAG = CUSTOMERS.integer("Forecast lag (days)");
    private static final ColumnSchema.Handle C_BASIS = CUSTOMERS.text("Forecast basis");

    private static final ColumnSchema FORECAST = new ColumnSchema();
    private static final ColumnSchema.Handle F_CURRENCY = FORECAST.text("Currency");
    static final ColumnSchema.Handle F_WEEK = FORECAST.text("Week");
    private static final ColumnSchema.Handle F_FROM = FORECAST.date("From");
    private static final ColumnSchema.Handle F_TO = FORECAST.date("To");
    static final ColumnSchema.Handle F_ON_HABIT = FORECAST.amount("Expected on the customer's habit");
    static final ColumnSchema.Handle F_PASSED = FORECAST.amount("Expected date already passed");
    static final ColumnSchema.Handle F_AMOUNT = FORECAST.amount("Expected collections");
    private static final ColumnSchema.Handle F_ITEMS = FORECAST.integer("Items");
    private static final ColumnSchema.Handle F_PASSED_ITEMS = FORECAST.integer("Items already passed");

    private static final ColumnSchema BACK_TEST = new ColumnSchema();
    private static final ColumnSchema.Handle B_CURRENCY = BACK_TEST.text("Currency");
    private static final ColumnSchema.Handle B_WEEK = BACK_TEST.text("Week");
    private static final ColumnSchema.Handle B_FROM = BACK_TEST.date("From");
    private static final ColumnSchema.Handle B_TO = BACK_TEST.date("To");
    private static final ColumnSchema.Handle B_FORECAST = BACK_TEST.amount("Forecast");
    private static final ColumnSchema.Handle B_ACTUAL = BACK_TEST.amount("Actual");
    private static final ColumnSchema.Handle B_ERROR = BACK_TEST.amount("Error (forecast − actual)");
    private static final ColumnSchema.Handle B_ABS_ERROR = BACK_TEST.amount("Absolute error");
    private static final ColumnSchema.Handle B_PASSED = BACK_TEST.amount("Forecast: expected date already passed");

    private final StyledWorkbook book;
    private final String agingDetail;
    private final String agingFuture;
    private final SheetTable months;
    private final SheetTable customers;
    private final SheetTable forecast;
    private final SheetTable backTest;

    /** Where the first currency's rows landed, for the Dashboard and its charts (0-based rows). */
    public record Placement(String currency, int firstMonthRow, int lastMonthRow, int firstWeekRow, int lastWeekRow,
                            Map<String, String> cells) {
    }

    /**
     * Declare before the book streams. {@code agingDetail} and {@code agingFuture} are the sheets
     * whose open amounts the forecast must add up to.
     */
    public KpiSheets(StyledWorkbook book, String agingDetail, String agingFuture) {
        this.book = book;
        this.agingDetail = agingDetail;
        this.agingFuture = agingFuture;
        this.months = book.table(PackWorkbookWriter.KPIS, MONTHS.columns(), 3);
        this.customers = book.table(PackWorkbookWriter.CUSTOMER_KPIS, CUSTOMERS.columns(), 3);
        this.forecast = book.table(PackWorkbookWriter.FORECAST, FORECAST.columns(), 2);
        this.backTest = book.table(PackWorkbookWriter.BACK_TEST, BACK_TEST.columns(), 2);
    }

    /** Writes the four sheets; returns their checks and where the first currency's figures are. */
    public Placement write(KpiReport report, List<Check> checks) {
        Map<String, String> cells = new LinkedHashMap<>();
        int[] monthRows = {-1, -1};
        int[] weekRows = {-1, -1};
        String first = report.currencies().isEmpty() ? "" : report.currencies().keySet().iterator().next();
        for (CurrencyKpis c : report.currencies().values()) {
            int start = months.nextRowIndex();
            for (MonthKpis m : c.months()) {
                monthRow(c.currency(), m);
            }
            if (c.currency().equals(first)) {
                monthRows[0] = start;
                monthRows[1] = months.nextRowIndex() - 1;
                int last = monthRows[1] + 1;
                for (ColumnSchema.Handle col : DASHBOARD_MONTH_CELLS) {
                    cells.put(col.header(), SheetRefs.absolute(PackWorkbookWriter.KPIS, col.index(), last));
                }
            }
        }
        writeDefinitions(report);
        months.finish();
        for (CurrencyKpis c : report.currencies().values()) {
            for (CustomerKpis k : c.customers()) {
                customerRow(k);
            }
        }
        customers.finish();
        for (CurrencyKpis c : report.currencies().values()) {
            int start = forecast.nextRowIndex();
            forecastRows(c.currency(), c.forecast());
            if (c.currency().equals(first)) {
                weekRows[0] = start;
                weekRows[1] = start + c.forecast().weeks().size() - 1;
                cells.put("Forecast 13 weeks", "SUM(" + SheetRefs.quote(PackWorkbookWriter.FORECAST) + "!$"
                        + F_AMOUNT.letter() + "$" + (start + 1) + ":$" + F_AMOUNT.letter() + "$" + (weekRows[1] + 1) + ")");
            }
        }
        writeForecastFooter(report, checks);
        for (CurrencyKpis c : report.currencies().values()) {
            backTestRows(c.currency(), c.backTest(), cells, c.currency().equals(first));
        }
        backTest.finish();
        return new Placement(first, monthRows[0], monthRows[1], weekRows[0], weekRows[1], cells);
    }

    private void monthRow(String currency, MonthKpis m) {
        SheetTable.RowWriter w = months.row();
        int r = w.rowIndex() + 1;
        w.text(M_CURRENCY.index(), currency).text(M_MONTH.index(), monthLabel(m)).date(M_FROM.index(), m.firstDay())
                .date(M_MONTH_END.index(), m.monthEnd()).number(M_DAYS.index(), m.days())
                .amount(M_SALES.index(), m.creditSales()).amount(M_BEGIN.index(), m.beginningAr())
                .amount(M_END.index(), m.endingAr()).amount(M_CURRENT.index(), m.currentAr())
                .amount(M_OVER90.index(), m.over90Ar()).amount(M_BAD.index(), m.badDebts())
                .amount(M_DELAY_NUM.index(), m.paymentDelayNumerator())
                .amount(M_DELAY_DEN.index(), m.paymentDelayDenominator());
        String d = c(M_DAYS, r);
        String sales = c(M_SALES, r);
        String begin = c(M_BEGIN, r);
        String end = c(M_END, r);
        String current = c(M_CURRENT, r);
        ratio(w, M_DSO, "IF(" + sales + "=0,\"\",ROUND(" + end + "*" + d + "/" + sales + ",2))", m.dso());
        ratio(w, M_BPDSO, "IF(" + sales + "=0,\"\",ROUND(" + current + "*" + d + "/" + sales + ",2))", m.bestPossibleDso());
        ratio(w, M_ADD, "IF(" + sales + "=0,\"\"," + c(M_DSO, r) + "-" + c(M_BPDSO, r) + ")", m.averageDaysDelinquent());
        w.amount(M_COUNTBACK.index(), m.countbackDso());
        String cei = "(" + begin + "+" + sales + "-" + current + ")";
        ratio(w, M_CEI, "IF(" + cei + "=0,\"\",ROUND((" + begin + "+" + sales + "-" + end + ")*100/" + cei + ",2))", m.cei());
        ratio(w, M_PCT_CURRENT, "IF(" + end + "=0,\"\",ROUND(" + current + "*100/" + end + ",2))", m.percentCurrent());
        ratio(w, M_PCT_OVER90, "IF(" + end + "=0,\"\",ROUND(" + c(M_OVER90, r) + "*100/" + end + ",2))", m.percentOver90());
        ratio(w, M_BAD_PCT, "IF(" + sales + "=0,\"\",ROUND(" + c(M_BAD, r) + "*100/" + sales + ",2))", m.badDebtPercent());
        ratio(w, M_DELAY, "IF(" + c(M_DELAY_DEN, r) + "=0,\"\",ROUND(" + c(M_DELAY_NUM, r) + "/" + c(M_DELAY_DEN, r)
                + ",2))", m.averagePaymentDelay());
        w.text(M_END_FROM.index(), m.endingArSource().label()).amount(M_END_REBUILT.index(), m.reconstructedEndingAr())
                .text(M_BEGIN_FROM.index(), m.beginningArSource().label());
        w.text(M_COUNTBACK_NOTE.index(), m.countbackComplete() ? m.countbackPeriods() + " period(s) used"
                : "history ran out after " + m.countbackPeriods() + " period(s): at least this many days");
    }

    /** "2026-06", or "2026-06 (to 15th)" for a month-to-date period: text, so chart labels and cells agree. */
    static String monthLabel(MonthKpis m) {
        String ym = m.monthEnd().toString().substring(0, 7);
        return m.monthEnd().equals(m.monthEnd().withDayOfMonth(m.monthEnd().lengthOfMonth())) ? ym
                : ym + " (to " + m.monthEnd().getDayOfMonth() + ")";
    }

    private static void ratio(SheetTable.RowWriter w, ColumnSchema.Handle col, String formula, BigDecimal value) {
        if (value == null) {
            w.formula(col.index(), formula, "");
        } else {
            w.formula(col.index(), formula, value.doubleValue());
        }
    }

    private void customerRow(CustomerKpis k) {
        SheetTable.RowWriter w = customers.row();
        w.text(C_CURRENCY.index(), k.currency()).text(C_ID.index(), k.customer().id())
                .text(C_NAME.index(), k.customer().name()).number(C_PAID_WINDOW.index(), k.paidInWindow())
                .amount(C_AMOUNT_WINDOW.index(), k.paidAmountInWindow()).amount(C_DAYS_TO_PAY.index(), k.averageDaysToPay())
                .amount(C_DAYS_LATE.index(), k.averageDaysLate()).number(C_PAID_ALL.index(), k.paidInvoices())
                .amount(C_MEDIAN_LATE.index(), k.medianDaysLate()).amount(C_RECENT_LATE.index(), k.recentDaysLate())
                .amount(C_EARLIER_LATE.index(), k.earlierDaysLate()).amount(C_TREND.index(), k.trendDaysLate())
                .amount(C_OPEN.index(), k.openAr()).amount(C_CURRENT.index(), k.currentAr())
                .amount(C_OVER90.index(), k.over90Ar()).number(C_OPEN_ITEMS.index(), k.openItems());
        if (k.forecastLag() != null) {
            w.number(C_LAG.index(), k.forecastLag().days()).text(C_BASIS.index(), k.forecastLag().basis());
        }
    }

    private void forecastRows(String currency, CollectionForecast f) {
        for (ForecastWeek wk : f.weeks()) {
            SheetTable.RowWriter w = forecast.row();
            int r = w.rowIndex() + 1;
            w.text(F_CURRENCY.index(), currency).text(F_WEEK.index(), "Week " + wk.week()).date(F_FROM.index(), wk.from())
                    .date(F_TO.index(), wk.to())
                    .amount(F_ON_HABIT.index(), wk.amount().subtract(wk.alreadyPassed()))
                    .amount(F_PASSED.index(), wk.alreadyPassed())
                    .formula(F_AMOUNT.index(), c(F_ON_HABIT, r) + "+" + c(F_PASSED, r), wk.amount().doubleValue())
                    .number(F_ITEMS.index(), wk.items()).number(F_PASSED_ITEMS.index(), wk.alreadyPassedItems());
        }
        forecast.row().text(F_CURRENCY.index(), currency).text(F_WEEK.index(), "Later (after week " + f.weeks().size() + ")")
                .amount(F_AMOUNT.index(), f.later()).number(F_ITEMS.index(), f.laterItems());
        forecast.row().text(F_CURRENCY.index(), currency).text(F_WEEK.index(), "Disputed: not forecast")
                .amount(F_AMOUNT.index(), f.disputed()).number(F_ITEMS.index(), f.disputedItems());
        forecast.row().text(F_CURRENCY.index(), currency).text(F_WEEK.index(), "Credits and unapplied cash: not forecast")
                .amount(F_AMOUNT.index(), f.credits()).number(F_ITEMS.index(), f.creditItems());
    }

    /** One total per currency below the table, and a check that it equals the open amounts on the aging sheets. */
    private void writeForecastFooter(KpiReport report, List<Check> checks) {
        int first = book.headerRow(PackWorkbookWriter.FORECAST) + 2;
        int last = forecast.nextRowIndex();
        forecast.footerRow();
        boolean single = report.currencies().size() <= 1;
        String sheet = SheetRefs.quote(PackWorkbookWriter.FORECAST) + "!";
        for (CurrencyKpis c : report.currencies().values()) {
            CollectionForecast f = c.forecast();
            String amounts = "$" + F_AMOUNT.letter() + "$" + first + ":$" + F_AMOUNT.letter() + "$" + last;
            String currencies = "$" + F_CURRENCY.letter() + "$" + first + ":$" + F_CURRENCY.letter() + "$" + last;
            String sum = single ? "SUM(" + amounts + ")" : "SUMIF(" + currencies + ",\"" + c.currency() + "\","
                    + amounts + ")";
            BigDecimal total = f.weeksTotal().add(f.later()).add(f.disputed()).add(f.credits());
            SheetTable.RowWriter w = forecast.footerRow();
            w.text(F_CURRENCY.index(), c.currency()).style(F_CURRENCY.index(), StyleRole.TOTAL_LABEL)
                    .text(F_WEEK.index(), "Total = open AR").style(F_WEEK.index(), StyleRole.TOTAL_LABEL)
                    .formula(F_AMOUNT.index(), sum, total.doubleValue()).style(F_AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
            String label = c.currency().isEmpty() ? "" : " (" + c.currency() + ")";
            String criterion = single ? null : c.currency();
            checks.add(Check.of("Forecast" + label + " = open items on the aging sheets",
                    sumOpen(criterion), f.totalOpenAr(), sheet + "$" + F_AMOUNT.letter() + "$" + (w.rowIndex() + 1), total,
                    "Weeks + later + disputed + credits vs. the open amounts of " + agingDetail + " and " + agingFuture));
        }
        forecast.finish();
    }

    private String sumOpen(String currency) {
        StringBuilder sb = new StringBuilder();
        for (String s : List.of(agingDetail, agingFuture)) {
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(SheetRefs.wholeColumn(s, AgingWorkbookWriter.AMOUNT.index())).append(")");
            } else {
                sb.append("SUMIF(").append(SheetRefs.wholeColumn(s, AgingWorkbookWriter.CURRENCY.index())).append(",\"")
                        .append(currency).append("\",").append(SheetRefs.wholeColumn(s, AgingWorkbookWriter.AMOUNT.index()))
                        .append(")");
            }
        }
        return sb.toString();
    }

    private void backTestRows(String currency, BackTest b, Map<String, String> cells, boolean first) {
        if (!b.available()) {
            backTest.row().text(B_CURRENCY.index(), currency).text(B_WEEK.index(), "Not available: " + b.reason());
            return;
        }
        int start = backTest.nextRowIndex() + 1;
        for (BackTestWeek wk : b.weeks()) {
            SheetTable.RowWriter w = backTest.row();
            int r = w.rowIndex() + 1;
            w.text(B_CURRENCY.index(), currency).text(B_WEEK.index(), "Week " + wk.week()).date(B_FROM.index(), wk.from())
                    .date(B_TO.index(), wk.to()).amount(B_FORECAST.index(), wk.forecast())
                    .amount(B_ACTUAL.index(), wk.actual());
            w.formula(B_ERROR.index(), c(B_FORECAST, r) + "-" + c(B_ACTUAL, r), wk.error().doubleValue());
            w.formula(B_ABS_ERROR.index(), "ABS(" + c(B_ERROR, r) + ")", wk.absoluteError().doubleValue());
            w.amount(B_PASSED.index(), wk.forecastAlreadyPassed());
        }
        int end = backTest.nextRowIndex();
        backTest.row().text(B_CURRENCY.index(), currency).text(B_WEEK.index(), "Forecast later / not paid within the horizon")
                .amount(B_FORECAST.index(), b.forecastLater()).amount(B_ACTUAL.index(), b.actualNotPaidInHorizon());
        SheetTable.RowWriter t = backTest.row();
        int tr = t.rowIndex() + 1;
        t.text(B_CURRENCY.index(), currency).text(B_WEEK.index(), "Weeks total")
                .formula(B_FORECAST.index(), sum(B_FORECAST, start, end), b.forecastTotal().doubleValue())
                .formula(B_ACTUAL.index(), sum(B_ACTUAL, start, end), b.actualTotal().doubleValue())
                .formula(B_ERROR.index(), sum(B_ERROR, start, end), b.forecastTotal().subtract(b.actualTotal()).doubleValue())
                .formula(B_ABS_ERROR.index(), sum(B_ABS_ERROR, start, end), b.absoluteErrorTotal().doubleValue());
        SheetTable.RowWriter e = backTest.row();
        e.text(B_CURRENCY.index(), currency).text(B_WEEK.index(), "Weighted absolute % error = Σ|error| ÷ Σ actual × 100");
        ratio(e, B_ABS_ERROR, "IF(" + c(B_ACTUAL, tr) + "=0,\"\",ROUND(" + c(B_ABS_ERROR, tr) + "*100/" + c(B_ACTUAL, tr)
                + ",2))", b.weightedAbsolutePercentError());
        if (first) {
            cells.put("Back-test error", SheetRefs.absolute(PackWorkbookWriter.BACK_TEST, B_ABS_ERROR.index(), e.rowIndex() + 1));
            cells.put("Back-test cut-off", b.cutoff().toString());
        }
    }

    /** The KPI definitions and the method, under the monthly table, so a reviewer has them beside the numbers. */
    private void writeDefinitions(KpiReport report) {
        months.footerRow();
        months.footerRow().text(DEF_KPI.index(), "KPI").style(DEF_KPI.index(), StyleRole.HEADER)
                .text(DEF_UNIT.index(), "Unit").style(DEF_UNIT.index(), StyleRole.HEADER)
                .text(DEF_HOW.index(), "How it is computed").style(DEF_HOW.index(), StyleRole.HEADER);
        for (Kpi k : report.definitions()) {
            // Column C holds dates above; its centred date style would cut long text on the left.
            months.footerRow().text(DEF_KPI.index(), k.label()).style(DEF_KPI.index(), StyleRole.KEY)
                    .text(DEF_UNIT.index(), k.unit()).text(DEF_HOW.index(), k.formula()).style(DEF_HOW.index(), StyleRole.TEXT);
        }
        months.footerRow();
        for (Kpi.MethodStatement m : report.methods()) {
            months.footerRow().text(DEF_KPI.index(), m.title()).style(DEF_KPI.index(), StyleRole.KEY)
                    .text(DEF_HOW.index(), m.text()).style(DEF_HOW.index(), StyleRole.TEXT);
        }
    }

    private static String c(ColumnSchema.Handle col, int excelRow) {
        return col.letter() + excelRow;
    }

    /** {@code SUM(E4:E16)}: the column's rows from {@code firstRow} to {@code lastRow} (1-based). */
    private static String sum(ColumnSchema.Handle col, int firstRow, int lastRow) {
        return "SUM(" + c(col, firstRow) + ":" + c(col, lastRow) + ")";
    }
}
