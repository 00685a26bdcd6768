package com.arworkbench.web;

/** The port the server should listen on is taken: one plain line for the user, not a failure to report. */
public final class PortInUseException extends RuntimeException {

    public PortInUseException(String host, int port, Throwable cause) {
        super("port " + port + " on " + host + " is in use (another AR Workbench or another program); choose another with --port",
                cause);
    }
}
