package com.arworkbench.ingest;

import com.arworkbench.model.OpenItem;
import com.arworkbench.model.RejectedRow;

/** Receives the converted rows in source order. */
public interface RowSink {

    void item(OpenItem item);

    /** A row that is not an item: rejected data or a structural row worth listing (blank lines and the header are only counted). */
    void notUsed(RejectedRow row);
}
