package com.arworkbench.ingest;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An open-items export, opened: what the file is, how it is laid out, and a reader for its rows.
 * The entry point of ingest for every job.
 */
public record OpenItemsFile(SourceFile source, SniffResult sniff, TableReader reader, Layout layout) {

    public static OpenItemsFile open(Path path, String displayName, IngestOptions options)
            throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Layout layout;
        try {
            layout = LayoutDetector.detect(reader, sniff, options);
        } catch (AmbiguousMappingException e) {
            throw new AmbiguousMappingException(source.displayName(), e.choices());
        }
        return new OpenItemsFile(source, sniff, reader, layout);
    }

    /** The same export, with rows that name no currency taken as {@code currency}. */
    public OpenItemsFile withBaseCurrency(String currency) {
        return new OpenItemsFile(source, sniff, reader, layout.withBaseCurrency(currency));
    }

    /**
     * Converts every row, in source order, into the sink; returns the counts.
     *
     * @throws UnreadableFileException when the export has a header and no data rows: an empty aging that
     *                                 says ALL CHECKS OK would hide a wrong filter or an empty report
     */
    public IngestSummary read(RowSink sink) throws IOException, UnreadableFileException {
        IngestSummary s = RowInterpreter.run(reader, layout, sink);
        if (s.items() == 0 && s.rejected() == 0) {
            throw new NoDataRowsException("No open items in " + source.displayName() + ": the header (row "
                    + layout.headerRow() + ") is followed by no data rows. Check the report's filters and export again.");
        }
        return s;
    }
}
