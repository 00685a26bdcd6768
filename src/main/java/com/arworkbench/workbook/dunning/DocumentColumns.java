package com.arworkbench.workbook.dunning;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;

/**
 * Customer ID, Customer name, Currency and Document no.: the first columns of Items and Excluded, by
 * which the next run finds each document's notes again.
 */
record DocumentColumns(ColumnSchema.Handle customerId, ColumnSchema.Handle customerName, ColumnSchema.Handle currency,
                       ColumnSchema.Handle document) {

    /** The four columns, declared on {@code schema} in this order. */
    static DocumentColumns declare(ColumnSchema schema) {
        return new DocumentColumns(schema.text(WorklistSheets.CUSTOMER_ID), schema.text(WorklistSheets.CUSTOMER_NAME),
                schema.text(WorklistSheets.CURRENCY), schema.text(WorklistSheets.DOCUMENT));
    }

    void write(SheetTable.RowWriter w, OpenItem i) {
        w.text(customerId.index(), i.customer().id()).text(customerName.index(), i.customer().displayName())
                .text(currency.index(), i.currency()).text(document.index(), i.documentNumber());
    }
}
