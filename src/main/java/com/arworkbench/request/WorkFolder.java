package com.arworkbench.request;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A request's work folder goes with everything in it once the request is answered. */
public final class WorkFolder {

    private WorkFolder() {
    }

    /** Deletes everything below {@code dir}, and {@code dir} itself when asked. */
    public static void deleteTree(Path dir, boolean includingDir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                if (includingDir || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
