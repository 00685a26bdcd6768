package com.arworkbench.jobs;

import com.arworkbench.allowance.AllowanceEngine;
import com.arworkbench.allowance.WriteOff;
import com.arworkbench.ingest.HistorySink;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.model.DocumentType;
import com.arworkbench.model.InvoiceRecord;
import com.arworkbench.model.RejectedRow;
import java.io.IOException;

/**
 * Feeds the allowance engine, for the allowance job and the pack alike: the write-offs first (a write-offs export,
 * and the write-off documents of the invoice history, found by a first pass over it), then the history.
 */
final class AllowanceFeed {

    private AllowanceFeed() {
    }

    /** A record of a write-offs export, or a write-off document of the history, as a write-off. */
    static void writeOff(AllowanceEngine engine, InvoiceRecord r, String file) {
        if (r.documentDate() != null && r.amount() != null && r.amount().signum() != 0 && r.customer() != null) {
            engine.writeOff(new WriteOff(file, r.sourceRow(), r.customer(), r.currency(), r.documentNumber(),
                    r.documentDate(), r.amount().abs()));
        }
    }

    /** The history's own write-off documents, before its sales invoices stream (they decide which invoices wait). */
    static void historyWriteOffs(AllowanceEngine engine, InvoiceHistoryFile history) throws IOException, UnreadableFileException {
        String name = history.source().displayName();
        com.arworkbench.ingest.Progress.current().phase("finding the write-offs in the invoice history");
        history.read(new HistorySink() {
            @Override
            public void record(InvoiceRecord r) {
                if (r.type() == DocumentType.WRITE_OFF) {
                    writeOff(engine, r, name);
                }
            }

            @Override
            public void notUsed(RejectedRow row) {
                // listed on Exceptions by the pass that reads the history for good
            }
        });
    }

    /** The refusal when neither file has a write-off: the loss rates would all read zero. */
    static void requireWriteOffs(AllowanceEngine engine, String historyName, boolean writeOffsFile)
            throws UnreadableFileException {
        if (!engine.hasWriteOffs()) {
            throw new UnreadableFileException("The allowance needs the write-offs (bad debts) to measure loss rates: "
                    + (writeOffsFile ? "the write-offs file has none and " : "") + "the invoice history " + historyName
                    + " holds no write-off documents. " + (writeOffsFile ? "Check the files."
                    : "Give the write-offs export with --write-offs FILE (API field writeOffs)."));
        }
    }
}
