package com.arworkbench.ingest;

/** The file is not any kind of export we read (binary, an unrelated XML, a Word document): HTTP 415. */
public class UnsupportedFormatException extends UnreadableFileException {

    public UnsupportedFormatException(String message) {
        super(message);
    }
}
