package com.arworkbench.ingest;

import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.RejectedRow;

/** Receives the lines of an invoice history in source order, as they are read. */
public interface HistorySink {

    void record(InvoiceRecord record);

    /** A row that is not a record: rejected data or a structural row worth listing (blank lines and the header are only counted). */
    void notUsed(RejectedRow row);
}
