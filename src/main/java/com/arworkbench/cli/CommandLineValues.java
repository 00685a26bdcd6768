package com.arworkbench.cli;

import com.arworkbench.jobs.NamedFile;
import com.arworkbench.jobs.PackRequest;
import com.arworkbench.request.Input;
import com.arworkbench.request.Param;
import com.arworkbench.request.RequestValues;
import com.arworkbench.request.Surface;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ParseResult;

/** A job's options as picocli parsed them (each value already read by its {@link Param}), for the request layer. */
final class CommandLineValues implements RequestValues {

    private final ParseResult parsed;
    private final Path workFolder;

    CommandLineValues(ParseResult parsed, Path workFolder) {
        this.parsed = parsed;
        this.workFolder = workFolder;
    }

    @Override
    public Surface surface() {
        return Surface.COMMAND_LINE;
    }

    @Override
    public <T> T given(Param<T> p) {
        if (p.option() == null) {
            return null; // an API-only parameter
        }
        return parsed.matchedOptionValue("--" + p.option(), null);
    }

    @Override
    public <T> List<T> givenAll(Param<T> p) {
        return parsed.matchedOptionValue("--" + p.option(), List.of());
    }

    @Override
    public NamedFile file(Input role) throws IOException {
        if (role == Input.OPEN_ITEMS) {
            return existing(parsed.matchedPositionalValue(0, null), "");
        }
        return existing(parsed.matchedOptionValue("--" + role.option(), null), " (--" + role.option() + ")");
    }

    @Override
    public List<PackRequest.PackFile> packFiles() throws IOException {
        List<PackRequest.PackFile> files = new ArrayList<>();
        for (Path p : parsed.<List<Path>>matchedPositionalValue(0, List.of())) {
            files.add(new PackRequest.PackFile(existing(p, ""), null));
        }
        return files;
    }

    @Override
    public Path workFolder() {
        return workFolder;
    }

    /** A named file that is not there stops the run with the file's problem (exit 1), saying which option named it. */
    private static NamedFile existing(Path p, String which) throws IOException {
        if (p != null && !Files.isRegularFile(p)) {
            throw new NoSuchFileException(p + which);
        }
        return NamedFile.of(p);
    }
}
