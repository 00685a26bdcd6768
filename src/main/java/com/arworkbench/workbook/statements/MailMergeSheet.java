package com.arworkbench.workbook.statements;

import com.arworkbench.aging.AgingReport;
import com.arworkbench.aging.CustomerAging;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.statements.Statement;
import com.arworkbench.statements.StatementReport;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mail merge: one row per customer and currency, for a mail merge or an e-mail run: who to send to (from the
 * customer master), the statement's balance and overdue part (formulas pointing at the statement), the aging's
 * own balance for the customer with the difference, the activity's closing balance with its difference, where
 * the statement's pages are, and the PDF's file name.
 */
final class MailMergeSheet {

    static final String NAME = "Mail merge";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle NUMBER = SCHEMA.integer("No.");
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text("Customer ID");
    static final ColumnSchema.Handle CUSTOMER = SCHEMA.text("Customer");
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle CONTACT = SCHEMA.text("Contact");
    static final ColumnSchema.Handle EMAIL = SCHEMA.text("E-mail");
    static final ColumnSchema.Handle LANGUAGE = SCHEMA.text("Language");
    static final ColumnSchema.Handle BALANCE = SCHEMA.amount("Balance due");
    static final ColumnSchema.Handle OVERDUE = SCHEMA.amount("Overdue");
    static final ColumnSchema.Handle AGING_BALANCE = SCHEMA.amount("Aging balance");
    static final ColumnSchema.Handle AGING_DIFFERENCE = SCHEMA.amount("Balance less aging");
    static final ColumnSchema.Handle CLOSING = SCHEMA.amount("Activity closing");
    static final ColumnSchema.Handle CLOSING_DIFFERENCE = SCHEMA.amount("Closing less balance");
    static final ColumnSchema.Handle FIRST_ROW = SCHEMA.integer("First row");
    static final ColumnSchema.Handle PAGES = SCHEMA.text("Statement pages");
    static final ColumnSchema.Handle PDF = SCHEMA.text("PDF file");

    private final SheetTable table;

    MailMergeSheet(StyledWorkbook book) {
        this.table = book.table(NAME, SCHEMA.columns(), 3);
    }

    /**
     * One row per statement; those past the written pages ({@code placements} is shorter when the pack limits the
     * pages) carry their figures as values and say so under Statement pages.
     */
    List<SheetTable.Part> write(StatementReport report, List<StatementsSheet.Placement> placements, AgingReport aging) {
        Map<String, BigDecimal> agingBalance = new HashMap<>();
        for (CustomerAging c : aging.customers()) {
            agingBalance.put(c.currency() + "\u0000" + c.customer().key(), c.total());
        }
        int number = 0;
        for (Statement s : report.statements()) {
            number++;
            StatementsSheet.Placement at = number <= placements.size() ? placements.get(number - 1) : null;
            SheetTable.RowWriter w = table.row();
            int excel = w.rowIndex() + 1;
            CustomerProfile p = s.profile();
            w.number(NUMBER.index(), number).text(CUSTOMER_ID.index(), s.customer().id())
                    .text(CUSTOMER.index(), s.customer().displayName()).text(CURRENCY.index(), s.currency());
            if (p != null) {
                w.text(CONTACT.index(), p.contactName()).text(EMAIL.index(), p.email()).text(LANGUAGE.index(), p.language());
            }
            BigDecimal agingTotal = agingBalance.getOrDefault(s.currency() + "\u0000" + s.customer().key(), BigDecimal.ZERO);
            w.amount(AGING_BALANCE.index(), agingTotal);
            if (at != null) {
                w.formula(BALANCE.index(), cell(at.sheetName(), at.balanceRow()), s.balance().doubleValue());
                w.formula(OVERDUE.index(), cell(at.sheetName(), at.overdueRow()), s.overdue().doubleValue());
                w.number(FIRST_ROW.index(), at.firstRow() + 1).text(PAGES.index(), at.range());
            } else {
                w.amount(BALANCE.index(), s.balance()).amount(OVERDUE.index(), s.overdue())
                        .text(PAGES.index(), "not printed in this workbook (see the note above)");
            }
            w.formula(AGING_DIFFERENCE.index(), "ROUND(" + BALANCE.letter() + excel + "-" + AGING_BALANCE.letter() + excel
                    + ",2)", s.balance().subtract(agingTotal).doubleValue());
            if (s.activity() != null) {
                if (at != null && at.closingRow() >= 0) {
                    w.formula(CLOSING.index(), cell(at.sheetName(), at.closingRow()), s.activity().closing().doubleValue());
                } else {
                    w.amount(CLOSING.index(), s.activity().closing());
                }
                w.formula(CLOSING_DIFFERENCE.index(), "ROUND(" + CLOSING.letter() + excel + "-" + BALANCE.letter() + excel
                        + ",2)", s.activityDifference().doubleValue());
            }
            w.text(PDF.index(), StatementFiles.pdfName(number, s));
        }
        return table.finish();
    }

    private static String cell(String sheet, int row0) {
        return SheetRefs.quote(sheet) + "!" + StatementsSheet.AMOUNT.letter() + (row0 + 1);
    }
}
