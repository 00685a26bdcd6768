package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.InvoiceHistoryFile;
import com.arworkbench.ingest.OpenItemsFile;
import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.util.List;

/**
 * The open-items export and an optional invoice history, opened together so that both read a missing currency
 * column as the same base currency (the user's, or the one file that names it): a balance and its history are never
 * split in two currencies.
 *
 * @param history null when none was given
 */
public record ExportWithHistory(OpenItemsFile openItems, InvoiceHistoryFile history) {

    public static ExportWithHistory open(NamedFile openItems, NamedFile history, IngestOptions ingest)
            throws IOException, UnreadableFileException {
        OpenItemsFile file = OpenItemsFile.open(openItems.path(), openItems.name(), ingest);
        if (history == null) {
            return new ExportWithHistory(file, null);
        }
        InvoiceHistoryFile h = InputNames.named("invoice history", () -> InvoiceHistoryFile.open(history.path(), history.name()));
        String base = CurrencyAgreement.decide(ingest.baseCurrency(), List.of(
                new CurrencyAgreement.Named("open items", file.source().displayName(), file.layout()),
                new CurrencyAgreement.Named("invoice history", h.source().displayName(), h.layout())));
        return base == null ? new ExportWithHistory(file, h)
                : new ExportWithHistory(file.withBaseCurrency(base), h.withBaseCurrency(base));
    }
}
