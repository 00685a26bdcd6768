package com.arworkbench.allowance;

import com.arworkbench.aging.CustomerAging;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One currency's provision matrix from its history table, computed the way the sheet's formulas compute it (so the
 * cached values are what a recalculation gives): loss rate = written off ÷ balance over the cut-offs whose outcome
 * window has passed (a bucket with no balance takes the next younger bucket's rate); per month after a month end
 * a bucket's balance rolls on (still open: roll rate r), is written off (share w) or is paid. The roll-rate loss
 * rate is then L = w + r × L(next bucket), and for the oldest bucket, which rolls on into itself, L = w ÷ (1 − r)
 * (its loss-rate measure when nothing in it ever clears, r = 1), all kept within 0 and 1; the applied rate is the method's rate × (1 + outlook), kept within 0 and 1; provision = balance × applied
 * rate, rounded to the cent, on a bucket's positive balance only.
 */
final class ProvisionMatrix {

    /** Rates carry the precision of a spreadsheet's double, so a recalculation rounds the provision alike. */
    static final MathContext RATE = MathContext.DECIMAL64;

    private ProvisionMatrix() {
    }

    static CurrencyAllowance of(AllowanceParameters p, String currency, List<CutoffRow> history,
                                List<CustomerAging> customers, UserInputs inputs, LedgerAllowance ledger,
                                int currencyCount, List<String> specificUsed) {
        int n = p.buckets().size();
        BigDecimal[] lossB = zeros(n);
        BigDecimal[] lossW = zeros(n);
        BigDecimal[] rollB = zeros(n);
        BigDecimal[] rollS = zeros(n);
        BigDecimal[] rollW = zeros(n);
        for (CutoffRow r : history) {
            if (r.inLossWindow()) {
                lossB[r.bucket()] = lossB[r.bucket()].add(r.balance());
                lossW[r.bucket()] = lossW[r.bucket()].add(r.writtenOff());
            }
            if (r.inRollWindow()) {
                rollB[r.bucket()] = rollB[r.bucket()].add(r.balance());
                rollS[r.bucket()] = rollS[r.bucket()].add(r.stillOpen());
                rollW[r.bucket()] = rollW[r.bucket()].add(r.writtenOffInMonth());
            }
        }
        BigDecimal[] loss = new BigDecimal[n];
        boolean[] younger = new boolean[n];
        for (int b = 0; b < n; b++) {
            younger[b] = lossB[b].signum() == 0;
            loss[b] = younger[b] ? (b == 0 ? BigDecimal.ZERO : loss[b - 1]) : lossW[b].divide(lossB[b], RATE);
        }
        BigDecimal[] roll = new BigDecimal[n];
        BigDecimal[] direct = new BigDecimal[n];
        for (int b = 0; b < n; b++) {
            roll[b] = rollB[b].signum() == 0 ? BigDecimal.ONE : rollS[b].divide(rollB[b], RATE);
            direct[b] = rollB[b].signum() == 0 ? BigDecimal.ZERO : rollW[b].divide(rollB[b], RATE);
        }
        BigDecimal[] rollLoss = new BigDecimal[n];
        BigDecimal stays = BigDecimal.ONE.subtract(roll[n - 1]);
        rollLoss[n - 1] = within(stays.signum() <= 0 ? loss[n - 1] : direct[n - 1].divide(stays, RATE));
        for (int b = n - 2; b >= 0; b--) {
            rollLoss[b] = within(direct[b].add(roll[b].multiply(rollLoss[b + 1], RATE), RATE));
        }
        // The customers: a specific provision overrides the matrix for the whole balance.
        BigDecimal[] applied = new BigDecimal[n];
        BigDecimal[] outlook = new BigDecimal[n];
        for (int b = 0; b < n; b++) {
            String label = p.buckets().buckets().get(b).label();
            outlook[b] = inputs.outlook().getOrDefault(UserInputs.outlookKey(currency, label), BigDecimal.ZERO);
            BigDecimal historical = p.method() == RateMethod.LOSS_RATE ? loss[b] : rollLoss[b];
            BigDecimal a = historical.multiply(BigDecimal.ONE.add(outlook[b]), RATE);
            applied[b] = a.min(BigDecimal.ONE).max(BigDecimal.ZERO);
        }
        BigDecimal[] matrixBalance = zeros(n);
        List<CustomerProvision> provisions = new ArrayList<>();
        BigDecimal specificTotal = BigDecimal.ZERO;
        for (CustomerAging c : customers) {
            List<BigDecimal> buckets = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            for (int b = 0; b < n; b++) {
                buckets.add(c.bucket(b));
                sum = sum.add(c.bucket(b).multiply(applied[b], RATE), RATE);
            }
            BigDecimal matrix = sum.setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ZERO.setScale(2));
            String key = UserInputs.customerKey(currency, c.customer());
            SpecificProvision specific = inputs.specific().get(key);
            if (specific != null) {
                specificUsed.add(key);
                specificTotal = specificTotal.add(specific.amount());
            } else {
                for (int b = 0; b < n; b++) {
                    matrixBalance[b] = matrixBalance[b].add(c.bucket(b));
                }
            }
            provisions.add(new CustomerProvision(c.customer(), currency, c.items(), List.copyOf(buckets), c.total(), matrix, specific));
        }
        List<BucketRate> lines = new ArrayList<>();
        BigDecimal matrixProvision = BigDecimal.ZERO.setScale(2);
        for (int b = 0; b < n; b++) {
            BigDecimal historical = p.method() == RateMethod.LOSS_RATE ? loss[b] : rollLoss[b];
            BigDecimal provision = matrixBalance[b].max(BigDecimal.ZERO).multiply(applied[b], RATE)
                    .setScale(2, RoundingMode.HALF_UP);
            matrixProvision = matrixProvision.add(provision);
            lines.add(new BucketRate(b, p.buckets().buckets().get(b).label(), lossB[b], lossW[b], loss[b], younger[b],
                    rollB[b], rollS[b], rollW[b], roll[b], rollLoss[b], historical, outlook[b], applied[b], matrixBalance[b],
                    provision));
        }
        BigDecimal held = null;
        if (ledger != null && (ledger.currency().isEmpty() ? currencyCount == 1 : ledger.currency().equals(currency))) {
            held = ledger.held();
        }
        BigDecimal required = matrixProvision.add(specificTotal);
        return new CurrencyAllowance(currency, history, List.copyOf(lines), List.copyOf(provisions), matrixProvision,
                specificTotal, held, held == null ? null : required.subtract(held));
    }

    private static BigDecimal within(BigDecimal rate) {
        return rate.min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] a = new BigDecimal[n];
        java.util.Arrays.fill(a, BigDecimal.ZERO);
        return a;
    }
}
