package com.arworkbench.workbook.cashapp;

import com.arworkbench.cashapp.Application;
import com.arworkbench.model.CashAppSheets;
import com.arworkbench.workbook.Column;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.Validations;

/** Review: the medium- and low-confidence suggestions, with a Decision a person chooses from a drop-down. */
final class ReviewSheet {

    static final String NAME = CashAppSheets.REVIEW;
    static final ApplicationColumns COLUMNS = new ApplicationColumns(Column.text(CashAppSheets.DECISION));
    private static final String[] DECISIONS = {CashAppSheets.ACCEPT, CashAppSheets.REJECT};

    private final StyledWorkbook book;
    private final SheetTable table;

    ReviewSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, COLUMNS.schema.columns(), 1);
    }

    void write(CashAppFacts facts) {
        int first = table.nextRowIndex();
        for (Application a : facts.report().forReview()) {
            // Left blank for a person; styled as text so what they choose looks like the rest of the row.
            COLUMNS.row(table, a, facts).style(COLUMNS.outcome.index(), StyleRole.TEXT)
                    .style(COLUMNS.note.index(), StyleRole.TEXT);
        }
        int last = table.nextRowIndex() - 1;
        table.finish();
        if (last >= first) {
            Validations.list(book.sheet(NAME), first, last, COLUMNS.outcome, DECISIONS,
                    "One of: " + String.join(", ", DECISIONS) + ", or leave it blank");
        }
    }
}
