package com.arworkbench.workbook.statements;

/** The values of the Statements sheet's Line column: what a row of a statement is. SUMIFS select by them. */
final class StatementLines {

    static final String HEADING = "Statement";
    static final String OPEN_ITEM = "Open item";
    static final String BALANCE = "Balance due";
    static final String OVERDUE = "Of which overdue";
    static final String AGED = "Aged";
    static final String OPENING = "Opening balance";
    static final String ACTIVITY = "Activity";
    static final String CLOSING = "Closing balance";
    static final String DIFFERENCE = "Closing less balance due";

    private StatementLines() {
    }
}
