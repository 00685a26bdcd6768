package com.arworkbench.workbook.kpi;

import static com.arworkbench.workbook.kpi.KpiFormulas.cell;

import com.arworkbench.kpi.CollectionForecast;
import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.ForecastWeek;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.aging.AgingSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Forecast: the 13-week collection forecast by currency, then what is not forecast (later, disputed,
 * credits), and one total per currency that must equal the open items on the aging sheets.
 */
public final class ForecastSheet {

    public static final String NAME = "Forecast";

    private static final ColumnSchema FORECAST = new ColumnSchema();
    private static final ColumnSchema.Handle CURRENCY = FORECAST.text("Currency");
    public static final ColumnSchema.Handle WEEK = FORECAST.text("Week");
    private static final ColumnSchema.Handle FROM = FORECAST.date("From");
    private static final ColumnSchema.Handle TO = FORECAST.date("To");
    public static final ColumnSchema.Handle ON_HABIT = FORECAST.amount("Expected on the customer's habit");
    public static final ColumnSchema.Handle PASSED = FORECAST.amount("Expected date already passed");
    private static final ColumnSchema.Handle AMOUNT = FORECAST.amount("Expected collections");
    private static final ColumnSchema.Handle ITEMS = FORECAST.integer("Items");
    private static final ColumnSchema.Handle PASSED_ITEMS = FORECAST.integer("Items already passed");

    private final StyledWorkbook book;
    private final AgingSection aging;
    private final SheetTable table;

    /** {@code aging}: the sheets whose open amounts the forecast must add up to. */
    ForecastSheet(StyledWorkbook book, AgingSection aging) {
        this.book = book;
        this.aging = aging;
        this.table = book.table(NAME, FORECAST.columns(), 2);
    }

    /**
     * Writes every currency's weeks and the totals; returns the weeks of currency {@code first}, whose
     * 13-week total goes into {@code cells}, and adds the tie-out checks to {@code checks}.
     */
    RowSpan write(KpiReport report, String first, Map<String, String> cells, List<Check> checks) {
        RowSpan weeks = RowSpan.NONE;
        for (CurrencyKpis c : report.currencies().values()) {
            int start = table.nextRowIndex();
            rows(c.currency(), c.forecast());
            if (c.currency().equals(first)) {
                weeks = new RowSpan(start, start + c.forecast().weeks().size() - 1);
                cells.put("Forecast 13 weeks", "SUM(" + SheetRefs.quote(NAME) + "!$" + AMOUNT.letter() + "$" + (start + 1)
                        + ":$" + AMOUNT.letter() + "$" + (weeks.last() + 1) + ")");
            }
        }
        checks.addAll(totals(report));
        return weeks;
    }

    private void rows(String currency, CollectionForecast f) {
        for (ForecastWeek wk : f.weeks()) {
            SheetTable.RowWriter w = table.row();
            int r = w.rowIndex() + 1;
            w.text(CURRENCY.index(), currency).text(WEEK.index(), "Week " + wk.week()).date(FROM.index(), wk.from())
                    .date(TO.index(), wk.to())
                    .amount(ON_HABIT.index(), wk.amount().subtract(wk.alreadyPassed()))
                    .amount(PASSED.index(), wk.alreadyPassed())
                    .formula(AMOUNT.index(), cell(ON_HABIT, r) + "+" + cell(PASSED, r), wk.amount().doubleValue())
                    .number(ITEMS.index(), wk.items()).number(PASSED_ITEMS.index(), wk.alreadyPassedItems());
        }
        table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Later (after week " + f.weeks().size() + ")")
                .amount(AMOUNT.index(), f.later()).number(ITEMS.index(), f.laterItems());
        table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Disputed: not forecast")
                .amount(AMOUNT.index(), f.disputed()).number(ITEMS.index(), f.disputedItems());
        table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Credits and unapplied cash: not forecast")
                .amount(AMOUNT.index(), f.credits()).number(ITEMS.index(), f.creditItems());
        table.row().text(CURRENCY.index(), currency).text(WEEK.index(), "Method: " + f.methodReason());
    }

    /** One total per currency below the table, and a check that it equals the open amounts on the aging sheets. */
    private List<Check> totals(KpiReport report) {
        List<Check> checks = new ArrayList<>();
        int first = book.headerRow(NAME) + 2;
        int last = table.nextRowIndex();
        table.footerRow();
        boolean single = report.currencies().size() <= 1;
        String sheet = SheetRefs.quote(NAME) + "!";
        for (CurrencyKpis c : report.currencies().values()) {
            CollectionForecast f = c.forecast();
            String amounts = "$" + AMOUNT.letter() + "$" + first + ":$" + AMOUNT.letter() + "$" + last;
            String currencies = "$" + CURRENCY.letter() + "$" + first + ":$" + CURRENCY.letter() + "$" + last;
            String sum = single ? "SUM(" + amounts + ")" : "SUMIF(" + currencies + ",\"" + c.currency() + "\","
                    + amounts + ")";
            BigDecimal total = f.weeksTotal().add(f.later()).add(f.disputed()).add(f.credits());
            SheetTable.RowWriter w = table.footerRow();
            w.text(CURRENCY.index(), c.currency()).style(CURRENCY.index(), StyleRole.TOTAL_LABEL)
                    .text(WEEK.index(), "Total = open AR").style(WEEK.index(), StyleRole.TOTAL_LABEL)
                    .formula(AMOUNT.index(), sum, total.doubleValue()).style(AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
            String label = c.currency().isEmpty() ? "" : " (" + c.currency() + ")";
            checks.add(Check.of("Forecast" + label + " = open items on the aging sheets",
                    aging.openAmountsFormula(single ? null : c.currency()), f.totalOpenAr(),
                    sheet + "$" + AMOUNT.letter() + "$" + (w.rowIndex() + 1), total,
                    "Weeks + later + disputed + credits vs. the open amounts of " + aging.itemSheets()));
        }
        table.finish();
        return checks;
    }
}
