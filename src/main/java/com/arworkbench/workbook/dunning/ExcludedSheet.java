package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.ExcludedItem;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Excluded: overdue items not dunned, each with the rule that held it back, and the customer's promise
 * and notes carried from last time so they survive while the customer waits.
 */
final class ExcludedSheet {

    static final String NAME = WorklistSheets.EXCLUDED;

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final DocumentColumns DOCUMENT = DocumentColumns.declare(SCHEMA);
    static final ColumnSchema.Handle DUE_DATE = SCHEMA.date("Due date");
    static final ColumnSchema.Handle DAYS_PAST_DUE = SCHEMA.integer("Days past due");
    static final ColumnSchema.Handle AMOUNT = SCHEMA.amount("Amount");
    static final ColumnSchema.Handle RULE = SCHEMA.text("Rule");
    static final ColumnSchema.Handle REASON = SCHEMA.text("Reason");
    static final ColumnSchema.Handle SOURCE_ROW = SCHEMA.integer("Source row");
    static final ColumnSchema.Handle STATUS = SCHEMA.text(WorklistSheets.STATUS);
    static final ColumnSchema.Handle PROMISE_DATE = SCHEMA.date(WorklistSheets.PROMISE_DATE);
    static final ColumnSchema.Handle PROMISE_AMOUNT = SCHEMA.amount(WorklistSheets.PROMISE_AMOUNT);
    static final ColumnSchema.Handle NOTES = SCHEMA.text(WorklistSheets.NOTES);
    static final ColumnSchema.Handle OPEN_BALANCE = SCHEMA.amount(WorklistSheets.OPEN_BALANCE);
    static final ColumnSchema.Handle LAST_NOTICE_LEVEL = SCHEMA.integer(WorklistSheets.LAST_NOTICE_LEVEL);
    static final ColumnSchema.Handle LAST_NOTICE_DATE = SCHEMA.date(WorklistSheets.LAST_NOTICE_DATE);
    static final CollectorColumns.Dispute DISPUTE = CollectorColumns.Dispute.declare(SCHEMA);

    private final StyledWorkbook book;
    private final SheetTable table;

    /** Declares the sheet: before the book streams. */
    ExcludedSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 2);
    }

    /** Writes the excluded items; returns the sheet's parts. */
    List<SheetTable.Part> write(DunningReport report) {
        for (ExcludedItem x : report.excluded()) {
            OpenItem i = x.item();
            SheetTable.RowWriter w = table.row();
            DOCUMENT.write(w, i);
            w.date(DUE_DATE.index(), i.dueDate()).number(DAYS_PAST_DUE.index(), x.daysPastDue())
                    .amount(AMOUNT.index(), i.openAmount()).text(RULE.index(), x.rule().label())
                    .text(REASON.index(), x.reason()).number(SOURCE_ROW.index(), i.sourceRow());
            PreviousWorklist.CustomerState s = x.customerState();
            // The customer's promise and notes from last time, so they survive while the customer waits.
            w.style(PROMISE_DATE.index(), StyleRole.DATE).style(PROMISE_AMOUNT.index(), StyleRole.AMOUNT)
                    .style(OPEN_BALANCE.index(), StyleRole.AMOUNT);
            if (s != null) {
                w.text(STATUS.index(), s.status()).date(PROMISE_DATE.index(), s.promiseDate())
                        .amount(PROMISE_AMOUNT.index(), s.promiseAmount()).text(NOTES.index(), s.notes())
                        .amount(OPEN_BALANCE.index(), s.openBalance());
                if (s.level() > 0) {
                    w.number(LAST_NOTICE_LEVEL.index(), s.level()).date(LAST_NOTICE_DATE.index(), s.lastNoticeDate());
                }
            }
            DISPUTE.write(w, i.dispute(), x.carried());
        }
        List<SheetTable.Part> parts = table.finish();
        for (SheetTable.Part p : parts) {
            if (p.lastRow() > p.headerRow()) {
                Sheet sheet = book.sheet(p.sheetName());
                CollectorColumns.validatePromise(sheet, p.firstDataRow(), p.lastRow(), STATUS, PROMISE_DATE, PROMISE_AMOUNT);
                DISPUTE.validate(sheet, p.firstDataRow(), p.lastRow());
            }
        }
        return parts;
    }
}
