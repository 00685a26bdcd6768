package com.arworkbench.recon;

import java.math.BigDecimal;

/**
 * Opening AR + invoices − receipts − credits ± adjustments − write-offs = closing AR (movements
 * signed as the register gives them), against the subledger's closing balance.
 */
public record RollForward(LedgerKey key, BigDecimal opening, BigDecimal invoices, BigDecimal receipts, BigDecimal credits,
                          BigDecimal adjustments, BigDecimal writeOffs, BigDecimal subledgerClosing) {

    public BigDecimal computedClosing() {
        return opening.add(invoices).add(receipts).add(credits).add(adjustments).add(writeOffs);
    }

    public BigDecimal difference() {
        return subledgerClosing.subtract(computedClosing());
    }
}
