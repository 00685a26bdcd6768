package com.arworkbench.workbook.allowance;

import com.arworkbench.allowance.AllowanceReport;
import com.arworkbench.allowance.CurrencyAllowance;
import com.arworkbench.allowance.LedgerAllowance;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Journal entry: the proposed adjusting entry per currency compared with the trial balance: debit bad-debt expense,
 * credit the allowance (or the reverse to release it), live from the adjustment on Allowance.
 */
final class JournalSheet {

    static final String NAME = "Journal entry";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle ACCOUNT = SCHEMA.text("Account");
    static final ColumnSchema.Handle DEBIT = SCHEMA.amount("Debit");
    static final ColumnSchema.Handle CREDIT = SCHEMA.amount("Credit");
    static final ColumnSchema.Handle MEMO = SCHEMA.text("Memo");

    private final SheetTable table;

    JournalSheet(StyledWorkbook book) {
        this.table = book.table(NAME, SCHEMA.columns(), 1);
    }

    void write(AllowanceReport report, Map<String, Integer> adjustmentRows) {
        LedgerAllowance ledger = report.ledger();
        for (CurrencyAllowance c : report.currencies()) {
            Integer row = adjustmentRows.get(c.currency());
            if (row == null) {
                continue;
            }
            String adj = SheetRefs.quote(SummarySheet.NAME) + "!" + SummarySheet.ADJUSTMENT.letter() + row;
            BigDecimal a = c.adjustment();
            String memo = "Allowance for doubtful accounts as of " + report.parameters().asOf() + ": provision "
                    + c.required().toPlainString() + " less " + c.held().toPlainString() + " held";
            line(c.currency(), ledger.expense(), "MAX(0," + adj + ")", a.max(BigDecimal.ZERO),
                    "MAX(0,-" + adj + ")", a.negate().max(BigDecimal.ZERO), memo);
            line(c.currency(), ledger.account() + " " + ledger.accountName(), "MAX(0,-" + adj + ")",
                    a.negate().max(BigDecimal.ZERO), "MAX(0," + adj + ")", a.max(BigDecimal.ZERO), memo);
        }
        table.finish();
    }

    private void line(String currency, String account, String debit, BigDecimal debitValue, String credit,
                      BigDecimal creditValue, String memo) {
        table.row().text(CURRENCY.index(), currency).text(ACCOUNT.index(), account)
                .formula(DEBIT.index(), debit, debitValue.doubleValue())
                .formula(CREDIT.index(), credit, creditValue.doubleValue()).text(MEMO.index(), memo);
    }
}
