package com.arworkbench.workbook.recon;

import com.arworkbench.model.OpenItem;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

/** Unapplied Cash: the subledger's receipts and credits still open at the as-of date, with their age and a total per currency. */
final class UnappliedCashSheet {

    static final String NAME = "Unapplied Cash";

    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle CUSTOMER_ID = COLUMNS.text("Customer ID");
    private static final ColumnSchema.Handle CUSTOMER_NAME = COLUMNS.text("Customer name");
    private static final ColumnSchema.Handle DOCUMENT = COLUMNS.text("Document");
    private static final ColumnSchema.Handle TYPE = COLUMNS.text("Type");
    private static final ColumnSchema.Handle DOCUMENT_DATE = COLUMNS.date("Document date");
    private static final ColumnSchema.Handle DUE_DATE = COLUMNS.date("Due date");
    private static final ColumnSchema.Handle AGE = COLUMNS.integer("Age (days)");
    private static final ColumnSchema.Handle AMOUNT = COLUMNS.amount("Amount");
    private static final ColumnSchema.Handle CURRENCY = COLUMNS.text("Currency");
    private static final ColumnSchema.Handle ENTITY = COLUMNS.text("Entity");
    private static final ColumnSchema.Handle SOURCE_ROW = COLUMNS.integer("Source row");

    private final SheetTable table;

    /** Declares the sheet; before the book streams. */
    UnappliedCashSheet(StyledWorkbook book) {
        this.table = book.table(NAME, COLUMNS.columns(), 2);
    }

    void write(ReconReport report) {
        LocalDate asOf = report.parameters().asOf();
        int first = table.nextRowIndex();
        Map<String, BigDecimal> totals = new TreeMap<>();
        for (OpenItem i : report.unappliedAndCredits()) {
            LocalDate from = i.documentDate() != null ? i.documentDate() : i.dueDate();
            table.row().text(CUSTOMER_ID.index(), i.customer().id()).text(CUSTOMER_NAME.index(), i.customer().name())
                    .text(DOCUMENT.index(), i.documentNumber()).text(TYPE.index(), i.type().label())
                    .date(DOCUMENT_DATE.index(), i.documentDate()).date(DUE_DATE.index(), i.dueDate())
                    .number(AGE.index(), ChronoUnit.DAYS.between(from, asOf)).amount(AMOUNT.index(), i.openAmount())
                    .text(CURRENCY.index(), i.currency()).text(ENTITY.index(), i.entity())
                    .number(SOURCE_ROW.index(), i.sourceRow());
            totals.merge(i.currency() == null ? "" : i.currency(), i.openAmount(), BigDecimal::add);
        }
        int last = table.nextRowIndex() - 1;
        table.footerRow();
        if (totals.isEmpty()) {
            table.footerRow().text(CUSTOMER_ID.index(), "No unapplied cash or open credits at the as-of date"); // first column
        }
        String amounts = "$" + AMOUNT.letter() + "$" + (first + 1) + ":$" + AMOUNT.letter() + "$" + (last + 1);
        String currencies = "$" + CURRENCY.letter() + "$" + (first + 1) + ":$" + CURRENCY.letter() + "$" + (last + 1);
        totals.forEach((currency, sum) -> {
            SheetTable.RowWriter w = table.footerRow();
            // The label in the first column.
            w.text(CUSTOMER_ID.index(), "Total" + (currency.isEmpty() ? "" : " " + currency))
                    .style(CUSTOMER_ID.index(), StyleRole.TOTAL_LABEL);
            w.text(CURRENCY.index(), currency).style(CURRENCY.index(), StyleRole.TOTAL_LABEL);
            w.formula(AMOUNT.index(), ReconFormulas.round(totals.size() == 1 ? "SUM(" + amounts + ")"
                    : "SUMIF(" + currencies + "," + SheetRefs.exactCriterion(currency) + "," + amounts + ")"), sum.doubleValue())
                    .style(AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
        });
        table.finish();
    }
}
