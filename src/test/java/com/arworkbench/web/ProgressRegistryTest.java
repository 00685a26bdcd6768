package com.arworkbench.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The registry of followed runs on a clock the test turns: ids checked, progress read through, done frozen, finished
 * runs gone after their grace period, and never more than the capacity kept.
 */
class ProgressRegistryTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(1_000 * SECOND);

    private ProgressRegistry registry(int capacity, long keepDoneSeconds) {
        return new ProgressRegistry(now::get, capacity, keepDoneSeconds);
    }

    @Test
    void onlyIdsOfEightToSixtyFourLettersDigitsAndHyphensAreRegistered() {
        ProgressRegistry r = registry(64, 30);
        for (String bad : new String[] {null, "", "abc1234", "a".repeat(65), "has space1", "under_score",
                "umlaut-\u00fc-123", "slash/12345", "dots.12345", "0123456789abcdef\n"}) {
            assertNull(r.start(bad), "refused: " + bad);
        }
        assertEquals(0, r.size());
        assertNotNull(r.start("abcd1234"), "8 characters");
        assertNotNull(r.start("A".repeat(64)), "64 characters");
        assertNotNull(r.start("0f8fad5b-d9cb-469f-a165-70867728950e"), "a UUID");
        assertEquals(3, r.size());
        assertTrue(r.get("has space1").isEmpty());
    }

    @Test
    void aRunReadsWhatItsProgressSaysAndFreezesWhenDone() {
        ProgressRegistry r = registry(64, 30);
        assertTrue(r.get("run-00000001").isEmpty(), "unknown before it starts");
        ProgressRegistry.Run run = r.start("run-00000001");
        var first = r.get("run-00000001").orElseThrow();
        assertEquals("opening the files", first.phase(), "a fresh progress's phase");
        assertEquals(0, first.rows());
        assertFalse(first.done());
        assertEquals(0.0, first.seconds());

        run.progress().phase("reading rows");
        run.progress().rows(4096);
        run.progress().rows(4096);
        now.addAndGet(2_500_000_000L);
        var reading = r.get("run-00000001").orElseThrow();
        assertEquals("reading rows", reading.phase());
        assertEquals(8192, reading.rows());
        assertEquals(2.5, reading.seconds());

        now.addAndGet(SECOND);
        r.done(run);
        now.addAndGet(10 * SECOND);
        var done = r.get("run-00000001").orElseThrow();
        assertTrue(done.done());
        assertEquals(3.5, done.seconds(), "the seconds stop when the run is answered");
        r.done(run);
        assertEquals(3.5, r.get("run-00000001").orElseThrow().seconds(), "done twice keeps the first end");
    }

    @Test
    void aFinishedRunIsKeptItsGracePeriodThenGoneAndARunningOneStays() {
        ProgressRegistry r = registry(64, 30);
        ProgressRegistry.Run finished = r.start("finished-1");
        r.start("running-01");
        now.addAndGet(5 * SECOND);
        r.done(finished);
        now.addAndGet(30 * SECOND);
        assertTrue(r.get("finished-1").isPresent(), "exactly 30 s after: still there");
        now.addAndGet(1);
        assertTrue(r.get("finished-1").isEmpty(), "past 30 s: gone");
        now.addAndGet(3600 * SECOND);
        assertTrue(r.get("running-01").isPresent(), "a run not answered yet is never expired by time");
        assertEquals(1, r.size());
    }

    @Test
    void atMostTheCapacityIsKeptTheOldestDroppedFirst() {
        ProgressRegistry r = registry(3, 30);
        for (int i = 1; i <= 5; i++) {
            r.start("run-" + String.format("%04d", i));
        }
        assertEquals(3, r.size());
        assertTrue(r.get("run-0001").isEmpty());
        assertTrue(r.get("run-0002").isEmpty());
        assertTrue(r.get("run-0003").isPresent());
        assertTrue(r.get("run-0005").isPresent());

        ProgressRegistry bounded = new ProgressRegistry();
        for (int i = 0; i < 1000; i++) {
            bounded.start("run-" + String.format("%06d", i));
        }
        assertEquals(ProgressRegistry.CAPACITY, bounded.size(), "the server's own registry stays bounded");
        assertTrue(bounded.get("run-000999").isPresent());
        assertTrue(bounded.get("run-000000").isEmpty());
    }

    @Test
    void theSameIdAgainIsANewRunTheOldOnesEndDoesNotEndIt() {
        ProgressRegistry r = registry(64, 30);
        ProgressRegistry.Run old = r.start("same-id-1");
        old.progress().rows(100);
        ProgressRegistry.Run fresh = r.start("same-id-1");
        assertEquals(0, r.get("same-id-1").orElseThrow().rows(), "the new run's progress");
        r.done(old);
        assertFalse(r.get("same-id-1").orElseThrow().done(), "the old run's end is not the new run's");
        r.done(fresh);
        assertTrue(r.get("same-id-1").orElseThrow().done());
        assertEquals(1, r.size());
    }
}
