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

    static final List<Column> MONTH_COLUMNS = List.of(Column.text("Currency"), Column.text("Month"), Column.date("Period from"),
            Column.date("Month end"), Column.integer("Days"), Column.amount("Credit sales"), Column.amount("Beginning AR"),
            Column.amount("Ending AR"), Column.amount("Current AR"), Column.amount("AR over 90 days"),
            Column.amount("Bad debts"), Column.amount("Σ amount × days late (paid)"), Column.amount("Amount paid"),
            Column.amount("DSO"), Column.amount("Best possible DSO"), Column.amount("ADD"), Column.amount("DSO (countback)"),
            Column.amount("CEI"), Column.amount("% current"), Column.amount("% over 90"), Column.amount("Bad-debt %"),
            Column.amount("Average payment delay"), Column.text("Ending AR from"), Column.amount("Ending AR rebuilt from history"),
            Column.text("Beginning AR from"), Column.text("Countback note"));
    // Column indexes the formulas use.
    static final int M_MONTH = 1;
    private static final int M_DAYS = 4;
    private static final int M_SALES = 5;
    private static final int M_BEGIN = 6;
    private static final int M_END = 7;
    private static final int M_CURRENT = 8;
    private static final int M_OVER90 = 9;
    private static final int M_BAD = 10;
    private static final int M_DELAY_NUM = 11;
    private static final int M_DELAY_DEN = 12;
    static final int M_DSO = 13;
    static final int M_BPDSO = 14;
    static final int M_ADD = 15;
    private static final int M_COUNTBACK = 16;
    private static final int M_CEI = 17;

    private static final List<Column> CUSTOMER_COLUMNS = List.of(Column.text("Currency"), Column.text("Customer ID"),
            Column.text("Customer name"), Column.integer("Paid invoices (window)"), Column.amount("Amount paid (window)"),
            Column.amount("Average days to pay"), Column.amount("Average days late"), Column.integer("Paid invoices (all)"),
            Column.amount("Median days late"), Column.amount("Days late, last 3 months"),
            Column.amount("Days late, 9 months before"), Column.amount("Trend (days)"), Column.amount("Open AR"),
            Column.amount("Current AR"), Column.amount("AR over 90 days"), Column.integer("Open items"),
            Column.integer("Forecast lag (days)"), Column.text("Forecast basis"));

    static final List<Column> FORECAST_COLUMNS = List.of(Column.text("Currency"), Column.text("Week"), Column.date("From"),
            Column.date("To"), Column.amount("Expected on the customer's habit"),
            Column.amount("Expected date already passed"), Column.amount("Expected collections"), Column.integer("Items"),
            Column.integer("Items already passed"));
    static final int F_ON_HABIT = 4;
    static final int F_PASSED = 5;
    static final int F_AMOUNT = 6;

    private static final List<Column> BACK_TEST_COLUMNS = List.of(Column.text("Currency"), Column.text("Week"),
            Column.date("From"), Column.date("To"), Column.amount("Forecast"), Column.amount("Actual"),
            Column.amount("Error (forecast − actual)"), Column.amount("Absolute error"),
            Column.amount("Forecast: expected date already passed"));

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
        this.months = book.table(PackWorkbookWriter.KPIS, MONTH_COLUMNS, 3);
        this.customers = book.table(PackWorkbookWriter.CUSTOMER_KPIS, CUSTOMER_COLUMNS, 3);
        this.forecast = book.table(PackWorkbookWriter.FORECAST, FORECAST_COLUMNS, 2);
        this.backTest = book.table(PackWorkbookWriter.BACK_TEST, BACK_TEST_COLUMNS, 2);
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
                for (int col : new int[] {M_END, M_CURRENT, M_OVER90, M_DSO, M_BPDSO, M_ADD, M_COUNTBACK, M_CEI, M_CEI + 1,
                        M_CEI + 2}) {
                    cells.put(MONTH_COLUMNS.get(col).header(), SheetRefs.absolute(PackWorkbookWriter.KPIS, col, last));
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
                        + SheetRefs.col(F_AMOUNT) + "$" + (start + 1) + ":$" + SheetRefs.col(F_AMOUNT) + "$" + (weekRows[1] + 1) + ")");
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
        w.text(0, currency).text(M_MONTH, monthLabel(m)).date(2, m.firstDay()).date(3, m.monthEnd()).number(M_DAYS, m.days())
                .amount(M_SALES, m.creditSales()).amount(M_BEGIN, m.beginningAr()).amount(M_END, m.endingAr())
                .amount(M_CURRENT, m.currentAr()).amount(M_OVER90, m.over90Ar()).amount(M_BAD, m.badDebts())
                .amount(M_DELAY_NUM, m.paymentDelayNumerator()).amount(M_DELAY_DEN, m.paymentDelayDenominator());
        String d = c(M_DAYS, r);
        String sales = c(M_SALES, r);
        String begin = c(M_BEGIN, r);
        String end = c(M_END, r);
        String current = c(M_CURRENT, r);
        ratio(w, M_DSO, "IF(" + sales + "=0,\"\",ROUND(" + end + "*" + d + "/" + sales + ",2))", m.dso());
        ratio(w, M_BPDSO, "IF(" + sales + "=0,\"\",ROUND(" + current + "*" + d + "/" + sales + ",2))", m.bestPossibleDso());
        ratio(w, M_ADD, "IF(" + sales + "=0,\"\"," + c(M_DSO, r) + "-" + c(M_BPDSO, r) + ")", m.averageDaysDelinquent());
        w.amount(M_COUNTBACK, m.countbackDso());
        String cei = "(" + begin + "+" + sales + "-" + current + ")";
        ratio(w, M_CEI, "IF(" + cei + "=0,\"\",ROUND((" + begin + "+" + sales + "-" + end + ")*100/" + cei + ",2))", m.cei());
        ratio(w, M_CEI + 1, "IF(" + end + "=0,\"\",ROUND(" + current + "*100/" + end + ",2))", m.percentCurrent());
        ratio(w, M_CEI + 2, "IF(" + end + "=0,\"\",ROUND(" + c(M_OVER90, r) + "*100/" + end + ",2))", m.percentOver90());
        ratio(w, M_CEI + 3, "IF(" + sales + "=0,\"\",ROUND(" + c(M_BAD, r) + "*100/" + sales + ",2))", m.badDebtPercent());
        ratio(w, M_CEI + 4, "IF(" + c(M_DELAY_DEN, r) + "=0,\"\",ROUND(" + c(M_DELAY_NUM, r) + "/" + c(M_DELAY_DEN, r)
                + ",2))", m.averagePaymentDelay());
        w.text(M_CEI + 5, m.endingArSource().label()).amount(M_CEI + 6, m.reconstructedEndingAr())
                .text(M_CEI + 7, m.beginningArSource().label());
        w.text(M_CEI + 8, m.countbackComplete() ? m.countbackPeriods() + " period(s) used"
                : "history ran out after " + m.countbackPeriods() + " period(s): at least this many days");
    }

    /** "2026-06", or "2026-06 (to 15th)" for a month-to-date period: text, so chart labels and cells agree. */
    static String monthLabel(MonthKpis m) {
        String ym = m.monthEnd().toString().substring(0, 7);
        return m.monthEnd().equals(m.monthEnd().withDayOfMonth(m.monthEnd().lengthOfMonth())) ? ym
                : ym + " (to " + m.monthEnd().getDayOfMonth() + ")";
    }

    private static void ratio(SheetTable.RowWriter w, int col, String formula, BigDecimal value) {
        if (value == null) {
            w.formula(col, formula, "");
        } else {
            w.formula(col, formula, value.doubleValue());
        }
    }

    private void customerRow(CustomerKpis k) {
        SheetTable.RowWriter w = customers.row();
        w.text(0, k.currency()).text(1, k.customer().id()).text(2, k.customer().name()).number(3, k.paidInWindow())
                .amount(4, k.paidAmountInWindow()).amount(5, k.averageDaysToPay()).amount(6, k.averageDaysLate())
                .number(7, k.paidInvoices()).amount(8, k.medianDaysLate()).amount(9, k.recentDaysLate())
                .amount(10, k.earlierDaysLate()).amount(11, k.trendDaysLate()).amount(12, k.openAr())
                .amount(13, k.currentAr()).amount(14, k.over90Ar()).number(15, k.openItems());
        if (k.forecastLag() != null) {
            w.number(16, k.forecastLag().days()).text(17, k.forecastLag().basis());
        }
    }

    private void forecastRows(String currency, CollectionForecast f) {
        for (ForecastWeek wk : f.weeks()) {
            SheetTable.RowWriter w = forecast.row();
            int r = w.rowIndex() + 1;
            w.text(0, currency).text(1, "Week " + wk.week()).date(2, wk.from()).date(3, wk.to())
                    .amount(F_ON_HABIT, wk.amount().subtract(wk.alreadyPassed())).amount(F_PASSED, wk.alreadyPassed())
                    .formula(F_AMOUNT, c(F_ON_HABIT, r) + "+" + c(F_PASSED, r), wk.amount().doubleValue())
                    .number(F_AMOUNT + 1, wk.items()).number(F_AMOUNT + 2, wk.alreadyPassedItems());
        }
        forecast.row().text(0, currency).text(1, "Later (after week " + f.weeks().size() + ")").amount(F_AMOUNT, f.later())
                .number(F_AMOUNT + 1, f.laterItems());
        forecast.row().text(0, currency).text(1, "Disputed: not forecast").amount(F_AMOUNT, f.disputed())
                .number(F_AMOUNT + 1, f.disputedItems());
        forecast.row().text(0, currency).text(1, "Credits and unapplied cash: not forecast").amount(F_AMOUNT, f.credits())
                .number(F_AMOUNT + 1, f.creditItems());
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
            String amounts = "$" + SheetRefs.col(F_AMOUNT) + "$" + first + ":$" + SheetRefs.col(F_AMOUNT) + "$" + last;
            String sum = single ? "SUM(" + amounts + ")" : "SUMIF($A$" + first + ":$A$" + last + ",\"" + c.currency() + "\","
                    + amounts + ")";
            BigDecimal total = f.weeksTotal().add(f.later()).add(f.disputed()).add(f.credits());
            SheetTable.RowWriter w = forecast.footerRow();
            w.text(0, c.currency()).style(0, StyleRole.TOTAL_LABEL).text(1, "Total = open AR").style(1, StyleRole.TOTAL_LABEL)
                    .formula(F_AMOUNT, sum, total.doubleValue()).style(F_AMOUNT, StyleRole.TOTAL_AMOUNT);
            String label = c.currency().isEmpty() ? "" : " (" + c.currency() + ")";
            String criterion = single ? null : c.currency();
            checks.add(Check.of("Forecast" + label + " = open items on the aging sheets",
                    sumOpen(criterion), f.totalOpenAr(), sheet + "$" + SheetRefs.col(F_AMOUNT) + "$" + (w.rowIndex() + 1), total,
                    "Weeks + later + disputed + credits vs. the open amounts of " + agingDetail + " and " + agingFuture));
        }
        forecast.finish();
    }

    private String sumOpen(String currency) {
        StringBuilder sb = new StringBuilder();
        for (String s : List.of(agingDetail, agingFuture)) {
            String q = SheetRefs.quote(s) + "!";
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(q).append("$K:$K)");
            } else {
                sb.append("SUMIF(").append(q).append("$J:$J,\"").append(currency).append("\",").append(q).append("$K:$K)");
            }
        }
        return sb.toString();
    }

    private void backTestRows(String currency, BackTest b, Map<String, String> cells, boolean first) {
        if (!b.available()) {
            backTest.row().text(0, currency).text(1, "Not available: " + b.reason());
            return;
        }
        int start = backTest.nextRowIndex() + 1;
        for (BackTestWeek wk : b.weeks()) {
            SheetTable.RowWriter w = backTest.row();
            int r = w.rowIndex() + 1;
            w.text(0, currency).text(1, "Week " + wk.week()).date(2, wk.from()).date(3, wk.to()).amount(4, wk.forecast())
                    .amount(5, wk.actual());
            w.formula(6, "E" + r + "-F" + r, wk.error().doubleValue());
            w.formula(7, "ABS(G" + r + ")", wk.absoluteError().doubleValue());
            w.amount(8, wk.forecastAlreadyPassed());
        }
        int end = backTest.nextRowIndex();
        backTest.row().text(0, currency).text(1, "Forecast later / not paid within the horizon").amount(4, b.forecastLater())
                .amount(5, b.actualNotPaidInHorizon());
        SheetTable.RowWriter t = backTest.row();
        int tr = t.rowIndex() + 1;
        t.text(0, currency).text(1, "Weeks total").formula(4, "SUM(E" + start + ":E" + end + ")", b.forecastTotal().doubleValue())
                .formula(5, "SUM(F" + start + ":F" + end + ")", b.actualTotal().doubleValue())
                .formula(6, "SUM(G" + start + ":G" + end + ")", b.forecastTotal().subtract(b.actualTotal()).doubleValue())
                .formula(7, "SUM(H" + start + ":H" + end + ")", b.absoluteErrorTotal().doubleValue());
        SheetTable.RowWriter e = backTest.row();
        e.text(0, currency).text(1, "Weighted absolute % error = Σ|error| ÷ Σ actual × 100");
        ratio(e, 7, "IF(F" + tr + "=0,\"\",ROUND(H" + tr + "*100/F" + tr + ",2))", b.weightedAbsolutePercentError());
        if (first) {
            cells.put("Back-test error", SheetRefs.absolute(PackWorkbookWriter.BACK_TEST, 7, e.rowIndex() + 1));
            cells.put("Back-test cut-off", b.cutoff().toString());
        }
    }

    /** The KPI definitions and the method, under the monthly table, so a reviewer has them beside the numbers. */
    private void writeDefinitions(KpiReport report) {
        months.footerRow();
        months.footerRow().text(0, "KPI").style(0, StyleRole.HEADER).text(1, "Unit").style(1, StyleRole.HEADER)
                .text(2, "How it is computed").style(2, StyleRole.HEADER);
        for (Kpi k : report.definitions()) {
            // Column C holds dates above; its centred date style would cut long text on the left.
            months.footerRow().text(0, k.label()).style(0, StyleRole.KEY).text(1, k.unit()).text(2, k.formula())
                    .style(2, StyleRole.TEXT);
        }
        months.footerRow();
        for (Kpi.MethodStatement m : report.methods()) {
            months.footerRow().text(0, m.title()).style(0, StyleRole.KEY).text(2, m.text()).style(2, StyleRole.TEXT);
        }
    }

    private static String c(int col, int excelRow) {
        return SheetRefs.col(col) + excelRow;
    }
}
