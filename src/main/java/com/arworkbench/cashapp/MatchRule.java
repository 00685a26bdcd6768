package com.arworkbench.cashapp;

/** The evidence that made an application, strongest first (the order of the domain guide). */
public enum MatchRule {
    REFERENCE("Document number in the payment reference"),
    REMITTANCE_ADVICE("Remittance advice lines for this payment"),
    REFERENCE_WITH_DEDUCTION("Document number in the reference; difference within tolerance"),
    REFERENCE_PARTIAL("Document number in the reference; partial payment"),
    REFERENCE_NEAR_MISS("A near-miss of a document number in the reference; the payer's own invoice with the amount"),
    EXACT_AMOUNT("Customer identified; one open item with exactly the amount"),
    COMBINATION("Customer identified; a combination of open items sums to the amount"),
    AMOUNT_WITH_DEDUCTION("Customer identified; one open item within tolerance"),
    // Not evidence of the matcher: what a previous workbook (--previous) decided, carried into this run.
    ACCEPTED_ON_REVIEW("Accepted on review"),
    PREVIOUS_RUN("Applied in the previous workbook"),
    PREVIOUS_SUGGESTION("Suggested in the previous workbook");

    private final String label;

    MatchRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The rule whose label a workbook shows; null when none has it. */
    public static MatchRule byLabel(String label) {
        for (MatchRule r : values()) {
            if (r.label.equalsIgnoreCase(label == null ? "" : label.strip())) {
                return r;
            }
        }
        return null;
    }
}
