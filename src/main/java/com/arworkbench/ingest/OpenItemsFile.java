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
        Layout layout = LayoutDetector.detect(reader, sniff, options);
        return new OpenItemsFile(source, sniff, reader, layout);
    }

    /** Converts every row, in source order, into the sink; returns the counts. */
    public IngestSummary read(RowSink sink) throws IOException, UnreadableFileException {
        return RowInterpreter.run(reader, layout, sink);
    }
}
