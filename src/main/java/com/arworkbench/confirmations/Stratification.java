package com.arworkbench.confirmations;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * A stratified sample of one currency's balances below the key-item threshold: the balances by size into
 * {@link Sampling#STRATA} strata of (about) equal book value, the sample size n shared out in proportion to the
 * strata's book values (largest remainders, never more than a stratum holds), and in each stratum a simple random
 * sample without replacement drawn with one {@link Random} seeded with the stated seed, stratum by stratum.
 */
final class Stratification {

    /** The rest's balances with their selection and stratum (in the order given), and the strata. */
    record Result(List<Confirmation> confirmations, List<Stratum> strata) {
    }

    private Stratification() {
    }

    static Result select(List<Balance> rest, BigDecimal bookValue, int n, long seed) {
        List<List<Balance>> strata = strata(rest, bookValue);
        int[] sizes = allocate(strata, bookValue, n);
        Random random = new Random(seed);
        java.util.Map<Balance, Integer> stratumOf = new java.util.IdentityHashMap<>();
        java.util.Set<Balance> drawn = Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Stratum> out = new ArrayList<>();
        for (int h = 0; h < strata.size(); h++) {
            List<Balance> members = new ArrayList<>(strata.get(h));
            members.sort(Comparator.comparing((Balance b) -> b.customer().key()));
            Collections.shuffle(members, random);
            BigDecimal sampledBook = BigDecimal.ZERO;
            for (int i = 0; i < sizes[h]; i++) {
                drawn.add(members.get(i));
                sampledBook = sampledBook.add(members.get(i).amount());
            }
            List<Balance> byAmount = strata.get(h);
            BigDecimal book = byAmount.stream().map(Balance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            for (Balance b : byAmount) {
                stratumOf.put(b, h + 1);
            }
            out.add(new Stratum(h + 1, byAmount.get(0).amount(), byAmount.get(byAmount.size() - 1).amount(),
                    byAmount.size(), book, sizes[h], sampledBook));
        }
        List<Confirmation> confirmations = new ArrayList<>();
        for (Balance b : rest) {
            boolean in = drawn.contains(b);
            confirmations.add(new Confirmation(b, in ? Selection.SAMPLED_STRATUM : Selection.NOT_SELECTED, in ? 1 : 0,
                    null, stratumOf.get(b)));
        }
        return new Result(confirmations, List.copyOf(out));
    }

    /** Smallest balances first; a balance goes to the stratum its cumulative book value before it falls in. */
    private static List<List<Balance>> strata(List<Balance> rest, BigDecimal bookValue) {
        List<Balance> sorted = new ArrayList<>(rest);
        sorted.sort(Comparator.comparing(Balance::amount).thenComparing(b -> b.customer().key()));
        BigDecimal width = bookValue.divide(BigDecimal.valueOf(Sampling.STRATA), MathContext.DECIMAL64);
        List<List<Balance>> strata = new ArrayList<>();
        for (int h = 0; h < Sampling.STRATA; h++) {
            strata.add(new ArrayList<>());
        }
        BigDecimal before = BigDecimal.ZERO;
        for (Balance b : sorted) {
            int h = Math.min(Sampling.STRATA - 1, before.divide(width, 0, RoundingMode.FLOOR).intValue());
            strata.get(h).add(b);
            before = before.add(b.amount());
        }
        strata.removeIf(List::isEmpty);
        return strata;
    }

    /** n in proportion to the strata's book values, by largest remainders, capped at each stratum's size. */
    private static int[] allocate(List<List<Balance>> strata, BigDecimal bookValue, int n) {
        int total = Math.min(n, strata.stream().mapToInt(List::size).sum());
        int[] sizes = new int[strata.size()];
        double[] remainder = new double[strata.size()];
        int given = 0;
        for (int h = 0; h < strata.size(); h++) {
            BigDecimal book = strata.get(h).stream().map(Balance::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal share = BigDecimal.valueOf(total).multiply(book).divide(bookValue, MathContext.DECIMAL64);
            sizes[h] = Math.min(strata.get(h).size(), share.setScale(0, RoundingMode.FLOOR).intValue());
            remainder[h] = share.subtract(BigDecimal.valueOf(sizes[h])).doubleValue();
            given += sizes[h];
        }
        while (given < total) {
            int best = -1;
            for (int h = 0; h < strata.size(); h++) {
                if (sizes[h] < strata.get(h).size() && (best < 0 || remainder[h] > remainder[best])) {
                    best = h;
                }
            }
            sizes[best]++;
            remainder[best] -= 1;
            given++;
        }
        return sizes;
    }
}
