package com.arworkbench.ingest.values;

import java.util.Locale;
import java.util.Set;

/**
 * What one cell's text looks like, without knowing its column: a date, money, a whole number, a
 * code ({@code C10062}, {@code INV-1001}), a name ({@code Acme Corp}), a currency code, a flag.
 * Column inference counts these per column, so a header that says "Customer" over {@code C10062}
 * is read as an ID and one over {@code Acme Corp} as a name.
 */
public enum ValueShape {
    EMPTY, DATE, MONEY, INTEGER, CODE, WORD, NAME, CURRENCY, FLAG, OTHER;

    private static final Set<String> FLAGS = Set.of("y", "n", "yes", "no", "true", "false", "x", "ja", "nein", "oui", "non");
    private static final Set<String> ISO_CODES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static ValueShape of(String text) {
        if (text == null) {
            return EMPTY;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return EMPTY;
        }
        if (isWholeNumber(s)) {
            return INTEGER;
        }
        if (s.length() == 3 && ISO_CODES.contains(s)) {
            return CURRENCY;
        }
        if (FLAGS.contains(s.toLowerCase(Locale.ROOT))) {
            return FLAG;
        }
        boolean hasDigit = false;
        boolean hasLetter = false;
        boolean hasSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            hasDigit |= Character.isDigit(c);
            hasLetter |= Character.isLetter(c);
            hasSpace |= Character.isWhitespace(c);
        }
        if (hasDigit && looksLikeDate(s)) {
            return DATE;
        }
        if (hasDigit && looksLikeMoney(s)) {
            return MONEY;
        }
        if (!hasSpace && hasDigit && s.length() <= 40) {
            return CODE;
        }
        if (!hasLetter) {
            return OTHER;
        }
        if (!hasSpace) {
            return WORD;
        }
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                digits++;
            }
        }
        return digits * 4 <= s.length() ? NAME : OTHER;
    }

    /** Digits only, or digits with a zero fraction as a float-typed export writes IDs ({@code 1930571521.0}). */
    static boolean isWholeNumber(String s) {
        int end = s.length();
        if (s.endsWith(".0")) {
            end -= 2;
        }
        if (end == 0) {
            return false;
        }
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeDate(String s) {
        return DateParser.parse(s, DateOrder.MONTH_FIRST).isPresent() || DateParser.parse(s, DateOrder.DAY_FIRST).isPresent();
    }

    private static boolean looksLikeMoney(String s) {
        return AmountParser.parse(s, NumberStyle.POINT_DECIMAL).isPresent()
                || AmountParser.parse(s, NumberStyle.COMMA_DECIMAL).isPresent();
    }
}
