package com.arworkbench.recon;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The cut-off (as-of) date both ledgers are compared at, and the materiality threshold: an amount to
 * investigate up to it (in each currency, never converted) still counts as reconciled.
 */
public record ReconParameters(java.time.LocalDate asOf, BigDecimal materiality) {

    public ReconParameters {
        Objects.requireNonNull(asOf, "as-of date");
        materiality = materiality == null ? BigDecimal.ZERO.setScale(2) : materiality.abs();
    }

    public ReconParameters(java.time.LocalDate asOf) {
        this(asOf, null);
    }
}
