package com.arworkbench.workbook.kpi;

import static com.arworkbench.workbook.kpi.KpiFormulas.cell;
import static com.arworkbench.workbook.kpi.KpiFormulas.live;

import com.arworkbench.kpi.CurrencyKpis;
import com.arworkbench.kpi.Kpi;
import com.arworkbench.kpi.KpiReport;
import com.arworkbench.kpi.MonthKpis;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.aging.AgingSection;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * KPIs: the KPIs by month, every ratio a live formula over the inputs in its row, grouped by
 * currency; every balance is the AR rebuilt from the invoice history (one measure of AR, {@link Kpi#oneMeasureOfAr}).
 * Below the table: the as-of month's reconciling lines (ledger AR, rebuilt AR, gap; prior-period export vs. rebuilt
 * beginning AR), then the KPI definitions and the method statements.
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
    private static final ColumnSchema.Handle BEGIN = MONTHS.amount("Beginning AR (rebuilt)");
    /** The AR rebuilt from the history at the month end: the AR of every KPI (the Dashboard refers to it). */
    public static final ColumnSchema.Handle END = MONTHS.amount("Ending AR (rebuilt)");
    private static final ColumnSchema.Handle CURRENT = MONTHS.amount("Current AR (rebuilt)");
    private static final ColumnSchema.Handle OVER90 = MONTHS.amount("AR over 90 days (rebuilt)");
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
    /**
     * The reconciling lines under the monthly table: the currency in A, the line's label wrapped across B:G, its
     * amount in H, under the months' Ending AR.
     */
    private static final ColumnSchema.Handle REC_CURRENCY = CURRENCY;
    private static final ColumnSchema.Handle REC_LABEL = MONTH;
    private static final ColumnSchema.Handle REC_LABEL_LAST = BEGIN;
    private static final ColumnSchema.Handle REC_AMOUNT = END;
    private static final int REC_LABEL_CHARS_PER_LINE = 56;
    /** The last printed column: the provenance columns after it are on screen only. */
    private static final ColumnSchema.Handle LAST_PRINTED = DELAY;
    /** About how many characters a line of each merged block holds (a narrow estimate: rows rather too tall than cut). */
    private static final int DEF_KPI_CHARS_PER_LINE = 24;
    private static final int DEF_HOW_CHARS_PER_LINE = 140;
    /** The reconciling lines' labels, also the definitions' names. */
    static final String LEDGER_LINE = "Ledger AR (open-items export)";
    static final String REBUILT_LINE = "Rebuilt AR (history)";
    static final String GAP_LINE = "Gap: ledger − rebuilt (partial payments, unapplied cash, items missing from the history)";
    static final String PRIOR_LINE = "Prior-period export (beginning AR)";
    static final String REBUILT_BEGIN_LINE = "Rebuilt beginning AR (history)";
    static final String PRIOR_GAP_LINE = "Gap: prior-period export − rebuilt beginning AR";
    /** Column widths in characters, fixed so the table fits A4 landscape at over 60 %; headers wrap. */
    private static final Map<Integer, Integer> WIDTHS = widths();
    private static final int DEFAULT_WIDTH = 12;
    private static final int RATIO_WIDTH = 8;
    private static final float HEADER_HEIGHT_POINTS = 48f;
    private static final double MARGIN_INCHES = 0.25;

    private final SheetTable table;
    private final AgingSection aging;

    /** The ledger line ties to the open items aged on {@code aging}'s sheets. */
    KpisByMonthSheet(StyledWorkbook book, AgingSection aging) {
        this.table = book.table(NAME, MONTHS.columns(), 3);
        this.aging = aging;
    }

    /**
     * Writes every currency's months, the as-of month's reconciling lines and the definitions; adds the checks of
     * the month figures to {@code checks}. Returns the rows of currency {@code first}, whose last month's cells go
     * into {@code cells}.
     */
    RowSpan write(KpiReport report, String first, Map<String, String> cells, List<Check> checks) {
        RowSpan rows = RowSpan.NONE;
        Map<CurrencyKpis, RowSpan> spans = new LinkedHashMap<>();
        for (CurrencyKpis c : report.currencies().values()) {
            int start = table.nextRowIndex();
            for (MonthKpis m : c.months()) {
                monthRow(c.currency(), m);
            }
            spans.put(c, new RowSpan(start, table.nextRowIndex() - 1));
            if (c.currency().equals(first)) {
                rows = new RowSpan(start, table.nextRowIndex() - 1);
                for (ColumnSchema.Handle col : DASHBOARD_CELLS) {
                    cells.put(col.header(), SheetRefs.absolute(NAME, col.index(), rows.last() + 1));
                }
                windowFormulas(rows.first() + 1, rows.last() + 1, cells);
            }
        }
        boolean single = report.currencies().size() <= 1;
        for (Map.Entry<CurrencyKpis, RowSpan> e : spans.entrySet()) {
            checks.add(rollForwardCheck(e.getKey(), e.getValue()));
        }
        reconcilingLines(spans, single, checks);
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
        w.text(COUNTBACK_NOTE.index(), m.countbackComplete() ? m.countbackPeriods() + " period(s) used"
                : "history ran out after " + m.countbackPeriods() + " period(s): at least this many days");
    }

    private static String label(String currency) {
        return currency.isEmpty() ? "" : " (" + currency + ")";
    }

    /**
     * One measure of AR, checked: every month's beginning AR is the ending AR of the month before on this sheet,
     * Σ|beginning − previous ending| = 0. It fails if a month's beginning AR came from anywhere else (a prior-period
     * export) or if a cell of the roll-forward was edited.
     */
    private static Check rollForwardCheck(CurrencyKpis c, RowSpan span) {
        String name = "Beginning AR = previous month's ending AR, every month" + label(c.currency());
        List<MonthKpis> months = c.months();
        if (months.size() < 2) {
            return Check.notApplicable(name, "a window of one month has no previous month on the sheet");
        }
        BigDecimal differences = BigDecimal.ZERO;
        for (int k = 1; k < months.size(); k++) {
            differences = differences.add(months.get(k).beginningAr().subtract(months.get(k - 1).endingAr()).abs());
        }
        int first = span.first() + 1;
        int last = span.last() + 1;
        String formula = "SUMPRODUCT(ABS(" + SheetRefs.absolute(NAME, BEGIN.index(), first + 1) + ":$" + BEGIN.letter() + "$"
                + last + "-" + SheetRefs.absolute(NAME, END.index(), first) + ":$" + END.letter() + "$" + (last - 1) + "))";
        return Check.of(name, null, BigDecimal.ZERO, formula, differences,
                "Σ|beginning AR − ending AR of the month before| on KPIs: one measure of AR (rebuilt from the history) "
                        + "in every month, the as-of month included");
    }

    /**
     * The as-of month's reconciling lines per currency: ledger AR, the rebuilt AR (a reference to the month's row)
     * and the gap; the prior-period export against the rebuilt beginning AR when one was given. None of them is used
     * by a KPI. Checks: the ledger line equals the open items aged on the aging sheets, and ledger = rebuilt + gap.
     */
    private void reconcilingLines(Map<CurrencyKpis, RowSpan> spans, boolean single, List<Check> checks) {
        boolean any = spans.keySet().stream().anyMatch(c -> c.lastMonth().ledgerEndingAr() != null
                || c.lastMonth().priorExportAr() != null);
        if (!any) {
            return;
        }
        table.footerRow();
        table.footerRow().text(REC_CURRENCY.index(), "Currency").style(REC_CURRENCY.index(), StyleRole.HEADER)
                .wrapped(REC_LABEL.index(), REC_LABEL_LAST.index(), "As-of month: ledger vs. rebuilt AR (reconciling lines, "
                        + "not used by any KPI)", REC_LABEL_CHARS_PER_LINE, StyleRole.HEADER)
                .text(REC_AMOUNT.index(), "Amount").style(REC_AMOUNT.index(), StyleRole.HEADER_NUMBER);
        for (Map.Entry<CurrencyKpis, RowSpan> e : spans.entrySet()) {
            String currency = e.getKey().currency();
            MonthKpis m = e.getKey().lastMonth();
            int row = e.getValue().last() + 1;
            if (m.ledgerEndingAr() != null) {
                String at = " at " + m.monthEnd();
                int ledger = reconcilingLine(currency, LEDGER_LINE + at, m.ledgerEndingAr(), null);
                int rebuilt = reconcilingLine(currency, REBUILT_LINE + at, m.endingAr(), cell(END, row));
                int gap = reconcilingLine(currency, GAP_LINE, m.ledgerGap(), null);
                String ledgerCell = SheetRefs.absolute(NAME, REC_AMOUNT.index(), ledger);
                checks.add(Check.of("Ledger AR, as-of month" + label(currency) + " = open items on the aging sheets",
                        aging.agedAmountsFormula(single ? null : currency), m.ledgerEndingAr(), ledgerCell,
                        m.ledgerEndingAr(), "The ledger line under the KPI table vs. the open amounts on "
                                + aging.detailSheet() + " (future-dated items left out of both)"));
                checks.add(Check.of("Ledger AR, as-of month" + label(currency) + " = rebuilt AR + gap", ledgerCell,
                        m.ledgerEndingAr(), SheetRefs.absolute(NAME, REC_AMOUNT.index(), rebuilt) + "+"
                                + SheetRefs.absolute(NAME, REC_AMOUNT.index(), gap), m.endingAr().add(m.ledgerGap()),
                        "The reconciling lines under the KPI table add up: the rebuilt line is the as-of month's "
                                + "Ending AR (rebuilt), the gap is written as a value"));
            }
            if (m.priorExportAr() != null) {
                String at = " at " + m.firstDay().minusDays(1);
                int prior = reconcilingLine(currency, PRIOR_LINE + at, m.priorExportAr(), null);
                int rebuilt = reconcilingLine(currency, REBUILT_BEGIN_LINE + at, m.beginningAr(), cell(BEGIN, row));
                int gap = reconcilingLine(currency, PRIOR_GAP_LINE, m.priorExportGap(), null);
                checks.add(Check.of("Prior-period export, as-of month" + label(currency) + " = rebuilt beginning AR + gap",
                        SheetRefs.absolute(NAME, REC_AMOUNT.index(), prior), m.priorExportAr(),
                        SheetRefs.absolute(NAME, REC_AMOUNT.index(), rebuilt) + "+"
                                + SheetRefs.absolute(NAME, REC_AMOUNT.index(), gap), m.beginningAr().add(m.priorExportGap()),
                        "The prior-period lines under the KPI table add up: the rebuilt line is the as-of month's "
                                + "Beginning AR (rebuilt), the gap is written as a value"));
            }
        }
    }

    /** One reconciling line: its amount, or a reference to a cell of the month's row when {@code ref} is given. Returns its Excel row. */
    private int reconcilingLine(String currency, String text, BigDecimal amount, String ref) {
        SheetTable.RowWriter w = table.footerRow();
        w.text(REC_CURRENCY.index(), currency).style(REC_CURRENCY.index(), StyleRole.TEXT)
                .wrapped(REC_LABEL.index(), REC_LABEL_LAST.index(), text, REC_LABEL_CHARS_PER_LINE, StyleRole.TEXT);
        if (ref == null) {
            w.amount(REC_AMOUNT.index(), amount);
        } else {
            w.formula(REC_AMOUNT.index(), ref, amount.doubleValue());
        }
        return w.rowIndex() + 1;
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
        table.footerRow().wrapped(DEF_KPI.index(), DEF_KPI_LAST.index(), "KPI", DEF_KPI_CHARS_PER_LINE, StyleRole.HEADER)
                .text(DEF_UNIT.index(), "Unit").style(DEF_UNIT.index(), StyleRole.HEADER)
                .wrapped(DEF_HOW.index(), LAST_PRINTED.index(), "How it is computed", DEF_HOW_CHARS_PER_LINE,
                        StyleRole.HEADER);
        for (Kpi k : report.definitions()) {
            // Wrapped across the table's columns (column C alone holds dates): legible when printed.
            table.footerRow().wrapped(DEF_KPI.index(), DEF_KPI_LAST.index(), k.label(), DEF_KPI_CHARS_PER_LINE, StyleRole.KEY)
                    .wrapped(DEF_UNIT.index(), DEF_UNIT.index(), k.unit(), DEF_KPI_CHARS_PER_LINE, StyleRole.TEXT)
                    .wrapped(DEF_HOW.index(), LAST_PRINTED.index(), k.formula(), DEF_HOW_CHARS_PER_LINE, StyleRole.TEXT);
        }
        table.footerRow();
        for (Kpi.MethodStatement m : report.methods()) {
            table.footerRow().wrapped(DEF_KPI.index(), DEF_KPI_LAST.index(), m.title(), DEF_KPI_CHARS_PER_LINE, StyleRole.KEY)
                    .wrapped(DEF_HOW.index(), LAST_PRINTED.index(), m.text(), DEF_HOW_CHARS_PER_LINE, StyleRole.TEXT);
        }
    }
}
