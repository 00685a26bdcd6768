package com.arworkbench.dunning;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The rules a team dunns by (see workbook-templates/dunning-policy.json).
 *
 * @param graceDays            an item is overdue only when more than this many days past due
 * @param levels               ascending by minDaysPastDue; level numbers 1..n
 * @param minimumOverdue       per currency ("*" for any other): customers owing less overdue are not chased
 * @param feePerNotice         per currency ("*" for any other), charged once per notice from {@code feeFromLevel}
 * @param annualInterestPercent interest = overdue amount × rate / 100 / {@code interestDayBasis} × days past due
 * @param maxLevelStep         how many levels a notice may climb above the previous worklist's level
 * @param minDaysBetweenNotices a customer noticed less than this many days ago is not contacted again yet
 * @param creditsReduceDemand  whether a letter deducts the customer's open credits and unapplied payments from the
 *                             overdue amount it demands (never below zero); either way the letter lists them, so the
 *                             customer sees the whole account
 * @param creditReview         how the credit-limit review suggests a limit (the file's {@code creditReview} object)
 */
public record DunningPolicy(String name, int graceDays, List<DunningLevel> levels, Map<String, BigDecimal> minimumOverdue,
                            Map<String, BigDecimal> feePerNotice, int feeFromLevel, BigDecimal annualInterestPercent,
                            int interestDayBasis, int maxLevelStep, int minDaysBetweenNotices, String defaultLanguage,
                            boolean creditsReduceDemand, CreditReviewRule creditReview) {

    /** A policy with the credit review's default rule. */
    public DunningPolicy(String name, int graceDays, List<DunningLevel> levels, Map<String, BigDecimal> minimumOverdue,
                         Map<String, BigDecimal> feePerNotice, int feeFromLevel, BigDecimal annualInterestPercent,
                         int interestDayBasis, int maxLevelStep, int minDaysBetweenNotices, String defaultLanguage,
                         boolean creditsReduceDemand) {
        this(name, graceDays, levels, minimumOverdue, feePerNotice, feeFromLevel, annualInterestPercent, interestDayBasis,
                maxLevelStep, minDaysBetweenNotices, defaultLanguage, creditsReduceDemand, CreditReviewRule.defaults());
    }

    /** A policy that deducts credits from the demand, the default of the policy file. */
    public DunningPolicy(String name, int graceDays, List<DunningLevel> levels, Map<String, BigDecimal> minimumOverdue,
                         Map<String, BigDecimal> feePerNotice, int feeFromLevel, BigDecimal annualInterestPercent,
                         int interestDayBasis, int maxLevelStep, int minDaysBetweenNotices, String defaultLanguage) {
        this(name, graceDays, levels, minimumOverdue, feePerNotice, feeFromLevel, annualInterestPercent, interestDayBasis,
                maxLevelStep, minDaysBetweenNotices, defaultLanguage, true);
    }

    /** The same policy with credits deducted from the demand or not. */
    public DunningPolicy withCreditsReduceDemand(boolean reduce) {
        return new DunningPolicy(name, graceDays, levels, minimumOverdue, feePerNotice, feeFromLevel, annualInterestPercent,
                interestDayBasis, maxLevelStep, minDaysBetweenNotices, defaultLanguage, reduce);
    }

    public DunningPolicy {
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("a dunning policy needs at least one level");
        }
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).minDaysPastDue() <= levels.get(i - 1).minDaysPastDue()) {
                throw new IllegalArgumentException("dunning levels must have ascending minDaysPastDue");
            }
        }
        java.util.Objects.requireNonNull(creditReview, "creditReview");
        if (graceDays < 0 || maxLevelStep < 1 || interestDayBasis <= 0) {
            throw new IllegalArgumentException("graceDays must be >= 0, maxLevelStep >= 1, interestDayBasis > 0");
        }
    }

    public BigDecimal minimum(String currency) {
        return perCurrency(minimumOverdue, currency);
    }

    public BigDecimal fee(String currency, int level) {
        return level >= feeFromLevel ? perCurrency(feePerNotice, currency) : BigDecimal.ZERO;
    }

    /** The highest level whose threshold the days past due reach; 0 if below the first level. */
    public int levelFor(long daysPastDue) {
        int level = 0;
        for (DunningLevel l : levels) {
            if (daysPastDue >= l.minDaysPastDue()) {
                level = l.level();
            }
        }
        return level;
    }

    public DunningLevel level(int number) {
        return levels.stream().filter(l -> l.level() == number).findFirst().orElseThrow();
    }

    public LetterText letter(int level, String language) {
        Map<String, LetterText> letters = level(level).letters();
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (lang.length() > 2) {
            lang = lang.substring(0, 2); // "de-DE", "deu" → "de"
        }
        LetterText t = letters.get(lang);
        if (t == null) {
            t = letters.get(defaultLanguage);
        }
        return t != null ? t : letters.values().iterator().next();
    }

    private static BigDecimal perCurrency(Map<String, BigDecimal> map, String currency) {
        BigDecimal v = map.get(currency == null ? "" : currency.toUpperCase(Locale.ROOT));
        if (v == null) {
            v = map.get("*");
        }
        return v == null ? BigDecimal.ZERO : v;
    }
}
