package com.arworkbench.workbook.cashapp;

import static com.arworkbench.workbook.cashapp.CashAppFormulas.q;
import static com.arworkbench.workbook.cashapp.CashAppFormulas.sumIfs;

import com.arworkbench.cashapp.Application;
import com.arworkbench.cashapp.CashApplicationReport;
import com.arworkbench.model.Payment;
import com.arworkbench.workbook.Check;
import com.arworkbench.workbook.ExceptionsSheet;
import com.arworkbench.workbook.RowAccounting;
import com.arworkbench.workbook.RowTieOut;
import com.arworkbench.workbook.SheetTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The cash application checks: per currency, every payment accounted for to the cent and listed once,
 * ERP Import carrying every auto-applied match and deduction, each deduction on its invoice; then the
 * payments file's own control totals and the open-items rows read.
 */
final class CashAppChecks {

    private static final ApplicationColumns A = AppliedSheet.COLUMNS;
    private static final ApplicationColumns R = ReviewSheet.COLUMNS;

    private CashAppChecks() {
    }

    /**
     * @param paymentsFileProblems what the payments file's own control totals say does not reconcile
     * @param openItemsRead        open items the export gave, or null when not known (the row check is n/a)
     */
    static List<Check> of(CashAppFacts facts, List<String> paymentsFileProblems, Long openItemsRead, ExceptionsSheet exceptions,
                          RowTieOut tieOut, List<SheetTable.Part> exceptionParts) {
        List<Check> list = new ArrayList<>();
        for (String c : facts.currencies()) {
            perCurrency(facts, c, list);
        }
        // The bank's own totals: a file whose trailers do not reconcile was cut short or altered, so its
        // payments cannot all be trusted to be there, whatever the other checks say.
        list.add(Check.count("Payments file: its own control totals (trailers) reconcile", null, BigDecimal.ZERO, null,
                BigDecimal.valueOf(paymentsFileProblems.size()), paymentsFileProblems.isEmpty()
                        ? "Every control total the payments file carries matches what was read (files without trailers: nothing to compare)"
                        : String.join(" ", paymentsFileProblems)));
        String name = "Every open-items row read is accounted for";
        if (openItemsRead == null) {
            list.add(Check.notApplicable(name, "The number of open items read was not given to the writer"));
        } else {
            // exportRows() is what COUNT finds: the numbered rows, whichever section of a pack listed them.
            list.add(new RowAccounting(tieOut)
                    .place(RowAccounting.count(exceptionParts, ExceptionsSheet.SOURCE_ROW.index()), exceptions.exportRows())
                    .place(String.valueOf(openItemsRead), openItemsRead)
                    .check(name, "Rows read from the open-items export = rows on Exceptions with a row number + " + openItemsRead
                            + " open items read", " (payment-file rows on Exceptions have a text reference and are not counted)"));
        }
        return list;
    }

    private static void perCurrency(CashAppFacts facts, String c, List<Check> list) {
        CashApplicationReport report = facts.report();
        String label = c.isEmpty() ? "" : " (" + c + ")";
        String crit = facts.singleCurrency() ? null : c;
        BigDecimal read = report.payments().stream().filter(p -> CashAppFacts.currency(p).equals(c)).map(Payment::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal listed = facts.sum(report.autoApplied(), c, Application::amount).add(facts.sum(report.forReview(), c, Application::amount)).add(facts.unapplied(c));
        list.add(Check.of("Payments" + label + " = applied + for review + unapplied", null, read,
                CashAppFormulas.paymentsSum(crit), listed,
                "Σ amounts of the payments read vs. Applied amount on Applied and Review plus Unapplied amount on "
                        + "Unapplied: every payment is accounted for, to the cent"));
        long count = report.payments().stream().filter(p -> CashAppFacts.currency(p).equals(c)).count();
        list.add(Check.count("Payments listed" + label + " = payments read", null, BigDecimal.valueOf(count),
                CashAppFormulas.paymentsCount(crit), BigDecimal.valueOf(facts.paymentsListed(c)),
                "Payments read vs. rows with Payment line 1 on Applied, Review and Unapplied: each payment listed once"));
        // ERP Import carries what this run applies; rows a previous workbook applied were imported with that one.
        String thisRun = q("<>" + com.arworkbench.cashapp.MatchRule.PREVIOUS_RUN.label());
        BigDecimal imported = facts.sum(facts.imported(), c, Application::amount);
        list.add(Check.of("ERP Import invoices" + label + " = Applied (this run)",
                sumIfs(AppliedSheet.NAME, A.amount, A.currency, crit, A.rule, thisRun), imported,
                sumIfs(ErpImportSheet.NAME, ErpImportSheet.AMOUNT, ErpImportSheet.CURRENCY, crit, ErpImportSheet.LINE_TYPE,
                        q(ErpImportSheet.INVOICE_LINE)), imported,
                "Applied amount on Applied, less the rows a previous workbook applied, vs. Amount applied on the INVOICE "
                        + "lines of ERP Import: the import carries every match this run applies, once"));
        BigDecimal onAccount = facts.onAccount(c);
        list.add(Check.of("ERP Import on account" + label + " = Unapplied of known customers",
                sumIfs(UnappliedSheet.NAME, UnappliedSheet.AMOUNT, UnappliedSheet.CURRENCY, crit, UnappliedSheet.ON_ACCOUNT,
                        q(com.arworkbench.model.CashAppSheets.ON_ACCOUNT_THIS_RUN)), onAccount,
                sumIfs(ErpImportSheet.NAME, ErpImportSheet.AMOUNT, ErpImportSheet.CURRENCY, crit, ErpImportSheet.LINE_TYPE,
                        q(ErpImportSheet.ON_ACCOUNT_LINE)), onAccount,
                "Unapplied amount marked for ERP Import on Unapplied vs. the ON_ACCOUNT lines of ERP Import"));
        BigDecimal autoDeductions = facts.sum(facts.imported(), c, a -> facts.deduction(a.payment(), a.item()));
        list.add(Check.of("ERP Import deductions" + label + " = auto-applied deductions",
                sumIfs(DeductionsSheet.NAME, DeductionsSheet.AMOUNT, DeductionsSheet.CURRENCY, crit, DeductionsSheet.STATUS,
                        q(DeductionsSheet.AUTO_APPLIED)), facts.autoAppliedDeductions(c),
                sumIfs(ErpImportSheet.NAME, ErpImportSheet.DEDUCTION, ErpImportSheet.CURRENCY, crit, ErpImportSheet.LINE_TYPE,
                        q(ErpImportSheet.INVOICE_LINE)), autoDeductions,
                "Amount of the Auto-applied rows on Deductions vs. Deduction amount on the INVOICE lines of ERP Import"));
        BigDecimal fees = facts.fees(c);
        list.add(Check.of("ERP Import processor fees" + label + " = fees of the payments imported", null, fees,
                sumIfs(ErpImportSheet.NAME, ErpImportSheet.DEDUCTION, ErpImportSheet.CURRENCY, crit, ErpImportSheet.LINE_TYPE,
                        q(ErpImportSheet.FEE_LINE)), fees,
                "What the payment processor kept of the payments this run imports (gross − net, from the payments file) vs. "
                        + "the PROCESSOR_FEE lines of ERP Import"));
        BigDecimal onRows = facts.sum(report.applications(), c, a -> facts.deduction(a.payment(), a.item()));
        list.add(Check.of("Deductions" + label + " = Deduction on Applied + Review",
                sumIfs(DeductionsSheet.NAME, DeductionsSheet.AMOUNT, DeductionsSheet.CURRENCY, crit), facts.deductions(c),
                sumIfs(AppliedSheet.NAME, A.deduction, A.currency, crit) + "+" + sumIfs(ReviewSheet.NAME, R.deduction, R.currency, crit),
                onRows, "Amount on Deductions vs. the Deduction column of Applied and Review: each deduction sits on its invoice"));
    }
}
