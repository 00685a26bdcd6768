package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.CollectionsMemory;
import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.PromiseOutcome;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.Validations;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Contact log: append-only. Every earlier row first, as it was (a pending promise gets its judgement once), then
 * what collectors typed on the last worklist, what this run judged, and the letters it sent. Collectors add their
 * calls and promises below; the next run carries them all.
 */
final class ContactLogSheet {

    static final String NAME = WorklistSheets.CONTACT_LOG;
    /** Rows below the log that keep the drop-downs and formats, for collectors to type in. */
    static final int TYPING_ROWS = 500;

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle DATE = SCHEMA.date(WorklistSheets.DATE);
    static final ColumnSchema.Handle ID = SCHEMA.text(WorklistSheets.CUSTOMER_ID);
    static final ColumnSchema.Handle NAME_COLUMN = SCHEMA.text(WorklistSheets.CUSTOMER_NAME);
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text(WorklistSheets.CURRENCY);
    static final ColumnSchema.Handle COLLECTOR = SCHEMA.text(WorklistSheets.COLLECTOR);
    static final ColumnSchema.Handle CHANNEL = SCHEMA.text(WorklistSheets.CHANNEL);
    static final ColumnSchema.Handle NOTE = SCHEMA.text(WorklistSheets.NOTE);
    static final ColumnSchema.Handle PROMISE_DATE = SCHEMA.date(WorklistSheets.PROMISE_DATE);
    static final ColumnSchema.Handle PROMISE_AMOUNT = SCHEMA.amount(WorklistSheets.PROMISE_AMOUNT);
    static final ColumnSchema.Handle BALANCE_THEN = SCHEMA.amount(WorklistSheets.BALANCE_THEN);
    static final ColumnSchema.Handle BALANCE_ON = SCHEMA.date(WorklistSheets.BALANCE_ON);
    static final ColumnSchema.Handle OUTCOME = SCHEMA.text(WorklistSheets.OUTCOME);
    static final ColumnSchema.Handle PAID = SCHEMA.amount(WorklistSheets.PAID);
    static final ColumnSchema.Handle JUDGED_ON = SCHEMA.date(WorklistSheets.JUDGED_ON);
    static final ColumnSchema.Handle SOURCE = SCHEMA.text(WorklistSheets.SOURCE);

    private final StyledWorkbook book;
    private final SheetTable table;

    ContactLogSheet(StyledWorkbook book) {
        this.book = book;
        this.table = book.table(NAME, SCHEMA.columns(), 3);
    }

    /** Writes the log; returns its 0-based first and last data rows (last < first when empty). */
    int[] write(CollectionsMemory memory) {
        int first = table.nextRowIndex();
        for (ContactEntry e : memory.contactLog()) {
            SheetTable.RowWriter w = table.row();
            w.date(DATE.index(), e.date()).text(ID.index(), e.customerId()).text(NAME_COLUMN.index(), e.customerName())
                    .text(CURRENCY.index(), e.currency()).text(COLLECTOR.index(), e.collector())
                    .text(CHANNEL.index(), e.channel()).text(NOTE.index(), e.note())
                    .date(PROMISE_DATE.index(), e.promiseDate()).amount(PROMISE_AMOUNT.index(), e.promiseAmount())
                    .amount(BALANCE_THEN.index(), e.balanceThen()).date(BALANCE_ON.index(), e.balanceOn())
                    .text(OUTCOME.index(), e.outcome()).amount(PAID.index(), e.paid())
                    .date(JUDGED_ON.index(), e.judgedOn()).text(SOURCE.index(), e.source());
        }
        int last = table.nextRowIndex() - 1;
        table.finish();
        Sheet sheet = book.sheet(NAME);
        int typingEnd = Math.max(last, first - 1) + TYPING_ROWS;
        Validations.list(sheet, first, typingEnd, CHANNEL, WorklistSheets.CHANNELS);
        Validations.date(sheet, first, typingEnd, DATE, "Enter the date of the contact, e.g. 2026-07-03");
        Validations.date(sheet, first, typingEnd, PROMISE_DATE, "Enter the date the customer promised to pay, e.g. 2026-07-15");
        Validations.amount(sheet, first, typingEnd, PROMISE_AMOUNT, "Enter the amount promised as a number, e.g. 1250.00");
        colourOutcomes(sheet, first, typingEnd);
        return new int[] {first, last};
    }

    private static void colourOutcomes(Sheet sheet, int first, int last) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        CellRangeAddress[] range = {new CellRangeAddress(first, last, OUTCOME.index(), OUTCOME.index())};
        String cell = "$" + OUTCOME.letter() + (first + 1);
        for (var e : List.of(java.util.Map.entry(PromiseOutcome.BROKEN, IndexedColors.ROSE),
                java.util.Map.entry(PromiseOutcome.PARTLY_KEPT, IndexedColors.LIGHT_ORANGE),
                java.util.Map.entry(PromiseOutcome.KEPT, IndexedColors.LIGHT_GREEN))) {
            ConditionalFormattingRule rule = cf.createConditionalFormattingRule(cell + "=\"" + e.getKey().label() + "\"");
            rule.createPatternFormatting().setFillBackgroundColor(e.getValue().getIndex());
            rule.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
            cf.addConditionalFormatting(range, rule);
        }
    }
}
