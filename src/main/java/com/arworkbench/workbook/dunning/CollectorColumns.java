package com.arworkbench.workbook.dunning;

import com.arworkbench.model.PreviousWorklist;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.Validations;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The columns collectors type in, shared by Worklist, Items and Excluded: the customer's Status and
 * promise, and per document Dispute, Dispute reason and Item notes. The next run reads them back.
 */
final class CollectorColumns {

    static final String YES = "Yes";
    private static final String[] YES_NO = {"Yes", "No"};

    private CollectorColumns() {
    }

    /** A Status drop-down and checked Promise date and Promise amount cells over rows {@code first..last}. */
    static void validatePromise(Sheet sheet, int first, int last, ColumnSchema.Handle status, ColumnSchema.Handle promiseDate,
                                ColumnSchema.Handle promiseAmount) {
        Validations.list(sheet, first, last, status, WorklistSheets.STATUSES);
        Validations.date(sheet, first, last, promiseDate, "Enter the date the customer promised to pay, e.g. 2026-07-15");
        Validations.amount(sheet, first, last, promiseAmount, "Enter the amount promised as a number, e.g. 1250.00");
    }

    /** Dispute, Dispute reason and Item notes: the collectors' per-document columns on Items and Excluded. */
    record Dispute(ColumnSchema.Handle dispute, ColumnSchema.Handle reason, ColumnSchema.Handle notes) {

        /** The three columns, declared on {@code schema} in this order. */
        static Dispute declare(ColumnSchema schema) {
            return new Dispute(schema.text(WorklistSheets.DISPUTE), schema.text(WorklistSheets.DISPUTE_REASON),
                    schema.text(WorklistSheets.ITEM_NOTES));
        }

        /** Dispute (Yes or blank), reason and notes from the export's flag and what collectors noted last time. */
        void write(SheetTable.RowWriter w, String exportDispute, PreviousWorklist.ItemState carried) {
            String flag = exportDispute != null ? exportDispute : carried == null ? null : carried.dispute();
            String why = carried != null && !Texts.blank(carried.disputeReason()) ? carried.disputeReason()
                    : flag != null && !"yes".equalsIgnoreCase(flag) ? flag : null;
            w.text(dispute.index(), flag == null ? null : YES).text(reason.index(), why)
                    .text(notes.index(), carried == null ? null : carried.notes());
        }

        /** A Yes / No drop-down on Dispute over rows {@code first..last}. */
        void validate(Sheet sheet, int first, int last) {
            Validations.list(sheet, first, last, dispute, YES_NO);
        }
    }
}
