package com.arworkbench.workbook.allowance;

import com.arworkbench.allowance.AllowanceReport;
import com.arworkbench.allowance.CurrencyAllowance;
import com.arworkbench.allowance.LedgerAllowance;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.HashMap;
import java.util.Map;

/**
 * Allowance: one row per currency: the provision from the matrix and the specific provisions (live sums), the
 * provision required, the allowance on the trial balance and the adjustment the journal entry books.
 */
final class SummarySheet {

    static final String NAME = "Allowance";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle METHOD = SCHEMA.text("Method");
    static final ColumnSchema.Handle CUTOFFS = SCHEMA.integer("Loss-rate cut-offs");
    static final ColumnSchema.Handle BALANCE = SCHEMA.amount("Open AR");
    static final ColumnSchema.Handle MATRIX = SCHEMA.amount("Matrix provision");
    static final ColumnSchema.Handle SPECIFIC = SCHEMA.amount("Specific provisions");
    static final ColumnSchema.Handle REQUIRED = SCHEMA.amount("Provision required");
    static final ColumnSchema.Handle COVERAGE = SCHEMA.percent("Of open AR");
    static final ColumnSchema.Handle ACCOUNT = SCHEMA.text("Allowance account");
    static final ColumnSchema.Handle HELD = SCHEMA.amount("Allowance per trial balance");
    static final ColumnSchema.Handle ADJUSTMENT = SCHEMA.amount("Adjustment to book");
    static final ColumnSchema.Handle NOTE = SCHEMA.text("Note");

    private final SheetTable table;

    SummarySheet(StyledWorkbook book) {
        this.table = book.table(NAME, SCHEMA.columns(), 1);
    }

    /** Writes the rows; returns the Excel row of each currency's adjustment, for the journal entry. */
    Map<String, Integer> write(AllowanceReport report, CustomersSheet customers) {
        Map<String, Integer> rows = new HashMap<>();
        LedgerAllowance ledger = report.ledger();
        for (CurrencyAllowance c : report.currencies()) {
            SheetTable.RowWriter w = table.row();
            int x = w.rowIndex() + 1;
            w.text(CURRENCY.index(), c.currency()).text(METHOD.index(), report.parameters().method().label())
                    .number(CUTOFFS.index(), c.lossCutoffs())
                    .formula(BALANCE.index(), customers.balanceOf(c.currency(), null), total(c).doubleValue())
                    .formula(MATRIX.index(), MatrixSheet.sumOf(MatrixSheet.PROVISION, c.currency()),
                            c.matrixProvision().doubleValue())
                    .formula(SPECIFIC.index(), customers.specificOf(c.currency()), c.specificProvision().doubleValue())
                    .formula(REQUIRED.index(), "ROUND(" + MATRIX.letter() + x + "+" + SPECIFIC.letter() + x + ",2)",
                            c.required().doubleValue());
            java.math.BigDecimal balance = total(c);
            String cover = "IF(" + BALANCE.letter() + x + "<=0,\"\"," + REQUIRED.letter() + x + "/" + BALANCE.letter() + x + ")";
            if (balance.signum() > 0) {
                w.formula(COVERAGE.index(), cover, c.required().doubleValue() / balance.doubleValue());
            } else {
                w.formula(COVERAGE.index(), cover, "");
            }
            if (c.held() != null) {
                w.text(ACCOUNT.index(), ledger.account() + " " + ledger.accountName())
                        .amount(HELD.index(), c.held())
                        .formula(ADJUSTMENT.index(), "ROUND(" + REQUIRED.letter() + x + "-" + HELD.letter() + x + ",2)",
                                c.adjustment().doubleValue())
                        .text(NOTE.index(), c.adjustment().signum() >= 0 ? "Increase the allowance: see Journal entry"
                                : "Release part of the allowance: see Journal entry");
                rows.put(c.currency(), x);
            } else {
                w.text(NOTE.index(), ledger == null ? "No trial balance given (--gl): the provision is not compared"
                        : ledger.currency().isEmpty() ? "The trial balance names no currency and the receivables are in "
                        + report.currencies().size() + ": not compared"
                        : "The trial balance is in " + ledger.currency() + ", not this currency: not compared");
            }
            if (c.lossCutoffs() == 0) {
                w.text(NOTE.index(), "No month end with a complete outcome window: no loss rates (see Checks)");
            }
        }
        table.finish();
        return rows;
    }

    static java.math.BigDecimal total(CurrencyAllowance c) {
        return c.customers().stream().map(p -> p.balance()).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    }
}
