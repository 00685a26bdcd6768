package com.arworkbench.allowance;

import java.math.BigDecimal;
import java.util.List;

/**
 * One currency's allowance: the history table, the matrix, the customers, and the provision against the ledger.
 *
 * @param held       the allowance on the trial balance, or null when it is not compared (none given, or another
 *                   currency)
 * @param adjustment provision required − held; null when not compared
 */
public record CurrencyAllowance(String currency, List<CutoffRow> history, List<BucketRate> matrix,
                                List<CustomerProvision> customers, BigDecimal matrixProvision,
                                BigDecimal specificProvision, BigDecimal held, BigDecimal adjustment) {

    public BigDecimal required() {
        return matrixProvision.add(specificProvision);
    }

    public long lossCutoffs() {
        return history.stream().filter(r -> r.inLossWindow() && r.bucket() == 0).count();
    }

    public long rollCutoffs() {
        return history.stream().filter(r -> r.inRollWindow() && r.bucket() == 0).count();
    }
}
