package com.arworkbench.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.ingest.BackgroundRead;
import com.arworkbench.ingest.UnreadableFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Items held for a read beside them: in their order, never more than the limit, none when the read fails. */
class HeldUntilReadTest {

    @Test
    void itemsWaitForTheReadAndGoOnInTheirOrderNeverMoreThanTheLimitHeld() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundRead<String> read = BackgroundRead.start("test-read", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new java.io.IOException(e);
            }
            return "worklist";
        });
        List<String> got = new ArrayList<>();
        HeldUntilRead<String, Integer> items = new HeldUntilRead<>(read, 3, v -> i -> got.add(v + ":" + i));
        Thread reader = new Thread(() -> {
            for (int i = 1; i <= 6; i++) {
                items.accept(i);
            }
        });
        reader.start();
        reader.join(300);
        assertTrue(reader.isAlive(), "the fourth item waits for the read: three are held at most");
        assertEquals(List.of(), got);
        release.countDown();
        reader.join(TimeUnit.SECONDS.toMillis(10));
        assertEquals("worklist", items.finish());
        assertEquals(List.of("worklist:1", "worklist:2", "worklist:3", "worklist:4", "worklist:5", "worklist:6"), got);
    }

    @Test
    void aReadThatEndsBeforeTheLastItemTakesTheRestDirectly() throws Exception {
        BackgroundRead<String> read = BackgroundRead.start("test-read", () -> "w");
        List<String> got = new ArrayList<>();
        HeldUntilRead<String, Integer> items = new HeldUntilRead<>(read, 100, v -> i -> got.add(v + i));
        assertEquals("w", items.finish()); // no item yet: the read's value, nothing held
        items.accept(1);
        items.accept(2);
        assertEquals(List.of("w1", "w2"), got);
    }

    @Test
    void aFailedReadDropsTheItemsAndFinishThrowsWhatTheReadThrew() {
        BackgroundRead<String> read = BackgroundRead.start("test-read", () -> {
            throw new UnreadableFileException("The previous worklist must be a workbook made by the dunning command.");
        });
        List<String> got = new ArrayList<>();
        HeldUntilRead<String, Integer> items = new HeldUntilRead<>(read, 2, v -> i -> got.add(v + i));
        for (int i = 1; i <= 5; i++) {
            items.accept(i);
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class, items::finish);
        assertEquals("The previous worklist must be a workbook made by the dunning command.", e.getMessage());
        assertEquals(List.of(), got);
    }
}
