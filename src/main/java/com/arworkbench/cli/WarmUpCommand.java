package com.arworkbench.cli;

import com.arworkbench.request.WorkFolder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/**
 * {@code warm-up}: every job once on the bundled examples, in this JVM. It is the training run of the start-up cache
 * {@code bin/ar-workbench} makes (Java 25's AOT cache, or a class-data archive on older JDKs): the classes the jobs load,
 * and on Java 25 the profiles of the methods they run, are saved when this JVM exits, so the next runs skip that work
 * (docs/performance.md). The examples are small; what the cache holds is code, never data.
 */
@Command(name = "warm-up", mixinStandardHelpOptions = true,
        description = "Run every job once on the bundled examples (workbooks to a temporary folder, then deleted): the "
                + "training run of the start-up cache that bin/ar-workbench makes.")
final class WarmUpCommand implements CliCommand {

    @Option(names = "--examples", paramLabel = "DIR", defaultValue = "examples",
            description = "The examples folder of the repository (default: ${DEFAULT-VALUE}).")
    Path examples;

    @Override
    public void run(ParseResult parsed, PrintStream out) throws IOException {
        if (!Files.isDirectory(examples)) {
            throw new java.nio.file.NoSuchFileException(examples + " (the examples folder; give it with --examples)");
        }
        long start = System.nanoTime();
        Path dir = Files.createTempDirectory("ar-workbench-warm-up-");
        List<String> failed = new ArrayList<>();
        int runs = 0;
        try {
            List<ExampleRuns.Run> all = new ArrayList<>(ExampleRuns.all(examples));
            // The month after: each job that carries a reviewed workbook forward reads this run's own one back.
            all.add(monthAfter(all, "dunning-netsuite", dir));
            all.add(monthAfter(all, "cashapp-camt", dir));
            for (ExampleRuns.Run r : all) {
                List<String> args = new ArrayList<>(r.args());
                args.addAll(List.of("--out", dir.resolve(r.name() + ".xlsx").toString()));
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                runs++;
                if (code != Main.EXIT_OK) {
                    failed.add(r.name() + " (" + err.toString(StandardCharsets.UTF_8).strip() + ")");
                }
            }
        } finally {
            WorkFolder.deleteTree(dir, true);
        }
        if (!failed.isEmpty()) {
            throw new IOException("warm-up: " + failed.size() + " of " + runs + " example runs failed: "
                    + String.join("; ", failed));
        }
        out.printf(Locale.ROOT, "warm-up: %d example runs in %.1f s%n", runs, (System.nanoTime() - start) / 1e9);
    }

    /** The named run again, as of a month later, with its own workbook as the reviewed one from last month. */
    private static ExampleRuns.Run monthAfter(List<ExampleRuns.Run> runs, String name, Path dir) {
        ExampleRuns.Run first = runs.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
        List<String> args = new ArrayList<>(first.args());
        args.set(args.indexOf("--as-of") + 1, "2026-07-31");
        args.addAll(List.of("--previous", dir.resolve(name + ".xlsx").toString()));
        return new ExampleRuns.Run(name + "-month-after", args);
    }
}
