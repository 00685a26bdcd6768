package com.arworkbench.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak resident memory and CPU time of this JVM, for the benchmark (Linux /proc; elsewhere "n/a"). */
final class RunStats {

    private RunStats() {
    }

    static String line() {
        String peak = "n/a";
        try {
            for (String l : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (l.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(l.replaceAll("\\D", ""));
                    peak = String.format("%.0f MB", kb / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave n/a
        }
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "stats: jvm uptime " + uptime + " ms, peak RSS " + peak + ", max heap " + maxHeap + " MB";
    }
}
