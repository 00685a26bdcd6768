package com.arworkbench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every amount has a currency (issue 11): an invoice history without a currency column beside USD open
 * items must give the same KPIs as with "USD" written out, never a "USD" ledger without sales and a
 * blank one without open items; files in currencies that do not overlap stop the pack with a message.
 */
class PackCurrencyTest {

    private static final Path DIR = Path.of("src/test/resources/pack");
    private static final Pattern KPI_LINE = Pattern.compile("DSO [^;]*CEI [0-9.-]+");

    @TempDir
    Path tmp;

    /** The fixture with a currency column added after the last column: header "Currency", data rows the code. */
    private Path withCurrency(String fixture, String currency) throws Exception {
        List<String> out = new ArrayList<>();
        boolean header = false;
        for (String line : Files.readAllLines(DIR.resolve(fixture), StandardCharsets.UTF_8)) {
            if (line.startsWith("Customer,") || line.startsWith("Type,")) {
                out.add(line + ",Currency");
                header = true;
            } else if (header && !line.isBlank()) {
                out.add(line + "," + (line.startsWith("Total") ? "" : currency));
            } else {
                out.add(line);
            }
        }
        Path p = tmp.resolve(currency + "-" + fixture);
        Files.write(p, out, StandardCharsets.UTF_8);
        return p;
    }

    private CliRun.Result pack(Path openItems, Path history, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("pack", openItems.toString(), "--history", history.toString(),
                "--as-of", "2026-06-30", "--out", tmp.resolve("pack-" + System.nanoTime() + ".xlsx").toString()));
        args.addAll(List.of(more));
        return CliRun.run(args.toArray(String[]::new));
    }

    private static String kpis(CliRun.Result r) {
        Matcher m = KPI_LINE.matcher(r.out());
        assertTrue(m.find(), r.out() + r.err());
        return m.group();
    }

    @Test
    void aHistoryWithoutCurrencyTakesTheOpenItemsCurrencyAndGivesTheSameKpis() throws Exception {
        Path openUsd = withCurrency("open-items.csv", "USD");
        CliRun.Result written = pack(openUsd, withCurrency("history.csv", "USD"));
        CliRun.Result taken = pack(openUsd, DIR.resolve("history.csv"));
        assertEquals(0, written.code(), written.err());
        assertEquals(0, taken.code(), taken.err());
        assertEquals("DSO 15.00, BPDSO 8.57, ADD 6.43, CEI 85.85", kpis(written));
        assertEquals(kpis(written), kpis(taken));
        assertTrue(taken.out().contains("ALL CHECKS OK"), taken.out());
    }

    @Test
    void theBaseCurrencyOptionNamesTheCurrencyOfFilesWithoutOne() throws Exception {
        CliRun.Result r = pack(DIR.resolve("open-items.csv"), DIR.resolve("history.csv"), "--currency", "usd");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("DSO 15.00, BPDSO 8.57, ADD 6.43, CEI 85.85"), r.out());
    }

    @Test
    void filesThatShareNoCurrencyStopThePackWithAMessage() throws Exception {
        CliRun.Result r = pack(withCurrency("open-items.csv", "USD"), withCurrency("history.csv", "EUR"));
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("share no currency"), r.err());
        assertEquals(1, r.err().lines().count(), "one readable line");
    }

    @Test
    void aHistoryWithoutCurrencyBesideOpenItemsInTwoCurrenciesAsksForIt() throws Exception {
        Path usd = withCurrency("open-items.csv", "USD");
        List<String> lines = new ArrayList<>(Files.readAllLines(usd));
        lines.replaceAll(l -> l.startsWith("Beta GmbH") ? l.replace(",USD", ",EUR") : l);
        Files.write(usd, lines);
        CliRun.Result r = pack(usd, DIR.resolve("history.csv"));
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("--currency"), r.err());
    }
}
