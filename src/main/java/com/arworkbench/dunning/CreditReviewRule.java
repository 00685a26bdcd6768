package com.arworkbench.dunning;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * How the credit-limit review suggests a limit (the policy file's {@code creditReview} object):
 * suggested = current exposure × {@code exposureFactor}, less {@code cutPercentPerBrokenPromise} % per broken or
 * partly kept promise in the Contact log and less {@code slowPayerCutPercent} % when the days beyond terms exceed
 * {@code slowPayerDays} (cuts add up, at most 100 %), rounded up to a multiple of {@code roundTo}; never below zero.
 * A customer with nothing open gets no suggestion.
 */
public record CreditReviewRule(BigDecimal exposureFactor, BigDecimal roundTo, BigDecimal cutPercentPerBrokenPromise,
                               int slowPayerDays, BigDecimal slowPayerCutPercent) {

    public CreditReviewRule {
        if (exposureFactor.signum() < 0 || roundTo.signum() <= 0 || cutPercentPerBrokenPromise.signum() < 0
                || slowPayerDays < 0 || slowPayerCutPercent.signum() < 0) {
            throw new IllegalArgumentException("creditReview: exposureFactor, cut percentages and slowPayerDays must be "
                    + ">= 0 and roundTo > 0");
        }
    }

    public static CreditReviewRule defaults() {
        return new CreditReviewRule(new BigDecimal("1.5"), new BigDecimal("1000"), new BigDecimal("25"), 30,
                new BigDecimal("25"));
    }

    /** The {@code creditReview} object of a policy file; the defaults for what it leaves out (or when it is missing). */
    public static CreditReviewRule parse(JsonNode node) {
        CreditReviewRule d = defaults();
        if (node == null || node.isMissingNode() || node.isNull()) {
            return d;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("\"creditReview\" must be an object, e.g. {\"exposureFactor\": 1.5}");
        }
        return new CreditReviewRule(decimal(node, "exposureFactor", d.exposureFactor()), decimal(node, "roundTo", d.roundTo()),
                decimal(node, "cutPercentPerBrokenPromise", d.cutPercentPerBrokenPromise()),
                node.path("slowPayerDays").asInt(d.slowPayerDays()),
                decimal(node, "slowPayerCutPercent", d.slowPayerCutPercent()));
    }

    private static BigDecimal decimal(JsonNode node, String field, BigDecimal fallback) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return fallback;
        }
        try {
            return new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("creditReview." + field + " must be a number, not " + v);
        }
    }

    /** The rule in words, for About: "exposure × 1.5; −25 % per broken or partly kept promise; ...". */
    public String describe() {
        return "exposure × " + exposureFactor.stripTrailingZeros().toPlainString() + "; −"
                + cutPercentPerBrokenPromise.stripTrailingZeros().toPlainString() + " % per broken or partly kept promise; −"
                + slowPayerCutPercent.stripTrailingZeros().toPlainString() + " % over " + slowPayerDays
                + " days beyond terms (cuts at most 100 %); rounded up to " + roundTo.stripTrailingZeros().toPlainString()
                + "; never below zero; none when nothing is owed";
    }

    /** The cut in percent, 0..100. */
    public BigDecimal cutPercent(int brokenPromises, BigDecimal daysBeyondTerms) {
        BigDecimal cut = cutPercentPerBrokenPromise.multiply(BigDecimal.valueOf(brokenPromises));
        if (daysBeyondTerms.compareTo(BigDecimal.valueOf(slowPayerDays)) > 0) {
            cut = cut.add(slowPayerCutPercent);
        }
        return cut.min(BigDecimal.valueOf(100));
    }

    /** The suggested limit, or null when nothing is open (no basis for one). */
    public BigDecimal suggest(BigDecimal exposure, int brokenPromises, BigDecimal daysBeyondTerms) {
        if (exposure.signum() <= 0) {
            return null;
        }
        BigDecimal keep = BigDecimal.valueOf(100).subtract(cutPercent(brokenPromises, daysBeyondTerms));
        BigDecimal raw = exposure.multiply(exposureFactor).multiply(keep).divide(BigDecimal.valueOf(100));
        BigDecimal steps = raw.divide(roundTo, 0, java.math.RoundingMode.CEILING);
        return steps.multiply(roundTo).max(BigDecimal.ZERO).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}
