package com.arworkbench.workbook.kpi;

import static com.arworkbench.workbook.kpi.KpiFormulas.cell;
import static com.arworkbench.workbook.kpi.KpiFormulas.live;

import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.Kpi;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.kpi.MonthKpis;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.List;
import java.util.Map;

/**
 * KPIs: the KPIs by month, every ratio a live formula over the inputs in its row, grouped by
 * currency; the KPI definitions and the method statements below the table.
 */
public final class KpisByMonthSheet {

    public static final String NAME = "KPIs";

    /** Declared once; writes, formulas and the Dashboard's chart references use the handles. */
    private static final ColumnSchema MONTHS = new ColumnSchema();
    private static final ColumnSchema.Handle CURRENCY = MONTHS.text("Currency");
    public static final ColumnSchema.Handle MONTH = MONTHS.text("Month");
    private static final ColumnSchema.Handle FROM = MONTHS.date("Period from");
    private static final ColumnSchema.Handle MONTH_END = MONTHS.date("Month end");
    private static final ColumnSchema.Handle DAYS = MONTHS.integer("Days");
    private static final ColumnSchema.Handle SALES = MONTHS.amount("Credit sales");
    private static final ColumnSchema.Handle BEGIN = MONTHS.amount("Beginning AR");
    private static final ColumnSchema.Handle END = MONTHS.amount("Ending AR");
    private static final ColumnSchema.Handle CURRENT = MONTHS.amount("Current AR");
    private static final ColumnSchema.Handle OVER90 = MONTHS.amount("AR over 90 days");
    private static final ColumnSchema.Handle BAD = MONTHS.amount("Bad debts");
    private static final ColumnSchema.Handle DELAY_NUM = MONTHS.amount("Σ amount × days late (paid)");
    private static final ColumnSchema.Handle DELAY_DEN = MONTHS.amount("Amount paid");
    public static final ColumnSchema.Handle DSO = MONTHS.amount("DSO");
    public static final ColumnSchema.Handle BEST_POSSIBLE_DSO = MONTHS.amount("Best possible DSO");
    public static final ColumnSchema.Handle ADD = MONTHS.amount("ADD");
    private static final ColumnSchema.Handle COUNTBACK = MONTHS.amount("DSO (countback)");
    private static final ColumnSchema.Handle CEI = MONTHS.amount("CEI");
    private static final ColumnSchema.Handle PCT_CURRENT = MONTHS.amount("% current");
    private static final ColumnSchema.Handle PCT_OVER90 = MONTHS.amount("% over 90");
    private static final ColumnSchema.Handle BAD_PCT = MONTHS.amount("Bad-debt %");
    private static final ColumnSchema.Handle DELAY = MONTHS.amount("Average payment delay");
    private static final ColumnSchema.Handle END_FROM = MONTHS.text("Ending AR from");
    private static final ColumnSchema.Handle END_REBUILT = MONTHS.amount("Ending AR rebuilt from history");
    private static final ColumnSchema.Handle BEGIN_FROM = MONTHS.text("Beginning AR from");
    private static final ColumnSchema.Handle COUNTBACK_NOTE = MONTHS.text("Countback note");
    /** The first currency's last-month cells the Dashboard refers to, keyed by header. */
    private static final List<ColumnSchema.Handle> DASHBOARD_CELLS = List.of(END, CURRENT, OVER90, DSO,
            BEST_POSSIBLE_DSO, ADD, COUNTBACK, CEI, PCT_CURRENT, PCT_OVER90);
    /**
     * The KPI definitions and method notes under the monthly table: the name wrapped in A:C, the unit in D, the
     * text wrapped across E to the last printed column. Wrapped, they never widen a column, so the table prints
     * at a readable scale.
     */
    private static final ColumnSchema.Handle DEF_KPI = CURRENCY;
    private static final ColumnSchema.Handle DEF_KPI_LAST = FROM;
    private static final ColumnSchema.Handle DEF_UNIT = MONTH_END;
    private static final ColumnSchema.Handle DEF_HOW = DAYS;
    /** The last printed column: the provenance columns after it are on screen only. */
    private static final ColumnSchema.Handle LAST_PRINTED = DELAY;
    /** About how many characters a line of each merged block holds (a narrow estimate: rows rather too tall than cut). */
    private static final int DEF_KPI_CHARS_PER_LINE = 24;
    private static final int DEF_HOW_CHARS_PER_LINE = 140;
    /** Column widths in characters, fixed so the table fits A4 landscape at over 60 %; headers wrap. */
    private static final Map<Integer, Integer> WIDTHS = widths();
    private static final int DEFAULT_WIDTH = 12;
    private static final int RATIO_WIDTH = 8;
    private static final float HEADER_HEIGHT_POINTS = 48f;
    private static final double MARGIN_INCHES = 0.25;

    private final SheetTable table;

    KpisByMonthSheet(StyledWorkbook book) {
        this.table = book.table(NAME, MONTHS.columns(), 3);
    }

    /**
     * Writes every currency's months and the definitions. Returns the rows of currency {@code first},
     * whose last month's cells go into {@code cells}.
     */
    RowSpan write(KpiReport report, String first, Map<String, String> cells) {
        RowSpan rows = RowSpan.NONE;
        for (CurrencyKpis c : report.currencies().values()) {
            int start = table.nextRowIndex();
            for (MonthKpis m : c.months()) {
                monthRow(c.currency(), m);
            }
            if (c.currency().equals(first)) {
                rows = new RowSpan(start, table.nextRowIndex() - 1);
                for (ColumnSchema.Handle col : DASHBOARD_CELLS) {
                    cells.put(col.header(), SheetRefs.absolute(NAME, col.index(), rows.last() + 1));
                }
                windowFormulas(rows.first() + 1, rows.last() + 1, cells);
            }
        }
        writeDefinitions(report);
        table.finish();
        printSetup();
        return rows;
    }

    /**
     * The Dashboard's window KPIs as formulas over the first currency's months (Excel rows {@code first} to
     * {@code last}), computed as the engine does: "CEI window", "Bad-debt % window", "Payment delay window".
     */
    private static void windowFormulas(int first, int last, Map<String, String> cells) {
        int n = last - first + 1;
        String sales = "SUM(" + range(SALES, first, last) + ")";
        String collectible = SheetRefs.absolute(NAME, BEGIN.index(), first) + "*" + n + "+" + sales;
        String den = "(" + collectible + "-" + SheetRefs.absolute(NAME, CURRENT.index(), last) + "*" + n + ")";
        cells.put("CEI window", "IF(" + den + "=0,\"\",ROUND((" + collectible + "-" + SheetRefs.absolute(NAME, END.index(), last)
                + "*" + n + ")*100/" + den + ",2))");
        cells.put("Bad-debt % window", "IF(" + sales + "=0,\"\",ROUND(SUM(" + range(BAD, first, last) + ")*100/" + sales
                + ",2))");
        String paid = "SUM(" + range(DELAY_DEN, first, last) + ")";
        cells.put("Payment delay window", "IF(" + paid + "=0,\"\",ROUND(SUM(" + range(DELAY_NUM, first, last) + ")/" + paid
                + ",2))");
    }

    private static String range(ColumnSchema.Handle col, int first, int last) {
        return SheetRefs.absolute(NAME, col.index(), first) + ":$" + col.letter() + "$" + last;
    }

    private static Map<Integer, Integer> widths() {
        Map<ColumnSchema.Handle, Integer> w = new java.util.LinkedHashMap<>();
        w.put(CURRENCY, 8);
        w.put(MONTH, 9);
        w.put(FROM, 11);
        w.put(MONTH_END, 11);
        w.put(DAYS, 6);
        for (ColumnSchema.Handle h : List.of(DSO, BEST_POSSIBLE_DSO, ADD, COUNTBACK, CEI, PCT_CURRENT, PCT_OVER90, BAD_PCT,
                DELAY)) {
            w.put(h, RATIO_WIDTH);
        }
        w.put(END_FROM, 16);
        w.put(BEGIN_FROM, 16);
        w.put(COUNTBACK_NOTE, 40);
        Map<Integer, Integer> byIndex = new java.util.HashMap<>();
        w.forEach((h, chars) -> byIndex.put(h.index(), chars));
        return Map.copyOf(byIndex);
    }

    /**
     * Fixed narrow columns, wrapped headers, a print area of the KPI table and its definitions (not the
     * provenance columns), narrow margins: landscape, one page wide, at a readable scale (the header rows repeat).
     */
    private void printSetup() {
        table.printLayout(i -> WIDTHS.getOrDefault(i, DEFAULT_WIDTH), LAST_PRINTED.index(), HEADER_HEIGHT_POINTS,
                MARGIN_INCHES);
    }

    private void monthRow(String currency, MonthKpis m) {
        SheetTable.RowWriter w = table.row();
        int r = w.rowIndex() + 1;
        w.text(CURRENCY.index(), currency).text(MONTH.index(), monthLabel(m)).date(FROM.index(), m.firstDay())
                .date(MONTH_END.index(), m.monthEnd()).number(DAYS.index(), m.days())
                .amount(SALES.index(), m.creditSales()).amount(BEGIN.index(), m.beginningAr())
                .amount(END.index(), m.endingAr()).amount(CURRENT.index(), m.currentAr())
                .amount(OVER90.index(), m.over90Ar()).amount(BAD.index(), m.badDebts())
                .amount(DELAY_NUM.index(), m.paymentDelayNumerator())
                .amount(DELAY_DEN.index(), m.paymentDelayDenominator());
        String d = cell(DAYS, r);
        String sales = cell(SALES, r);
        String begin = cell(BEGIN, r);
        String end = cell(END, r);
        String current = cell(CURRENT, r);
        live(w, DSO.index(), "IF(" + sales + "=0,\"\",ROUND(" + end + "*" + d + "/" + sales + ",2))", m.dso());
        live(w, BEST_POSSIBLE_DSO.index(), "IF(" + sales + "=0,\"\",ROUND(" + current + "*" + d + "/" + sales + ",2))",
                m.bestPossibleDso());
        live(w, ADD.index(), "IF(" + sales + "=0,\"\"," + cell(DSO, r) + "-" + cell(BEST_POSSIBLE_DSO, r) + ")",
                m.averageDaysDelinquent());
        w.amount(COUNTBACK.index(), m.countbackDso());
        String cei = "(" + begin + "+" + sales + "-" + current + ")";
        live(w, CEI.index(), "IF(" + cei + "=0,\"\",ROUND((" + begin + "+" + sales + "-" + end + ")*100/" + cei + ",2))", m.cei());
        live(w, PCT_CURRENT.index(), "IF(" + end + "=0,\"\",ROUND(" + current + "*100/" + end + ",2))", m.percentCurrent());
        live(w, PCT_OVER90.index(), "IF(" + end + "=0,\"\",ROUND(" + cell(OVER90, r) + "*100/" + end + ",2))",
                m.percentOver90());
        live(w, BAD_PCT.index(), "IF(" + sales + "=0,\"\",ROUND(" + cell(BAD, r) + "*100/" + sales + ",2))",
                m.badDebtPercent());
        live(w, DELAY.index(), "IF(" + cell(DELAY_DEN, r) + "=0,\"\",ROUND(" + cell(DELAY_NUM, r) + "/" + cell(DELAY_DEN, r)
                + ",2))", m.averagePaymentDelay());
        w.text(END_FROM.index(), m.endingArSource().label()).amount(END_REBUILT.index(), m.reconstructedEndingAr())
                .text(BEGIN_FROM.index(), m.beginningArSource().label());
        w.text(COUNTBACK_NOTE.index(), m.countbackComplete() ? m.countbackPeriods() + " period(s) used"
                : "history ran out after " + m.countbackPeriods() + " period(s): at least this many days");
    }

    /** "2026-06", or "2026-06 (to 15th)" for a month-to-date period: text, so chart labels and cells agree. */
    public static String monthLabel(MonthKpis m) {
        String ym = m.monthEnd().toString().substring(0, 7);
        return m.monthEnd().equals(m.monthEnd().withDayOfMonth(m.monthEnd().lengthOfMonth())) ? ym
                : ym + " (to " + m.monthEnd().getDayOfMonth() + ")";
    }

    /** The KPI definitions and the method, under the monthly table, so a reviewer has them beside the numbers. */
    private void writeDefinitions(KpiReport report) {
        table.footerRow();
        table.footerRow().text(DEF_KPI.index(), "KPI").style(DEF_KPI.index(), StyleRole.HEADER)
                .text(DEF_UNIT.index(), "Unit").style(DEF_UNIT.index(), StyleRole.HEADER)
                .text(DEF_HOW.index(), "How it is computed").style(DEF_HOW.index(), StyleRole.HEADER);
        for (Kpi k : report.definitions()) {
            // Wrapped across the table's columns (column C alone holds dates): legible when printed.
            table.footerRow().wrapped(DEF_KPI.index(), DEF_KPI_LAST.index(), k.label(), DEF_KPI_CHARS_PER_LINE, StyleRole.KEY)
                    .text(DEF_UNIT.index(), k.unit()).style(DEF_UNIT.index(), StyleRole.TEXT)
                    .wrapped(DEF_HOW.index(), LAST_PRINTED.index(), k.formula(), DEF_HOW_CHARS_PER_LINE, StyleRole.TEXT);
        }
        table.footerRow();
        for (Kpi.MethodStatement m : report.methods()) {
            table.footerRow().wrapped(DEF_KPI.index(), DEF_KPI_LAST.index(), m.title(), DEF_KPI_CHARS_PER_LINE, StyleRole.KEY)
                    .wrapped(DEF_HOW.index(), LAST_PRINTED.index(), m.text(), DEF_HOW_CHARS_PER_LINE, StyleRole.TEXT);
        }
    }
}
