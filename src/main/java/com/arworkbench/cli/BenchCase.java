package com.arworkbench.cli;

import com.arworkbench.cli.BenchData.Format;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One benchmark case: a job on generated inputs of given sizes, with the target where it sets one. {@link
 * #prepare} generates the inputs once into a folder; the runs reuse them.
 *
 * @param heap        the child JVMs' {@code -Xmx} value, or null for the JVM's default
 * @param historyRows the invoice history's rows (pack, allowance, statements), or null for the job's default
 * @param target      the target as the issue states it, for the table; null when none is set
 */
record BenchCase(String name, String job, Format format, long rows, int customers, Long historyRows, boolean pdf,
                 boolean compare, String heap, Target target) {

    /** The targets: at most so many seconds (median wall) and megabytes (peak RSS); at least this ratio. */
    record Target(Double seconds, Long megabytes, Double plainRatio) {

        @Override
        public String toString() {
            List<String> parts = new ArrayList<>();
            if (seconds != null) {
                parts.add(String.format(Locale.ROOT, "≤ %.0f s", seconds));
            }
            if (megabytes != null) {
                parts.add(String.format(Locale.ROOT, "≤ %.1f GB", megabytes / 1024.0));
            }
            if (plainRatio != null) {
                parts.add(String.format(Locale.ROOT, "≥ %.0f× faster than plain POI", plainRatio));
            }
            return parts.isEmpty() ? "none set" : String.join(", ", parts);
        }
    }

    /** What a prepared case runs: the job's arguments (the workbook goes to {@code workbook}) and the open items. */
    record Prepared(Path dir, Path openItems, Path workbook, List<String> jobArgs, String inputs) {
    }

    /** Every size times {@code scale} (at least 10 rows and 2 customers): a quick smoke run of the same matrix. */
    BenchCase scaled(double scale) {
        if (scale == 1) {
            return this;
        }
        return new BenchCase(name, job, format, Math.max(10, Math.round(rows * scale)),
                (int) Math.max(2, Math.round(customers * scale)),
                historyRows == null ? null : Math.max(10, Math.round(historyRows * scale)), pdf, compare, heap, target);
    }

    /** Generates the inputs into {@code dir} and says what they are on {@code out}. */
    Prepared prepare(Path dir, PrintStream out) throws IOException {
        Path input = dir.resolve("open-items-" + rows + "-" + format.label + "." + format.extension);
        long t0 = System.nanoTime();
        BenchData.writeOpenItems(format, input, rows, customers);
        out.printf("generated %,d rows (%s, %,d customers) in %.1f s: %s (%,d bytes)%n", rows, format.label, customers,
                (System.nanoTime() - t0) / 1e9, input, Files.size(input));
        StringBuilder inputs = new StringBuilder(String.format(Locale.ROOT, "%,d open items (%s, %,d customers)", rows,
                format.label, customers));
        Path workbook = dir.resolve(job + ".xlsx");
        List<String> args = new ArrayList<>(List.of(job, input.toString(), "--as-of", BenchData.AS_OF.toString(), "--out",
                workbook.toString()));
        switch (job) {
            case "recon" -> {
                // The GL detail of the AR control account: one posting per open item, a few differences planted.
                Path gl = dir.resolve("gl-ar-detail.csv");
                long lines = BenchData.writeGl(gl, rows, customers);
                out.printf("generated the GL detail: %,d lines, %,d bytes%n", lines, Files.size(gl));
                inputs.append(String.format(Locale.ROOT, " + %,d GL lines", lines));
                args.addAll(List.of("--gl", gl.toString()));
            }
            case "cashapp" -> {
                // One payment per ten open invoices: most name their invoice, one in five only the payer.
                Path payments = dir.resolve("bank-statement.csv");
                long count = BenchData.writePayments(payments, rows, customers, rows / 10);
                out.printf("generated %,d payments: %,d bytes%n", count, Files.size(payments));
                inputs.append(String.format(Locale.ROOT, " + %,d payments", count));
                args.addAll(List.of("--payments", payments.toString()));
            }
            case "pack" -> {
                // Open items plus 15 months of invoice history (twice as many rows by default): the KPIs and forecast.
                long history = historyRows == null ? rows * 2 : historyRows;
                Path file = dir.resolve("invoice-history-" + history + ".csv");
                long t1 = System.nanoTime();
                BenchData.writeHistory(file, history, customers);
                out.printf("generated %,d history rows in %.1f s: %,d bytes%n", history, (System.nanoTime() - t1) / 1e9,
                        Files.size(file));
                inputs.append(String.format(Locale.ROOT, " + %,d history rows", history));
                args.add(1, file.toString());
            }
            case "allowance" -> {
                // 15 months of history (twice the export's rows) and the write-offs of the customers in distress.
                long history = historyRows == null ? rows * 2 : historyRows;
                Path file = dir.resolve("invoice-history-" + history + ".csv");
                BenchData.writeHistory(file, history, customers);
                Path writeOffs = dir.resolve("write-offs.csv");
                long count = BenchData.writeWriteOffs(file, writeOffs);
                out.printf("generated %,d history rows and %,d write-offs%n", history, count);
                inputs.append(String.format(Locale.ROOT, " + %,d history rows, %,d write-offs", history, count));
                args.addAll(List.of("--history", file.toString(), "--write-offs", writeOffs.toString()));
            }
            case "statements" -> {
                // A customer master and an invoice history as large as the export: letterheads, contacts, activity.
                Path master = dir.resolve("customers.csv");
                BenchData.writeMaster(master, customers);
                long history = historyRows == null ? rows : historyRows;
                Path file = dir.resolve("invoice-history-" + history + ".csv");
                BenchData.writeHistory(file, history, customers);
                out.printf("generated a customer master (%,d rows) and %,d history rows%n", customers, history);
                inputs.append(String.format(Locale.ROOT, " + customer master + %,d history rows", history));
                args.addAll(List.of("--customers", master.toString(), "--history", file.toString()));
                if (pdf) {
                    args.addAll(List.of("--pdf", dir.resolve("pdf").toString()));
                    inputs.append(", PDFs");
                }
            }
            case "dunning" -> {
                // A realistic second run: a customer master, and last run's worklist (three weeks earlier) to carry forward.
                Path master = dir.resolve("customers.csv");
                BenchData.writeMaster(master, customers);
                Path previous = dir.resolve("previous-worklist.xlsx");
                int code = Main.run(new String[] {"dunning", input.toString(), "--as-of",
                    BenchData.AS_OF.minusDays(21).toString(), "--out", previous.toString(), "--customers", master.toString()},
                        new PrintStream(OutputStream.nullOutputStream()), out);
                if (code != 0) {
                    throw new IOException("could not produce the previous worklist");
                }
                out.printf("prepared customer master (%,d rows) and a previous worklist (%,d bytes)%n", customers,
                        Files.size(previous));
                inputs.append(" + customer master + previous worklist");
                args.addAll(List.of("--customers", master.toString(), "--previous", previous.toString()));
            }
            default -> {
                // aging: the export alone
            }
        }
        return new Prepared(dir, input, workbook, List.copyOf(args), inputs.toString());
    }
}
