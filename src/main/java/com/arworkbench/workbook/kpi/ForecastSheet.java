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
 * Forecast: the 13-week collection forecast by currency (undisputed, disputed, promised, credits taken), then
 * later and not forecast, and one total per currency that must equal the open items on the aging sheets.
 */
public final class ForecastSheet {

    public static final String NAME = "Forecast";

    private static final ColumnSchema FORECAST = new ColumnSchema();
    private static final ColumnSchema.Handle CURRENCY = FORECAST.text("Currency");
    public static final ColumnSchema.Handle WEEK = FORECAST.text("Week");
    private static final ColumnSchema.Handle FROM = FORECAST.date("From");
    private static final ColumnSchema.Handle TO = FORECAST.date("To");
    private static final ColumnSchema.Handle UNDISPUTED = FORECAST.amount("Undisputed");
    private static final ColumnSchema.Handle DISPUTED = FORECAST.amount("Disputed");
    private static final ColumnSchema.Handle PROMISED = FORECAST.amount("Promised");
    private static final ColumnSchema.Handle CREDITS = FORECAST.amount("Credits taken");
    public static final ColumnSchema.Handle AMOUNT = FORECAST.amount("Expected collections");
    /** The method and item notes wrap across the table instead of widening the week column. */
    private static final int NOTE_CHARS_PER_LINE = 110;

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
            week(table.row().text(WEEK.index(), "Week " + wk.week()).date(FROM.index(), wk.from())
                    .date(TO.index(), wk.to()), currency, wk);
        }
        week(table.row().text(WEEK.index(), "Later (after week " + f.weeks().size() + ", or never)"), currency,
                f.later());
        table.row().text(CURRENCY.index(), currency)
                .text(WEEK.index(), "Not forecast: credits beyond the customer's expected payments ("
                        + f.netCreditCustomers() + " customers)")
                .amount(AMOUNT.index(), f.notForecast());
        table.row().text(CURRENCY.index(), currency).wrapped(WEEK.index(), AMOUNT.index(), "Method: " + f.methodReason(),
                NOTE_CHARS_PER_LINE, StyleRole.TEXT);
        table.row().text(CURRENCY.index(), currency).wrapped(WEEK.index(), AMOUNT.index(), "Open items: " + f.totalItems()
                + "; disputed " + f.disputedItems() + " (" + f.disputedOpen().toPlainString()
                + ", forecast on disputed invoices' delays); credits " + f.creditItems() + " ("
                + f.creditsOpen().toPlainString() + ", taken against the same customer's earliest expected payments); "
                + "promised " + f.promisedItems() + " (" + f.promisedOpen().toPlainString() + ", on the promised date)",
                NOTE_CHARS_PER_LINE, StyleRole.TEXT);
    }

    /** One row of amounts: the four parts and their live sum. */
    private static void week(SheetTable.RowWriter w, String currency, ForecastWeek wk) {
        int r = w.rowIndex() + 1;
        w.text(CURRENCY.index(), currency).amount(UNDISPUTED.index(), wk.undisputed())
                .amount(DISPUTED.index(), wk.disputed()).amount(PROMISED.index(), wk.promised())
                .amount(CREDITS.index(), wk.credits())
                .formula(AMOUNT.index(), cell(UNDISPUTED, r) + "+" + cell(DISPUTED, r) + "+" + cell(PROMISED, r) + "+"
                        + cell(CREDITS, r), wk.amount().doubleValue());
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
            BigDecimal total = f.weeksTotal().add(f.later().amount()).add(f.notForecast());
            SheetTable.RowWriter w = table.footerRow();
            w.text(CURRENCY.index(), c.currency()).style(CURRENCY.index(), StyleRole.TOTAL_LABEL)
                    .text(WEEK.index(), "Total = open AR").style(WEEK.index(), StyleRole.TOTAL_LABEL)
                    .formula(AMOUNT.index(), sum, total.doubleValue()).style(AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
            String label = c.currency().isEmpty() ? "" : " (" + c.currency() + ")";
            checks.add(Check.of("Forecast" + label + " = open items on the aging sheets",
                    aging.openAmountsFormula(single ? null : c.currency()), f.totalOpenAr(),
                    sheet + "$" + AMOUNT.letter() + "$" + (w.rowIndex() + 1), total,
                    "Weeks + later + not forecast vs. the open amounts of " + aging.itemSheets()));
        }
        table.finish();
        return checks;
    }
}
