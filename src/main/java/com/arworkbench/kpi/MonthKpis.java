package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One period of the window, (previous month end, month end]. Balances are exact; ratios are rounded
 * once to 2 decimals half-up and null when their denominator is zero. The last period's ending balances
 * come from the open-items export when one was given ({@link #endingArSource()}); the reconstructed
 * figures are kept beside them to show how well the history covers the ledger.
 *
 * @param number                  1 = oldest period … months = the period ending on the as-of date
 * @param creditSales             gross invoiced (invoices, debit memos, finance charges, other) dated in the
 *                                period; credit memos are not netted
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
        FigureSource beginningArSource,
        BigDecimal endingAr,
        BigDecimal currentAr,
        BigDecimal over90Ar,
        FigureSource endingArSource,
        BigDecimal reconstructedEndingAr,
        BigDecimal reconstructedCurrentAr,
        BigDecimal reconstructedOver90Ar,
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

    /** Past-due AR at the month end: ending − current. */
    public BigDecimal pastDueAr() {
        return endingAr.subtract(currentAr);
    }

    /** Ledger ending AR − reconstructed ending AR; zero for periods taken from the history. */
    public BigDecimal reconstructionGap() {
        return endingAr.subtract(reconstructedEndingAr);
    }
}
