package com.arworkbench.workbook.dunning;

import com.arworkbench.dunning.DunningReport;
import com.arworkbench.dunning.Letter;
import com.arworkbench.dunning.Notice;
import com.arworkbench.model.WorklistSheets;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.VerticalAlignment;

/** Letters: one row per notice with the filled letter, its body wrapped in a letter-wide column. */
final class LettersSheet {

    static final String NAME = "Letters";
    private static final int BODY_WIDTH = 80;

    private static final ColumnSchema SCHEMA = new ColumnSchema();
    static final ColumnSchema.Handle RANK = SCHEMA.integer("Rank");
    static final ColumnSchema.Handle CUSTOMER_ID = SCHEMA.text(WorklistSheets.CUSTOMER_ID);
    static final ColumnSchema.Handle CUSTOMER_NAME = SCHEMA.text(WorklistSheets.CUSTOMER_NAME);
    static final ColumnSchema.Handle LANGUAGE = SCHEMA.text("Language");
    static final ColumnSchema.Handle TO = SCHEMA.text("To");
    static final ColumnSchema.Handle CC = SCHEMA.text("Cc");
    static final ColumnSchema.Handle SUBJECT = SCHEMA.text("Subject");
    static final ColumnSchema.Handle BODY = SCHEMA.text("Body");
    static final ColumnSchema.Handle LEVEL = SCHEMA.integer(WorklistSheets.LEVEL);
    // The letter's arithmetic beside it, so a collector can see what it demands and why before sending it.
    static final ColumnSchema.Handle OVERDUE = SCHEMA.amount("Overdue");
    static final ColumnSchema.Handle OPEN_CREDITS = SCHEMA.amount("Open credits");
    static final ColumnSchema.Handle CREDITS_DEDUCTED = SCHEMA.amount("Credits deducted");
    static final ColumnSchema.Handle NET_AMOUNT_DUE = SCHEMA.amount("Net amount due");
    static final ColumnSchema.Handle CURRENCY = SCHEMA.text(WorklistSheets.CURRENCY);

    private final StyledWorkbook book;
    private final SheetTable table;
    /** Each column style, aligned to the top: one per style, however many columns share it. */
    private final Map<Short, CellStyle> topAligned = new HashMap<>();

    /** Declares the sheet: before the book streams. */
    LettersSheet(StyledWorkbook book) {
        this.book = book;
        CellStyle wrapTop = book.template().workbook().createCellStyle();
        wrapTop.cloneStyleFrom(book.style(StyleRole.TEXT));
        wrapTop.setVerticalAlignment(VerticalAlignment.TOP);
        wrapTop.setWrapText(true);
        // Every cell aligned to the top, so a row reads with its tall body; the body wrapped.
        this.table = book.table(NAME, SCHEMA.columns(), 3)
                .restyleColumns((col, style) -> col == BODY.index() ? wrapTop : topAligned(style));
    }

    /** The letter's language; without a letter, the customer's. */
    static String language(Notice n) {
        if (n.letter() != null && n.letter().language() != null) {
            return n.letter().language();
        }
        return n.profile() == null ? null : n.profile().language();
    }

    void write(DunningReport report) {
        for (Notice n : report.notices()) {
            Letter l = n.letter();
            SheetTable.RowWriter w = table.row();
            w.number(RANK.index(), n.rank()).text(CUSTOMER_ID.index(), n.customer().id())
                    .text(CUSTOMER_NAME.index(), n.customer().displayName()).text(LANGUAGE.index(), language(n));
            if (l != null) {
                w.text(TO.index(), l.to()).text(CC.index(), l.cc()).text(SUBJECT.index(), l.subject())
                        .text(BODY.index(), l.body());
            }
            // Values, not a formula: the Checks sheet recomputes the net amount from its parts and compares.
            w.number(LEVEL.index(), n.level()).amount(OVERDUE.index(), n.overdue())
                    .amount(OPEN_CREDITS.index(), n.openCredits()).amount(CREDITS_DEDUCTED.index(), n.creditsDeducted())
                    .amount(NET_AMOUNT_DUE.index(), n.netAmountDue()).text(CURRENCY.index(), n.currency());
            w.height(Math.min(409, 15 * Math.max(1, lines(l == null ? "" : l.body()))));
        }
        table.finish();
        book.sheet(NAME).setColumnWidth(BODY.index(), (BODY_WIDTH + 2) * 256);
    }

    /** Lines the body takes when wrapped at the column's width. */
    private static int lines(String body) {
        int n = 0;
        for (String line : body.split("\n", -1)) {
            n += Math.max(1, (line.length() + BODY_WIDTH - 1) / BODY_WIDTH);
        }
        return n;
    }

    private CellStyle topAligned(CellStyle base) {
        return topAligned.computeIfAbsent(base.getIndex(), k -> {
            CellStyle s = book.template().workbook().createCellStyle();
            s.cloneStyleFrom(base);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }
}
