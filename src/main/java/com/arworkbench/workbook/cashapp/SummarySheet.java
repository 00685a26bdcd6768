package com.arworkbench.workbook.cashapp;

import static com.arworkbench.workbook.cashapp.CashAppFormulas.countIfs;
import static com.arworkbench.workbook.cashapp.CashAppFormulas.q;
import static com.arworkbench.workbook.cashapp.CashAppFormulas.sumIfs;

import com.arworkbench.cashapp.Application;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import com.arworkbench.workbook.SheetRefs;

/**
 * The summary ("Summary", in the pack "Cash Application"): one row per currency, every figure a live
 * formula over Applied, Review, Unapplied and Deductions, except Open AR, which comes from the
 * open-items export the workbook does not list.
 */
final class SummarySheet {

    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle CURRENCY = COLUMNS.text("Currency");
    private static final ColumnSchema.Handle PAYMENTS = COLUMNS.integer("Payments");
    private static final ColumnSchema.Handle PAYMENTS_AMOUNT = COLUMNS.amount("Payments amount");
    private static final ColumnSchema.Handle AUTO_PAYMENTS = COLUMNS.integer("Payments auto-applied");
    private static final ColumnSchema.Handle AUTO_AMOUNT = COLUMNS.amount("Auto-applied amount");
    private static final ColumnSchema.Handle REVIEW_AMOUNT = COLUMNS.amount("For review amount");
    private static final ColumnSchema.Handle UNAPPLIED_AMOUNT = COLUMNS.amount("Unapplied amount");
    private static final ColumnSchema.Handle UNAPPLIED_PCT = COLUMNS.percent("Unapplied % of payments");
    private static final ColumnSchema.Handle DEDUCTIONS = COLUMNS.amount("Deductions");
    private static final ColumnSchema.Handle PAYMENT_RATE = COLUMNS.percent("Match rate (payments)");
    private static final ColumnSchema.Handle INVOICES = COLUMNS.integer("Invoices touched");
    private static final ColumnSchema.Handle INVOICES_CLOSED = COLUMNS.integer("Invoices closed automatically");
    private static final ColumnSchema.Handle INVOICE_RATE = COLUMNS.percent("Match rate (invoices)");
    private static final ColumnSchema.Handle OPEN_AR = COLUMNS.amount("Open AR");
    private static final ColumnSchema.Handle UNAPPLIED_AR_PCT = COLUMNS.percent("Unapplied % of AR");
    /** Unapplied cash by days since receipt, edges inclusive: the KPI, with its target. */
    private static final long[][] AGES = {{0, 30}, {31, 60}, {61, 90}, {91, -1}};
    private static final ColumnSchema.Handle[] UNAPPLIED_AGED = {COLUMNS.amount("Unapplied 0-30 days"),
            COLUMNS.amount("Unapplied 31-60 days"), COLUMNS.amount("Unapplied 61-90 days"),
            COLUMNS.amount("Unapplied over 90 days")};
    private static final ColumnSchema.Handle TARGET = COLUMNS.percent("Unapplied target % of AR");
    private static final ColumnSchema.Handle VS_TARGET = COLUMNS.text("Unapplied vs target");
    static final String WITHIN = "WITHIN TARGET";
    static final String ABOVE = "ABOVE TARGET";

    private static final ApplicationColumns A = AppliedSheet.COLUMNS;
    private static final ApplicationColumns R = ReviewSheet.COLUMNS;

    private final SheetTable table;
    private final String name;
    private final java.util.Map<String, UnappliedKpi> kpis = new java.util.HashMap<>();

    SummarySheet(StyledWorkbook book, String name) {
        this.name = name;
        this.table = book.table(name, COLUMNS.columns(), 1);
    }

    /** The unapplied-cash KPI of a currency as written, for the pack's Dashboard to point at; null when none. */
    UnappliedKpi kpi(String currency) {
        return kpis.get(currency);
    }

    void write(CashAppFacts facts) {
        CashApplicationReport report = facts.report();
        for (String c : facts.currencies()) {
            String crit = facts.singleCurrency() ? null : c;
            SheetTable.RowWriter w = table.row();
            int r = w.rowIndex() + 1;
            long payments = facts.paymentsListed(c);
            BigDecimal auto = facts.sum(report.autoApplied(), c, Application::amount);
            BigDecimal forReview = facts.sum(report.forReview(), c, Application::amount);
            BigDecimal left = facts.unapplied(c);
            BigDecimal paid = auto.add(forReview).add(left);
            long autoPayments = facts.fullyAutoApplied(c);
            long touched = report.applications().stream()
                    .filter(a -> CashAppFacts.currency(a.payment()).equals(c) && facts.invoiceLine(a) == 1).count();
            long closed = report.autoApplied().stream()
                    .filter(a -> CashAppFacts.currency(a.payment()).equals(c) && facts.remaining(a).signum() == 0).count();
            w.text(CURRENCY.index(), c);
            w.formula(PAYMENTS.index(), CashAppFormulas.paymentsCount(crit), payments);
            w.formula(PAYMENTS_AMOUNT.index(), CashAppFormulas.paymentsSum(crit), paid.doubleValue());
            w.formula(AUTO_PAYMENTS.index(), countIfs(AppliedSheet.NAME, A.currency, crit, A.paymentLine, "1", A.outcome,
                    q(AppliedSheet.YES)), autoPayments);
            w.formula(AUTO_AMOUNT.index(), CashAppFormulas.appliedSum(crit), auto.doubleValue());
            w.formula(REVIEW_AMOUNT.index(), CashAppFormulas.reviewSum(crit), forReview.doubleValue());
            w.formula(UNAPPLIED_AMOUNT.index(), sumIfs(UnappliedSheet.NAME, UnappliedSheet.AMOUNT, UnappliedSheet.CURRENCY, crit),
                    left.doubleValue());
            w.formula(UNAPPLIED_PCT.index(), ratio(UNAPPLIED_AMOUNT, PAYMENTS_AMOUNT, r),
                    paid.signum() == 0 ? 0 : left.doubleValue() / paid.doubleValue());
            w.formula(DEDUCTIONS.index(), sumIfs(DeductionsSheet.NAME, DeductionsSheet.AMOUNT, DeductionsSheet.CURRENCY, crit),
                    facts.deductions(c).doubleValue());
            w.formula(PAYMENT_RATE.index(), ratio(AUTO_PAYMENTS, PAYMENTS, r), payments == 0 ? 0 : (double) autoPayments / payments);
            w.formula(INVOICES.index(), countIfs(AppliedSheet.NAME, A.currency, crit, A.invoiceLine, "1") + "+"
                    + countIfs(ReviewSheet.NAME, R.currency, crit, R.invoiceLine, "1"), touched);
            w.formula(INVOICES_CLOSED.index(), countIfs(AppliedSheet.NAME, A.currency, crit, A.remaining, "0"), closed);
            w.formula(INVOICE_RATE.index(), ratio(INVOICES_CLOSED, INVOICES, r), touched == 0 ? 0 : (double) closed / touched);
            // Open AR comes from the open-items file, which the workbook does not list: a stated figure.
            BigDecimal ar = report.openAr(c);
            w.amount(OPEN_AR.index(), ar);
            BigDecimal pctOfAr = ar.signum() == 0 ? BigDecimal.ZERO : left.divide(ar, MathContext.DECIMAL64);
            w.formula(UNAPPLIED_AR_PCT.index(), ratio(UNAPPLIED_AMOUNT, OPEN_AR, r), pctOfAr.doubleValue());
            for (int k = 0; k < AGES.length; k++) {
                long from = AGES[k][0];
                Long to = AGES[k][1] < 0 ? null : AGES[k][1];
                String formula = to == null
                        ? sumIfs(UnappliedSheet.NAME, UnappliedSheet.AMOUNT, UnappliedSheet.CURRENCY, crit, UnappliedSheet.DAYS,
                                q(">=" + from))
                        : sumIfs(UnappliedSheet.NAME, UnappliedSheet.AMOUNT, UnappliedSheet.CURRENCY, crit, UnappliedSheet.DAYS,
                                q(">=" + from), UnappliedSheet.DAYS, q("<=" + to));
                w.formula(UNAPPLIED_AGED[k].index(), formula, facts.unapplied(c, from, to).doubleValue());
            }
            BigDecimal target = facts.rules().unappliedTargetPercent().movePointLeft(2);
            w.amount(TARGET.index(), target);
            String status = pctOfAr.compareTo(target) <= 0 ? WITHIN : ABOVE;
            w.formula(VS_TARGET.index(), "IF(" + UNAPPLIED_AR_PCT.letter() + r + "<=" + TARGET.letter() + r + ",\"" + WITHIN
                    + "\",\"" + ABOVE + "\")", status);
            List<BigDecimal> aged = new java.util.ArrayList<>();
            for (long[] age : AGES) {
                aged.add(facts.unapplied(c, age[0], age[1] < 0 ? null : age[1]));
            }
            kpis.put(c, new UnappliedKpi(SheetRefs.absolute(name, UNAPPLIED_AR_PCT.index(), r), pctOfAr,
                    SheetRefs.absolute(name, VS_TARGET.index(), r), status, target, aged));
        }
        table.finish();
    }

    /** numerator / denominator on the same row, 0 when the denominator is 0. */
    private static String ratio(ColumnSchema.Handle numerator, ColumnSchema.Handle denominator, int excelRow) {
        String d = denominator.letter() + excelRow;
        return "IF(" + d + "=0,0," + numerator.letter() + excelRow + "/" + d + ")";
    }
}
