package com.arworkbench.dunning;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;

/**
 * An overdue item not dunned, with the rule and a sentence a collector can act on.
 *
 * @param customerState the customer's state from the previous worklist (kept so promises carry on)
 */
public record ExcludedItem(OpenItem item, long daysPastDue, Exclusion rule, String reason,
                           PreviousWorklist.CustomerState customerState, PreviousWorklist.ItemState carried) {
}
