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
 */
public record StatementReport(StatementParameters parameters, List<Statement> statements, boolean hasHistory,
                              long itemsOnStatements, long itemsFuture, long historyRecords, long historyOtherCustomers,
                              Map<String, BigDecimal> balances) {

    public StatementReport {
        statements = List.copyOf(statements);
        balances = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(balances));
    }
}
