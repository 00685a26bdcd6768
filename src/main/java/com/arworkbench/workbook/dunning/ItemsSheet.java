package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DunnedItem;
import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.Notice;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Items: one row per dunned item, by rank, then due date, with the collectors' Dispute and Item notes. */
final class ItemsSheet {

    static final String NAME = WorklistSheets.ITEMS;

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final DocumentColumns DOCUMENT = DocumentColumns.declare(SCHEMA);
    static final ColumnSchema.Handle TYPE = SCHEMA.text("Type");
    static final ColumnSchema.Handle DOCUMENT_DATE = SCHEMA.date("Document date");
    static final ColumnSchema.Handle DUE_DATE = SCHEMA.date("Due date");
    static final ColumnSchema.Handle DAYS_PAST_DUE = SCHEMA.integer("Days past due");
    static final ColumnSchema.Handle ITEM_LEVEL = SCHEMA.integer("Item level");
    static final ColumnSchema.Handle NOTICE_LEVEL = SCHEMA.integer("Notice level");
    static final ColumnSchema.Handle AMOUNT = SCHEMA.amount("Amount");
    static final ColumnSchema.Handle INTEREST = SCHEMA.amount("Interest");
    static final ColumnSchema.Handle SOURCE_ROW = SCHEMA.integer("Source row");
    static final CollectorColumns.Dispute DISPUTE = CollectorColumns.Dispute.declare(SCHEMA);

    private final StyledWorkbook book;
    private final SheetTable table;

    /** Declares the sheet: before the book streams. */
    ItemsSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 2);
    }

    /** Writes every notice's items; returns the sheet's parts (continuation sheets of a large run included). */
    List<SheetTable.Part> write(DunningReport report) {
        for (Notice n : report.notices()) {
            List<DunnedItem> sorted = new ArrayList<>(n.items());
            sorted.sort(Comparator.comparing((DunnedItem d) -> d.item().dueDate())
                    .thenComparingLong(d -> d.item().sourceRow()));
            for (DunnedItem d : sorted) {
                OpenItem i = d.item();
                SheetTable.RowWriter w = table.row();
                DOCUMENT.write(w, i);
                w.text(TYPE.index(), i.type().label()).date(DOCUMENT_DATE.index(), i.documentDate())
                        .date(DUE_DATE.index(), i.dueDate()).number(DAYS_PAST_DUE.index(), d.daysPastDue())
                        .number(ITEM_LEVEL.index(), d.itemLevel()).number(NOTICE_LEVEL.index(), n.level())
                        .amount(AMOUNT.index(), i.openAmount()).amount(INTEREST.index(), d.interest())
                        .number(SOURCE_ROW.index(), i.sourceRow());
                DISPUTE.write(w, i.dispute(), d.carried());
            }
        }
        List<SheetTable.Part> parts = table.finish();
        for (SheetTable.Part p : parts) {
            if (p.lastRow() > p.headerRow()) {
                DISPUTE.validate(book.sheet(p.sheetName()), p.firstDataRow(), p.lastRow());
            }
        }
        return parts;
    }
}
