package com.arworkbench.workbook.recon;

import static com.arworkbench.workbook.recon.ReconDataSheet.TYPE;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_PRIOR;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_REGISTER;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_SUBLEDGER;
import static com.arworkbench.workbook.recon.ReconFormulas.crit;
import static com.arworkbench.workbook.recon.ReconFormulas.round;
import static com.arworkbench.workbook.recon.ReconFormulas.sumifs;

import com.arworkbench.model.DocumentType;
import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.ReconRecord;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.recon.RollForward;
import com.arworkbench.workbook.Column;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import com.arworkbench.recon.GlRollForward;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Roll-forward: per entity and currency, opening AR (the prior period's open items) plus the period's
 * register movements is the computed closing, against the subledger's closing balance; below the
 * table the closing documents it cannot trace. Next to it the GL side: the GL detail's opening plus
 * its period debits and credits against its balance at the cut-off. A side without its inputs is a note.
 */
final class RollForwardSheet {

    static final String NAME = "Roll-forward";

    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle ENTITY = COLUMNS.text("Entity");
    private static final ColumnSchema.Handle CURRENCY = COLUMNS.text("Currency");
    private static final ColumnSchema.Handle OPENING = COLUMNS.amount("Opening AR");
    private static final ColumnSchema.Handle INVOICES = COLUMNS.amount("Invoices");
    private static final ColumnSchema.Handle RECEIPTS = COLUMNS.amount("Receipts");
    private static final ColumnSchema.Handle CREDITS = COLUMNS.amount("Credits");
    private static final ColumnSchema.Handle ADJUSTMENTS = COLUMNS.amount("Adjustments");
    private static final ColumnSchema.Handle WRITE_OFFS = COLUMNS.amount("Write-offs");
    private static final ColumnSchema.Handle COMPUTED = COLUMNS.amount("Computed closing");
    private static final ColumnSchema.Handle SUBLEDGER = COLUMNS.amount("Subledger closing");
    private static final ColumnSchema.Handle DIFFERENCE = COLUMNS.amount("Difference");
    /** Next to the subledger's: the same entity and currency rolled forward from the GL detail's own lines. */
    private static final ColumnSchema.Handle GL_OPENING = COLUMNS.amount("GL opening");
    private static final ColumnSchema.Handle GL_DEBITS = COLUMNS.amount("GL debits (invoices)");
    private static final ColumnSchema.Handle GL_CREDITS = COLUMNS.amount("GL credits (receipts, credits)");
    private static final ColumnSchema.Handle GL_COMPUTED = COLUMNS.amount("GL computed closing");
    private static final ColumnSchema.Handle GL_CLOSING = COLUMNS.amount("GL balance at the cut-off");
    private static final ColumnSchema.Handle GL_DIFFERENCE = COLUMNS.amount("GL difference");

    /** The list below the table: closing documents the roll-forward cannot trace. */
    private static final ColumnSchema BEHIND = new ColumnSchema();
    private static final ColumnSchema.Handle B_ENTITY = BEHIND.text("Entity");
    private static final ColumnSchema.Handle B_CURRENCY = BEHIND.text("Currency");
    private static final ColumnSchema.Handle B_DOCUMENT = BEHIND.text("Document");
    private static final ColumnSchema.Handle B_CUSTOMER = BEHIND.text("Customer");
    private static final ColumnSchema.Handle B_DATE = BEHIND.date("Document date");
    private static final ColumnSchema.Handle B_AMOUNT = BEHIND.amount("Amount");

    private static final String NO_SUBLEDGER_SIDE = "No subledger roll-forward: it needs the period's register (invoices, "
            + "receipts, credits, adjustments, write-offs) and the prior period's closing open items.";

    private final StyledWorkbook book;
    private final ReconReport report;
    /** Null when the report has no roll-forward. */
    private final SheetTable table;

    /** Declares the sheet, or puts the note where its table would go; before the book streams. */
    RollForwardSheet(StyledWorkbook book, ReconReport report) {
        this.book = book;
        this.report = report;
        this.table = report.rollForwards().isEmpty() && report.glRollForwards().isEmpty() ? null
                : book.table(NAME, COLUMNS.columns(), 2);
        XSSFSheet sheet = book.template().workbook().getSheet(NAME);
        if (table == null && sheet != null) {
            Cell marker = ColumnsMarker.find(sheet);
            if (marker != null) {
                marker.setCellValue(NO_SUBLEDGER_SIDE + " The GL side needs GL detail lines, or a trial balance with "
                        + "opening balance, debit and credit columns.");
                marker.setCellStyle(book.style(StyleRole.KEY));
            }
            SheetTable.setUpPrinting(sheet);
        }
    }

    void write() {
        if (table == null) {
            return;
        }
        // One row per entity and currency, whichever side has it: the subledger's and the GL's side by side.
        Map<LedgerKey, RollForward> subledger = new TreeMap<>();
        report.rollForwards().forEach(rf -> subledger.put(rf.key(), rf));
        Map<LedgerKey, GlRollForward> gl = new TreeMap<>();
        report.glRollForwards().forEach(rf -> gl.put(rf.key(), rf));
        Set<LedgerKey> keys = new TreeSet<>(subledger.keySet());
        keys.addAll(gl.keySet());
        for (LedgerKey k : keys) {
            SheetTable.RowWriter w = table.row();
            w.text(ENTITY.index(), k.entity()).text(CURRENCY.index(), k.currency());
            if (subledger.containsKey(k)) {
                rollForward(w, subledger.get(k));
            }
            if (gl.containsKey(k)) {
                glRollForward(w, gl.get(k));
            }
        }
        table.footerRow();
        if (report.rollForwards().isEmpty()) {
            table.footerRow().text(ENTITY.index(), NO_SUBLEDGER_SIDE).style(ENTITY.index(), StyleRole.TOTAL_LABEL);
            table.finish();
            return;
        }
        // Below the table (outside its filter): the closing documents the roll-forward cannot trace.
        List<ReconRecord> behind = report.rollForwards().stream().flatMap(f -> f.itemsBehind().stream()).toList();
        table.footerRow().text(ENTITY.index(), behind.isEmpty()
                ? "Every closing subledger document is in the prior period or the register."
                : "Items behind a difference: closing subledger documents in neither the prior period nor the register")
                .style(ENTITY.index(), StyleRole.TOTAL_LABEL);
        if (!behind.isEmpty()) {
            SheetTable.RowWriter h = table.footerRow();
            List<Column> labels = BEHIND.columns();
            for (int i = 0; i < labels.size(); i++) {
                h.text(i, labels.get(i).header()).style(i, StyleRole.HEADER);
            }
            for (ReconRecord rec : behind) {
                table.footerRow().text(B_ENTITY.index(), rec.entity()).text(B_CURRENCY.index(), rec.currency())
                        .text(B_DOCUMENT.index(), rec.document()).text(B_CUSTOMER.index(), rec.customer())
                        .date(B_DATE.index(), rec.date()).style(B_DATE.index(), StyleRole.DATE)
                        .amount(B_AMOUNT.index(), rec.amount());
            }
        }
        table.finish();
    }

    private void rollForward(SheetTable.RowWriter w, RollForward rf) {
        LedgerKey k = rf.key();
        String where = ReconFormulas.ofLedger(k);
        int r = w.rowIndex() + 1;
        w.formula(OPENING.index(), round(sumifs(FROM_PRIOR + where)), rf.opening().doubleValue());
        w.formula(INVOICES.index(), round(registerOf(DocumentType.INVOICE, where) + "+" + registerOf(DocumentType.DEBIT_MEMO, where)
                + "+" + registerOf(DocumentType.FINANCE_CHARGE, where)), rf.invoices().doubleValue());
        w.formula(RECEIPTS.index(), round(registerOf(DocumentType.PAYMENT, where)), rf.receipts().doubleValue());
        w.formula(CREDITS.index(), round(registerOf(DocumentType.CREDIT_MEMO, where)), rf.credits().doubleValue());
        w.formula(WRITE_OFFS.index(), round(registerOf(DocumentType.WRITE_OFF, where)), rf.writeOffs().doubleValue());
        // Adjustments are every other movement: the register's total less the typed columns.
        w.formula(ADJUSTMENTS.index(), round(sumifs(FROM_REGISTER + where) + "-" + INVOICES.letter() + r
                + "-" + RECEIPTS.letter() + r + "-" + CREDITS.letter() + r + "-" + WRITE_OFFS.letter() + r),
                rf.adjustments().doubleValue());
        w.formula(COMPUTED.index(), round("SUM(" + OPENING.letter() + r + ":" + WRITE_OFFS.letter() + r + ")"),
                rf.computedClosing().doubleValue());
        w.formula(SUBLEDGER.index(), round(sumifs(FROM_SUBLEDGER + where)), rf.subledgerClosing().doubleValue());
        w.formula(DIFFERENCE.index(), round(SUBLEDGER.letter() + r + "-" + COMPUTED.letter() + r), rf.difference().doubleValue());
        ReconFormulas.flagNonZero(book.sheet(NAME), r - 1, DIFFERENCE);
    }

    /** Opening + the period's debits + its credits, against the GL balance at the cut-off. */
    private void glRollForward(SheetTable.RowWriter w, GlRollForward rf) {
        int r = w.rowIndex() + 1;
        if (rf.fromTrialBalance()) {
            // The trial balance's own columns: figures of the export, not sums over Recon Data.
            w.amount(GL_OPENING.index(), rf.opening()).amount(GL_DEBITS.index(), rf.debits()).amount(GL_CREDITS.index(), rf.credits());
        } else {
            w.formula(GL_OPENING.index(), ReconFormulas.glOpening(rf.key(), rf.periodStart()), rf.opening().doubleValue());
            w.formula(GL_DEBITS.index(), ReconFormulas.glMovements(rf.key(), rf.periodStart(), report.parameters().asOf(), ">0"),
                    rf.debits().doubleValue());
            w.formula(GL_CREDITS.index(), ReconFormulas.glMovements(rf.key(), rf.periodStart(), report.parameters().asOf(), "<0"),
                    rf.credits().doubleValue());
        }
        w.formula(GL_COMPUTED.index(), round("SUM(" + GL_OPENING.letter() + r + ":" + GL_CREDITS.letter() + r + ")"),
                rf.computedClosing().doubleValue());
        w.formula(GL_CLOSING.index(), ReconFormulas.glClosing(rf.key()), rf.closing().doubleValue());
        w.formula(GL_DIFFERENCE.index(), round(GL_CLOSING.letter() + r + "-" + GL_COMPUTED.letter() + r), rf.difference().doubleValue());
        ReconFormulas.flagNonZero(book.sheet(NAME), r - 1, GL_DIFFERENCE);
    }

    /** The register's movements of one document type. */
    private static String registerOf(DocumentType type, String where) {
        return sumifs(FROM_REGISTER + crit(TYPE, type.label()) + where);
    }
}
