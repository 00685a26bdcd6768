package com.arworkbench.aging;

import java.time.LocalDate;
import java.util.Objects;

/** The as-of date is explicit and stored: results never depend on the day they are computed. */
public record AgingParameters(LocalDate asOf, AgingBasis basis, BucketScheme buckets) {

    public AgingParameters {
        Objects.requireNonNull(asOf, "as-of date");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(buckets, "buckets");
    }
}
