package com.arworkbench.allowance;

/** How the historical loss rate of each aging bucket is measured; both are shown, one is used. */
public enum RateMethod {
    /** The share of each bucket's past balances written off within the outcome window. */
    LOSS_RATE("loss-rate", "Loss rate"),
    /** The chain of month-to-month roll rates from the bucket to the oldest, times the oldest bucket's loss rate. */
    ROLL_RATE("roll-rate", "Roll rate");

    private final String code;
    private final String label;

    RateMethod(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static RateMethod parse(String text) {
        for (RateMethod m : values()) {
            if (m.code.equalsIgnoreCase(text.strip()) || m.label.equalsIgnoreCase(text.strip())) {
                return m;
            }
        }
        throw new IllegalArgumentException("the method is loss-rate or roll-rate, not '" + text + "'");
    }
}
