package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Headline figures for the whole window of N months. DSO, BPDSO, ADD and countback are the last
 * period's; CEI uses the Credit Research Foundation's N-month form (credit sales ÷ N); bad-debt % and
 * payment delay are over all N periods; % current and % over 90 are at the as-of date.
 */
public record WindowKpis(
        int months,
        LocalDate firstDay,
        LocalDate asOf,
        BigDecimal beginningAr,
        BigDecimal totalCreditSales,
        BigDecimal endingAr,
        BigDecimal endingCurrentAr,
        BigDecimal endingOver90Ar,
        BigDecimal totalBadDebts,
        BigDecimal paymentDelayNumerator,
        BigDecimal paymentDelayDenominator,
        BigDecimal dso,
        BigDecimal bestPossibleDso,
        BigDecimal averageDaysDelinquent,
        BigDecimal countbackDso,
        boolean countbackComplete,
        BigDecimal cei,
        BigDecimal badDebtPercent,
        BigDecimal averagePaymentDelay,
        BigDecimal percentCurrent,
        BigDecimal percentOver90) {
}
