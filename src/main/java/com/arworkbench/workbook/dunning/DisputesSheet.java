package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.model.DisputeSheets;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.List;

/** Disputes: one row per open case, by case number; the collectors' columns are read back by the next run. */
final class DisputesSheet {

    static final String NAME = DisputeSheets.DISPUTES;

    private final StyledWorkbook book;
    private final SheetTable table;

    /** Declares the sheet: before the book streams. */
    DisputesSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, DisputeColumns.SCHEMA.columns(), 1);
    }

    int headerRow() {
        return book.headerRowOf(NAME);
    }

    SheetTable.Part write(DisputeLogReport report, DisputeColumns.Refs refs) {
        for (DisputeLogReport.Row r : report == null ? List.<DisputeLogReport.Row>of() : report.active()) {
            DisputeColumns.write(table.row(), r, refs, false);
        }
        SheetTable.Part p = table.finish().get(0);
        if (report != null && p.lastRow() > p.headerRow()) {
            DisputeColumns.validate(book.sheet(p.sheetName()), p.firstDataRow(), p.lastRow(), report.settings());
        }
        return p;
    }
}
