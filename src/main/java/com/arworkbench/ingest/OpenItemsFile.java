package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.Layout;
import com.arworkbench.ingest.layout.LayoutDetector;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReader;
import com.arworkbench.ingest.table.TableReaders;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An open-items export, opened: what the file is, how it is laid out, and a reader for its rows.
 * The entry point of ingest for every job.
 */
public record OpenItemsFile(SourceFile source, SniffResult sniff, TableReader reader, Layout layout) {

    /**
     * @throws AmbiguousMappingException when a required field could come from more than one column: the user decides
     */
    public static OpenItemsFile open(Path path, String displayName, IngestOptions options)
            throws IOException, UnreadableFileException {
        OpenItemsFile file = openToInspect(path, displayName, options);
        if (!file.layout.uncertain().isEmpty()) {
            throw new AmbiguousMappingException(displayName, file.layout.uncertain());
        }
        return file;
    }

    /** Opens the export as {@link #open} does, but leaves undecided fields in {@link Layout#uncertain()} for the user. */
    public static OpenItemsFile openToInspect(Path path, String displayName, IngestOptions options)
            throws IOException, UnreadableFileException {
        SourceFile source = SourceFile.of(path, displayName);
        SniffResult sniff = FormatSniffer.sniff(path);
        TableReader reader = TableReaders.open(path, sniff);
        Layout layout = LayoutDetector.detect(reader, sniff, options);
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
    /**
     * Reads every row into {@code sink}, which runs on a second thread ({@link PipelinedSink}): parsing and what the
     * sink does (aging, writing the sheets) overlap. When this returns the sink has seen every row.
     */
    public IngestSummary read(RowSink sink) throws IOException, UnreadableFileException {
        IngestSummary s;
        try (PipelinedSink pipe = new PipelinedSink(sink)) {
            s = RowInterpreter.run(reader, layout, pipe);
            pipe.finish();
        }
        if (s.items() == 0 && s.rejected() == 0) {
            throw new NoDataRowsException("No open items in " + source.displayName() + ": the header (row "
                    + layout.headerRow() + ") is followed by no data rows. Check the report's filters and export again.");
        }
        return s;
    }
}
