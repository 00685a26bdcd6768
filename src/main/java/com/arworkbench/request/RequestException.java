package com.arworkbench.request;

/**
 * A request that cannot be run as given: a missing or malformed parameter, a missing file, a column mapping
 * that cannot be used. The command line prints the detail as its one error line (exit 2, or 1 when the problem
 * is in a file the user gave); the API answers 400 with the title and the detail.
 */
public final class RequestException extends RuntimeException {

    private final String title;
    private final boolean inAFile;

    private RequestException(String title, String detail, boolean inAFile) {
        super(detail);
        this.title = title;
        this.inAFile = inAFile;
    }

    /** A parameter or an argument is missing or wrong. */
    public static RequestException of(String title, String detail) {
        return new RequestException(title, detail, false);
    }

    static RequestException badParameter(String detail) {
        return of("Bad parameter", detail);
    }

    /** A file given to steer the job (the column mapping) cannot be used: the command line's "file" exit code. */
    static RequestException inFile(String title, String detail) {
        return new RequestException(title, detail, true);
    }

    /** A short heading for the API's error answer. */
    public String title() {
        return title;
    }

    public boolean inAFile() {
        return inAFile;
    }
}
