package com.arworkbench.recon;

/**
 * What a record on the flat Recon Data table is, after matching the ledgers by document. Every
 * category but MATCHED explains part of the difference GL − subledger; their effects add up to it.
 */
public enum MatchStatus {
    MATCHED("Matched"),
    AMOUNT_DIFFERS("Amount differs"),
    SUBLEDGER_ONLY("In subledger only"),
    UNAPPLIED_CASH("Unapplied cash"),
    GL_ONLY("In GL only"),
    TIMING("Timing (across cut-off)"),
    FX("FX revaluation"),
    NO_REFERENCE("GL line without reference"),
    GL_BALANCE("GL balance"),
    /** A trial balance carries no documents: subledger items cannot be matched one by one. */
    NOT_MATCHED("Not matched (GL is a trial balance)"),
    AFTER_CUT_OFF("After cut-off (not in balance)"),
    REGISTER("Register"),
    PRIOR_PERIOD("Prior period");

    private final String label;

    MatchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The categories that explain the difference, in the order the Summary lists them. */
    public static final MatchStatus[] RECONCILING = {UNAPPLIED_CASH, SUBLEDGER_ONLY, GL_ONLY, TIMING, AMOUNT_DIFFERS, FX};
}
