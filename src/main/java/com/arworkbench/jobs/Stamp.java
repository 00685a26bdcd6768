package com.arworkbench.jobs;

import com.arworkbench.ingest.OpenItemsFile;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** The template placeholders every single job fills the same way: the export's name and profile, version, time. */
final class Stamp {

    private Stamp() {
    }

    static Map<String, String> of(OpenItemsFile file) {
        return Map.of("sourceFile", file.source().displayName(), "profile", file.layout().profileLabel(),
                "version", AppVersion.get(), "generatedAt", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
