package com.arworkbench.request;

import com.arworkbench.ingest.layout.SavedMappings;
import com.arworkbench.jobs.NamedFile;
import com.arworkbench.jobs.PackRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What one request gave, as a surface holds it: picocli's parsed options, or the API's form fields and uploads.
 * {@link Requests} reads a job's request from it; the surface only hands over values, read by {@link Param#read}.
 */
public interface RequestValues {

    Surface surface();

    /** The value given for {@code p}, read by it; null when not given. */
    <T> T given(Param<T> p);

    /** Every value given for a repeatable parameter, in order; empty when none. */
    <T> List<T> givenAll(Param<T> p);

    /** The file given for a role; null when none was given. */
    NamedFile file(Input role) throws IOException;

    /** The pack's files that arrived without a role option, each with the role given per file or null to recognise it. */
    List<PackRequest.PackFile> packFiles() throws IOException;

    /** The request's own folder for what the job writes while it runs. */
    Path workFolder();

    /** Restyled workbook templates, or null for the built-in ones. */
    default Path templateDir() {
        return given(Param.TEMPLATES);
    }

    /** The column mappings saved on the page: the given folder, else the default one when it exists, else none. */
    default SavedMappings savedMappings() {
        Path dir = given(Param.MAPPINGS_DIR);
        if (dir == null && Files.isDirectory(SavedMappings.defaultDir())) {
            dir = SavedMappings.defaultDir();
        }
        return dir == null ? null : new SavedMappings(dir);
    }
}
