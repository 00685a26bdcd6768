package com.arworkbench.statements;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The statements, sorted by currency then customer name, and what the engine counted.
 *
 * @param hasHistory           true when an invoice history was given: every statement then has its activity
 * @param itemsOnStatements    open items listed on a statement
 * @param itemsFuture          open items dated after the as-of date: counted, on no statement (as the aging does)
 * @param historyRecords       history records read
 * @param historyOtherCustomers history records of customers with no open item (no statement to carry them)
 * @param balances             the statements' balances added up per currency
 * @param omitted              what a bounded engine left out on a very large input ("more than 100000 open items:
 *                             balances only ..."), or null when every statement is complete
 */
public record StatementReport(StatementParameters parameters, List<Statement> statements, boolean hasHistory,
                              long itemsOnStatements, long itemsFuture, long historyRecords, long historyOtherCustomers,
                              Map<String, BigDecimal> balances, String omitted) {

    /** A complete report. */
    public StatementReport(StatementParameters parameters, List<Statement> statements, boolean hasHistory,
                           long itemsOnStatements, long itemsFuture, long historyRecords, long historyOtherCustomers,
                           Map<String, BigDecimal> balances) {
        this(parameters, statements, hasHistory, itemsOnStatements, itemsFuture, historyRecords, historyOtherCustomers,
                balances, null);
    }

    /** True when the statements have no pages' worth of items (a bounded engine past its limit). */
    public boolean pagesOmitted() {
        return omitted != null && !statements.isEmpty() && statements.stream().allMatch(s -> s.items().isEmpty());
    }

    public StatementReport {
        statements = List.copyOf(statements);
        balances = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(balances));
    }
}
