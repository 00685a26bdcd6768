package com.arworkbench.confirmations;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Selects the balances to confirm, per currency (currencies are never mixed): every balance at or above the
 * key-item threshold, then a systematic monetary-unit sample of the other positive balances (or a stratified one,
 * {@link Stratification}). The rest is laid
 * out in customer-key order; the points are start + k × interval (k = 0 … n-1) with the start drawn from a
 * {@link Random} seeded with the stated seed afresh for each currency, so one currency's sample does not depend on
 * the others. A balance is sampled when one point falls in its half-open range [from, from + balance); a balance of
 * at least the interval always holds one. Pure: balances in, report out.
 */
public final class ConfirmationEngine {

    private ConfirmationEngine() {
    }

    public static ConfirmationReport select(List<Balance> balances, ConfirmationParameters p) {
        Map<String, List<Balance>> byCurrency = new TreeMap<>();
        for (Balance b : balances) {
            byCurrency.computeIfAbsent(b.currency(), c -> new ArrayList<>()).add(b);
        }
        List<Confirmation> all = new ArrayList<>();
        List<CurrencySample> samples = new ArrayList<>();
        for (Map.Entry<String, List<Balance>> e : byCurrency.entrySet()) {
            samples.add(selectCurrency(e.getKey(), e.getValue(), p, all));
        }
        return new ConfirmationReport(p, all, samples);
    }

    /** n = ceil(book value × RF / tolerable); 0 for no book value. */
    public static int sampleSize(BigDecimal bookValue, BigDecimal factor, BigDecimal tolerable) {
        if (bookValue.signum() <= 0) {
            return 0;
        }
        return bookValue.multiply(factor).divide(tolerable, 0, RoundingMode.CEILING).intValueExact();
    }

    /** interval = book value / n, rounded down to the cent (so that n points fit); null for n = 0. */
    public static BigDecimal interval(BigDecimal bookValue, int n) {
        return n == 0 ? null : bookValue.divide(BigDecimal.valueOf(n), 2, RoundingMode.DOWN);
    }

    private static CurrencySample selectCurrency(String currency, List<Balance> balances, ConfirmationParameters p,
                                                 List<Confirmation> out) {
        List<Balance> sorted = new ArrayList<>(balances);
        sorted.sort(Comparator.comparing((Balance b) -> b.customer().key()));
        List<Confirmation> key = new ArrayList<>();
        List<Balance> rest = new ArrayList<>();
        List<Confirmation> credits = new ArrayList<>();
        BigDecimal keyTotal = BigDecimal.ZERO;
        BigDecimal restTotal = BigDecimal.ZERO;
        for (Balance b : sorted) {
            if (b.amount().compareTo(p.keyItems()) >= 0) {
                key.add(new Confirmation(b, Selection.KEY_ITEM, 0, null));
                keyTotal = keyTotal.add(b.amount());
            } else if (b.amount().signum() > 0) {
                rest.add(b);
                restTotal = restTotal.add(b.amount());
            } else {
                credits.add(new Confirmation(b, Selection.NOT_SAMPLED_CREDIT, 0, null));
            }
        }
        int n = sampleSize(restTotal, p.reliabilityFactor(), p.tolerable());
        BigDecimal interval = interval(restTotal, n);
        if (p.sampling() == Sampling.STRATIFIED) {
            Stratification.Result strat = rest.isEmpty() ? new Stratification.Result(List.of(), List.of())
                    : Stratification.select(rest, restTotal, n, p.seed());
            out.addAll(key);
            out.addAll(strat.confirmations());
            out.addAll(credits);
            List<Confirmation> drawn = strat.confirmations().stream().filter(c -> c.selection().confirmed()).toList();
            return new CurrencySample(currency, key.size(), keyTotal, rest.size(), restTotal, n, null, null, drawn.size(),
                    drawn.stream().map(c -> c.balance().amount()).reduce(BigDecimal.ZERO, BigDecimal::add),
                    strat.strata());
        }
        List<Confirmation> restOut = new ArrayList<>();
        BigDecimal start = null;
        int sampled = 0;
        BigDecimal sampledTotal = BigDecimal.ZERO;
        if (n > 0 && interval.signum() == 0) {
            // fewer cents than points: every balance is sampled
            for (Balance b : rest) {
                restOut.add(new Confirmation(b, Selection.SAMPLED, 1, null));
                sampled++;
                sampledTotal = sampledTotal.add(b.amount());
            }
            start = BigDecimal.ZERO;
        } else if (n > 0) {
            long cents = interval.movePointRight(2).longValueExact();
            start = BigDecimal.valueOf(new Random(p.seed()).nextLong(cents), 2);
            BigDecimal from = BigDecimal.ZERO;
            int k = 0;
            BigDecimal point = start;
            for (Balance b : rest) {
                BigDecimal to = from.add(b.amount());
                int points = 0;
                while (k < n && point.compareTo(to) < 0) {
                    points++;
                    k++;
                    point = start.add(interval.multiply(BigDecimal.valueOf(k)));
                }
                restOut.add(new Confirmation(b, points > 0 ? Selection.SAMPLED : Selection.NOT_SELECTED, points, from));
                if (points > 0) {
                    sampled++;
                    sampledTotal = sampledTotal.add(b.amount());
                }
                from = to;
            }
        } else {
            for (Balance b : rest) {
                restOut.add(new Confirmation(b, Selection.NOT_SELECTED, 0, null));
            }
        }
        out.addAll(key);
        out.addAll(restOut);
        out.addAll(credits);
        return new CurrencySample(currency, key.size(), keyTotal, rest.size(), restTotal, n, interval, start, sampled,
                sampledTotal);
    }
}
