package com.arworkbench.allowance;

import java.util.List;

/**
 * The allowance for doubtful accounts per currency, the write-offs and how each was traced, and what of the user's
 * input from last run could not be applied (specific provisions of customers no longer open).
 *
 * @param ledger null without a trial balance
 */
public record AllowanceReport(AllowanceParameters parameters, List<CurrencyAllowance> currencies,
                              List<TracedWriteOff> writeOffs, LedgerAllowance ledger, List<String> dropped,
                              long salesRead, long otherHistoryRecords) {
}
