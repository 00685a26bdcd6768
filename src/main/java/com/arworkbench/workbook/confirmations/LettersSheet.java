package com.arworkbench.workbook.confirmations;

import com.arworkbench.confirmations.Confirmation;
import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.confirmations.Selection;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Letters: one row per confirmation letter for a mail merge: positive letters (reply in every case) for the key
 * items and the sampled balances; with {@code --negative} also negative letters (reply only if you disagree) for
 * the other positive balances. The balance points at the Confirmations row.
 */
final class LettersSheet {

    /** Its name in the confirmations workbook (the month-end pack names it apart from the dunning letters). */
    static final String NAME = "Letters";
    static final String POSITIVE = "Positive";
    static final String NEGATIVE = "Negative";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle NUMBER = SCHEMA.integer("No.");
    static final ColumnSchema.Handle KIND = SCHEMA.text("Letter");
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text("Customer ID");
    static final ColumnSchema.Handle TO = SCHEMA.text("To");
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle BALANCE = SCHEMA.amount("Balance");
    static final ColumnSchema.Handle AS_OF = SCHEMA.date("As of");
    static final ColumnSchema.Handle SUBJECT = SCHEMA.text("Subject");
    static final ColumnSchema.Handle BODY = SCHEMA.text("Body");

    private final SheetTable table;

    LettersSheet(StyledWorkbook book, String name) {
        this.table = book.table(name, SCHEMA.columns(), 3);
    }

    List<SheetTable.Part> write(ConfirmationReport report, String trackerName, TrackerSheet.Written tracker,
                                boolean negative) {
        LocalDate asOf = report.parameters().asOf();
        int number = 0;
        for (Confirmation c : report.confirmations()) {
            boolean positive = c.selection().confirmed();
            if (!positive && !(negative && c.selection() == Selection.NOT_SELECTED)) {
                continue;
            }
            number++;
            String key = ConfirmationsSection.key(c.balance().currency(), c.balance().customer());
            int row = tracker.rows().get(key);
            SheetTable.RowWriter w = table.row();
            BigDecimal amount = c.balance().amount();
            w.number(NUMBER.index(), number).text(KIND.index(), positive ? POSITIVE : NEGATIVE)
                    .text(CUSTOMER_ID.index(), c.balance().customer().id())
                    .text(TO.index(), c.balance().customer().displayName())
                    .text(CURRENCY.index(), c.balance().currency())
                    .formula(BALANCE.index(), SheetRefs.quote(trackerName) + "!" + TrackerSheet.BOOK.letter() + row,
                            amount.doubleValue())
                    .date(AS_OF.index(), asOf)
                    .text(SUBJECT.index(), "Confirmation of your account balance as of " + asOf)
                    .text(BODY.index(), body(positive, c.balance().currency(), amount, asOf));
        }
        return table.finish();
    }

    static String body(boolean positive, String currency, BigDecimal amount, LocalDate asOf) {
        String balance = (currency.isEmpty() ? "" : currency + " ") + String.format(java.util.Locale.ROOT, "%,.2f", amount);
        String intro = "Our auditors are examining our financial statements. Our records show that you owed us "
                + balance + " as of " + asOf + ". ";
        return intro + (positive
                ? "Please confirm directly to our auditors whether this agrees with your records: sign and return this "
                        + "letter stating 'Agreed', or give the balance you show and the details of any difference. "
                        + "Please reply even if you agree. This is not a request for payment."
                : "If this does not agree with your records, please tell our auditors directly the balance you show "
                        + "and the details of the difference. If it agrees, no reply is needed. This is not a request for payment.");
    }
}
