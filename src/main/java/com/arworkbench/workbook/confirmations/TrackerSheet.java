package com.arworkbench.workbook.confirmations;

import com.arworkbench.confirmations.Confirmation;
import com.arworkbench.confirmations.ConfirmationReport;
import com.arworkbench.confirmations.CurrencySample;
import com.arworkbench.confirmations.Projection;
import com.arworkbench.confirmations.Reply;
import com.arworkbench.confirmations.Selection;
import com.arworkbench.confirmations.Stratum;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.workbook.Validations;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Confirmations: one row per customer balance and currency (the whole population, so that it ties to the aging),
 * with why it was or was not selected and, for the selected ones, the reply tracker: Reply, Amount confirmed,
 * Notes (typed, read back by the next run with {@code --previous}), the Difference and the Projected misstatement
 * as live formulas, and the receipts after the as-of date from the invoice history as alternative evidence.
 */
final class TrackerSheet {

    /** Its name in the confirmations workbook; the month-end pack names it the same (see {@link ConfirmationsSection.Sheets}). */
    static final String NAME = "Confirmations";

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle NUMBER = SCHEMA.integer("No.");
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text("Customer ID");
    static final ColumnSchema.Handle CUSTOMER = SCHEMA.text("Customer");
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text("Currency");
    static final ColumnSchema.Handle ITEMS = SCHEMA.integer("Open items");
    static final ColumnSchema.Handle BOOK = SCHEMA.amount("Book balance");
    static final ColumnSchema.Handle SELECTION = SCHEMA.text("Selection");
    static final ColumnSchema.Handle POINTS = SCHEMA.integer("Selection points");
    static final ColumnSchema.Handle STRATUM = SCHEMA.integer("Stratum");
    static final ColumnSchema.Handle FROM = SCHEMA.amount("Cumulative from");
    static final ColumnSchema.Handle INTERVAL = SCHEMA.amount("Interval");
    static final ColumnSchema.Handle REPLY = SCHEMA.text("Reply");
    static final ColumnSchema.Handle CONFIRMED = SCHEMA.amount("Amount confirmed");
    static final ColumnSchema.Handle DIFFERENCE = SCHEMA.amount("Difference");
    static final ColumnSchema.Handle PROJECTED = SCHEMA.amount("Projected misstatement");
    static final ColumnSchema.Handle RECEIPTS = SCHEMA.amount("Receipts after as-of");
    static final ColumnSchema.Handle NOTES = SCHEMA.text("Notes");

    /** The headers the next run reads back (by their text). */
    static final List<String> READ_BACK = List.of(CUSTOMER_ID.header(), CURRENCY.header(), REPLY.header(),
            CONFIRMED.header(), NOTES.header());

    private final SheetTable table;
    private final StyledWorkbook book;
    private final String name;

    TrackerSheet(StyledWorkbook book, String name) {
        this.book = book;
        this.name = name;
        this.table = book.table(name, SCHEMA.columns(), 3);
    }

    String name() {
        return name;
    }

    /** The Excel row (1-based) of each balance, by {@link ConfirmationsSection#key}, for the letters' formulas. */
    record Written(List<SheetTable.Part> parts, Map<String, Integer> rows, Map<String, BigDecimal> projected,
                   Map<String, BigDecimal> projectedByStratum) {
    }

    /** {@code strataSheet}: where a stratified sample's strata are (their projection factors). */
    Written write(ConfirmationReport report, Map<String, Long> items, Map<String, Reply> replies,
                  Map<String, BigDecimal> receipts, String strataSheet) {
        Map<String, BigDecimal> intervals = new HashMap<>();
        Map<String, Stratum> strata = new HashMap<>();
        for (CurrencySample s : report.samples()) {
            if (s.interval() != null) {
                intervals.put(s.currency(), s.interval());
            }
            s.strata().forEach(h -> strata.put(s.currency() + "\u0000" + h.number(), h));
        }
        Map<String, BigDecimal> projectedByStratum = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        Map<String, BigDecimal> projectedByCurrency = new HashMap<>();
        int number = 0;
        int first = -1;
        int last = -1;
        for (Confirmation c : report.confirmations()) {
            number++;
            String key = ConfirmationsSection.key(c.balance().currency(), c.balance().customer());
            SheetTable.RowWriter w = table.row();
            int excel = w.rowIndex() + 1;
            rows.put(key, excel);
            w.number(NUMBER.index(), number).text(CUSTOMER_ID.index(), c.balance().customer().id())
                    .text(CUSTOMER.index(), c.balance().customer().displayName())
                    .text(CURRENCY.index(), c.balance().currency())
                    .number(ITEMS.index(), items.getOrDefault(key, 0L))
                    .amount(BOOK.index(), c.balance().amount())
                    .text(SELECTION.index(), c.selection().label());
            BigDecimal interval = intervals.get(c.balance().currency());
            if (c.points() > 0) {
                w.number(POINTS.index(), c.points());
            }
            if (c.stratum() > 0) {
                w.number(STRATUM.index(), c.stratum());
            }
            if (c.cumulativeFrom() != null) {
                w.amount(FROM.index(), c.cumulativeFrom());
            }
            if (interval != null) {
                w.amount(INTERVAL.index(), interval);
            }
            BigDecimal receipt = receipts.get(key);
            if (receipt != null) {
                w.amount(RECEIPTS.index(), receipt);
            }
            if (!c.selection().confirmed()) {
                continue;
            }
            if (first < 0) {
                first = w.rowIndex();
            }
            last = w.rowIndex();
            Reply reply = replies.get(key);
            BigDecimal difference = null;
            if (reply != null) {
                if (reply.reply() != null && !reply.reply().isBlank()) {
                    w.text(REPLY.index(), reply.reply());
                }
                if (reply.amountConfirmed() != null) {
                    w.amount(CONFIRMED.index(), reply.amountConfirmed());
                }
                if (reply.notes() != null && !reply.notes().isBlank()) {
                    w.text(NOTES.index(), reply.notes());
                }
                difference = reply.difference(c.balance().amount());
            }
            String conf = CONFIRMED.letter() + excel;
            String diff = DIFFERENCE.letter() + excel;
            String bookCell = BOOK.letter() + excel;
            if (difference == null) {
                w.formula(DIFFERENCE.index(), "IF(" + conf + "=\"\",\"\",ROUND(" + bookCell + "-" + conf + ",2))", "");
            } else {
                w.formula(DIFFERENCE.index(), "IF(" + conf + "=\"\",\"\",ROUND(" + bookCell + "-" + conf + ",2))",
                        difference.doubleValue());
            }
            String stratumKey = c.balance().currency() + "\u0000" + c.stratum();
            BigDecimal projected = Projection.projected(c, interval, strata.get(stratumKey), difference);
            projectedByCurrency.merge(c.balance().currency(), projected, BigDecimal::add);
            if (c.selection() == Selection.SAMPLED_STRATUM) {
                // Ratio estimation: the difference times the stratum's book value over its sampled book value.
                projectedByStratum.merge(stratumKey, projected, BigDecimal::add);
                w.formula(PROJECTED.index(), "IF(" + diff + "=\"\",0,ROUND(" + diff + "*" + StrataSheet.factor(strataSheet,
                        c.balance().currency(), STRATUM.letter() + excel) + ",2))", projected.doubleValue());
                continue;
            }
            String actualOnly = c.selection() == Selection.KEY_ITEM || interval == null ? "TRUE"
                    : bookCell + ">=" + INTERVAL.letter() + excel;
            w.formula(PROJECTED.index(), "IF(" + diff + "=\"\",0,IF(" + actualOnly + "," + diff + ",ROUND(" + diff
                    + "/" + bookCell + "*" + INTERVAL.letter() + excel + ",2)))", projected.doubleValue());
        }
        List<SheetTable.Part> parts = table.finish();
        if (first >= 0) {
            Validations.list(book.sheet(name), first, last, REPLY, Reply.CHOICES);
        }
        return new Written(parts, rows, projectedByCurrency, projectedByStratum);
    }
}
