package com.arworkbench.ingest;

/**
 * The file as a whole cannot be used (wrong kind of file, no header, encrypted, corrupt). The
 * message is written for the user: what was expected and what was found. Bad single rows never
 * raise this; they become rejected rows.
 */
public class UnreadableFileException extends Exception {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
