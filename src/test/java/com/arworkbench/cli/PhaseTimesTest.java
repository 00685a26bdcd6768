package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.Progress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phase-times line a job prints for the benchmark, and the progress's accounting of phases. */
class PhaseTimesTest {

    @Test
    void theLineReadsBackAsWritten() {
        Map<String, Long> nanos = new LinkedHashMap<>();
        nanos.put("opening the files", 910_000_000L);
        nanos.put("reading rows", 6_214_000_000L);
        nanos.put("writing the workbook", 2_046_000_000L);
        String line = PhaseTimes.line(nanos);
        assertEquals("phases: opening the files 0.91 s · reading rows 6.21 s · writing the workbook 2.05 s", line);
        assertEquals(Map.of("opening the files", 0.91, "reading rows", 6.21, "writing the workbook", 2.05),
                PhaseTimes.parse(line));
        assertEquals(List.of("opening the files", "reading rows", "writing the workbook"),
                List.copyOf(PhaseTimes.parse(line).keySet()));
        assertTrue(PhaseTimes.parse("stats: jvm uptime 10 ms; phases: open 1 ms").isEmpty());
        assertTrue(PhaseTimes.parse("phases: something else").isEmpty());
    }

    /** Each phase counts from its start to the next; a phase entered again adds up and moves last. */
    @Test
    void progressTimesEachPhaseFromItsStart() throws InterruptedException {
        Progress p = new Progress();
        Thread.sleep(30);
        p.phase("reading rows");
        Thread.sleep(60);
        p.phase("writing the workbook");
        p.phase("matching");
        Thread.sleep(30);
        p.phase("writing the workbook");
        Thread.sleep(30);
        Map<String, Long> t = p.phaseNanos();
        assertEquals(List.of("opening the files", "reading rows", "matching", "writing the workbook"),
                List.copyOf(t.keySet()));
        assertTrue(t.get("opening the files") >= 30_000_000L, t.toString());
        assertTrue(t.get("reading rows") >= 60_000_000L, t.toString());
        assertTrue(t.get("matching") >= 30_000_000L, t.toString());
        assertTrue(t.get("writing the workbook") >= 30_000_000L, t.toString());
        long before = t.get("writing the workbook");
        Thread.sleep(10);
        assertTrue(p.phaseNanos().get("writing the workbook") >= before + 10_000_000L, "the current phase runs on");
    }

    @Test
    void mediansOfOddAndEvenCounts() {
        assertEquals(2.0, BenchSuite.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.5, BenchSuite.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertTrue(Double.isNaN(BenchSuite.median(List.of())));
    }
}
