package com.arworkbench.allowance;

import java.util.List;

/**
 * The allowance for doubtful accounts per currency, the write-offs and how each was traced, and what of the user's
 * input from last run could not be applied (specific provisions of customers no longer open).
 *
 * @param ledger             null without a trial balance
 * @param undatedSettlements sales invoices the history shows settled (open amount 0) but gives no settlement date
 *                           for, left out of the loss history; all of them when it gives no settlement date at all
 * @param writeOffsInBothFiles write-offs of the history that the write-offs export holds too (same customer, currency,
 *                             date and amount), counted once
 */
public record AllowanceReport(AllowanceParameters parameters, List<CurrencyAllowance> currencies,
                              List<TracedWriteOff> writeOffs, LedgerAllowance ledger, List<String> dropped,
                              long salesRead, long otherHistoryRecords, long undatedSettlements,
                              long writeOffsInBothFiles) {
}
