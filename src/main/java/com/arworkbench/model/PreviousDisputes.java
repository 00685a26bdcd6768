package com.arworkbench.model;

import java.util.List;

/**
 * The dispute log of last run's workbook as the collectors left it: the cases of the Disputes sheet ({@code active})
 * and of Closed disputes ({@code closed}), each as typed. A workbook from before the dispute log has none.
 */
public record PreviousDisputes(List<DisputeCase> active, List<DisputeCase> closed) {

    public PreviousDisputes {
        active = List.copyOf(active);
        closed = List.copyOf(closed);
    }

    public static PreviousDisputes none() {
        return new PreviousDisputes(List.of(), List.of());
    }
}
