package com.arworkbench.jobs;

import com.arworkbench.aging.AgingParameters;
import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;

/**
 * One aging run: the export (at {@code input}, shown to the user as {@code displayName}), the
 * parameters, how to read it, and optionally a folder of restyled templates.
 */
public record AgingRequest(Path input, String displayName, AgingParameters parameters, IngestOptions ingest,
                           Path templateDir) {
}
