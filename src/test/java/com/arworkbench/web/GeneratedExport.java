package com.arworkbench.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * A NetSuite-style A/R Aging Detail CSV of any size for the tests that need a run long enough to watch (the page's
 * and the API's progress): three title lines and a blank line, the header, {@code rows} invoices, the total line.
 * Amounts are whole cents from a seeded generator; the total is their sum, so the aging's checks pass.
 */
final class GeneratedExport {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    /** Lines of the file that are not invoices: the title lines and blank line before the header, the header, the total. */
    static final int OTHER_LINES = 6;

    private GeneratedExport() {
    }

    static Path write(Path file, int rows) throws IOException {
        Random random = new Random(17);
        long total = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Generated Test Co\nA/R Aging Detail\n\"As of Jun 30, 2026\"\n\n");
            w.write("Customer,Transaction Type,Date,Document Number,P.O. Number,Due Date,Age,Open Balance\n");
            for (int i = 0; i < rows; i++) {
                LocalDate date = AS_OF.minusDays(random.nextInt(200));
                LocalDate due = date.plusDays(30);
                long cents = 1000 + random.nextInt(2_500_000);
                total += cents;
                w.write("Customer " + String.format("%05d", random.nextInt(2000)) + ",Invoice," + us(date) + ",INV"
                        + String.format("%08d", i) + ",," + us(due) + "," + (AS_OF.toEpochDay() - due.toEpochDay()) + ","
                        + cents / 100 + "." + String.format("%02d", cents % 100) + "\n");
            }
            w.write("Total,,,,,,," + total / 100 + "." + String.format("%02d", total % 100) + "\n");
        }
        return file;
    }

    private static String us(LocalDate d) {
        return d.getMonthValue() + "/" + d.getDayOfMonth() + "/" + d.getYear();
    }
}
