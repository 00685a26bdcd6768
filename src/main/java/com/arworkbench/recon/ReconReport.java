package com.arworkbench.recon;

import com.arworkbench.model.OpenItem;
import java.util.List;

/**
 * The reconciliation: every record of every source with its match status (the flat table), the
 * comparison per entity and currency, unapplied cash and open credits, and the roll-forward when a
 * register and the prior period were given (else empty).
 *
 * @param glHasDocuments true for GL detail lines (documents matched), false for a trial balance
 * @param glRollForwards the roll-forward from the GL detail's own lines (empty for a trial balance)
 * @param glExport       the GL export's rows and own totals, or null when the caller gave none
 */
public record ReconReport(ReconParameters parameters, boolean glHasDocuments, List<ReconRecord> records,
                          List<LedgerComparison> comparisons, List<OpenItem> unappliedAndCredits,
                          List<RollForward> rollForwards, List<GlRollForward> glRollForwards, GlExport glExport) {
}
