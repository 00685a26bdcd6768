package com.arworkbench.recon;

import java.time.LocalDate;
import java.util.Objects;

/** The cut-off (as-of) date both ledgers are compared at. */
public record ReconParameters(LocalDate asOf) {

    public ReconParameters {
        Objects.requireNonNull(asOf, "as-of date");
    }
}
