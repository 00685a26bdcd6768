package com.arworkbench.confirmations;

/** Why a customer balance is (or is not) confirmed. */
public enum Selection {
    /** At or above the key-item threshold: always confirmed, its difference counted as it is. */
    KEY_ITEM("Key item"),
    /** In the monetary-unit sample: holds at least one selection point. */
    SAMPLED("Sampled (MUS)"),
    /** In the stratified sample: drawn at random within its stratum. */
    SAMPLED_STRATUM("Sampled (stratified)"),
    /** Below the threshold and holding no selection point. */
    NOT_SELECTED("Not selected"),
    /** Zero or credit balance: no monetary units to sample (a positive letter is not sent). */
    NOT_SAMPLED_CREDIT("Zero or credit balance");

    private final String label;

    Selection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean confirmed() {
        return this == KEY_ITEM || this == SAMPLED || this == SAMPLED_STRATUM;
    }
}
