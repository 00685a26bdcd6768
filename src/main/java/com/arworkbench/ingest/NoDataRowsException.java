package com.arworkbench.ingest;

/** The file has a header the job understands and no data rows under it: nothing to build a workbook from. */
public final class NoDataRowsException extends UnreadableFileException {

    public NoDataRowsException(String message) {
        super(message);
    }
}
