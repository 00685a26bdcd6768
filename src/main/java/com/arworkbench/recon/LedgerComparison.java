package com.arworkbench.recon;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Subledger against GL for one entity and currency: the difference GL − subledger, what each
 * reconciling category explains, and the unexplained remainder.
 */
public record LedgerComparison(LedgerKey key, BigDecimal subledger, BigDecimal gl, Map<MatchStatus, BigDecimal> explained,
                               BigDecimal unapplied) {

    public BigDecimal difference() {
        return gl.subtract(subledger);
    }

    /** At the difference's scale even when nothing is explained ("0.00", not "0", in the API's summary). */
    public BigDecimal explainedTotal() {
        return explained.values().stream().reduce(BigDecimal.ZERO.setScale(Math.max(0, difference().scale())), BigDecimal::add);
    }

    public BigDecimal unexplained() {
        return difference().subtract(explainedTotal());
    }
}
