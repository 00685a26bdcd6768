package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Application;
import com.arworkbench.model.CashAppSheets;
import com.arworkbench.workbook.Column;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;

/** Applied: the high-confidence matches, applied without anyone deciding, in payment order. */
final class AppliedSheet {

    static final String NAME = CashAppSheets.APPLIED;
    static final ApplicationColumns COLUMNS = new ApplicationColumns(Column.text("Payment fully auto-applied"));
    static final String YES = "Yes";
    static final String NO = "No";

    private final SheetTable table;

    AppliedSheet(StyledWorkbook book) {
        this.table = book.table(NAME, COLUMNS.schema.columns(), 1);
    }

    void write(CashAppFacts facts) {
        for (Application a : facts.report().autoApplied()) {
            COLUMNS.row(table, a, facts).text(COLUMNS.outcome.index(), facts.fullyAutoApplied(a.payment()) ? YES : NO);
        }
        table.finish();
    }
}
