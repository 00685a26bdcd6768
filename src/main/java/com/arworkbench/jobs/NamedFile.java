package com.arworkbench.jobs;

import java.nio.file.Path;

/** A file to read and the name the user knows it by (uploads live under temp names). */
public record NamedFile(Path path, String name) {

    public static NamedFile of(Path path) {
        return path == null ? null : new NamedFile(path, path.getFileName().toString());
    }
}
