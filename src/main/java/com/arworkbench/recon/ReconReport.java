package com.arworkbench.recon;

import com.arworkbench.model.OpenItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The reconciliation: every record of every source with its match status (the flat table), the
 * comparison per entity and currency, unapplied cash and open credits, and the roll-forward when a
 * register and the prior period were given (else empty).
 *
 * @param glHasDocuments true for GL detail lines (documents matched), false for a trial balance
 * @param overlap        how many documents the two ledgers share (detail lines only)
 * @param glRollForwards the roll-forward from the GL detail's own lines (empty for a trial balance)
 * @param glExport       the GL export's rows and own totals, or null when the caller gave none
 */
public record ReconReport(ReconParameters parameters, boolean glHasDocuments, List<ReconRecord> records,
                          List<LedgerComparison> comparisons, List<OpenItem> unappliedAndCredits,
                          List<RollForward> rollForwards, DocumentOverlap overlap,
                          List<GlRollForward> glRollForwards, GlExport glExport) {

    public static final String RECONCILED = "RECONCILED";
    public static final String TO_INVESTIGATE = "TO INVESTIGATE";

    /** Every entity and currency within the materiality threshold. */
    public boolean reconciled() {
        return comparisons.stream().allMatch(c -> c.reconciled(parameters.materiality()));
    }

    /**
     * The reconciliation status, apart from the workbook's integrity checks: RECONCILED, or
     * "TO INVESTIGATE: " and the amount of each entity and currency that is not (never added across
     * currencies).
     */
    public String status() {
        if (reconciled()) {
            return RECONCILED;
        }
        StringBuilder s = new StringBuilder(TO_INVESTIGATE + ": ");
        String sep = "";
        for (LedgerComparison c : comparisons) {
            if (!c.reconciled(parameters.materiality())) {
                s.append(sep).append(c.key().label().isEmpty() ? "" : c.key().label() + " ").append(amount(c.toInvestigate()));
                sep = "; ";
            }
        }
        return s.toString();
    }

    /** The sentence that says the ledgers hardly belong together, when they do not. */
    public Optional<String> overlapWarning() {
        return glHasDocuments && overlap.almostNone() ? Optional.of(overlap.sentence()) : Optional.empty();
    }

    /** Two decimals, no grouping: what the workbook's TEXT(…,"0.00") shows. */
    public static String amount(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
