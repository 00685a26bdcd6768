package com.arworkbench.workbook.recon;

import static com.arworkbench.workbook.recon.ReconDataSheet.STATUS;
import static com.arworkbench.workbook.recon.ReconDataSheet.TYPE;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_GL;
import static com.arworkbench.workbook.recon.ReconFormulas.FROM_SUBLEDGER;
import static com.arworkbench.workbook.recon.ReconFormulas.countifs;
import static com.arworkbench.workbook.recon.ReconFormulas.crit;
import static com.arworkbench.workbook.recon.ReconFormulas.round;
import static com.arworkbench.workbook.recon.ReconFormulas.sumifs;

import com.arworkbench.model.DocumentType;
import com.arworkbench.recon.LedgerComparison;
import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.MatchStatus;
import com.arworkbench.recon.ReconReport;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import com.arworkbench.workbook.SheetTable;
import com.arworkbench.workbook.StyleRole;
import com.arworkbench.workbook.StyledWorkbook;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;

/**
 * The reconciliation summary (Summary on its own, Reconciliation in the pack): per entity and
 * currency the subledger total, the GL balance at the cut-off, their difference = identified
 * reconciling items + items to investigate (each with its categories), and the reconciliation status
 * against the materiality threshold. Every figure is a live SUMIFS / COUNTIFS over the Recon Data
 * table with the engine's value cached. Above the blocks, one line says the overall status and, when
 * the ledgers share almost no documents, that the GL probably belongs elsewhere.
 */
final class ReconSummarySheet {

    private static final ColumnSchema COLUMNS = new ColumnSchema();
    private static final ColumnSchema.Handle ENTITY = COLUMNS.text("Entity");
    private static final ColumnSchema.Handle CURRENCY = COLUMNS.text("Currency");
    private static final ColumnSchema.Handle LINE = COLUMNS.text("Line");
    private static final ColumnSchema.Handle AMOUNT = COLUMNS.amount("Amount");
    private static final ColumnSchema.Handle RECORDS = COLUMNS.integer("Records");
    private static final ColumnSchema.Handle HOW = COLUMNS.text("How it is computed");

    private static final String SUBLEDGER_TOTAL = "Subledger total (open items)";
    private static final String GL_BALANCE = "GL balance at the cut-off";
    private static final String DIFFERENCE = "Difference (GL − subledger)";
    private static final String IDENTIFIED = "Identified reconciling items (evidence)";
    private static final String TO_INVESTIGATE = "To investigate (no evidence)";
    private static final String MATERIALITY = "Materiality threshold";
    private static final String UNAPPLIED_INFO = "Unapplied cash in the subledger (info)";

    /** Rows (0-based) of one entity/currency block, for the checks that refer to them. */
    record Block(int subledger, int gl, int difference, int identified, int toInvestigate, int status) {
    }

    private final StyledWorkbook book;
    private final String name;
    private final SheetTable table;
    /** The text style, indented further: the reconciling categories under the difference. */
    private final CellStyle indented;

    /** Declares the sheet {@code name} and writes its status line above the table; before the book streams. */
    ReconSummarySheet(StyledWorkbook book, String name, ReconReport report) {
        this.book = book;
        this.name = name;
        this.table = book.table(name, COLUMNS.columns(), 3).poiRows(); // category lines are indented through the sheet
        this.indented = book.template().workbook().createCellStyle();
        indented.cloneStyleFrom(book.style(StyleRole.TEXT));
        indented.setAlignment(HorizontalAlignment.LEFT);
        indented.setIndention((short) (book.style(StyleRole.TEXT).getIndention() + 2));
        statusLine(report);
    }

    /** The row above the header (empty in the templates): what a reader must know first. */
    private void statusLine(ReconReport report) {
        var sheet = book.template().workbook().getSheet(name);
        int row = book.headerRowOf(name) - 1;
        var r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        var cell = r.createCell(0);
        cell.setCellValue(statusSentence(report));
        cell.setCellStyle(book.style(StyleRole.TOTAL_LABEL));
    }

    /** The overall status, after the sentence on the ledgers' overlap when they hardly share a document. */
    static String statusSentence(ReconReport report) {
        return report.overlapWarning().map(w -> w + " ").orElse("") + "Reconciliation status: " + report.status()
                + " (materiality " + ReconReport.amount(report.parameters().materiality()) + " per currency; the Checks sheet "
                + "is about the workbook's arithmetic, not this).";
    }

    /** {@code 'Summary'!$D$12}: an amount on this sheet, for Checks. */
    String amountCell(int row) {
        return SheetRefs.absolute(name, AMOUNT.index(), row + 1);
    }

    /** Writes one block per compared entity and currency; returns where each block's lines are. */
    Map<LedgerKey, Block> write(ReconReport report, ReconTally tally) {
        Map<LedgerKey, Block> blocks = new LinkedHashMap<>();
        for (LedgerComparison c : report.comparisons()) {
            if (!blocks.isEmpty()) {
                table.row(); // a blank line between blocks
            }
            blocks.put(c.key(), block(c, tally.counts(c.key()), report.parameters().materiality()));
        }
        if (report.comparisons().isEmpty()) {
            table.row().text(LINE.index(), "No records in either ledger");
        }
        table.finish();
        return blocks;
    }

    private Block block(LedgerComparison c, ReconTally.Counts n, BigDecimal materialityOf) {
        LedgerKey k = c.key();
        String where = ReconFormulas.ofLedger(k);
        SheetTable.RowWriter w = line(k, SUBLEDGER_TOTAL);
        int sl = w.rowIndex();
        w.formula(AMOUNT.index(), round(sumifs(FROM_SUBLEDGER + where)), c.subledger().doubleValue());
        w.formula(RECORDS.index(), countifs(FROM_SUBLEDGER + where), n.subledger);
        w.text(HOW.index(), "Recon Data: Source = Subledger, this entity and currency");

        w = line(k, GL_BALANCE);
        int gl = w.rowIndex();
        String after = crit(STATUS, MatchStatus.AFTER_CUT_OFF.label());
        w.formula(AMOUNT.index(), round(sumifs(FROM_GL + where) + "-" + sumifs(FROM_GL + after + where)), c.gl().doubleValue());
        w.formula(RECORDS.index(), countifs(FROM_GL + where) + "-" + countifs(FROM_GL + after + where), n.glInBalance);
        w.text(HOW.index(), "Recon Data: GL lines of this entity and currency, less those dated after the cut-off");

        w = line(k, DIFFERENCE);
        int diff = w.rowIndex();
        w.formula(AMOUNT.index(), round(AMOUNT.letter() + (gl + 1) + "-" + AMOUNT.letter() + (sl + 1)), c.difference().doubleValue());
        w.text(HOW.index(), "GL balance − subledger total");
        total(w);

        int identified = subtotal(c, IDENTIFIED, MatchStatus.IDENTIFIED, c.identified(), n, where);
        int toInvestigate = subtotal(c, TO_INVESTIGATE, MatchStatus.TO_INVESTIGATE, c.toInvestigate(), n, where);

        w = line(k, MATERIALITY);
        int materiality = w.rowIndex();
        w.amount(AMOUNT.index(), materialityOf);
        w.text(HOW.index(), "--materiality / materiality: what may stay to investigate, per category and in all");

        w = table.row().text(ENTITY.index(), k.entity()).text(CURRENCY.index(), k.currency());
        int status = w.rowIndex();
        w.formula(LINE.index(), statusFormula(toInvestigate, materiality), c.reconciled(materialityOf)
                ? ReconReport.RECONCILED : ReconReport.TO_INVESTIGATE + ": " + ReconReport.amount(c.toInvestigate()));
        w.text(HOW.index(), "Reconciliation status: RECONCILED when the amount to investigate and each of its categories of documents "
                + "are within the materiality threshold");
        total(w);

        w = line(k, UNAPPLIED_INFO);
        String payments = FROM_SUBLEDGER + crit(TYPE, DocumentType.PAYMENT.label()) + where;
        w.formula(AMOUNT.index(), round(sumifs(payments)), c.unapplied().doubleValue());
        w.formula(RECORDS.index(), countifs(payments), n.payments);
        w.text(HOW.index(), "Subledger items of type " + DocumentType.PAYMENT.label() + ", included in the subledger total");
        return new Block(sl, gl, diff, identified, toInvestigate, status);
    }

    /** A subtotal line and its categories indented under it; returns the subtotal's row. */
    private int subtotal(LedgerComparison c, String label, MatchStatus[] categories, BigDecimal value, ReconTally.Counts n,
                         String where) {
        LedgerKey k = c.key();
        SheetTable.RowWriter w = line(k, label);
        int row = w.rowIndex();
        int first = row + 1;
        int last = row + categories.length;
        w.formula(AMOUNT.index(), round("SUM(" + AMOUNT.letter() + (first + 1) + ":" + AMOUNT.letter() + (last + 1) + ")"),
                value.doubleValue());
        w.text(HOW.index(), "Sum of the categories below");
        w.style(LINE.index(), StyleRole.TOTAL_LABEL).style(AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
        for (MatchStatus s : categories) {
            w = line(k, s.label());
            book.sheet(name).getRow(w.rowIndex()).getCell(LINE.index()).setCellStyle(indented); // the row is still in memory
            String status = crit(STATUS, s.label());
            w.formula(AMOUNT.index(), round(sumifs(FROM_GL + status + where) + "-" + sumifs(FROM_SUBLEDGER + status + where)),
                    c.category(s).doubleValue());
            w.formula(RECORDS.index(), countifs(status + where), n.status(s));
            w.text(HOW.index(), "GL − subledger amounts with Match status " + s.label());
        }
        return row;
    }

    /** RECONCILED when the amount to investigate (row {@code sum}) and each category of documents under it are within materiality. */
    private static String statusFormula(int sum, int materiality) {
        String m = "ABS(" + AMOUNT.letter() + (sum + 1) + ")<=" + AMOUNT.letter() + (materiality + 1);
        StringBuilder within = new StringBuilder("AND(" + m);
        for (int i = 1; i <= MatchStatus.TO_INVESTIGATE_ITEMS; i++) {
            within.append(",ABS(").append(AMOUNT.letter()).append(sum + 1 + i).append(")<=").append(AMOUNT.letter())
                    .append(materiality + 1);
        }
        return "IF(" + within + "),\"" + ReconReport.RECONCILED + "\",\"" + ReconReport.TO_INVESTIGATE + ": \"&TEXT("
                + AMOUNT.letter() + (sum + 1) + ",\"0.00\"))";
    }

    private SheetTable.RowWriter line(LedgerKey k, String label) {
        return table.row().text(ENTITY.index(), k.entity()).text(CURRENCY.index(), k.currency()).text(LINE.index(), label);
    }

    private static void total(SheetTable.RowWriter w) {
        w.style(ENTITY.index(), StyleRole.TOTAL_LABEL).style(CURRENCY.index(), StyleRole.TOTAL_LABEL)
                .style(LINE.index(), StyleRole.TOTAL_LABEL).style(AMOUNT.index(), StyleRole.TOTAL_AMOUNT);
    }
}
