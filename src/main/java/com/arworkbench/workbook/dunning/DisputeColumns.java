package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DisputeLogReport;
import com.arworkbench.dunning.DisputeSettings;
import com.arworkbench.model.DisputeCase;
import com.arworkbench.model.DisputeSheets;
import com.arworkbench.model.TypedDate;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.Validations;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The columns of Disputes and Closed disputes (the same on both, so a case moves between them whole): the document,
 * what the run recorded, the collectors' columns (read back exactly as typed) and the live business-day formulas.
 */
final class DisputeColumns {

    static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle CASE = SCHEMA.text(DisputeSheets.CASE);
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text(WorklistSheets.CUSTOMER_ID);
    static final ColumnSchema.Handle CUSTOMER_NAME = SCHEMA.text(WorklistSheets.CUSTOMER_NAME);
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text(WorklistSheets.CURRENCY);
    static final ColumnSchema.Handle DOCUMENT = SCHEMA.text(WorklistSheets.DOCUMENT);
    static final ColumnSchema.Handle DUE_DATE = SCHEMA.date(DisputeSheets.DUE_DATE);
    static final ColumnSchema.Handle AMOUNT = SCHEMA.amount(DisputeSheets.AMOUNT);
    static final ColumnSchema.Handle AMOUNT_OPENED = SCHEMA.amount(DisputeSheets.AMOUNT_OPENED);
    static final ColumnSchema.Handle IN_EXPORT = SCHEMA.text(DisputeSheets.IN_EXPORT);
    static final ColumnSchema.Handle HELD_BACK = SCHEMA.integer(DisputeSheets.HELD_BACK);
    static final ColumnSchema.Handle SOURCE = SCHEMA.text(DisputeSheets.SOURCE);
    static final ColumnSchema.Handle FLAGGED_AS = SCHEMA.text(DisputeSheets.FLAGGED_AS);
    static final ColumnSchema.Handle FIRST_SEEN = SCHEMA.date(DisputeSheets.FIRST_SEEN);
    static final ColumnSchema.Handle OPENED = SCHEMA.date(DisputeSheets.OPENED);
    static final ColumnSchema.Handle OWNER = SCHEMA.text(DisputeSheets.OWNER);
    static final ColumnSchema.Handle REASON_CODE = SCHEMA.text(DisputeSheets.REASON_CODE);
    static final ColumnSchema.Handle ROOT_CAUSE = SCHEMA.text(DisputeSheets.ROOT_CAUSE);
    static final ColumnSchema.Handle STATUS = SCHEMA.text(DisputeSheets.STATUS);
    static final ColumnSchema.Handle NEXT_ACTION = SCHEMA.text(DisputeSheets.NEXT_ACTION);
    static final ColumnSchema.Handle NEXT_ACTION_DATE = SCHEMA.date(DisputeSheets.NEXT_ACTION_DATE);
    static final ColumnSchema.Handle RESOLVED_DATE = SCHEMA.date(DisputeSheets.RESOLVED_DATE);
    static final ColumnSchema.Handle OUTCOME = SCHEMA.text(DisputeSheets.OUTCOME);
    static final ColumnSchema.Handle CASE_NOTES = SCHEMA.text(DisputeSheets.CASE_NOTES);
    static final ColumnSchema.Handle BUSINESS_DAYS = SCHEMA.integer(DisputeSheets.BUSINESS_DAYS_OPEN);
    static final ColumnSchema.Handle SLA_DUE = SCHEMA.date(DisputeSheets.SLA_DUE);
    static final ColumnSchema.Handle BREACHED = SCHEMA.text(DisputeSheets.SLA_BREACHED);
    static final ColumnSchema.Handle CLOSED_ON = SCHEMA.date(DisputeSheets.CLOSED_ON);
    static final ColumnSchema.Handle CLOSED_BY = SCHEMA.text(DisputeSheets.CLOSED_BY);

    /** Where the formulas find the as-of date, the SLA and the holidays (on Dispute summary). */
    record Refs(String asOf, String slaDays, String holidays) {
    }

    private DisputeColumns() {
    }

    /**
     * One case. Business days open = IF(end <= start, 0, NETWORKDAYS(start+1, end, holidays)): start is Opened (else
     * First seen), end the as-of date for an open case, Resolved date (else Closed on) for a closed one; the cached
     * values are the engine's ({@code BusinessDays}), which counts the same way.
     */
    static void write(SheetTable.RowWriter w, DisputeLogReport.Row r, Refs refs, boolean closed) {
        DisputeCase c = r.c();
        w.text(CASE.index(), c.caseId()).text(CUSTOMER_ID.index(), c.customer().id())
                .text(CUSTOMER_NAME.index(), c.customer().name()).text(CURRENCY.index(), c.currency())
                .text(DOCUMENT.index(), c.document()).date(DUE_DATE.index(), c.dueDate()).amount(AMOUNT.index(), c.amount())
                .amount(AMOUNT_OPENED.index(), c.amountOpened()).text(IN_EXPORT.index(), r.inExport() ? "Yes" : "No")
                .text(SOURCE.index(), c.source())
                .text(FLAGGED_AS.index(), c.flaggedAs()).date(FIRST_SEEN.index(), c.firstSeen())
                .text(OWNER.index(), c.owner()).text(REASON_CODE.index(), c.reasonCode())
                .text(ROOT_CAUSE.index(), c.rootCause()).text(STATUS.index(), c.status())
                .text(NEXT_ACTION.index(), c.nextAction()).text(OUTCOME.index(), c.outcome())
                .text(CASE_NOTES.index(), c.notes()).date(CLOSED_ON.index(), c.closedOn()).text(CLOSED_BY.index(), c.closedBy());
        if (r.heldBack()) {
            w.number(HELD_BACK.index(), r.heldBackItems());
        }
        typed(w, OPENED, c.opened());
        typed(w, NEXT_ACTION_DATE, c.nextActionDate());
        typed(w, RESOLVED_DATE, c.resolved());
        int excel = w.rowIndex() + 1;
        String start = firstDate(OPENED, FIRST_SEEN, excel);
        String end = closed ? firstDate(RESOLVED_DATE, CLOSED_ON, excel) : refs.asOf();
        String holidays = refs.holidays() == null ? "" : "," + refs.holidays();
        String days = "$" + BUSINESS_DAYS.letter() + excel;
        // NETWORKDAYS(start+1, end) only when end > start: POI's evaluator refuses a start after the end.
        String businessDays = "IFERROR(IF(" + end + "<=" + start + ",0,NETWORKDAYS(" + start + "+1," + end + holidays
                + ")),\"\")";
        String slaDue = "IFERROR(WORKDAY(" + start + "," + refs.slaDays() + holidays + "),\"\")";
        if (r.businessDays() != null) {
            w.formula(BUSINESS_DAYS.index(), businessDays, r.businessDays());
            w.formula(SLA_DUE.index(), slaDue, DateUtil.getExcelDate(r.slaDue()));
        } else {
            w.formula(BUSINESS_DAYS.index(), businessDays, "");
            w.formula(SLA_DUE.index(), slaDue, "");
        }
        w.formula(BREACHED.index(), "IF(ISNUMBER(" + days + "),IF(" + days + ">" + refs.slaDays() + ",\"Yes\",\"No\"),\"\")",
                r.businessDays() == null ? "" : r.breached() ? "Yes" : "No");
    }

    /** {@code IF(ISNUMBER(a),a,IF(ISNUMBER(b),b,""))} for row {@code excel}. */
    private static String firstDate(ColumnSchema.Handle a, ColumnSchema.Handle b, int excel) {
        String x = "$" + a.letter() + excel;
        String y = "$" + b.letter() + excel;
        return "IF(ISNUMBER(" + x + ")," + x + ",IF(ISNUMBER(" + y + ")," + y + ",\"\"))";
    }

    /** A date typed as a date goes back as one; anything else typed goes back as the same text. */
    private static void typed(SheetTable.RowWriter w, ColumnSchema.Handle column, TypedDate value) {
        w.style(column.index(), StyleRole.DATE);
        if (value.date() != null) {
            w.date(column.index(), value.date());
        } else if (value.text() != null) {
            w.text(column.index(), value.text());
        }
    }

    /** Drop-downs on Status, Reason code and Outcome, date checks on the typed dates, over rows {@code first..last}. */
    static void validate(Sheet sheet, int first, int last, DisputeSettings settings) {
        Validations.list(sheet, first, last, STATUS, DisputeSheets.STATUSES);
        list(sheet, first, last, REASON_CODE, settings.reasonCodes());
        list(sheet, first, last, OUTCOME, settings.outcomes());
        for (ColumnSchema.Handle d : new ColumnSchema.Handle[] {OPENED, NEXT_ACTION_DATE, RESOLVED_DATE}) {
            Validations.date(sheet, first, last, d, "Enter a date, e.g. 2026-07-15");
        }
    }

    /** An explicit drop-down holds at most 255 characters: a longer list is left free (the summary still groups it). */
    private static void list(Sheet sheet, int first, int last, ColumnSchema.Handle column, java.util.List<String> values) {
        if (!values.isEmpty() && String.join(",", values).length() <= 255) {
            Validations.list(sheet, first, last, column, values.toArray(String[]::new));
        }
    }

    /** {@code 'Sheet'!$C$4:$C$9}: a column from the header row to the last row of the table. */
    static String range(String sheet, ColumnSchema.Handle column, int headerRow, int lastRow) {
        return SheetRefs.quote(sheet) + "!$" + column.letter() + "$" + (headerRow + 1) + ":$" + column.letter() + "$"
                + (Math.max(lastRow, headerRow) + 1);
    }
}
