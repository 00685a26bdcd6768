package com.arworkbench.aging;

import com.arworkbench.model.OpenItem;

/**
 * An open item with its age on the as-of date. {@code daysPastDue} is as-of minus the basis date
 * (negative = not yet due). Future-dated items (document date after the as-of date) have no bucket.
 */
public record AgedItem(OpenItem item, long daysPastDue, AgingBucket bucket, boolean future) {
}
