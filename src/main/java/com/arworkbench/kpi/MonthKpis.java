package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of the window, (previous month end, month end]. Balances are exact; ratios are rounded
 * once to 2 decimals half-up and null when their denominator is zero.
 *
 * <p>One measure of AR: every balance the KPIs use ({@link #beginningAr}, {@link #endingAr}, {@link #currentAr},
 * {@link #over90Ar}) is rebuilt from the invoice history, in every period including the one ending on the as-of
 * date, so DSO, CEI and the roll-forward never divide one measure by another. The open-items export at the as-of
 * date (the ledger) and the prior-period export are only reconciling figures of the last period
 * ({@link #ledgerEndingAr}, {@link #priorExportAr}): no ratio uses them.
 *
 * @param number                  1 = oldest period … months = the period ending on the as-of date
 * @param creditSales             gross invoiced (invoices, debit memos, finance charges, other) dated in the
 *                                period; credit memos are not netted
 * @param beginningAr             AR rebuilt from the history at the previous month end (= the previous period's
 *                                {@code endingAr})
 * @param endingAr                AR rebuilt from the history at the month end
 * @param currentAr               the part of {@code endingAr} not yet past due at the month end (rebuilt)
 * @param over90Ar                the part of {@code endingAr} more than 90 days past due at the month end (rebuilt)
 * @param ledgerEndingAr          the open-items export's AR at the as-of date (items dated after it left out): last
 *                                period only, when open items were given; null otherwise. Not used by any KPI.
 * @param priorExportAr           the prior-period export's AR at the previous month end: last period only, when a
 *                                prior-period export was given; null otherwise. Not used by any KPI.
 * @param paymentDelayNumerator   Σ amount × (paid date − due date) over sales paid in the period
 * @param paymentDelayDenominator Σ amount over the same sales
 * @param countbackPeriods        periods the countback used (the last one partly)
 * @param countbackComplete       false when the history ran out before the ending AR was used up
 */
public record MonthKpis(
        int number,
        LocalDate firstDay,
        LocalDate monthEnd,
        int days,
        BigDecimal creditSales,
        BigDecimal beginningAr,
        BigDecimal endingAr,
        BigDecimal currentAr,
        BigDecimal over90Ar,
        BigDecimal ledgerEndingAr,
        BigDecimal priorExportAr,
        BigDecimal badDebts,
        BigDecimal paymentDelayNumerator,
        BigDecimal paymentDelayDenominator,
        long paidInvoices,
        BigDecimal dso,
        BigDecimal bestPossibleDso,
        BigDecimal averageDaysDelinquent,
        BigDecimal countbackDso,
        int countbackPeriods,
        boolean countbackComplete,
        BigDecimal cei,
        BigDecimal percentCurrent,
        BigDecimal percentOver90,
        BigDecimal badDebtPercent,
        BigDecimal averagePaymentDelay) {

    /** Past-due AR at the month end (rebuilt): ending − current. */
    public BigDecimal pastDueAr() {
        return endingAr.subtract(currentAr);
    }

    /**
     * Ledger − rebuilt ending AR (partial payments, unapplied cash, items missing from the history); null when
     * there is no ledger figure (every period but the last, or no open-items export).
     */
    public BigDecimal ledgerGap() {
        return ledgerEndingAr == null ? null : ledgerEndingAr.subtract(endingAr);
    }

    /** Prior-period export − rebuilt beginning AR; null when there is no prior-period figure. */
    public BigDecimal priorExportGap() {
        return priorExportAr == null ? null : priorExportAr.subtract(beginningAr);
    }
}
