package com.arworkbench.web;

/** An error answer with its HTTP status, raised by the handlers and turned into JSON in one place. */
final class ApiException extends RuntimeException {

    private final int status;
    private final String error;

    ApiException(int status, String error, String detail) {
        super(detail);
        this.status = status;
        this.error = error;
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }
}
