package com.arworkbench.jobs;

import com.arworkbench.confirmations.ConfirmationParameters;
import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;

/**
 * One confirmations run. {@code previous} (last run's confirmations workbook, for the replies) and {@code history}
 * (the invoice history, for the receipts after the as-of date) may be null; {@code negative}: negative letters for
 * the balances not selected.
 */
public record ConfirmationsRequest(NamedFile openItems, ConfirmationParameters parameters, boolean negative,
                                   IngestOptions ingest, NamedFile previous, NamedFile history, Path templateDir,
                                   Path workFolder) {
}
