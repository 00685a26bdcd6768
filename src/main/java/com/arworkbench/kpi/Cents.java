package com.arworkbench.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Spreads an exact amount over bins in proportion to probability-weighted shares, to the cent, so the bins
 * add up to the amount exactly (largest remainder): a forecast that spreads items by probability still ties
 * to the open AR.
 */
final class Cents {

    private Cents() {
    }

    /** {@code total} split in proportion to {@code shares} (any non-negative weights; all zero puts it in the last bin). */
    static BigDecimal[] allocate(BigDecimal total, double[] shares) {
        int scale = Math.max(2, total.scale());
        long units = total.setScale(scale, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        double sum = 0;
        for (double s : shares) {
            sum += s;
        }
        long[] whole = new long[shares.length];
        double[] remainder = new double[shares.length];
        long given = 0;
        if (sum <= 0) {
            whole[shares.length - 1] = units;
            given = units;
        } else {
            for (int i = 0; i < shares.length; i++) {
                double exact = shares[i] / sum * units;
                whole[i] = (long) Math.floor(exact);
                remainder[i] = exact - whole[i];
                given += whole[i];
            }
        }
        long left = units - given;
        Integer[] order = IntStream.range(0, shares.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> remainder[i]).reversed());
        // left can be negative only through floating error on a negative total; either way it is a few units.
        for (int k = 0; left != 0; k = (k + 1) % order.length) {
            long step = Long.signum(left);
            whole[order[k]] += step;
            left -= step;
        }
        BigDecimal[] out = new BigDecimal[shares.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = BigDecimal.valueOf(whole[i], scale);
        }
        return out;
    }
}
