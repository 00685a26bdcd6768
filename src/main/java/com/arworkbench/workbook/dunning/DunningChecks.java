package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.CurrencySummary;
import com.arworkbench.dunning.DunnedItem;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.Notice;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The dunning checks: per currency, everything overdue is on Items or Excluded and the Worklist's
 * total rows add up to Items; the letters' net amounts are their overdue less credits deducted plus interest and
 * fees; one row per notice on Worklist and Letters; every row read is accounted for.
 */
final class DunningChecks {

    /** Where the sheets put what the checks refer to. */
    record Written(WorklistColumns worklist, Map<String, Integer> totalRows, List<SheetTable.Part> itemParts,
                   List<SheetTable.Part> excludedParts) {
    }

    private DunningChecks() {
    }

    /**
     * {@code exceptionParts} are the finished Exceptions sheet, whose numbered rows ({@code exportRows})
     * count as rows of the export; rows of other inputs, listed by any section, are text and not counted.
     */
    static List<Check> of(DunningReport report, Written at, RowTieOut tieOut, List<SheetTable.Part> exceptionParts,
                          long exportRows) {
        List<Check> list = new ArrayList<>();
        boolean single = report.currencies().size() <= 1;
        for (CurrencySummary cs : report.currencies().values()) {
            perCurrency(list, report, at, cs, single ? null : cs.currency());
        }
        WorklistColumns wl = at.worklist();
        BigDecimal notices = BigDecimal.valueOf(report.notices().size());
        list.add(Check.count("Worklist rows = notices", null, notices, "COUNT(" + SheetRefs.wholeColumn(WorklistSheet.NAME,
                wl.rank.index()) + ")", notices, "Notices the engine made vs. rows with a Rank on Worklist"));
        list.add(Check.count("Letters = notices", null, notices, "COUNT(" + SheetRefs.wholeColumn(LettersSheet.NAME,
                LettersSheet.RANK.index()) + ")", notices, "One letter per notice"));
        list.add(new RowAccounting(tieOut)
                .place(RowAccounting.count(at.itemParts(), ItemsSheet.SOURCE_ROW.index()), report.itemsDunned())
                .place(RowAccounting.count(at.excludedParts(), ExcludedSheet.SOURCE_ROW.index()), report.excluded().size())
                .place(String.valueOf(report.itemsNotOverdue()), report.itemsNotOverdue())
                .place(RowAccounting.count(exceptionParts, ExceptionsSheet.SOURCE_ROW.index()), exportRows)
                .check("Every row read is accounted for", "Rows read = rows on Items + Excluded + " + report.itemsNotOverdue()
                        + " open items not overdue (not listed) + rows on Exceptions", ""));
        return list;
    }

    /** {@code criterion}: the currency the formulas select, null when the report has one currency and they sum all. */
    private static void perCurrency(List<Check> list, DunningReport report, Written at, CurrencySummary cs, String criterion) {
        String c = cs.currency();
        String label = c.isEmpty() ? "" : " (" + c + ")";
        List<Notice> of = report.notices().stream().filter(n -> n.currency().equals(c)).toList();
        BigDecimal itemAmounts = total(of.stream().flatMap(n -> n.items().stream()).toList(), d -> d.item().openAmount());
        BigDecimal itemInterest = total(of.stream().flatMap(n -> n.items().stream()).toList(), DunnedItem::interest);
        BigDecimal excludedAmounts = report.excluded().stream().filter(x -> x.item().currency().equals(c))
                .map(x -> x.item().openAmount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        String itemsAmount = sum(at.itemParts(), ItemsSheet.DOCUMENT.currency(), ItemsSheet.AMOUNT, criterion);
        list.add(Check.of("Overdue" + label + " = Items + Excluded", null, cs.overdue(),
                itemsAmount + "+" + sum(at.excludedParts(), ExcludedSheet.DOCUMENT.currency(), ExcludedSheet.AMOUNT, criterion),
                itemAmounts.add(excludedAmounts),
                "Everything overdue (from the engine) vs. Amount on Items plus Amount on Excluded: no overdue item is lost"));
        Integer totalRow = at.totalRows().get(c);
        if (totalRow == null) {
            return;
        }
        int excel = totalRow + 1;
        WorklistColumns wl = at.worklist();
        BigDecimal overdue = total(of, Notice::overdue);
        BigDecimal interest = total(of, Notice::interest);
        BigDecimal fees = total(of, Notice::fee);
        list.add(Check.of("Worklist Overdue total" + label + " = Items", worklistCell(wl.overdue, excel), overdue,
                itemsAmount, itemAmounts, "The Overdue total row on Worklist vs. the sum of Amount on Items"));
        list.add(Check.of("Worklist buckets" + label + " add up to Overdue",
                "SUM(" + worklistCell(wl.buckets.get(0), excel) + ":$" + wl.buckets.get(wl.buckets.size() - 1).letter() + "$"
                        + excel + ")",
                overdue, worklistCell(wl.overdue, excel), overdue, "The bucket totals vs. the Overdue total on Worklist"));
        list.add(Check.of("Worklist Interest total" + label + " = Items", worklistCell(wl.interest, excel), interest,
                sum(at.itemParts(), ItemsSheet.DOCUMENT.currency(), ItemsSheet.INTEREST, criterion), itemInterest,
                "The Interest total row on Worklist vs. the sum of Interest on Items (each item's interest is rounded to the cent)"));
        list.add(Check.of("Worklist Fee total" + label + " = fees charged", null, cs.fees(), worklistCell(wl.fee, excel), fees,
                "Fees the engine charged vs. the Fee total row on Worklist"));
        list.add(Check.of("Worklist Amount due" + label + " = Overdue + Interest + Fee",
                worklistCell(wl.overdue, excel) + "+" + worklistCell(wl.interest, excel) + "+" + worklistCell(wl.fee, excel),
                overdue.add(interest).add(fees), worklistCell(wl.amountDue, excel), total(of, Notice::amountDue),
                "The Amount due total vs. its parts"));
        // Recomputed from the Letters sheet's own Overdue and Credits deducted, against the amounts the letters demand:
        // a letter that deducted credits wrongly (or forgot the fee) fails here.
        BigDecimal deducted = total(of, Notice::creditsDeducted);
        list.add(Check.of("Letters Net amount due" + label + " = Overdue − Credits deducted + Interest + Fee",
                lettersSum(LettersSheet.OVERDUE, criterion) + "-" + lettersSum(LettersSheet.CREDITS_DEDUCTED, criterion) + "+"
                        + worklistCell(wl.interest, excel) + "+" + worklistCell(wl.fee, excel),
                overdue.subtract(deducted).add(interest).add(fees), lettersSum(LettersSheet.NET_AMOUNT_DUE, criterion),
                total(of, Notice::netAmountDue),
                "What the letters demand vs. their overdue less the credits they deduct, plus the Worklist's interest and fees"));
    }

    /** SUM of a Letters column, or SUMIF of one currency's letters. */
    private static String lettersSum(ColumnSchema.Handle column, String currency) {
        String amount = SheetRefs.wholeColumn(LettersSheet.NAME, column.index());
        return currency == null ? "SUM(" + amount + ")" : "SUMIF(" + SheetRefs.wholeColumn(LettersSheet.NAME,
                LettersSheet.CURRENCY.index()) + ",\"" + currency + "\"," + amount + ")";
    }

    private static <T> BigDecimal total(List<T> rows, Function<T, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String worklistCell(ColumnSchema.Handle column, int excelRow) {
        return SheetRefs.absolute(WorklistSheet.NAME, column.index(), excelRow);
    }

    /** SUM of a column over every part, or SUMIF of one currency's rows. */
    private static String sum(List<SheetTable.Part> parts, ColumnSchema.Handle currencyCol, ColumnSchema.Handle amountCol,
                              String currency) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            String amount = SheetRefs.wholeColumn(p.sheetName(), amountCol.index());
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(amount).append(")");
            } else {
                sb.append("SUMIF(").append(SheetRefs.wholeColumn(p.sheetName(), currencyCol.index()))
                        .append(",\"").append(currency).append("\",").append(amount).append(")");
            }
        }
        return sb.toString();
    }
}
