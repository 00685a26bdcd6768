package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.ExcludedItem;
import com.arworkbench.dunning.Notice;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Top 10: the customers with the most overdue, dunned or not, and what holds the rest back. */
final class TopTenSheet {

    static final String NAME = "Top 10";
    private static final int TOP = 10;

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle RANK = SCHEMA.integer("Rank");
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text(WorklistSheets.CUSTOMER_ID);
    static final ColumnSchema.Handle CUSTOMER_NAME = SCHEMA.text(WorklistSheets.CUSTOMER_NAME);
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text(WorklistSheets.CURRENCY);
    static final ColumnSchema.Handle OVERDUE = SCHEMA.amount("Overdue");
    static final ColumnSchema.Handle DUNNED = SCHEMA.amount("of which dunned");
    static final ColumnSchema.Handle EXCLUDED = SCHEMA.amount("of which excluded");
    static final ColumnSchema.Handle LEVEL_OR_RULE = SCHEMA.text("Level / rule");

    /** A customer in a currency with everything overdue, dunned or not. */
    private static final class Delinquent {
        final String id;
        final String name;
        final String currency;
        BigDecimal dunned = BigDecimal.ZERO;
        BigDecimal excluded = BigDecimal.ZERO;
        Notice notice;
        final Set<String> rules = new LinkedHashSet<>();

        Delinquent(String id, String name, String currency) {
            this.id = id;
            this.name = name;
            this.currency = currency;
        }

        BigDecimal overdue() {
            return dunned.add(excluded);
        }

        /** "Level 2 · Second notice (excluded: Disputed)", or only the rules when the customer got no notice. */
        String levelOrRule() {
            if (notice == null) {
                return String.join(", ", rules);
            }
            return "Level " + notice.level() + " · " + notice.levelName()
                    + (rules.isEmpty() ? "" : " (excluded: " + String.join(", ", rules) + ")");
        }
    }

    private final SheetTable table;

    /** Declares the sheet: before the book streams. */
    TopTenSheet(StyledWorkbook book) {
        this.table = book.table(NAME, SCHEMA.columns(), 3);
    }

    void write(DunningReport report) {
        Map<String, Delinquent> all = new LinkedHashMap<>();
        for (Notice n : report.notices()) {
            Delinquent d = all.computeIfAbsent(n.customer().key() + "\u0000" + n.currency(),
                    k -> new Delinquent(n.customer().id(), n.customer().displayName(), n.currency()));
            d.dunned = d.dunned.add(n.overdue());
            d.notice = n;
        }
        for (ExcludedItem x : report.excluded()) {
            OpenItem i = x.item();
            Delinquent d = all.computeIfAbsent(i.customer().key() + "\u0000" + i.currency(),
                    k -> new Delinquent(i.customer().id(), i.customer().displayName(), i.currency()));
            d.excluded = d.excluded.add(i.openAmount());
            d.rules.add(x.rule().label());
        }
        List<Delinquent> ranked = all.values().stream().filter(d -> d.overdue().signum() > 0)
                .sorted(Comparator.comparing(Delinquent::overdue).reversed().thenComparing(d -> d.name))
                .limit(TOP).toList();
        int rank = 0;
        for (Delinquent d : ranked) {
            SheetTable.RowWriter w = table.row();
            int excel = w.rowIndex() + 1;
            w.number(RANK.index(), ++rank).text(CUSTOMER_ID.index(), d.id).text(CUSTOMER_NAME.index(), d.name)
                    .text(CURRENCY.index(), d.currency)
                    .formula(OVERDUE.index(), DUNNED.letter() + excel + "+" + EXCLUDED.letter() + excel, d.overdue().doubleValue())
                    .amount(DUNNED.index(), d.dunned).amount(EXCLUDED.index(), d.excluded)
                    .text(LEVEL_OR_RULE.index(), d.levelOrRule());
        }
        table.finish();
    }
}
