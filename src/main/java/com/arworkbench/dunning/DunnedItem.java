package com.arworkbench.dunning;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import java.math.BigDecimal;

/**
 * An overdue item on a notice: its own level (from its days past due), its interest, and what
 * collectors noted on it last time (null if nothing).
 */
public record DunnedItem(OpenItem item, long daysPastDue, int itemLevel, BigDecimal interest,
                         PreviousWorklist.ItemState carried) {
}
