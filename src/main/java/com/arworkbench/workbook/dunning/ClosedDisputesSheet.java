package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.model.DisputeSheets;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.List;

/**
 * Closed disputes: every resolved case, kept in every later run; business days counted to the resolved date. Set a
 * case's Status back from Resolved to reopen it.
 */
final class ClosedDisputesSheet {

    static final String NAME = DisputeSheets.CLOSED;

    private final StyledWorkbook book;
    private final SheetTable table;

    /** Declares the sheet: before the book streams. */
    ClosedDisputesSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, DisputeColumns.SCHEMA.columns(), 1);
    }

    int headerRow() {
        return book.headerRowOf(NAME);
    }

    SheetTable.Part write(DisputeLogReport report, DisputeColumns.Refs refs) {
        for (DisputeLogReport.Row r : report == null ? List.<DisputeLogReport.Row>of() : report.closed()) {
            DisputeColumns.write(table.row(), r, refs, true);
        }
        SheetTable.Part p = table.finish().get(0);
        if (report != null && p.lastRow() > p.headerRow()) {
            DisputeColumns.validate(book.sheet(p.sheetName()), p.firstDataRow(), p.lastRow(), report.settings());
        }
        return p;
    }
}
