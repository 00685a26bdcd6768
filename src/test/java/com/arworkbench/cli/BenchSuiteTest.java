package com.arworkbench.cli;

import static com.arworkbench.cli.CliRun.assertOneErrorLine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code bench --suite} at a tiny scale: every case of the matrix runs in its child JVM and the table has a row for
 * each, with numbers in every column that applies. The child JVMs run with the C1 compiler only and the serial
 * collector (a faster start for tiny inputs), so the test stays short: nine child JVMs, whose time is mostly JVM
 * start and class loading.
 */
class BenchSuiteTest {

    private static final Pattern SECONDS = Pattern.compile("\\d+\\.\\d\\d");

    @Test
    void theSuiteAtATinyScaleReportsEveryCaseWithNumbers() {
        CliRun.Result r = CliRun.run("bench", "--suite", "--scale", "0.0005", "--runs", "1",
                "--jvm-option=-XX:TieredStopAtLevel=1", "--jvm-option=-XX:+UseSerialGC");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("bench: 1 run per case, every size × 5.0E-4"), r.out());
        Map<String, String[]> rows = r.out().lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| case"))
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|")).map(String::strip)
                        .toArray(String[]::new))
                .collect(Collectors.toMap(c -> c[0], Function.identity()));
        List<String> cases = BenchSuite.matrix().stream().map(BenchCase::name).toList();
        assertEquals(7, cases.size());
        assertEquals(Set.copyOf(cases), rows.keySet(), r.out());
        for (String name : cases) {
            String[] c = rows.get(name);
            assertEquals(11, c.length, name + ": " + String.join(" | ", c));
            assertTrue(c[1].contains("open items"), name + " inputs: " + c[1]);
            assertTrue(Pattern.matches("\\*\\*\\d+\\.\\d\\d s\\*\\*", c[4]), name + " median: " + c[4]);
            assertTrue(SECONDS.matcher(c[5]).matches(), name + " runs: " + c[5]);
            assertTrue(Pattern.compile("reading rows \\d+\\.\\d\\d").matcher(c[6]).find()
                    && Pattern.compile("writing the workbook \\d+\\.\\d\\d").matcher(c[6]).find(), name + " phases: " + c[6]);
            assertTrue(Pattern.matches("\\d+ MB", c[7]), name + " peak RSS: " + c[7]);
            assertEquals("n/a at this scale", c[10], name);
            if (name.startsWith("aging-") && name.endsWith("-csv")) {
                assertTrue(Pattern.matches("\\d+\\.\\d\\d s \\(\\d+\\.\\d\\d\\)", c[8]), name + " plain POI: " + c[8]);
                assertTrue(SECONDS.matcher(c[9]).matches(), name + " ratio: " + c[9]);
                assertTrue(c[3].contains("≥ 2× faster than plain POI"), name + " target: " + c[3]);
            } else {
                assertEquals(name.equals("aging-xlsx") ? "does not apply (xlsx)" : "–", c[8], name);
                assertEquals("–", c[9], name);
            }
        }
        assertTrue(rows.get("recon")[1].contains("GL lines"), rows.get("recon")[1]);
        assertTrue(rows.get("recon")[6].contains("reconciling"), rows.get("recon")[6]);
        assertTrue(rows.get("cashapp")[1].contains("payments"), rows.get("cashapp")[1]);
        assertTrue(rows.get("pack")[1].contains("1,000 history rows"), rows.get("pack")[1]);
        assertTrue(rows.get("pack")[6].contains("reading the history"), rows.get("pack")[6]);
    }

    @Test
    void theSuiteSetsTheCaseOptionsItself() {
        String line = assertOneErrorLine(CliRun.run("bench", "--suite", "--rows", "5"));
        assertTrue(line.contains("--suite sets --rows itself"), line);
        line = assertOneErrorLine(CliRun.run("bench", "--suite", "--cases", "nope"));
        assertTrue(line.contains("no case nope") && line.contains("aging-generic-csv"), line);
        line = assertOneErrorLine(CliRun.run("bench", "--scale", "0.1"));
        assertTrue(line.contains("go with --suite"), line);
    }
}
