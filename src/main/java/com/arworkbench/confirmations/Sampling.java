package com.arworkbench.confirmations;

/** How the balances below the key-item threshold are sampled. */
public enum Sampling {
    /** Monetary-unit sampling: systematic points through the book value; a balance's chance grows with its amount. */
    MUS("mus", "Monetary-unit sample"),
    /**
     * Stratified: the balances in three strata of equal book value by size, the sample size shared out in proportion
     * to each stratum's book value, a simple random sample in each; the differences projected by ratio estimation.
     */
    STRATIFIED("stratified", "Stratified sample");

    /** How many strata of equal book value a stratified sample uses. */
    public static final int STRATA = 3;

    private final String code;
    private final String label;

    Sampling(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static Sampling parse(String text) {
        for (Sampling s : values()) {
            if (s.code.equalsIgnoreCase(text.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("the sampling is mus or stratified, not '" + text + "'");
    }
}
