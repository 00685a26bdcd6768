package com.arworkbench.dunning;

import com.arworkbench.aging.BucketScheme;
import java.time.LocalDate;
import java.util.Objects;

/** As-of date, the policy, and the days-past-due buckets the worklist shows overdue amounts in. */
public record DunningParameters(LocalDate asOf, DunningPolicy policy, BucketScheme buckets) {

    public DunningParameters {
        Objects.requireNonNull(asOf, "as-of date");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(buckets, "buckets");
    }
}
