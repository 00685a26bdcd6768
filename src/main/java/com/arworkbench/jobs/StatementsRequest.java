package com.arworkbench.jobs;

import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One statements run. {@code from} (the activity period's first day; null: the first of the as-of month),
 * {@code customers} and {@code history} may be null: without a history the statements are open-item statements
 * only. {@code pdfDir}: where to write one PDF per customer and currency, or null for none.
 */
public record StatementsRequest(NamedFile openItems, LocalDate asOf, LocalDate from, IngestOptions ingest,
                                NamedFile customers, NamedFile history, Path pdfDir, Path templateDir, Path workFolder) {
}
