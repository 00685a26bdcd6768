package com.arworkbench.cli;

import com.arworkbench.cli.BenchCase.Target;
import com.arworkbench.cli.BenchData.Format;
import com.arworkbench.request.WorkFolder;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs benchmark cases, each N times in fresh JVMs on inputs generated once per case, and reports one Markdown table:
 * median wall time and every run's, median phase times, the largest peak RSS, the target, and for the aging cases the
 * plain POI program's median on the same file and the ratio. {@code bench --suite} runs {@link #matrix()}; a single
 * {@code bench} is a suite of one case.
 */
final class BenchSuite {

    static final String PLAIN = "com.arworkbench.bench.PlainPoiAging";
    static final String PLAIN_MISSING = "the plain POI program is in the test classes, not in the shipped jar: run "
            + "mvn -q -B -DskipTests package (it compiles them to target/test-classes, beside the jar), then "
            + "bin/ar-workbench bench ...";
    private static final Pattern PEAK = Pattern.compile("peak RSS (\\d+) MB");

    private BenchSuite() {
    }

    /** Issue 17's matrix at full size, with its targets (docs/performance.md). */
    static List<BenchCase> matrix() {
        Target aging = new Target(10.0, 1024L, 2.0);
        return List.of(
                new BenchCase("aging-netsuite-csv", "aging", Format.NETSUITE_CSV, 1_000_000, 20_000, null, false, true,
                        "1g", aging),
                new BenchCase("aging-generic-csv", "aging", Format.GENERIC_CSV, 1_000_000, 20_000, null, false, true,
                        "1g", aging),
                new BenchCase("aging-xlsx", "aging", Format.XLSX, 200_000, 20_000, null, false, true, "1g",
                        new Target(5.0, null, null)),
                new BenchCase("dunning", "dunning", Format.NETSUITE_CSV, 200_000, 20_000, null, false, false, "1g",
                        new Target(5.0, null, null)),
                new BenchCase("recon", "recon", Format.NETSUITE_CSV, 500_000, 20_000, null, false, false, "1200m",
                        new Target(8.0, null, null)),
                new BenchCase("cashapp", "cashapp", Format.NETSUITE_CSV, 200_000, 20_000, null, false, false, "1g",
                        new Target(3.0, null, null)),
                new BenchCase("pack", "pack", Format.NETSUITE_CSV, 1_000_000, 20_000, 2_000_000L, false, false, "1g",
                        new Target(15.0, 1536L, null)));
    }

    /** One child JVM's run: exit code, wall time including JVM start, phases (s), peak RSS, workbook size. */
    record Run(int exit, double wall, Map<String, Double> phases, Long peakMb, long workbookBytes, String output) {

        boolean ok() {
            return exit == 0;
        }
    }

    /** A case's runs: ours, and the plain POI program's (empty when not compared). */
    record Result(BenchCase bench, String inputs, String heap, List<Run> ours, List<Run> plain, String plainNote) {
    }

    /**
     * The class path the plain POI program runs on: this JVM's when it holds the program (run with the test classes on
     * it), else this one with the test classes Maven compiled beside the jar ({@code target/test-classes}, as
     * {@code bin/ar-workbench bench} runs it); empty when neither has it.
     */
    static Optional<String> plainClassPath() {
        String mine = System.getProperty("java.class.path");
        try {
            Class.forName(PLAIN);
            return Optional.of(mine);
        } catch (ClassNotFoundException e) {
            Path tests = ownJar().resolveSibling("test-classes");
            return Files.isRegularFile(tests.resolve(PLAIN.replace('.', '/') + ".class"))
                    ? Optional.of(mine + java.io.File.pathSeparator + tests) : Optional.empty();
        }
    }

    /**
     * Runs every case {@code runs} times and returns the results; the child JVMs get {@code extraJvm} after their heap
     * option; {@code echo} also prints each child's own output.
     * When a case compares, run i runs ours first when i is odd and the plain program first when even, so neither
     * always finds the file warmer in the page cache.
     */
    static List<Result> measure(List<BenchCase> cases, int runs, List<String> extraJvm, boolean keep, boolean echo,
                                PrintStream out) throws IOException {
        List<Result> results = new ArrayList<>();
        for (BenchCase c : cases) {
            out.printf("%n== %s: %s, %d run%s (load average %s)%n", c.name(), c.job(), runs, runs == 1 ? "" : "s",
                    loadAverage());
            Path dir = Files.createTempDirectory("ar-workbench-bench-");
            try {
                BenchCase.Prepared p = c.prepare(dir, out);
                String plainNote = null;
                boolean compare = c.compare();
                if (compare && c.format().plainLayout().isEmpty()) {
                    plainNote = "does not apply: the plain program reads CSV, not " + c.format().label;
                    compare = false;
                } else if (compare && plainClassPath().isEmpty()) {
                    plainNote = "not run: " + PLAIN_MISSING;
                    compare = false;
                }
                if (plainNote != null) {
                    out.println("--compare: " + plainNote);
                }
                List<String> jvm = childJvm(c.job(), c.heap(), extraJvm);
                out.println("child JVM: " + String.join(" ", jvm));
                List<Run> ours = new ArrayList<>();
                List<Run> plain = new ArrayList<>();
                for (int i = 1; i <= runs; i++) {
                    if (compare && i % 2 == 0) {
                        plain.add(plainRun(p, c.format(), jvm));
                    }
                    Run r = child(ours(p, jvm), p.workbook());
                    ours.add(r);
                    if (compare && i % 2 == 1) {
                        plain.add(plainRun(p, c.format(), jvm));
                    }
                    if (echo || !r.ok()) {
                        out.print(r.output());
                    }
                    Run q = compare ? plain.get(plain.size() - 1) : null;
                    if (q != null && (echo || !q.ok())) {
                        out.print(q.output());
                    }
                    out.printf("run %d/%d: %s%s%n", i, runs, describe(c.job(), r), q == null ? ""
                            : String.format(Locale.ROOT, "; plain POI: %s; plain ÷ ours = %.2f", describe("plain", q),
                                    q.wall() / r.wall()));
                }
                results.add(new Result(c, p.inputs(), jvm.stream().filter(s -> s.startsWith("-Xmx")).reduce((a, b) -> b)
                        .map(s -> s.substring(4)).orElse("default"), ours, plain, plainNote));
            } finally {
                if (keep) {
                    out.println("kept: " + dir);
                } else {
                    WorkFolder.deleteTree(dir, true);
                }
            }
        }
        return results;
    }

    private static String describe(String what, Run r) {
        return String.format(Locale.ROOT, "%s exit %d, wall %.2f s (including JVM start)%s, peak RSS %s, workbook %,d bytes",
                what, r.exit(), r.wall(), r.phases().isEmpty() ? "" : " [" + phases(r.phases()) + "]",
                r.peakMb() == null ? "n/a" : r.peakMb() + " MB", r.workbookBytes());
    }

    private static List<String> ours(BenchCase.Prepared p, List<String> jvm) {
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(p.jobArgs());
        return cmd;
    }

    private static Run plainRun(BenchCase.Prepared p, Format format, List<String> jvm) throws IOException {
        Path workbook = p.dir().resolve("plain-poi.xlsx");
        List<String> cmd = new ArrayList<>(jvm);
        cmd.addAll(List.of("-cp", plainClassPath().orElseThrow(), PLAIN, p.openItems().toString(),
                workbook.toString(), BenchData.AS_OF.toString()));
        cmd.addAll(format.plainLayout());
        return child(cmd, workbook);
    }

    /** The jar (or classes folder) this JVM runs the tool from: the first entry of its class path. */
    private static Path ownJar() {
        return Path.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0]).toAbsolutePath();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /**
     * The java and the JVM options a child runs the job with, the java first. Started by {@code bin/ar-workbench}
     * (which says so in {@code AR_WORKBENCH_LAUNCHER}), the launcher itself tells what it would run the job with (its
     * JDK, collector, compiler choice and start-up cache), given the heap and {@code extraJvm}: the benchmark times
     * what a user runs. Otherwise this JVM's java and options ({@link #jvmOptions}), with the throughput collector.
     * The plain POI program gets the same.
     */
    static List<String> childJvm(String job, String caseHeap, List<String> extraJvm) throws IOException {
        String launcher = System.getenv("AR_WORKBENCH_LAUNCHER");
        if (launcher == null || !Files.isExecutable(Path.of(launcher))) {
            List<String> jvm = new ArrayList<>(List.of(java()));
            jvm.addAll(jvmOptions(caseHeap));
            jvm.addAll(extraJvm);
            withCollector(jvm);
            return jvm;
        }
        String given = Optional.ofNullable(System.getenv("AR_WORKBENCH_JVM_OPTIONS")).orElse("").strip();
        List<String> options = new ArrayList<>();
        if (!given.isEmpty()) {
            options.add(given);
        }
        if (!given.contains("-Xmx") && caseHeap != null) {
            options.add("-Xmx" + caseHeap);
        }
        options.addAll(extraJvm);
        ProcessBuilder pb = new ProcessBuilder(launcher, job).redirectErrorStream(false);
        pb.environment().put("AR_WORKBENCH_PRINT_JVM", "1");
        pb.environment().put("AR_WORKBENCH_JAR", ownJar().toString());
        pb.environment().put("AR_WORKBENCH_JVM_OPTIONS", String.join(" ", options));
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        Process p = pb.start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> !l.isBlank()).toList();
        try {
            if (p.waitFor() != 0 || lines.isEmpty()) {
                throw new IOException(launcher + " could not say how it runs " + job);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return lines;
    }

    /**
     * The child's JVM options: this JVM's {@code -XX:} options, and its heap options when it was given a maximum
     * heap (so {@code java -Xmx1g -jar … bench} runs the child with 1 GB, as before); otherwise the case's heap.
     */
    static List<String> jvmOptions(String caseHeap) {
        List<String> mine = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> options = new ArrayList<>(mine.stream().filter(s -> s.startsWith("-XX:")).toList());
        List<String> heap = mine.stream().filter(s -> s.startsWith("-Xm")).toList();
        if (heap.stream().anyMatch(s -> s.startsWith("-Xmx")) || caseHeap == null) {
            options.addAll(heap);
        } else {
            options.add("-Xmx" + caseHeap);
        }
        return options;
    }

    /**
     * The garbage collector the README runs the jar with ({@link Main#THROUGHPUT_GC}), unless the options name one:
     * the plain program gets the same, so the comparison stays fair ({@code --jvm-option=-XX:+UseG1GC} times the
     * JVM's default).
     */
    static void withCollector(List<String> jvm) {
        if (jvm.stream().noneMatch(o -> o.startsWith("-XX:+Use") && o.endsWith("GC"))) {
            jvm.add(Main.THROUGHPUT_GC);
        }
    }

    /** Runs one child JVM to its end with the phase times and stats asked for; its output merged. */
    private static Run child(List<String> cmd, Path workbook) throws IOException {
        Files.deleteIfExists(workbook);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("AR_WORKBENCH_STATS", "1");
        pb.environment().put(PhaseTimes.ENV, "1");
        pb.environment().put("AR_WORKBENCH_PROGRESS", "0");
        long start = System.nanoTime();
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code;
        try {
            code = p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted");
        }
        double wall = (System.nanoTime() - start) / 1e9;
        Map<String, Double> phases = new LinkedHashMap<>();
        Long peak = null;
        for (String line : output.split("\n")) {
            if (line.startsWith(PhaseTimes.PREFIX)) {
                phases = PhaseTimes.parse(line.strip());
            }
            Matcher m = PEAK.matcher(line);
            if (m.find()) {
                peak = Long.parseLong(m.group(1));
            }
        }
        return new Run(code, wall, phases, peak, Files.exists(workbook) ? Files.size(workbook) : 0, output);
    }

    static double median(Collection<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Each phase's median over the runs, in the order the phases came. */
    static Map<String, Double> medianPhases(List<Run> runs) {
        Map<String, List<Double>> byPhase = new LinkedHashMap<>();
        runs.forEach(r -> r.phases().forEach((k, v) -> byPhase.computeIfAbsent(k, x -> new ArrayList<>()).add(v)));
        Map<String, Double> medians = new LinkedHashMap<>();
        byPhase.forEach((k, v) -> medians.put(k, median(v)));
        return medians;
    }

    private static String phases(Map<String, Double> seconds) {
        List<String> parts = new ArrayList<>();
        seconds.forEach((k, v) -> parts.add(String.format(Locale.ROOT, "%s %.2f", k, v)));
        return String.join(" · ", parts);
    }

    private static List<Double> walls(List<Run> runs) {
        return runs.stream().filter(Run::ok).map(Run::wall).toList();
    }

    /** The Markdown table of the results; {@code scale} other than 1 says the targets do not apply. */
    static String table(List<Result> results, int runs, double scale) {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "bench: %d run%s per case%s; wall times include JVM start; %s%n%n", runs,
                runs == 1 ? "" : "s", scale == 1 ? "" : String.format(Locale.ROOT, ", every size × %s", scale),
                machine()));
        t.append("| case | inputs | heap | target | median wall | runs (wall s) | median phases (s) | max peak RSS "
                + "| plain POI median | plain ÷ ours | target met |\n");
        t.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Result r : results) {
            List<Double> ours = walls(r.ours());
            List<Double> plain = walls(r.plain());
            double oursMedian = median(ours);
            double plainMedian = median(plain);
            Long peak = r.ours().stream().filter(x -> x.peakMb() != null).map(Run::peakMb).max(Long::compare).orElse(null);
            String each = String.join(", ", r.ours().stream().map(x -> x.ok()
                    ? String.format(Locale.ROOT, "%.2f", x.wall()) : "failed (exit " + x.exit() + ")").toList());
            String plainCell = r.plainNote() != null ? (r.plainNote().startsWith("does not apply") ? "does not apply (xlsx)"
                    : "not run") : r.plain().isEmpty() ? "–" : plain.size() < r.plain().size()
                    ? "failed" : String.format(Locale.ROOT, "%.2f s (%s)", plainMedian, String.join(", ",
                    plain.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList()));
            Double ratio = plain.isEmpty() || ours.isEmpty() ? null : plainMedian / oursMedian;
            t.append("| ").append(r.bench().name())
                    .append(" | ").append(r.inputs())
                    .append(" | ").append(r.heap())
                    .append(" | ").append(r.bench().target() == null ? "–" : r.bench().target())
                    .append(" | ").append(ours.isEmpty() ? "failed" : String.format(Locale.ROOT, "**%.2f s**", oursMedian))
                    .append(" | ").append(each)
                    .append(" | ").append(phases(medianPhases(r.ours().stream().filter(Run::ok).toList())))
                    .append(" | ").append(peak == null ? "n/a" : String.format(Locale.ROOT, "%,d MB", peak))
                    .append(" | ").append(plainCell)
                    .append(" | ").append(ratio == null ? "–" : String.format(Locale.ROOT, "%.2f", ratio))
                    .append(" | ").append(met(r, oursMedian, peak, ratio, scale))
                    .append(" |\n");
        }
        return t.toString();
    }

    /** Whether the median, the peak and the ratio meet the case's target; not judged at another scale. */
    private static String met(Result r, double median, Long peak, Double ratio, double scale) {
        Target target = r.bench().target();
        if (target == null) {
            return "–";
        }
        if (scale != 1) {
            return "n/a at this scale";
        }
        if (r.ours().stream().anyMatch(x -> !x.ok())) {
            return "no: a run failed";
        }
        List<String> missed = new ArrayList<>();
        if (target.seconds() != null && !(median <= target.seconds())) {
            missed.add("time");
        }
        if (target.megabytes() != null && (peak == null || peak > target.megabytes())) {
            missed.add("memory");
        }
        if (target.plainRatio() != null && (ratio == null || ratio < target.plainRatio())) {
            missed.add("ratio");
        }
        return missed.isEmpty() ? "yes" : "no: " + String.join(", ", missed);
    }

    /** The machine, for the record: cores, the load average now, the Java version. */
    private static String machine() {
        return String.format(Locale.ROOT, "%d cores, load average %s at the end, Java %s",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"));
    }

    /** The 1-, 5- and 15-minute load averages (Linux), or n/a. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " / " + f[1] + " / " + f[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
