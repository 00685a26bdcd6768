package com.arworkbench.kpi;

import java.util.List;

/**
 * Every figure the KPI report carries, with its label, its formula in words and its unit: the one
 * place the workbook's definitions sheet is written from. {@link #methods(KpiParameters)} adds the
 * statements about how balances, forecast and back-test are built.
 */
public enum Kpi {
    CREDIT_SALES("Credit sales", "Σ amount of invoices, debit memos, finance charges and other positive sales "
            + "dated in the period (gross invoiced: credit memos are not netted)", "amount"),
    BEGINNING_AR("Beginning AR", "ending AR at the previous month end (rebuilt from the invoice history)", "amount"),
    ENDING_AR("Ending AR", "rebuilt from the invoice history: Σ amount of every document (sales and credits) dated on or "
            + "before the month end and not settled by then (paid date after the month end or none)", "amount"),
    CURRENT_AR("Current AR", "the part of ending AR not yet past due (due date on or after the month end)", "amount"),
    OVER_90_AR("AR over 90 days", "the part of ending AR more than 90 days past due (month end − due date > 90)", "amount"),
    LEDGER_AR("Ledger AR (open-items export)", "as-of month only, below the table: Σ open amount of the open-items "
            + "export's items dated on or before the as-of date; a reconciling line, not used by any KPI", "amount"),
    LEDGER_GAP("Gap: ledger − rebuilt", "ledger AR − ending AR rebuilt from the history at the as-of date: partial "
            + "payments, unapplied cash, items missing from the history; likewise prior-period export − rebuilt beginning "
            + "AR when a prior-period export is given", "amount"),
    BAD_DEBTS("Bad debts", "Σ |amount| of write-offs dated in the period (history write-offs plus the write-offs export)",
            "amount"),
    DSO("DSO (simple)", "ending AR ÷ credit sales of the period × days in the period", "days"),
    BEST_POSSIBLE_DSO("Best possible DSO", "current AR ÷ credit sales of the period × days in the period", "days"),
    AVERAGE_DAYS_DELINQUENT("ADD (average days delinquent)", "DSO − best possible DSO", "days"),
    COUNTBACK_DSO("DSO (countback)", "from ending AR subtract the credit sales of this period, then the one before, "
            + "and so on, adding each period's days, until AR is used up; the last period used adds "
            + "remaining AR ÷ its credit sales × its days", "days"),
    CEI("CEI (month)", "(beginning AR + credit sales − ending AR) ÷ (beginning AR + credit sales − ending current AR) "
            + "× 100", "%"),
    CEI_WINDOW("CEI (N months)", "(beginning AR of the first period + total credit sales ÷ N − ending AR) ÷ "
            + "(beginning AR of the first period + total credit sales ÷ N − ending current AR) × 100, N = number of "
            + "months (Credit Research Foundation)", "%"),
    PERCENT_CURRENT("% current", "current AR ÷ ending AR × 100", "%"),
    PERCENT_OVER_90("% over 90 days", "AR over 90 days ÷ ending AR × 100", "%"),
    BAD_DEBT_PERCENT("Bad-debt %", "bad debts ÷ credit sales × 100", "%"),
    PAYMENT_DELAY("Average payment delay", "Σ(amount × (paid date − due date)) ÷ Σ amount over sales paid in the "
            + "period (by paid date); negative = paid early", "days"),
    DAYS_TO_PAY("Average days to pay", "Σ(amount × (paid date − document date)) ÷ Σ amount over the customer's sales "
            + "paid in the window", "days"),
    DAYS_LATE("Average days late", "Σ(amount × (paid date − due date)) ÷ Σ amount over the customer's sales paid in "
            + "the window", "days"),
    MEDIAN_DAYS_LATE("Median days late", "middle value of whole days late (paid − due date) over every sale the "
            + "customer paid up to the as-of date, counted per invoice, days clamped to "
            + DaysLateHistogram.MIN_DAYS + ".." + DaysLateHistogram.MAX_DAYS + "; mean of the two middle values "
            + "for an even count", "days"),
    TREND_DAYS_LATE("Trend in days late", "average days late of sales paid in the last 3 periods − average days late "
            + "of those paid in the 9 periods before; positive = paying later than before", "days");

    private final String label;
    private final String formula;
    private final String unit;

    Kpi(String label, String formula, String unit) {
        this.label = label;
        this.formula = formula;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String formula() {
        return formula;
    }

    public String unit() {
        return unit;
    }

    /** The rule that keeps the KPIs on one measure of AR, as the KPIs sheet states it. */
    public static String oneMeasureOfAr(int months) {
        return "Every month, the as-of month included, uses the AR rebuilt from the invoice history for beginning "
                + "AR, ending AR, current AR and AR over 90 days, and therefore for DSO, best possible DSO, ADD, countback "
                + "DSO, CEI, % current, % over 90 and the " + months + "-month KPIs; a month's beginning AR is the "
                + "previous month's ending AR. The ledger (the open-items export at the as-of date) and the prior-period "
                + "export are not mixed into these figures: they are shown below the table as reconciling lines for the "
                + "as-of month (ledger AR, rebuilt AR, gap = ledger − rebuilt: partial payments, unapplied cash, items "
                + "missing from the history).";
    }

    /** A titled paragraph for the workbook's method sheet. */
    public record MethodStatement(String title, String text) {
    }

    public static List<MethodStatement> methods(KpiParameters p) {
        return List.of(
                new MethodStatement("Periods", "The window has " + p.months() + " periods ending on the as-of date "
                        + p.asOf() + "; the earlier ones end on calendar month ends. A period runs from the day after "
                        + "the previous month end to its own month end, inclusive. If the as-of date is mid-month the "
                        + "last period is month-to-date and its days are counted to the as-of date."),
                new MethodStatement("One measure of AR", oneMeasureOfAr(p.months())),
                new MethodStatement("AR at month ends", "Month-end balances are rebuilt from the invoice history: a "
                        + "document counts in AR at a month end when it is dated on or before that day and was settled "
                        + "after it (or not at all). A document paid exactly on a month end is not open at that month "
                        + "end; one dated on a month end is. A missing due date falls back to the document date."),
                new MethodStatement("Currencies", "Every figure is per currency; amounts of different currencies are "
                        + "never added together."),
                new MethodStatement("Future-dated items", "Items dated after the as-of date are excluded from KPI AR "
                        + "and from the ledger AR, and counted. Open items dated after the as-of date are still "
                        + "forecast, so the forecast total is the ledger AR (open-items export) plus future-dated "
                        + "items."),
                new MethodStatement("Rounding", "Balances are exact. Each ratio is computed from exact numerator and "
                        + "denominator (multiplications first) and rounded once to " + Ratios.SCALE + " decimals, "
                        + "half-up; ADD is the difference of the rounded DSO and best possible DSO. A ratio whose "
                        + "denominator is zero is left empty, not shown as zero."),
                new MethodStatement("Collection forecast", "The model: for each customer, a survival curve of days "
                        + "late (Kaplan–Meier) from its invoices paid up to the as-of date, with the invoices still "
                        + "open censored at their days late; disputed items use the curve of disputed invoices when "
                        + "the history marks any. The customer's curve is blended with the portfolio's by the weight "
                        + "n ÷ (n + " + p.minPaidInvoices() + "), n = its paid invoices; for an undisputed item the "
                        + "portfolio curve is that of invoices of the same amount band (under 1,000, to 10,000, to "
                        + "100,000, above) and terms (due on receipt, 1–20, 21–45, over 45 days) when at least "
                        + Segment.MIN_PAID + " of them were paid. An item d days late is "
                        + "spread over the weeks given it is still unpaid: P(week w) = (S(d + 7(w−1)) − S(d + 7w)) ÷ "
                        + "S(d); what remains after week " + p.forecastWeeks() + " is 'later' (never assumed paid). "
                        + "Week w covers the as-of date + 7(w−1)+1 to + 7w days. Each customer's amounts are "
                        + "rounded to the cent by largest remainder, then its credits are taken against its earliest "
                        + "expected payments; credits beyond them are 'not forecast'. A payment promised on the "
                        + "worklist for a date after the as-of date replaces the model for its amount. The forecast "
                        + "uses the method with the lowest back-tested WAPE: the model, (a) the due date, or (b) the "
                        + "due date + the customer's median days late (overdue → week 1). Weeks + later + not "
                        + "forecast equal the total open AR exactly."),
                new MethodStatement("Back-test", p.backTestMonths() == 0 ? "Switched off." : "Rolling: from each of "
                        + "the last " + p.backTestMonths() + " month ends with " + p.forecastWeeks() + " weeks of "
                        + "payments after it by the as-of date (and a month of history before it), each method "
                        + "forecasts the sales open then from only the payments known then, and is compared with "
                        + "the weeks they were actually paid in. WAPE = Σ|forecast − actual| ÷ Σ actual × 100, per "
                        + "week over all cut-offs and overall."));
    }
}
