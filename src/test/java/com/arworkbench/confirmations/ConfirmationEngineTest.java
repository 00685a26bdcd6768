package com.arworkbench.confirmations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfirmationEngineTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    private static Balance b(String id, String currency, String amount) {
        return new Balance(new Customer(id, "Customer " + id), currency, new BigDecimal(amount));
    }

    private static ConfirmationParameters params(String key, int confidence, String tolerable, long seed) {
        return new ConfirmationParameters(AS_OF, new BigDecimal(key), confidence, new BigDecimal(tolerable), seed);
    }

    @Test
    void sampleSizeAndIntervalAsComputedByHand() {
        // 1,000,000.00 × 3.0 / 50,000 = 60 exactly; 1,000,000 / 60 = 16,666.666… -> 16,666.66 (down to the cent)
        assertEquals(60, ConfirmationEngine.sampleSize(new BigDecimal("1000000.00"), ReliabilityFactors.factor(95),
                new BigDecimal("50000")));
        assertEquals(new BigDecimal("16666.66"), ConfirmationEngine.interval(new BigDecimal("1000000.00"), 60));
        // 90 %: 1,000,000 × 2.3 / 50,000 = 46; 1,000,000 / 46 = 21,739.1304… -> 21,739.13
        assertEquals(46, ConfirmationEngine.sampleSize(new BigDecimal("1000000.00"), ReliabilityFactors.factor(90),
                new BigDecimal("50000")));
        assertEquals(new BigDecimal("21739.13"), ConfirmationEngine.interval(new BigDecimal("1000000.00"), 46));
        // 10,001 × 3.0 / 1,000 = 30.003 -> ceil 31; 10,001 / 31 = 322.6129… -> 322.61
        assertEquals(31, ConfirmationEngine.sampleSize(new BigDecimal("10001"), new BigDecimal("3.0"), new BigDecimal("1000")));
        assertEquals(new BigDecimal("322.61"), ConfirmationEngine.interval(new BigDecimal("10001"), 31));
        assertThrows(IllegalArgumentException.class, () -> ReliabilityFactors.factor(93));
    }

    @Test
    void everyKeyItemIsSelectedInItsOwnCurrency() {
        List<Balance> population = List.of(b("A", "EUR", "5000.00"), b("B", "EUR", "999.99"), b("C", "EUR", "1000.00"),
                b("D", "USD", "1200.00"), b("E", "USD", "50.00"), b("F", "EUR", "-300.00"), b("G", "EUR", "0.00"));
        ConfirmationReport r = ConfirmationEngine.select(population, params("1000", 95, "100000", 7));
        Map<String, Selection> by = new HashMap<>();
        r.confirmations().forEach(c -> by.put(c.balance().customer().id(), c.selection()));
        assertEquals(Selection.KEY_ITEM, by.get("A"));
        assertEquals(Selection.KEY_ITEM, by.get("C"));
        assertEquals(Selection.KEY_ITEM, by.get("D"));
        assertEquals(Selection.NOT_SAMPLED_CREDIT, by.get("F"));
        assertEquals(Selection.NOT_SAMPLED_CREDIT, by.get("G"));
        assertEquals(7, r.confirmations().size(), "every balance listed once");
        CurrencySample eur = r.samples().get(0);
        assertEquals("EUR", eur.currency());
        assertEquals(2, eur.keyItems());
        assertEquals(new BigDecimal("6000.00"), eur.keyItemsTotal());
        assertEquals(new BigDecimal("999.99"), eur.restBookValue());
        // 999.99 × 3.0 / 100,000 = 0.03 -> 1 point, interval 999.99: B holds it
        assertEquals(1, eur.sampleSize());
        assertEquals(Selection.SAMPLED, by.get("B"));
        CurrencySample usd = r.samples().get(1);
        assertEquals(new BigDecimal("50.00"), usd.restBookValue());
        assertEquals(Selection.SAMPLED, by.get("E"));
    }

    @Test
    void balancesOfAtLeastTheIntervalAreAlwaysSampled() {
        List<Balance> population = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            population.add(b(String.format("C%02d", i), "EUR", i % 7 == 0 ? "900.00" : (10 + i) + ".00"));
        }
        for (long seed = 0; seed < 200; seed++) {
            ConfirmationReport r = ConfirmationEngine.select(population, params("100000", 95, "2000", seed));
            BigDecimal interval = r.samples().get(0).interval();
            for (Confirmation c : r.confirmations()) {
                if (c.balance().amount().compareTo(interval) >= 0) {
                    assertEquals(Selection.SAMPLED, c.selection(), "seed " + seed + " " + c);
                }
            }
            int points = r.confirmations().stream().mapToInt(Confirmation::points).sum();
            assertEquals(r.samples().get(0).sampleSize(), points, "every point falls in a balance");
        }
    }

    @Test
    void theSameSeedGivesTheSameSampleAndAnotherSeedMayNot() {
        List<Balance> population = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            population.add(b("K" + i, i % 2 == 0 ? "EUR" : "GBP", (100 + 37 * i) + ".25"));
        }
        ConfirmationParameters p = params("2000", 90, "5000", 12345);
        ConfirmationReport first = ConfirmationEngine.select(population, p);
        List<Balance> shuffled = new ArrayList<>(population);
        java.util.Collections.shuffle(shuffled, new java.util.Random(99));
        ConfirmationReport again = ConfirmationEngine.select(shuffled, p);
        assertEquals(first.confirmations(), again.confirmations(), "same seed, same sample, whatever the input order");
        assertEquals(first.samples(), again.samples());
        boolean differs = false;
        for (long seed = 0; seed < 20 && !differs; seed++) {
            differs = !ConfirmationEngine.select(population, params("2000", 90, "5000", seed)).confirmations()
                    .equals(first.confirmations());
        }
        assertTrue(differs, "the seed matters");
    }

    @Test
    void selectionFrequencyIsProportionalToTheBalance() {
        // rest 1,000.00; 1,000 × 3.0 / 1,500 = 2 points; interval 500.00: P(selected) = balance / 500
        List<Balance> population = List.of(b("A", "EUR", "100.00"), b("B", "EUR", "200.00"), b("C", "EUR", "300.00"),
                b("D", "EUR", "400.00"), b("K", "EUR", "9000.00"));
        Map<String, Integer> hits = new HashMap<>();
        int seeds = 2000;
        for (long seed = 1; seed <= seeds; seed++) {
            ConfirmationReport r = ConfirmationEngine.select(population, params("5000", 95, "1500", seed));
            assertEquals(new BigDecimal("500.00"), r.samples().get(0).interval());
            for (Confirmation c : r.confirmations()) {
                if (c.selection().confirmed()) {
                    hits.merge(c.balance().customer().id(), 1, Integer::sum);
                }
            }
        }
        assertEquals(seeds, hits.get("K"));
        Map<String, Double> expected = Map.of("A", 0.2, "B", 0.4, "C", 0.6, "D", 0.8);
        expected.forEach((id, pr) -> {
            double f = hits.getOrDefault(id, 0) / (double) seeds;
            // binomial standard deviation at most sqrt(0.25 / 2000) = 0.011: four of them
            assertEquals(pr, f, 0.045, id + " selected " + f + " of the time, expected " + pr);
        });
    }
}
