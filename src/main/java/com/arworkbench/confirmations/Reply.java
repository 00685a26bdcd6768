package com.arworkbench.confirmations;

import java.math.BigDecimal;

/**
 * What came back for one confirmation, as typed on the tracker and carried to the next run: {@code reply} one of
 * {@link #AGREED}, {@link #DIFFERS}, {@link #NO_REPLY} (or blank), the amount the customer confirmed (null when
 * none was typed) and the notes.
 */
public record Reply(String reply, BigDecimal amountConfirmed, String notes) {

    public static final String AGREED = "Agreed";
    public static final String DIFFERS = "Differs";
    public static final String NO_REPLY = "No reply";
    public static final String[] CHOICES = {AGREED, DIFFERS, NO_REPLY};

    /** Book balance less the amount confirmed; null when no amount was confirmed. */
    public BigDecimal difference(BigDecimal book) {
        return amountConfirmed == null ? null : book.subtract(amountConfirmed);
    }
}
