package com.arworkbench.ingest;

import java.util.List;
import java.util.Map;

/**
 * Everything learned about a file before converting its rows: where the header is, which profile
 * matched, and how each column writes dates and numbers (decided from all of the column's values).
 *
 * @param profile      the matched or forced profile; null for a user's own mapping
 * @param profileLabel what to call it on the About sheet
 * @param profileHow   "detected", "forced" or "custom mapping"
 */
public record Layout(SniffResult sniff, ErpProfile profile, String profileLabel, String profileHow, long headerRow,
                     ColumnMapping mapping, Map<Field, DateOrder> dateOrders, String dateOrderReason,
                     NumberStyle numberStyle, String numberStyleReason, List<String> warnings) {

    public String profileId() {
        return profile == null ? "custom" : profile.id();
    }

    public DateOrder dateOrder(Field field) {
        return dateOrders.getOrDefault(field, DateOrder.MONTH_FIRST);
    }
}
