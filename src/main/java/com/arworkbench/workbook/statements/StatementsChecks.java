package com.arworkbench.workbook.statements;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CurrencyTotals;
import com.arworkbench.statements.StatementReport;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements' checks: per currency the statements' balances add up to the aging's total; per customer and
 * currency each statement's balance equals the aging's balance of the customer (Mail merge holds both; the check
 * counts the rows that differ); with a history each activity statement's closing balance (opening + movements)
 * equals its open items' balance; one Mail merge row per statement; every row read is accounted for.
 */
final class StatementsChecks {

    /** Where the sheets put what the checks refer to; {@code allPrinted} false when the pack limited the pages. */
    record Written(List<SheetTable.Part> statementParts, List<SheetTable.Part> mailMergeParts, boolean allPrinted) {
    }

    private StatementsChecks() {
    }

    static List<Check> of(StatementReport report, AgingReport aging, Written at, RowTieOut tieOut,
                          List<SheetTable.Part> exceptionParts, long exportRows) {
        List<Check> list = new ArrayList<>();
        List<String> statementSheets = at.statementParts().stream().map(SheetTable.Part::sheetName).toList();
        boolean single = aging.currencies().size() <= 1;
        for (CurrencyTotals t : aging.currencies().values()) {
            String c = t.currency();
            String label = c.isEmpty() ? "" : " (" + c + ")";
            BigDecimal balances = report.balances().getOrDefault(c, BigDecimal.ZERO);
            String actual = at.allPrinted()
                    ? StatementsSheet.sumLines(statementSheets, StatementLines.OPEN_ITEM, single ? null : c)
                    : mailMergeSum(at.mailMergeParts(), MailMergeSheet.BALANCE.index(), single ? null : c);
            list.add(Check.of("Statement balances" + label + " = aging total", null, t.total(), actual, balances,
                    "The aging's total (its own engine) vs. the open items on the statements, added up"));
        }
        java.util.Map<String, BigDecimal> byCustomer = new java.util.HashMap<>();
        aging.customers().forEach(c -> byCustomer.put(c.currency() + "\u0000" + c.customer().key(), c.total()));
        long offAging = report.statements().stream().filter(s -> s.balance().compareTo(byCustomer.getOrDefault(
                s.currency() + "\u0000" + s.customer().key(), BigDecimal.ZERO)) != 0).count();
        list.add(Check.count("Statements whose balance differs from the aging", null, BigDecimal.ZERO,
                nonZero(at.mailMergeParts(), MailMergeSheet.AGING_DIFFERENCE.index()), BigDecimal.valueOf(offAging),
                "Per customer and currency: Balance due (from the statement) less Aging balance on Mail merge, rows not zero"));
        if (report.hasHistory()) {
            long offActivity = report.statements().stream().filter(s -> s.activityDifference().signum() != 0).count();
            list.add(Check.count("Activity statements whose closing balance differs from the open items", null,
                    BigDecimal.ZERO, nonZero(at.mailMergeParts(), MailMergeSheet.CLOSING_DIFFERENCE.index()),
                    BigDecimal.valueOf(offActivity), "Per customer and currency: opening + the period's movements from "
                            + "the invoice history = closing, less the balance of the open items; rows not zero on Mail merge"));
        }
        BigDecimal n = BigDecimal.valueOf(report.statements().size());
        list.add(Check.count("Mail merge rows = statements", null, n, RowAccounting.count(at.mailMergeParts(),
                MailMergeSheet.NUMBER.index()), n, "One row per customer and currency"));
        if (at.allPrinted()) {
            list.add(new RowAccounting(tieOut)
                    .place(RowAccounting.count(at.statementParts(), StatementsSheet.SOURCE_ROW.index()), report.itemsOnStatements())
                    .place(String.valueOf(report.itemsFuture()), report.itemsFuture())
                    .place(RowAccounting.count(exceptionParts, ExceptionsSheet.SOURCE_ROW.index()), exportRows)
                    .check("Every row read is accounted for", "Rows read = open items on Statements + "
                            + report.itemsFuture() + " dated after the as-of date (on no statement) + rows on Exceptions", ""));
        }
        return list;
    }

    /** Rows of a Mail merge column that are not zero (blank rows are not counted). */
    private static String nonZero(List<SheetTable.Part> parts, int column) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            String col = SheetRefs.wholeColumn(p.sheetName(), column);
            sb.append(sb.length() == 0 ? "" : "+").append("COUNTIFS(").append(col).append(",\">0\")+COUNTIFS(")
                    .append(col).append(",\"<0\")");
        }
        return sb.toString();
    }

    private static String mailMergeSum(List<SheetTable.Part> parts, int column, String currency) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(SheetRefs.wholeColumn(p.sheetName(), column)).append(")");
            } else {
                sb.append("SUMIFS(").append(SheetRefs.wholeColumn(p.sheetName(), column)).append(",")
                        .append(SheetRefs.wholeColumn(p.sheetName(), MailMergeSheet.CURRENCY.index())).append(",")
                        .append(SheetRefs.exactCriterion(currency)).append(")");
            }
        }
        return sb.toString();
    }
}
