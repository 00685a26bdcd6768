package com.arworkbench.jobs;

import com.arworkbench.aging.AgingParameters;
import com.arworkbench.ingest.IngestOptions;
import java.nio.file.Path;

/**
 * One aging run: the export (at {@code input}, shown to the user as {@code displayName}), the
 * parameters, how to read it, and optionally a folder of restyled templates.
 *
 * <p>{@code workFolder} is the request's own folder for what the job writes while it runs: the API's upload
 * folder, or the command line's folder beside the output; null for the system's temp folder.
 */
public record AgingRequest(Path input, String displayName, AgingParameters parameters, IngestOptions ingest,
                           Path templateDir, Path workFolder) {

    public AgingRequest(Path input, String displayName, AgingParameters parameters, IngestOptions ingest, Path templateDir) {
        this(input, displayName, parameters, ingest, templateDir, null);
    }
}
