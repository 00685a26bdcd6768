package com.arworkbench.ingest.table;

import java.nio.file.Path;

/** The reader for what the sniffer found. */
public final class TableReaders {

    private TableReaders() {
    }

    public static TableReader open(Path file, SniffResult sniff) {
        return switch (sniff.format()) {
            case DELIMITED_TEXT -> new DelimitedTextReader(file, sniff.charset(), sniff.delimiter());
            case XLSX -> new XlsxTableReader(file);
            case XLS_BIFF -> new XlsTableReader(file);
            case HTML_TABLE -> new HtmlTableReader(file, sniff.charset());
            case SPREADSHEET_ML -> new SpreadsheetMlTableReader(file);
        };
    }
}
