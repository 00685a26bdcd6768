package com.arworkbench.confirmations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.model.Customer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The stratified alternative to the monetary-unit sample: three strata of equal book value by size, n shared in
 * proportion to it, a random draw in each from the seed; key items as before. Figures worked out by hand below.
 */
class StratifiedSampleTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    /** 60 balances below the threshold: 30 of 100.00, 20 of 300.00, 10 of 600.00 (book value 3,000 + 6,000 + 6,000). */
    private static List<Balance> population() {
        List<Balance> list = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String amount = i < 30 ? "100.00" : i < 50 ? "300.00" : "600.00";
            list.add(new Balance(new Customer(String.format("C%02d", i), "Customer " + i), "EUR", new BigDecimal(amount)));
        }
        list.add(new Balance(new Customer("K1", "Key one"), "EUR", new BigDecimal("50000.00")));
        list.add(new Balance(new Customer("Z1", "Credit"), "EUR", new BigDecimal("-20.00")));
        return list;
    }

    private static ConfirmationParameters params(long seed) {
        // n = ROUNDUP(15,000 × 3.0 / 3,000) = 15
        return new ConfirmationParameters(AS_OF, new BigDecimal("10000"), 95, new BigDecimal("3000"), seed,
                Sampling.STRATIFIED);
    }

    @Test
    void strataOfEqualBookValueGetTheSampleInProportionAndKeyItemsStay() {
        ConfirmationReport r = ConfirmationEngine.select(population(), params(7));
        CurrencySample s = r.samples().get(0);
        assertEquals(15, s.sampleSize());
        assertEquals(3, s.strata().size());
        // Cumulative book value by size: the 100s fill 0–3,000, the 300s 3,000–9,000, the 600s 9,000–15,000; a balance
        // goes to the stratum (of 5,000 each) its cumulative value before it falls in: 30 × 100 + 6 × 300 = 4,800, so
        // the 300s up to the 7th are in stratum 1, those to 5,000+ … in stratum 2.
        Stratum h1 = s.strata().get(0);
        Stratum h2 = s.strata().get(1);
        Stratum h3 = s.strata().get(2);
        assertEquals(new BigDecimal("5100.00"), h1.bookValue(), "30 × 100 + 7 × 300");
        assertEquals(new BigDecimal("5100.00"), h2.bookValue(), "13 × 300 + 2 × 600");
        assertEquals(new BigDecimal("4800.00"), h3.bookValue(), "8 × 600");
        assertEquals(37, h1.balances());
        // 15 × 5,100 / 15,000 = 5.1 → 5; 5.1 → 5; 4.8 → 4, the largest remainder (0.8) takes the 15th.
        assertEquals(List.of(5, 5, 5), s.strata().stream().map(Stratum::sampleSize).toList());
        assertEquals(15, s.drawn());
        Map<String, Selection> by = new HashMap<>();
        r.confirmations().forEach(c -> by.put(c.balance().customer().id(), c.selection()));
        assertEquals(Selection.KEY_ITEM, by.get("K1"));
        assertEquals(Selection.NOT_SAMPLED_CREDIT, by.get("Z1"));
        assertEquals(15, by.values().stream().filter(x -> x == Selection.SAMPLED_STRATUM).count());
        for (Stratum h : s.strata()) {
            long drawn = r.confirmations().stream().filter(c -> c.stratum() == h.number()
                    && c.selection() == Selection.SAMPLED_STRATUM).count();
            assertEquals(h.sampleSize(), drawn, "stratum " + h.number());
            BigDecimal sampledBook = r.confirmations().stream().filter(c -> c.stratum() == h.number()
                    && c.selection() == Selection.SAMPLED_STRATUM).map(c -> c.balance().amount())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(sampledBook, h.sampledBook());
        }
    }

    @Test
    void theSameSeedGivesTheSameSampleAndEachBalanceOfAStratumHasTheSameChance() {
        List<String> once = sampled(ConfirmationEngine.select(population(), params(42)));
        assertEquals(once, sampled(ConfirmationEngine.select(population(), params(42))));
        assertNotEquals(once, sampled(ConfirmationEngine.select(population(), params(43))));
        // Over 4,000 seeds every balance of stratum 3 (8 balances, 5 drawn) is drawn about 5/8 of the time, whatever
        // its place in the customer order; of stratum 1 (37 balances, 5 drawn) about 5/37.
        int seeds = 4000;
        Map<String, Integer> hits = new HashMap<>();
        for (long seed = 1; seed <= seeds; seed++) {
            sampled(ConfirmationEngine.select(population(), params(seed))).forEach(id -> hits.merge(id, 1, Integer::sum));
        }
        for (int i = 0; i < 60; i++) {
            String id = String.format("C%02d", i);
            double expected = i < 37 ? 5.0 / 37 : i < 52 ? 5.0 / 15 : 5.0 / 8;
            double seen = hits.getOrDefault(id, 0) / (double) seeds;
            // 4 standard errors of a proportion over 4,000 draws
            double tolerance = 4 * Math.sqrt(expected * (1 - expected) / seeds);
            assertTrue(Math.abs(seen - expected) <= tolerance, id + ": drawn " + seen + ", expected " + expected);
        }
    }

    @Test
    void aSampledDifferenceIsProjectedOverItsStratumByRatioEstimation() {
        ConfirmationReport r = ConfirmationEngine.select(population(), params(7));
        Stratum h1 = r.samples().get(0).strata().get(0);
        Confirmation c = r.confirmations().stream().filter(x -> x.stratum() == 1
                && x.selection() == Selection.SAMPLED_STRATUM).findFirst().orElseThrow();
        // A 20.00 difference in stratum 1 stands for 20 × 5,100 / sampled book value of the stratum.
        BigDecimal expected = new BigDecimal("20.00").multiply(h1.bookValue())
                .divide(h1.sampledBook(), 2, java.math.RoundingMode.HALF_UP);
        assertEquals(expected, Projection.projected(c, null, h1, new BigDecimal("20.00")));
    }

    private static List<String> sampled(ConfirmationReport r) {
        return r.confirmations().stream().filter(c -> c.selection() == Selection.SAMPLED_STRATUM)
                .map(c -> c.balance().customer().id()).toList();
    }
}
