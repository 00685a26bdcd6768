package com.arworkbench.workbook.cashapp;

import java.math.BigDecimal;
import java.util.List;

/**
 * Unapplied cash of one currency as the cash application Summary states it: the cell of its % of open AR (a
 * fraction) and its cached value, the cell saying whether it is within the target, the target (a fraction), and
 * the amounts by days since receipt (0-30, 31-60, 61-90, over 90).
 */
public record UnappliedKpi(String percentCell, BigDecimal percentOfAr, String statusCell, String status, BigDecimal target,
                           List<BigDecimal> byAge) {
}
