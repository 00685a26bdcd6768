package com.arworkbench.workbook.recon;

import static com.arworkbench.workbook.recon.ReconDataSheet.AMOUNT;
import static com.arworkbench.workbook.recon.ReconDataSheet.CURRENCY;
import static com.arworkbench.workbook.recon.ReconDataSheet.ENTITY;
import static com.arworkbench.workbook.recon.ReconDataSheet.SOURCE;
import static com.arworkbench.workbook.recon.ReconDataSheet.TABLE;

import com.arworkbench.recon.LedgerKey;
import com.arworkbench.recon.ReconEngine;
import com.arworkbench.recon.ReconRecord;
import com.arworkbench.workbook.ColumnSchema;
import com.arworkbench.workbook.SheetRefs;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The formulas of the reconciliation: SUMIFS / COUNTIFS over the Recon Data table by its column names
 * (structured references, so they follow the table if it is filtered, sorted or extended).
 */
final class ReconFormulas {

    /** Criteria for the records of one source. */
    static final String FROM_SUBLEDGER = crit(SOURCE, ReconRecord.SUBLEDGER);
    static final String FROM_GL = crit(SOURCE, ReconRecord.GL);
    static final String FROM_REGISTER = crit(SOURCE, ReconRecord.REGISTER);
    static final String FROM_PRIOR = crit(SOURCE, ReconRecord.PRIOR);

    private ReconFormulas() {
    }

    /** Sums of many amounts carry binary noise (a zero shows as a red -0.00): computed amounts are rounded to the cent. */
    static String round(String formula) {
        return "ROUND(" + formula + ",2)";
    }

    static String sumifs(String criteria) {
        return "SUMIFS(" + TABLE + "[" + AMOUNT.header() + "]" + criteria + ")";
    }

    static String countifs(String criteria) {
        return "COUNTIFS(" + criteria.substring(1) + ")";
    }

    /** {@code ,ReconData[column],"value"}: an exact-match criterion (wildcards and operators in the value escaped). */
    static String crit(ColumnSchema.Handle column, String value) {
        return "," + TABLE + "[" + column.header() + "]," + SheetRefs.exactCriterion(value);
    }

    /** The criteria for one entity and currency: ledgers are compared per both. */
    static String ofLedger(LedgerKey k) {
        return crit(ENTITY, k.entity()) + crit(CURRENCY, k.currency());
    }

    /** GL records in the balance at the cut-off: every GL line not dated after it. */
    static final String GL_IN_BALANCE = FROM_GL + "," + TABLE + "[" + ReconDataSheet.STATUS.header() + "],"
            + SheetRefs.text("<>" + com.arworkbench.recon.MatchStatus.AFTER_CUT_OFF.label());

    /** The GL roll-forward's opening: opening-balance lines, and postings dated before the period. */
    static String glOpening(LedgerKey k, java.time.LocalDate start) {
        String where = ofLedger(k);
        return round(sumifs(FROM_GL + crit(ReconDataSheet.TYPE, ReconEngine.GL_OPENING_TYPE) + where) + "+"
                + sumifs(FROM_GL + crit(ReconDataSheet.TYPE, ReconEngine.GL_POSTING_TYPE) + date("<", start) + where));
    }

    /** The period's GL postings of one sign ({@code ">0"} debits, {@code "<0"} credits), start to cut-off. */
    static String glMovements(LedgerKey k, java.time.LocalDate start, java.time.LocalDate asOf, String sign) {
        return round(sumifs(FROM_GL + crit(ReconDataSheet.TYPE, ReconEngine.GL_POSTING_TYPE) + date(">=", start)
                + date("<=", asOf) + "," + TABLE + "[" + AMOUNT.header() + "]," + SheetRefs.text(sign) + ofLedger(k)));
    }

    /** The GL balance at the cut-off of one entity and currency. */
    static String glClosing(LedgerKey k) {
        return round(sumifs(GL_IN_BALANCE + ofLedger(k)));
    }

    /** {@code ,ReconData[Date],"<"&DATE(2026,6,1)}: a date criterion that does not depend on the locale. */
    private static String date(String operator, java.time.LocalDate d) {
        return "," + TABLE + "[" + ReconDataSheet.DATE.header() + "]," + SheetRefs.text(operator) + "&DATE(" + d.getYear() + ","
                + d.getMonthValue() + "," + d.getDayOfMonth() + ")";
    }

    /** Rose fill when the cell is not zero to the cent. */
    static void flagNonZero(Sheet sheet, int row, ColumnSchema.Handle column) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        int col = column.index();
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule("ROUND(" + column.letter() + (row + 1) + ",2)<>0");
        rule.createPatternFormatting().setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        rule.getPatternFormatting().setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(row, row, col, col)}, rule);
    }
}
