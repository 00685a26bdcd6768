package com.arworkbench.recon;

import java.math.BigDecimal;

/**
 * Opening AR + invoices − receipts − credits ± adjustments − write-offs = closing AR (movements
 * signed as the register gives them), against the subledger's closing balance.
 *
 * @param itemsBehind closing subledger documents found neither in the prior period nor in the
 *                    register: open at the end without having been open at the start or moved
 *                    during the period, the usual cause of a roll-forward difference
 */
public record RollForward(LedgerKey key, BigDecimal opening, BigDecimal invoices, BigDecimal receipts, BigDecimal credits,
                          BigDecimal adjustments, BigDecimal writeOffs, BigDecimal subledgerClosing,
                          java.util.List<ReconRecord> itemsBehind) {

    public BigDecimal computedClosing() {
        return opening.add(invoices).add(receipts).add(credits).add(adjustments).add(writeOffs);
    }

    public BigDecimal difference() {
        return subledgerClosing.subtract(computedClosing());
    }
}
