package com.arworkbench.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless LibreOffice and poppler for tests: a conversion runs with a fresh profile and HOME under
 * the test's own folder, so nothing of the user's LibreOffice setup is read or changed.
 */
public final class LibreOffice {

    private static final long TIMEOUT_SECONDS = 120;

    private LibreOffice() {
    }

    /** A program on the PATH, if there is one. */
    public static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Converts {@code inputs} into {@code outDir} ({@code format} as soffice's --convert-to takes it,
     * e.g. "pdf" or "xlsx:Calc MS Excel 2007 XML"). Fails the test on a non-zero exit or a timeout.
     * @param workDir holds the profile, HOME and the log
     */
    public static void convert(Path soffice, Path workDir, String format, Path outDir, List<Path> inputs)
            throws IOException, InterruptedException {
        Path profile = Files.createDirectories(workDir.resolve("lo-profile/user"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                "-env:UserInstallation=" + profile.getParent().toUri(),
                "--headless", "--invisible", "--norestore", "--nolockcheck", "--nodefault", "--nologo",
                "--convert-to", format, "--outdir", outDir.toString()));
        inputs.forEach(p -> command.add(p.toString()));
        run(command, workDir, workDir.resolve("soffice.log"));
    }

    /** Renders page {@code page} (1-based) of a PDF to {@code png} with poppler's pdftoppm. */
    public static void renderPage(Path pdftoppm, Path pdf, int page, int dpi, Path png, Path workDir)
            throws IOException, InterruptedException {
        String prefix = png.toString().replaceFirst("\\.png$", "");
        run(List.of(pdftoppm.toString(), "-f", Integer.toString(page), "-l", Integer.toString(page),
                "-r", Integer.toString(dpi), "-png", "-singlefile", pdf.toString(), prefix),
                workDir, workDir.resolve("pdftoppm.log"));
    }

    /**
     * Output goes to a log file, so a full pipe can never block the process; on timeout it and the
     * processes it started (soffice's script, oosplash, soffice.bin) are killed.
     */
    private static void run(List<String> command, Path home, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("HOME", home.toString());
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail(command.get(0) + " did not finish within " + TIMEOUT_SECONDS + " s and was killed; its output:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        assertEquals(0, p.exitValue(), command.get(0) + " exit code; its output:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }
}
