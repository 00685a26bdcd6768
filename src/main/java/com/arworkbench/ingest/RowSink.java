package com.arworkbench.ingest;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;
import java.util.function.Consumer;

/** Receives the converted rows in source order. */
public interface RowSink {

    void item(OpenItem item);

    /** A row that is not an item: rejected data or a structural row worth listing (blank lines and the header are only counted). */
    void notUsed(RejectedRow row);

    static RowSink of(Consumer<OpenItem> items, Consumer<RejectedRow> rejected) {
        return new RowSink() {
            @Override
            public void item(OpenItem item) {
                items.accept(item);
            }

            @Override
            public void notUsed(RejectedRow row) {
                rejected.accept(row);
            }
        };
    }
}
