package com.arworkbench.workbook.cashapp;

import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;

/**
 * The formulas the Summary and the Checks share: sums and counts over whole columns of the section's
 * sheets, by currency ({@code null}: one currency, all rows).
 */
final class CashAppFormulas {

    private CashAppFormulas() {
    }

    /** Payments listed: rows with Payment line 1 on Applied, Review and Unapplied. */
    static String paymentsCount(String currency) {
        return countIfs(AppliedSheet.NAME, AppliedSheet.COLUMNS.currency, currency, AppliedSheet.COLUMNS.paymentLine, "1")
                + "+" + countIfs(ReviewSheet.NAME, ReviewSheet.COLUMNS.currency, currency, ReviewSheet.COLUMNS.paymentLine, "1")
                + "+" + countIfs(UnappliedSheet.NAME, UnappliedSheet.CURRENCY, currency, UnappliedSheet.PAYMENT_LINE, "1");
    }

    /** Every payment's amount: applied on Applied and Review, plus unapplied on Unapplied. */
    static String paymentsSum(String currency) {
        return appliedSum(currency) + "+" + reviewSum(currency) + "+"
                + sumIfs(UnappliedSheet.NAME, UnappliedSheet.AMOUNT, UnappliedSheet.CURRENCY, currency);
    }

    static String appliedSum(String currency) {
        return sumIfs(AppliedSheet.NAME, AppliedSheet.COLUMNS.amount, AppliedSheet.COLUMNS.currency, currency);
    }

    static String reviewSum(String currency) {
        return sumIfs(ReviewSheet.NAME, ReviewSheet.COLUMNS.amount, ReviewSheet.COLUMNS.currency, currency);
    }

    /** SUMIFS over one sheet, by currency (none: all rows) and further column / criterion pairs. */
    static String sumIfs(String sheet, ColumnSchema.Handle amountCol, ColumnSchema.Handle currencyCol, String currency,
                         Object... more) {
        if (currency == null && more.length == 0) {
            return "SUM(" + SheetRefs.wholeColumn(sheet, amountCol.index()) + ")";
        }
        StringBuilder sb = new StringBuilder("SUMIFS(").append(SheetRefs.wholeColumn(sheet, amountCol.index()));
        if (currency != null) {
            sb.append(",").append(SheetRefs.wholeColumn(sheet, currencyCol.index())).append(",").append(q(currency));
        }
        for (int i = 0; i < more.length; i += 2) {
            sb.append(",").append(SheetRefs.wholeColumn(sheet, ((ColumnSchema.Handle) more[i]).index())).append(",")
                    .append(more[i + 1]);
        }
        return sb.append(")").toString();
    }

    /** COUNTIFS over one sheet, by currency (none: all rows) and column / criterion pairs (at least one). */
    static String countIfs(String sheet, ColumnSchema.Handle currencyCol, String currency, Object... pairs) {
        StringBuilder sb = new StringBuilder("COUNTIFS(");
        if (currency != null) {
            sb.append(SheetRefs.wholeColumn(sheet, currencyCol.index())).append(",").append(q(currency)).append(",");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            sb.append(i == 0 ? "" : ",").append(SheetRefs.wholeColumn(sheet, ((ColumnSchema.Handle) pairs[i]).index()))
                    .append(",").append(pairs[i + 1]);
        }
        return sb.append(")").toString();
    }

    /** A text criterion in quotes. */
    static String q(String text) {
        return SheetRefs.text(text);
    }
}
