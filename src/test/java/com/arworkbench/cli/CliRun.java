package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The one CLI test runner, shared by the CLI, API and corpus tests: one {@link Main#run} with its output captured, and
 * the checks every failure must pass.
 */
public final class CliRun {

    private CliRun() {
    }

    /** What one run printed and returned. */
    public record Result(int code, String out, String err) {

        public List<String> errLines() {
            return err.lines().toList();
        }

        public List<String> outLines() {
            return out.lines().toList();
        }
    }

    /** Runs the command line as {@code ar-workbench args...} would, capturing stdout and stderr as UTF-8. */
    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Failure: a non-zero code and exactly one "error:" line on stderr, no stack trace, nothing on stdout. */
    public static String assertOneErrorLine(Result r) {
        assertNotEquals(0, r.code(), "exit code");
        List<String> lines = r.errLines();
        assertEquals(1, lines.size(), "stderr lines: " + r.err());
        assertTrue(lines.get(0).startsWith("error:"), lines.get(0));
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals("", r.out(), "nothing on stdout");
        return lines.get(0);
    }

    /** The partial files a write leaves while it runs ({@code .ar-workbench-*}); none may be left after a run. */
    public static List<Path> partFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".ar-workbench-")).toList();
        }
    }
}
