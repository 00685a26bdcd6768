package com.arworkbench.jobs;

import com.arworkbench.ingest.UnreadableFileException;
import java.io.IOException;
import java.util.Locale;

/** A job with several input files says which one a problem is in: a user uploading four files needs to know. */
final class InputNames {

    interface Read<T> {
        T get() throws IOException, UnreadableFileException;
    }

    private InputNames() {
    }

    static <T> T named(String what, Read<T> read) throws IOException, UnreadableFileException {
        try {
            return read.get();
        } catch (UnreadableFileException e) {
            if (e.getMessage().toLowerCase(Locale.ROOT).contains(what.toLowerCase(Locale.ROOT))) {
                throw e; // the message already says which file
            }
            throw new UnreadableFileException("The " + what + " cannot be used: " + e.getMessage(), e);
        }
    }
}
