package com.arworkbench.request;

import com.arworkbench.ingest.IngestOptions;
import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.jobs.Inspection;
import com.arworkbench.jobs.NamedFile;
import java.io.IOException;

/** What {@code inspect} looks at: the export and how the user wants it read. */
public record InspectRequest(NamedFile file, IngestOptions ingest) {

    public Inspection.Report inspect() throws IOException, UnreadableFileException {
        return Inspection.inspect(file.path(), file.name(), ingest);
    }
}
