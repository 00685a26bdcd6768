package com.arworkbench.workbook.xml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The combined CRC equals the CRC of the joined bytes, computed by java.util.zip in one pass. */
class Crc32CombineTest {

    @Test
    void combinedEqualsTheCrcOfTheWhole() {
        Random random = new Random(17);
        for (int trial = 0; trial < 200; trial++) {
            byte[] all = new byte[random.nextInt(5000)];
            random.nextBytes(all);
            int cut = all.length == 0 ? 0 : random.nextInt(all.length + 1);
            CRC32 a = new CRC32();
            a.update(all, 0, cut);
            CRC32 b = new CRC32();
            b.update(all, cut, all.length - cut);
            CRC32 whole = new CRC32();
            whole.update(all);
            assertEquals(whole.getValue(), Crc32Combine.combine(a.getValue(), b.getValue(), all.length - cut),
                    "trial " + trial + ", cut at " + cut + " of " + all.length);
        }
    }

    @Test
    void aLongSecondPartAsInAMillionRowSheet() {
        byte[] block = new byte[1 << 20];
        new Random(3).nextBytes(block);
        CRC32 whole = new CRC32();
        CRC32 tail = new CRC32();
        whole.update("<worksheet>".getBytes());
        for (int i = 0; i < 600; i++) { // 600 MB
            whole.update(block);
            tail.update(block);
        }
        CRC32 head = new CRC32();
        head.update("<worksheet>".getBytes());
        assertEquals(whole.getValue(), Crc32Combine.combine(head.getValue(), tail.getValue(), 600L << 20));
    }
}
