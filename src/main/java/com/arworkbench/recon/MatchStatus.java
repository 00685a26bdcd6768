package com.arworkbench.recon;

/**
 * What a record on the flat Recon Data table is, after matching the ledgers by document. The
 * categories of {@link #IDENTIFIED} and {@link #TO_INVESTIGATE} together make up the difference
 * GL − subledger; only the identified ones are backed by evidence (a posting seen in both ledgers
 * across the cut-off, the register, an FX revaluation or a documented adjustment).
 */
public enum MatchStatus {
    MATCHED("Matched"),
    AMOUNT_DIFFERS("Amount differs"),
    SUBLEDGER_ONLY("In subledger only"),
    UNAPPLIED_CASH("Unapplied cash"),
    GL_ONLY("In GL only"),
    TIMING("Timing (across cut-off)"),
    /** On one side only, but the period's register has the document with that amount: posted, not yet in the other ledger. */
    IN_TRANSIT("In transit (in the register)"),
    FX("FX revaluation"),
    /** A GL line without a subledger document whose memo names an adjustment and its reason. */
    MANUAL_ADJUSTMENT("Documented manual adjustment"),
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

    /** Reconciling items backed by evidence, in the order the Summary lists them. */
    public static final MatchStatus[] IDENTIFIED = {TIMING, IN_TRANSIT, FX, MANUAL_ADJUSTMENT};
    /**
     * Everything else that makes up the difference: unmatched on one side without evidence, amounts
     * that differ, and with a trial balance the balance and the items that cannot be matched.
     */
    public static final MatchStatus[] TO_INVESTIGATE = {AMOUNT_DIFFERS, SUBLEDGER_ONLY, UNAPPLIED_CASH, GL_ONLY, NO_REFERENCE,
        NOT_MATCHED, GL_BALANCE};
    /**
     * The first categories of {@link #TO_INVESTIGATE}: documents, each held to the materiality threshold on its
     * own. A trial balance's two balances always offset each other; only their net is.
     */
    public static final int TO_INVESTIGATE_ITEMS = 5;
}
