package com.arworkbench.workbook.aging;

import com.arworkbench.aging.AgingBucket;
import com.arworkbench.aging.AgingParameters;
import com.arworkbench.workbook.ColumnSchema;
import java.util.ArrayList;
import java.util.List;

/** Summary's columns for a bucket scheme (one column per bucket), declared once; the sheet and its checks use the handles. */
record SummaryColumns(ColumnSchema schema, ColumnSchema.Handle customerId, ColumnSchema.Handle customerName,
                      ColumnSchema.Handle currency, List<ColumnSchema.Handle> buckets, ColumnSchema.Handle total,
                      ColumnSchema.Handle credits, ColumnSchema.Handle share, ColumnSchema.Handle items,
                      ColumnSchema.Handle oldestDue) {

    static SummaryColumns of(AgingParameters p) {
        ColumnSchema s = new ColumnSchema();
        ColumnSchema.Handle id = s.text("Customer ID");
        ColumnSchema.Handle name = s.text("Customer name");
        ColumnSchema.Handle currency = s.text("Currency");
        List<ColumnSchema.Handle> buckets = new ArrayList<>();
        for (AgingBucket b : p.buckets().buckets()) {
            buckets.add(s.amount(b.label()));
        }
        return new SummaryColumns(s, id, name, currency, List.copyOf(buckets), s.amount("Total"),
                s.amount("Credits & unapplied"), s.percent("% of total"), s.integer("Items"), s.date("Oldest open due date"));
    }

    ColumnSchema.Handle firstBucket() {
        return buckets.get(0);
    }

    ColumnSchema.Handle lastBucket() {
        return buckets.get(buckets.size() - 1);
    }

    /** The money columns a total row sums: every bucket, the total, the credits. */
    List<ColumnSchema.Handle> summed() {
        List<ColumnSchema.Handle> out = new ArrayList<>(buckets);
        out.add(total);
        out.add(credits);
        return out;
    }
}
