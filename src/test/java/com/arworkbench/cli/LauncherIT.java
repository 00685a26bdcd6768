package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.support.GoldenDump;
import com.arworkbench.support.Required;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/ar-workbench}, as a user runs it after {@code mvn package}: it makes the start-up cache once per build
 * and JDK (an AOT cache on Java 25 or later, a class-data archive on 17-24), and the examples' workbooks are the
 * golden ones cell for cell on either. Each test runs a copy of the built jar in its own folder, so the cache beside
 * it is the test's own.
 */
class LauncherIT {

    private static final Path LAUNCHER = Path.of("bin/ar-workbench");
    private static final Path JAR = Path.of("target/ar-workbench.jar");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String TRAINING = "making the start-up cache";
    private static final Pattern JAVA_VERSION = Pattern.compile("JAVA_VERSION=\"(\\d+)");

    /** The version the built jar stamps on About (the classes the tests run on have none). */
    private static final String VERSION = jarVersion();

    @TempDir
    Path tmp;

    record Result(int code, String out, String err) {
    }

    @Test
    void onJava25TheAotCacheIsMadeOnceAndTheExamplesComeOutAsTheGoldenOnes() throws Exception {
        Optional<Path> java25 = javaAtLeast(25);
        Required.require(java25.isPresent(), "no JDK 25 or later under /usr/lib/jvm or JAVA_HOME",
                "Install Temurin 25 (the machine image has it under /usr/lib/jvm).");
        Path jar = copyOfTheJar();
        Map<String, String> env = Map.of("AR_WORKBENCH_JAVA", java25.get().toString());
        List<ExampleRuns.Run> runs = ExampleRuns.all(Path.of("examples"));
        for (int i = 0; i < runs.size(); i++) {
            ExampleRuns.Run run = runs.get(i);
            Path out = tmp.resolve(run.name() + ".xlsx");
            List<String> args = new ArrayList<>(run.args());
            args.addAll(List.of("--out", out.toString()));
            Result r = launch(jar, env, args);
            assertEquals(0, r.code(), run.name() + ": " + r.err());
            // Trained on the first run only; never a JVM log line in what the job prints.
            assertEquals(i == 0, r.err().contains(TRAINING), run.name() + ": " + r.err());
            assertFalse((r.out() + r.err()).contains("[warning]") || (r.out() + r.err()).contains("[error"), r.out() + r.err());
            GoldenDump.assertSame(GOLDEN.resolve(run.name() + ".txt"), GoldenDump.of(out, VERSION), run.name() + " on Java 25 with the AOT cache");
        }
        assertTrue(Files.size(jar.resolveSibling("ar-workbench.aot")) > 1_000_000, "the AOT cache is beside the jar");
        assertTrue(Files.readString(jar.resolveSibling("ar-workbench.cache-java")).startsWith("aot "));
        // The JVM really maps it: with AOTMode=on a cache it cannot use is an error, not a silent fallback.
        Result strict = launch(jar, Map.of("AR_WORKBENCH_JAVA", java25.get().toString(), "AR_WORKBENCH_JVM_OPTIONS",
                "-XX:AOTMode=on"), List.of("version"));
        assertEquals(0, strict.code(), strict.out() + strict.err());
        assertTrue(strict.out().startsWith("AR Workbench "), strict.out());
    }

    @Test
    void onJava17TheClassDataArchiveIsUsedAndARebuiltJarIsTrainedAgain() throws Exception {
        Path java17 = Path.of(System.getProperty("java.home"), "bin", "java");
        Path jar = copyOfTheJar();
        Map<String, String> env = Map.of("AR_WORKBENCH_JAVA", java17.toString());
        ExampleRuns.Run sap = ExampleRuns.all(Path.of("examples")).stream().filter(r -> r.name().equals("aging-sap"))
                .findFirst().orElseThrow();
        Path out = tmp.resolve("aging-sap.xlsx");
        List<String> args = new ArrayList<>(sap.args());
        args.addAll(List.of("--out", out.toString()));
        Result first = launch(jar, env, args);
        assertEquals(0, first.code(), first.err());
        assertTrue(first.err().contains(TRAINING), first.err());
        int release = Runtime.version().feature();
        String kind = release >= 25 ? "aot" : "jsa";
        assertTrue(Files.exists(jar.resolveSibling("ar-workbench." + kind)), "the " + kind + " cache beside the jar");
        GoldenDump.assertSame(GOLDEN.resolve("aging-sap.txt"), GoldenDump.of(out, VERSION), "aging-sap on Java " + release);
        assertTrue(first.out().contains("ALL CHECKS OK"), first.out());

        Result again = launch(jar, env, args);
        assertEquals(0, again.code(), again.err());
        assertFalse(again.err().contains(TRAINING), "the cache is made once per build: " + again.err());

        // A rebuilt jar (newer than its cache) is trained again; the old cache would be refused by the JVM anyway.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        Result rebuilt = launch(jar, env, args);
        assertEquals(0, rebuilt.code(), rebuilt.err());
        assertTrue(rebuilt.err().contains(TRAINING), rebuilt.err());
        GoldenDump.assertSame(GOLDEN.resolve("aging-sap.txt"), GoldenDump.of(out, VERSION), "aging-sap on Java " + release);
    }

    @Test
    void aTrainingRunThatFailsIsSaidOnceAndTheJobsRunWithoutTheCache() throws Exception {
        Path jar = copyOfTheJar();
        // 8 MB of heap: the examples cannot all run, so the training fails; "version" still runs.
        Map<String, String> tiny = Map.of("AR_WORKBENCH_JVM_OPTIONS", "-Xmx8m");
        Result first = launch(jar, tiny, List.of("version"));
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().startsWith("AR Workbench "), first.out());
        assertTrue(first.err().contains("could not be made") && first.err().contains("until the next build"), first.err());
        assertFalse(Files.exists(jar.resolveSibling("ar-workbench.aot")) || Files.exists(jar.resolveSibling("ar-workbench.jsa")),
                "no cache from a failed training run");
        Result second = launch(jar, tiny, List.of("version"));
        assertEquals(0, second.code(), second.err());
        assertEquals("", second.err(), "not retried on every run");
    }

    @Test
    void withTheCacheOffNothingIsMadeAndAMissingJarOrJavaIsOneLine() throws Exception {
        Path jar = copyOfTheJar();
        Result off = launch(jar, Map.of("AR_WORKBENCH_CACHE", "off"), List.of("version"));
        assertEquals(0, off.code(), off.err());
        assertEquals("", off.err());
        try (Stream<Path> files = Files.list(jar.getParent())) {
            assertEquals(List.of(jar.getFileName().toString()), files.map(p -> p.getFileName().toString()).toList());
        }
        // What each command runs with (bench asks the same way): the quick compiler for the reading and writing jobs,
        // the full one for the service and the pack; a collector the user names replaces the throughput one.
        Result cashapp = launch(jar, Map.of("AR_WORKBENCH_CACHE", "off", "AR_WORKBENCH_PRINT_JVM", "1"), List.of("cashapp"));
        assertEquals(0, cashapp.code(), cashapp.err());
        List<String> options = cashapp.out().lines().toList();
        assertTrue(Files.isExecutable(Path.of(options.get(0))), options.toString());
        assertTrue(options.contains("-XX:TieredStopAtLevel=1") && options.contains("-XX:+UseParallelGC"), options.toString());
        Result pack = launch(jar, Map.of("AR_WORKBENCH_CACHE", "off", "AR_WORKBENCH_PRINT_JVM", "1",
                "AR_WORKBENCH_JVM_OPTIONS", "-Xmx1g -XX:+UseG1GC"), List.of("pack"));
        List<String> packOptions = pack.out().lines().toList();
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC"), packOptions.subList(1, packOptions.size()));

        Result missing = launch(tmp.resolve("nowhere/ar-workbench.jar"), Map.of(), List.of("version"));
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("mvn -q -B -DskipTests package"), missing.err());
        Result noJava = launch(jar, Map.of("AR_WORKBENCH_JAVA", tmp.resolve("no-such-java").toString()), List.of("version"));
        assertEquals(2, noJava.code());
        assertEquals(1, noJava.err().lines().count(), noJava.err());
        assertTrue(noJava.err().contains("AR_WORKBENCH_JAVA"), noJava.err());
    }

    private static String jarVersion() {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            return jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path copyOfTheJar() throws IOException {
        assertTrue(Files.exists(JAR), "run after mvn package: " + JAR);
        Path dir = Files.createDirectories(tmp.resolve("build"));
        return Files.copy(JAR, dir.resolve("ar-workbench.jar"));
    }

    private Result launch(Path jar, Map<String, String> env, List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(LAUNCHER.toAbsolutePath().toString()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("AR_WORKBENCH_JAR", jar.toString());
        pb.environment().put("AR_WORKBENCH_PROGRESS", "0");
        pb.environment().putAll(env);
        Path err = tmp.resolve("stderr.txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        return new Result(code, out, Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The newest JDK of at least {@code release} under JAVA_HOME or /usr/lib/jvm (where the launcher also looks). */
    private static Optional<Path> javaAtLeast(int release) throws IOException {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getenv("JAVA_HOME")).ifPresent(h -> candidates.add(Path.of(h, "bin", "java")));
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> dirs = Files.list(jvms)) {
                dirs.map(d -> d.resolve("bin/java")).forEach(candidates::add);
            }
        }
        for (Path candidate : candidates) {
            Path releaseFile = candidate.getParent().getParent().resolve("release");
            if (Files.isExecutable(candidate) && Files.isRegularFile(releaseFile)) {
                Matcher m = JAVA_VERSION.matcher(Files.readString(releaseFile));
                if (m.find() && Integer.parseInt(m.group(1)) >= release) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
