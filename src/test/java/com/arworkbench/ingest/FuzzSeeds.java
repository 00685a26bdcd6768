package com.arworkbench.ingest;

import com.arworkbench.ingest.table.AgingExportWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The real files the mutation targets start from: the examples and the test fixtures of each format. */
final class FuzzSeeds {

    /** Seeds are cut to this many bytes (at a line end) so one run stays in the milliseconds. */
    private static final int MAX_SEED = 16 * 1024;

    record Seed(String name, byte[] bytes) {
        @Override
        public String toString() {
            return name + " (" + bytes.length + " bytes)";
        }
    }

    private FuzzSeeds() {
    }

    /** CSV / semicolon / tab exports: open items, GL, invoice history, customers, remittance, register. */
    static List<Seed> delimited() {
        List<Seed> seeds = new ArrayList<>();
        for (String dir : List.of("examples", "examples/recon", "examples/kpi", "examples/cashapp",
                "src/test/resources/fixtures", "src/test/resources/history", "src/test/resources/recon",
                "src/test/resources/pack", "src/test/resources/dunning")) {
            seeds.addAll(files(dir, ".csv", ".txt"));
        }
        seeds.removeIf(s -> s.name().contains("bai2"));
        return seeds;
    }

    /** HTML, MHTML web archives and SpreadsheetML 2003, as ERPs save them named .xls. */
    static List<Seed> markup() {
        return files("src/test/resources/ingest", ".html", ".mht", ".xml");
    }

    /** BAI2, MT940, camt.053/054, bank and PayPal CSV statements. */
    static List<Seed> bank() {
        List<Seed> seeds = new ArrayList<>();
        seeds.addAll(files("examples/cashapp", ".bai2.txt", ".camt053.xml", ".bank.csv"));
        seeds.addAll(files("src/test/resources/cashapp", ".bai2.txt", ".camt053.xml", ".bank.csv"));
        seeds.addAll(files("src/test/resources/payments", ".xml", ".sta", ".csv"));
        return seeds;
    }

    /** The aging export of the reader tests, written as .xlsx and .xls (no binary fixtures in the repo). */
    static List<Seed> workbooks(Path temp) {
        try {
            Path xlsx = AgingExportWorkbook.write(new XSSFWorkbook(), temp.resolve("aging.xlsx"));
            Path xls = AgingExportWorkbook.write(new HSSFWorkbook(), temp.resolve("aging.xls"));
            return List.of(new Seed("aging.xlsx", Files.readAllBytes(xlsx)), new Seed("aging.xls", Files.readAllBytes(xls)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Seed> files(String dir, String... endings) {
        Path folder = Paths.get(dir);
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> Arrays.stream(endings).anyMatch(e -> p.getFileName().toString().endsWith(e)))
                    .sorted()
                    .map(p -> new Seed(p.getFileName().toString(), cut(FuzzSupport.bytes(p))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] cut(byte[] bytes) {
        if (bytes.length <= MAX_SEED) {
            return bytes;
        }
        int end = MAX_SEED;
        while (end > 0 && bytes[end - 1] != '\n') {
            end--;
        }
        return Arrays.copyOf(bytes, end > 0 ? end : MAX_SEED);
    }
}
