package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.arworkbench.cli.CliRun;
import com.arworkbench.cli.ExampleRuns;
import com.arworkbench.support.GoldenDump;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbooks the examples produce, cell for cell (value, formula, cached result), against committed
 * dumps in {@code src/test/resources/golden}: a refactoring of the writers (issue 12) must not change a
 * workbook. Generation time and version are masked. When a change to a workbook is intended, rerun with
 * {@code -Dgolden.update=true} and review the dump's diff like any other change.
 */
class ExampleWorkbooksUnchangedTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path tmp;

    static Stream<Arguments> examples() {
        // The month after (dunning-netsuite-previous): last month's worklist (the 2026-05-31 run, with a collector's
        // statuses, promises, notes and a dispute typed in) carries over into Previous level, Last action and Excluded.
        return Stream.concat(ExampleRuns.all(Path.of("examples")).stream().map(r -> Arguments.of(r.name(), r.args())),
                Stream.of(Arguments.of("dunning-netsuite-previous", List.of("dunning", "examples/netsuite-ar-aging-detail.csv",
                        "--as-of", "2026-06-30", "--customers", "examples/netsuite-customers.csv", "--previous",
                        "src/test/resources/golden/dunning-previous-2026-05-31.xlsx"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void theExampleWorkbookIsUnchanged(String name, List<String> command) throws Exception {
        Path out = tmp.resolve(name + ".xlsx");
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--out", out.toString()));
        CliRun.Result r = CliRun.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        String dump = GoldenDump.of(out);
        Path golden = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, dump, StandardCharsets.UTF_8);
        }
        // A missing dump is a failure, never a pass: the test must always have something to compare with.
        org.junit.jupiter.api.Assertions.assertTrue(Files.exists(golden), golden + " is missing; create it with "
                + "-Dgolden.update=true and review it before committing");
        GoldenDump.assertSame(golden, dump, name + " (rerun with -Dgolden.update=true if the change is intended)");
    }
}
