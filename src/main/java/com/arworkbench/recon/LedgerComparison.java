package com.arworkbench.recon;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Subledger against GL for one entity and currency: the difference GL − subledger and what each
 * category of reconciling items makes of it. Difference = identified + to investigate, to the cent:
 * matched documents net to zero and every other record is in one category.
 *
 * @param categories GL − subledger amounts per category of {@link MatchStatus#IDENTIFIED} and
 *                   {@link MatchStatus#TO_INVESTIGATE}
 */
public record LedgerComparison(LedgerKey key, BigDecimal subledger, BigDecimal gl, Map<MatchStatus, BigDecimal> categories,
                               BigDecimal unapplied) {

    public BigDecimal difference() {
        return gl.subtract(subledger);
    }

    /** Items backed by evidence. */
    public BigDecimal identified() {
        return sum(MatchStatus.IDENTIFIED);
    }

    /** What no evidence backs: the amount the status reports. */
    public BigDecimal toInvestigate() {
        return sum(MatchStatus.TO_INVESTIGATE);
    }

    public BigDecimal category(MatchStatus s) {
        return categories.getOrDefault(s, BigDecimal.ZERO);
    }

    /**
     * Within the materiality threshold: the amount to investigate and each of its categories of
     * documents on its own, so that an unrelated GL whose total happens to equal the subledger's (In GL only +X, In
     * subledger only −X) is not called reconciled.
     */
    public boolean reconciled(BigDecimal materiality) {
        if (toInvestigate().abs().compareTo(materiality) > 0) {
            return false;
        }
        for (int i = 0; i < MatchStatus.TO_INVESTIGATE_ITEMS; i++) {
            if (category(MatchStatus.TO_INVESTIGATE[i]).abs().compareTo(materiality) > 0) {
                return false;
            }
        }
        return true;
    }

    /** At the difference's scale even when nothing is in it ("0.00", not "0", in the API's summary). */
    private BigDecimal sum(MatchStatus[] statuses) {
        BigDecimal total = BigDecimal.ZERO.setScale(Math.max(0, difference().scale()));
        for (MatchStatus s : statuses) {
            total = total.add(category(s));
        }
        return total;
    }
}
