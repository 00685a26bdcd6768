package com.arworkbench.allowance;

import java.math.BigDecimal;

/**
 * The allowance account as the trial balance carries it.
 *
 * @param held        the allowance held: the account's credit balance as a positive amount
 * @param currency    the trial balance's currency, "" when it names none
 * @param expense     the bad-debt expense account the entry debits (number and name), or a plain label
 */
public record LedgerAllowance(String account, String accountName, BigDecimal held, String currency, String file,
                              String expense) {
}
