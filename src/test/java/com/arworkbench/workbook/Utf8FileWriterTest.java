package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.FileOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sheet temp-file writer encodes exactly as Java's UTF-8 does, in whatever pieces POI hands it. */
class Utf8FileWriterTest {

    @TempDir
    Path tmp;

    @Test
    void everyPieceEncodesAsJavaDoesAcrossBufferAndSurrogateBoundaries() throws Exception {
        Random random = new Random(5);
        String[] alphabet = {"a", "Z", "<", "&", "ä", "ß", "€", "中", "\uD83D\uDE00", "\n", "\"", "Ω"};
        StringBuilder all = new StringBuilder();
        while (all.length() < 700_000) { // past the buffer several times
            all.append(alphabet[random.nextInt(alphabet.length)]);
        }
        String text = all.toString();
        Path file = tmp.resolve("sheet.xml");
        try (Utf8FileWriter w = new Utf8FileWriter(new FileOutputStream(file.toFile()))) {
            int i = 0;
            while (i < text.length()) {
                int n = Math.min(text.length() - i, 1 + random.nextInt(40));
                switch (random.nextInt(3)) { // pieces that may cut a surrogate pair in two
                    case 0 -> w.write(text, i, n);
                    case 1 -> w.write(text.toCharArray(), i, n);
                    default -> {
                        n = 1;
                        w.write(text.charAt(i));
                    }
                }
                i += n;
            }
        }
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() throws Exception {
        Path file = tmp.resolve("lone.xml");
        try (Utf8FileWriter w = new Utf8FileWriter(new FileOutputStream(file.toFile()))) {
            w.write("a\uD83Db\uDE00c\uD83D");
        }
        assertArrayEquals("a\uFFFDb\uFFFDc\uFFFD".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
    }
}
