package com.arworkbench.workbook.allowance;

import com.arworkbench.allowance.TracedWriteOff;
import com.arworkbench.allowance.WriteOff;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.List;
import java.util.stream.Collectors;

/** Write-offs: every write-off read, the invoices it was traced to and how, and what no invoice explains. */
final class WriteOffsSheet {

    static final String NAME = "Write-offs";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle FILE = SCHEMA.text("File");
    static final ColumnSchema.Handle ROW = SCHEMA.integer("Source row");
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text("Customer ID");
    static final ColumnSchema.Handle CUSTOMER = SCHEMA.text("Customer");
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle DOCUMENT = SCHEMA.text("Document");
    static final ColumnSchema.Handle DATE = SCHEMA.date("Date");
    static final ColumnSchema.Handle AMOUNT = SCHEMA.amount("Amount written off");
    static final ColumnSchema.Handle TRACED = SCHEMA.amount("Traced to invoices");
    static final ColumnSchema.Handle UNTRACED = SCHEMA.amount("Not traced");
    static final ColumnSchema.Handle HOW = SCHEMA.text("How traced");
    static final ColumnSchema.Handle INVOICES = SCHEMA.text("Invoices (amount)");

    private final SheetTable table;

    WriteOffsSheet(StyledWorkbook book) {
        this.table = book.table(NAME, SCHEMA.columns(), 4);
    }

    void write(List<TracedWriteOff> writeOffs) {
        for (TracedWriteOff t : writeOffs) {
            WriteOff w = t.writeOff();
            SheetTable.RowWriter r = table.row();
            int x = r.rowIndex() + 1;
            r.text(FILE.index(), w.file()).number(ROW.index(), w.sourceRow()).text(CUSTOMER_ID.index(), w.customer().id())
                    .text(CUSTOMER.index(), w.customer().name()).text(CURRENCY.index(), w.currency())
                    .text(DOCUMENT.index(), w.document()).date(DATE.index(), w.date()).amount(AMOUNT.index(), w.amount())
                    .amount(TRACED.index(), t.traced())
                    .formula(UNTRACED.index(), "ROUND(" + AMOUNT.letter() + x + "-" + TRACED.letter() + x + ",2)",
                            t.untraced().doubleValue())
                    .text(HOW.index(), t.how().label())
                    .text(INVOICES.index(), t.portions().stream().map(p -> p.document() + " (" + p.amount().toPlainString()
                            + ")").collect(Collectors.joining(", ")));
        }
        table.finish();
    }

    static String sumOf(ColumnSchema.Handle column, String currency) {
        return "SUMIFS(" + SheetRefs.wholeColumn(NAME, column.index()) + "," + SheetRefs.wholeColumn(NAME, CURRENCY.index())
                + "," + SheetRefs.exactCriterion(currency) + ")";
    }
}
