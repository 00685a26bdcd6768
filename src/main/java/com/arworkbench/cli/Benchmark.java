package com.arworkbench.cli;

import com.arworkbench.cli.BenchData.Format;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code bench}: generates an export (NetSuite-style or generic CSV, or XLSX, see {@link BenchData}) and the job's
 * other inputs, then times the job on them in fresh JVMs and reports wall time, phase times and the child's peak RSS
 * (measuring in a child keeps the generator's memory out of the figure). {@code --suite} runs issue 17's whole matrix
 * ({@link BenchSuite}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = "Generate a large export and time a job on it in a fresh JVM: wall time, phase times and peak "
                + "memory; --suite times every job of the performance targets.")
final class Benchmark implements CliCommand {

    static final LocalDate AS_OF = BenchData.AS_OF;

    /** An amount as the generated NetSuite CSV writes it ({@code -1,234.56}); the load harness writes the same. */
    static String money(long cents) {
        return BenchData.money(cents);
    }

    /** The load harness is test code and does not ship in the jar; where it went and how to run it. */
    static final String LOAD_MOVED = "the load harness is not in the jar: it is test code "
            + "(src/test/java/com/arworkbench/cli/LoadTest.java); from the repository run "
            + "mvn -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.classpath "
            + "&& java -cp target/test-classes:target/classes:$(cat target/test.classpath) com.arworkbench.cli.LoadTest "
            + "[--clients 16] [--requests 200] [--server-xmx 1500m] [--large-rows 50000,...] [--keep]";

    /** The options that describe one case, which {@code --suite} sets itself. */
    private static final List<String> CASE_OPTIONS = List.of("--job", "--rows", "--history-rows", "--format",
            "--customers", "--pdf", "--compare");

    @Option(names = "--job", paramLabel = "aging|dunning|recon|cashapp|pack|statements|allowance", defaultValue = "aging",
            converter = JobName.class, description = "The job to time (default ${DEFAULT-VALUE}).")
    String job;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000",
            description = "Rows of the generated open-items export (default ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--history-rows", paramLabel = "N",
            description = "Rows of the generated invoice history for pack (default: twice --rows).")
    Long historyRows;

    @Option(names = "--format", paramLabel = "netsuite-csv|generic-csv|xlsx", defaultValue = "netsuite-csv",
            converter = BenchData.FormatName.class,
            description = "The generated export: a NetSuite A/R Aging Detail CSV (title lines, header, total line; "
                    + "csv is the same), a generic CSV (one header row: Customer ID, Customer, Invoice, Invoice date, "
                    + "Due date, Currency, Amount, Open amount) or an XLSX like the NetSuite CSV "
                    + "(default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--customers", paramLabel = "N", defaultValue = "20000",
            description = "Distinct customers in the generated data (default ${DEFAULT-VALUE}).")
    int customers;

    @Option(names = "--pdf", description = "statements: also write one PDF per customer and currency (time them with "
            + "the workbook).")
    boolean pdf;

    @Option(names = "--compare", description = "aging of a CSV: also time, in the same run and on the same file, a "
            + "plain POI SXSSF program doing the same aging, and print the ratio (the program is in the test classes that "
            + "mvn package compiles to target/test-classes, beside the jar). It reads CSV only, so not with --format xlsx.")
    boolean compare;

    @Option(names = "--runs", paramLabel = "N",
            description = "Runs of each case on the same generated files; the table gives the medians (default 1, "
                    + "with --suite 3).")
    Integer runs;

    @Option(names = "--suite", description = "Time the whole matrix of the performance targets, each case --runs "
            + "times: aging of 1,000,000 rows as NetSuite and as generic CSV (each against the plain POI program), "
            + "of 200,000 rows as XLSX; dunning 200,000 items; recon 500,000 + 500,000; cashapp 19,000 payments "
            + "against 200,000 items; pack 1,000,000 + 2,000,000 history rows. Needs the test classes on the class "
            + "path (see --compare). One Markdown table at the end.")
    boolean suite;

    @Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "1",
            description = "--suite: multiply every size by FACTOR (0.01 for a quick smoke run; the targets are then "
                    + "not judged).")
    double scale;

    @Option(names = "--cases", paramLabel = "NAME", split = ",",
            description = "--suite: only these cases (aging-netsuite-csv, aging-generic-csv, aging-xlsx, dunning, "
                    + "recon, cashapp, pack).")
    List<String> cases;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "An option for the child JVMs, repeatable (write it --jvm-option=-XX:+UseSerialGC). They also "
                    + "get this JVM's -XX options, and its -Xmx when given, else the case's heap; and -XX:+UseParallelGC, "
                    + "as the README runs the jar, unless an option names a collector (--jvm-option=-XX:+UseG1GC times the "
                    + "JVM's default).")
    List<String> jvmOptions;

    @Option(names = "--keep", description = "Keep the generated files and the workbook, and say where.")
    boolean keep;

    /** {@code --job load} names the load harness, which moved to the tests: say where rather than "unknown job". */
    static final class JobName implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (value.equals("load")) {
                throw new TypeConversionException(LOAD_MOVED);
            }
            if (!List.of("aging", "dunning", "recon", "cashapp", "pack", "statements", "allowance").contains(value)) {
                throw new TypeConversionException("--job is aging, dunning, recon, cashapp, pack, statements or allowance");
            }
            return value;
        }
    }

    @Override
    public void run(ParseResult parsed, PrintStream out) throws IOException {
        int n = runs == null ? (suite ? 3 : 1) : runs;
        if (n < 1) {
            throw new IllegalArgumentException("--runs is at least 1");
        }
        List<BenchCase> chosen;
        double factor = 1;
        if (suite) {
            List<String> given = CASE_OPTIONS.stream().filter(parsed::hasMatchedOption).toList();
            if (!given.isEmpty()) {
                throw new IllegalArgumentException("--suite sets " + String.join(", ", given) + " itself for each case; "
                        + "use --scale and --cases to run less");
            }
            if (!(scale > 0)) {
                throw new IllegalArgumentException("--scale is a factor above 0, such as 0.01");
            }
            if (BenchSuite.plainClassPath().isEmpty()) {
                throw new IllegalArgumentException("--suite compares the aging with a plain POI program, and "
                        + BenchSuite.PLAIN_MISSING.replace("bench ...", "bench --suite"));
            }
            factor = scale;
            chosen = choose(cases);
            chosen = chosen.stream().map(c -> c.scaled(scale)).toList();
        } else {
            if (parsed.hasMatchedOption("--scale") || parsed.hasMatchedOption("--cases")) {
                throw new IllegalArgumentException("--scale and --cases go with --suite");
            }
            if (compare && !job.equals("aging")) {
                out.println("--compare: the plain POI program does the aging only (--job aging)");
            }
            chosen = List.of(new BenchCase(job, job, format, rows, customers, historyRows, pdf,
                    compare && job.equals("aging"), null, null));
        }
        List<BenchSuite.Result> results = BenchSuite.measure(chosen, n, jvmOptions == null ? List.of() : jvmOptions, keep,
                !suite, out);
        out.println();
        out.print(BenchSuite.table(results, n, factor));
        long failed = results.stream().mapToLong(r -> r.ours().stream().filter(x -> !x.ok()).count()
                + r.plain().stream().filter(x -> !x.ok()).count()).sum();
        if (failed > 0) {
            throw new IOException(failed + " run" + (failed == 1 ? "" : "s") + " failed; the output is above");
        }
    }

    private static List<BenchCase> choose(List<String> names) {
        List<BenchCase> all = BenchSuite.matrix();
        if (names == null || names.isEmpty()) {
            return all;
        }
        List<BenchCase> chosen = new ArrayList<>();
        for (String name : names) {
            BenchCase c = all.stream().filter(x -> x.name().equals(name.strip())).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("--cases: no case " + name + "; the cases are "
                            + String.join(", ", all.stream().map(BenchCase::name).toList())));
            chosen.add(c);
        }
        return chosen;
    }
}
