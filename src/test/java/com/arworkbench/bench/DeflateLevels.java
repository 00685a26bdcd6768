package com.arworkbench.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How long zlib takes to deflate a workbook's biggest sheet at each level, and how big it gets: the figures behind
 * the level the sheet writer uses ({@code DeflatedSpool.LEVEL}). Run on a workbook the benchmark kept:
 * {@code java -cp target/ar-workbench.jar:target/test-classes com.arworkbench.bench.DeflateLevels aging.xlsx}.
 * The XML is read once into memory (a 1M-row sheet is about 520 MB: give the JVM -Xmx2g).
 */
public final class DeflateLevels {

    private DeflateLevels() {
    }

    public static void main(String[] args) throws IOException {
        byte[] xml;
        String name;
        try (ZipFile zip = new ZipFile(Path.of(args[0]).toFile())) {
            ZipEntry biggest = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/"))
                    .max(java.util.Comparator.comparingLong(ZipEntry::getSize)).orElseThrow();
            name = biggest.getName();
            try (InputStream in = zip.getInputStream(biggest)) {
                xml = in.readAllBytes();
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d bytes of XML%n", name, xml.length);
        byte[] out = new byte[1 << 16];
        for (int level : new int[] {1, 2, 3, 4, 6, 9}) {
            long best = Long.MAX_VALUE;
            long size = 0;
            for (int run = 0; run < 3; run++) {
                Deflater d = new Deflater(level, true);
                long t0 = System.nanoTime();
                size = 0;
                for (int off = 0; off < xml.length; off += 1 << 17) {
                    d.setInput(xml, off, Math.min(1 << 17, xml.length - off));
                    while (!d.needsInput()) {
                        size += d.deflate(out);
                    }
                }
                d.finish();
                while (!d.finished()) {
                    size += d.deflate(out);
                }
                d.end();
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf(Locale.ROOT, "level %d: %.2f s (best of 3, one core), %,d bytes (%.1f %% of the XML)%n",
                    level, best / 1e9, size, 100.0 * size / xml.length);
        }
    }
}
