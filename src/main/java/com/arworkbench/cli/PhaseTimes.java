package com.arworkbench.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line a job prints on stderr at the end when {@code AR_WORKBENCH_PHASE_TIMES=1} (the benchmark sets it for its
 * child JVM): how long each phase of the run's progress took, for example
 * {@code phases: opening the files 0.91 s · reading rows 6.21 s · writing the workbook 2.05 s}. The benchmark reads
 * it back with {@link #parse}.
 */
final class PhaseTimes {

    static final String ENV = "AR_WORKBENCH_PHASE_TIMES";
    static final String PREFIX = "phases: ";
    private static final String SEPARATOR = " · ";
    private static final Pattern PART = Pattern.compile("(.+) (\\d+(?:\\.\\d+)?) s");

    private PhaseTimes() {
    }

    /** Whether this JVM was asked to print the line. */
    static boolean wanted() {
        return "1".equals(System.getenv(ENV));
    }

    /** The line, from nanoseconds per phase in order. */
    static String line(Map<String, Long> nanos) {
        StringBuilder s = new StringBuilder(PREFIX);
        nanos.forEach((phase, ns) -> s.append(s.length() == PREFIX.length() ? "" : SEPARATOR)
                .append(String.format(Locale.ROOT, "%s %.2f s", phase, ns / 1e9)));
        return s.toString();
    }

    /** Seconds per phase, in order, from a line {@link #line} wrote; empty for any other line. */
    static Map<String, Double> parse(String line) {
        Map<String, Double> seconds = new LinkedHashMap<>();
        if (!line.startsWith(PREFIX)) {
            return seconds;
        }
        for (String part : line.substring(PREFIX.length()).strip().split(SEPARATOR)) {
            Matcher m = PART.matcher(part.strip());
            if (!m.matches()) {
                return new LinkedHashMap<>();
            }
            seconds.merge(m.group(1), Double.parseDouble(m.group(2)), Double::sum);
        }
        return seconds;
    }
}
