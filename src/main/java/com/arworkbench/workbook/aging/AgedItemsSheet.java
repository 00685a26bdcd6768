package com.arworkbench.workbook.aging;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.model.OpenItem;
import com.arworkbench.workbook.Column;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.ArrayList;
import java.util.List;

/**
 * Detail (the pack's "Aging Detail") and Future-dated: one row per open item, streamed while the
 * export is read. Both sheets have these columns, declared once; a pack appends its forecast columns.
 */
final class AgedItemsSheet {

    private static final ColumnSchema ITEMS = new ColumnSchema();
    private static final ColumnSchema.Handle SOURCE_ROW = ITEMS.integer("Source row");
    private static final ColumnSchema.Handle CUSTOMER_ID = ITEMS.text("Customer ID");
    private static final ColumnSchema.Handle CUSTOMER_NAME = ITEMS.text("Customer name");
    private static final ColumnSchema.Handle DOCUMENT = ITEMS.text("Document no.");
    private static final ColumnSchema.Handle TYPE = ITEMS.text("Type");
    private static final ColumnSchema.Handle DOCUMENT_DATE = ITEMS.date("Document date");
    private static final ColumnSchema.Handle DUE_DATE = ITEMS.date("Due date");
    private static final ColumnSchema.Handle DAYS_PAST_DUE = ITEMS.integer("Days past due");
    private static final ColumnSchema.Handle BUCKET = ITEMS.text("Bucket");
    private static final ColumnSchema.Handle CURRENCY = ITEMS.text("Currency");
    private static final ColumnSchema.Handle AMOUNT = ITEMS.amount("Open amount");
    private static final ColumnSchema.Handle ORIGINAL = ITEMS.amount("Original amount");
    private static final ColumnSchema.Handle TYPE_TEXT = ITEMS.text("Document type (source)");
    private static final ColumnSchema.Handle REFERENCE = ITEMS.text("Reference");
    private static final ColumnSchema.Handle ENTITY = ITEMS.text("Entity");
    private static final ColumnSchema.Handle NOTE = ITEMS.text("Note");
    private static final ColumnSchema.Handle LOCAL = ITEMS.amount("Open amount (local currency)");
    /** Where the extra columns (the pack's forecast) begin. */
    private static final int EXTRA = ITEMS.size();

    private final SheetTable table;

    AgedItemsSheet(StyledWorkbook book, String name, List<Column> extraColumns, int maxRowIndex) {
        List<Column> columns = new ArrayList<>(ITEMS.columns());
        columns.addAll(extraColumns);
        this.table = book.table(name, columns, 3, maxRowIndex);
    }

    /** The item's row; per-row work stays this cheap, a million rows stream through it. */
    SheetTable.RowWriter write(AgedItem aged) {
        OpenItem i = aged.item();
        SheetTable.RowWriter w = table.row();
        w.number(SOURCE_ROW.index(), i.sourceRow()).text(CUSTOMER_ID.index(), i.customer().id())
                .text(CUSTOMER_NAME.index(), i.customer().name()).text(DOCUMENT.index(), i.documentNumber())
                .text(TYPE.index(), i.type().label()).date(DOCUMENT_DATE.index(), i.documentDate())
                .date(DUE_DATE.index(), i.dueDate()).number(DAYS_PAST_DUE.index(), aged.daysPastDue())
                .text(BUCKET.index(), aged.future() ? "Future-dated" : aged.bucket().label()).text(CURRENCY.index(), i.currency())
                .amount(AMOUNT.index(), i.openAmount()).amount(ORIGINAL.index(), i.originalAmount())
                .text(TYPE_TEXT.index(), i.typeText()).text(REFERENCE.index(), i.reference()).text(ENTITY.index(), i.entity());
        if (i.dueDateFromDocumentDate()) {
            w.text(NOTE.index(), "No due date in the export: aged from the document date");
        } else if (aged.future()) {
            w.text(NOTE.index(), "Document dated after the as-of date: not aged");
        }
        if (i.localAmount() != null) {
            w.amount(LOCAL.index(), i.localAmount());
        }
        return w;
    }

    /** The values of the extra columns, in their order. */
    static void extras(SheetTable.RowWriter w, List<Object> values) {
        for (int c = 0; c < values.size(); c++) {
            w.value(EXTRA + c, values.get(c));
        }
    }

    List<SheetTable.Part> finish() {
        return table.finish();
    }

    /** Σ Open amount over whole sheets, of one currency ({@code SUMIF}) or of all when {@code currency} is null. */
    static String openAmounts(List<String> sheets, String currency) {
        StringBuilder sb = new StringBuilder();
        for (String s : sheets) {
            String amounts = SheetRefs.wholeColumn(s, AMOUNT.index());
            sb.append(sb.length() == 0 ? "" : "+");
            if (currency == null) {
                sb.append("SUM(").append(amounts).append(")");
            } else {
                sb.append("SUMIF(").append(SheetRefs.wholeColumn(s, CURRENCY.index())).append(",\"")
                        .append(currency).append("\",").append(amounts).append(")");
            }
        }
        return sb.toString();
    }

    /** Σ of the local-currency column over the parts, of one bucket (by its label) or of all when {@code bucket} is null. */
    static String localAmounts(List<SheetTable.Part> parts, String bucket) {
        StringBuilder sb = new StringBuilder();
        for (SheetTable.Part p : parts) {
            String amounts = SheetRefs.wholeColumn(p.sheetName(), LOCAL.index());
            sb.append(sb.length() == 0 ? "" : "+");
            sb.append(bucket == null ? "SUM(" + amounts + ")"
                    : "SUMIF(" + SheetRefs.wholeColumn(p.sheetName(), BUCKET.index()) + ",\"" + bucket + "\"," + amounts + ")");
        }
        return sb.toString();
    }

    /** The sheets a table's rows went to. */
    static List<String> names(List<SheetTable.Part> parts) {
        return parts.stream().map(SheetTable.Part::sheetName).toList();
    }
}
