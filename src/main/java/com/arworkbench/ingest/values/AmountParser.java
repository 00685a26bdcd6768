package com.arworkbench.ingest.values;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money as exports write it: {@code 1,234.56}, {@code 1.234,56}, {@code 1'234.56},
 * {@code (1,234.56)}, {@code 1.234,56-}, {@code -5,50}, {@code $1,234.56}, {@code EUR 99.10},
 * {@code 12.00 CR}. Never goes through {@code double}.
 */
public final class AmountParser {

    /** A currency marker found in the cell, if any, so a file without a currency column still groups right. */
    public record Amount(BigDecimal value, String currency) {
    }

    private static final Map<String, String> SYMBOLS = Map.of(
            "€", "EUR", "£", "GBP", "¥", "JPY", "$", "USD", "₹", "INR", "₣", "CHF", "zł", "PLN", "kr", "SEK");

    private static final java.util.Set<String> ISO_CODES = java.util.Currency.getAvailableCurrencies().stream()
            .map(java.util.Currency::getCurrencyCode).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])");
    private static final Pattern NUMERIC_CORE = Pattern.compile("^[0-9.,' \u00A0\u202F]*[0-9][0-9.,' \u00A0\u202F]*$");

    private AmountParser() {
    }

    /** @return the amount, or empty if the text is not an amount in that style */
    public static Optional<Amount> parse(String text, NumberStyle style) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal quick = plainNumber(s, style);
        if (quick != null) {
            return Optional.of(new Amount(quick, null));
        }
        return parseGeneral(s, style);
    }

    /**
     * The common shape, read without regexes or intermediate strings: an optional minus, digits grouped in
     * threes by the style's group mark (or not grouped), an optional decimal mark with digits, at most 18 digits.
     * Anything else (null here) takes the general path, which gives the same value for these shapes.
     */
    static BigDecimal plainNumber(String s, NumberStyle style) {
        char decimal = style == NumberStyle.COMMA_DECIMAL ? ',' : '.';
        char group = style == NumberStyle.COMMA_DECIMAL ? '.' : ',';
        int n = s.length();
        int i = 0;
        boolean negative = false;
        if (s.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long unscaled = 0;
        int digits = 0;
        int groupDigits = 0; // digits since the last group mark, or since the start
        boolean grouped = false;
        int scale = -1; // -1: no decimal mark yet
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits > 18) {
                    return null;
                }
                unscaled = unscaled * 10 + (c - '0');
                if (scale >= 0) {
                    scale++;
                } else {
                    groupDigits++;
                }
            } else if (c == group && scale < 0) {
                if (grouped ? groupDigits != 3 : groupDigits < 1 || groupDigits > 3) {
                    return null;
                }
                grouped = true;
                groupDigits = 0;
            } else if (c == decimal && scale < 0) {
                scale = 0;
                if (grouped && groupDigits != 3 || groupDigits == 0) {
                    return null;
                }
            } else {
                return null;
            }
        }
        if (digits == 0 || scale == 0 || scale < 0 && grouped && groupDigits != 3) {
            return null;
        }
        return BigDecimal.valueOf(negative ? -unscaled : unscaled, Math.max(scale, 0));
    }

    /** Every accepted shape: markers, currency codes and symbols, parentheses, trailing signs, other groupings. */
    static Optional<Amount> parseGeneral(String text, NumberStyle style) {
        String s = text;
        boolean negative = false;
        String currency = null;

        String upper = s.toUpperCase(Locale.ROOT);
        if (upper.endsWith("CR") && !upper.endsWith("CCR")) {
            negative = true;
            s = s.substring(0, s.length() - 2).strip();
        } else if (upper.endsWith("DR")) {
            s = s.substring(0, s.length() - 2).strip();
        }
        boolean noMarker = isPlain(s);
        Matcher code = noMarker ? null : CODE.matcher(s);
        if (code != null && code.find() && ISO_CODES.contains(code.group(1))) {
            currency = code.group(1);
            s = (s.substring(0, code.start()) + s.substring(code.end())).strip();
        }
        for (Map.Entry<String, String> sym : noMarker ? Map.<String, String>of().entrySet() : SYMBOLS.entrySet()) {
            int at = s.indexOf(sym.getKey());
            if (at >= 0) {
                if (currency == null) {
                    currency = sym.getValue();
                }
                s = (s.substring(0, at) + s.substring(at + sym.getKey().length())).strip();
            }
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = !negative;
            s = s.substring(1, s.length() - 1).strip();
        }
        if (s.startsWith("-") || s.startsWith("\u2212")) {
            negative = !negative;
            s = s.substring(1).strip();
        } else if (s.startsWith("+")) {
            s = s.substring(1).strip();
        }
        if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.isEmpty() || !NUMERIC_CORE.matcher(s).matches()) {
            return Optional.empty();
        }
        String plain = normalize(s, style);
        if (plain == null) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        return Optional.of(new Amount(negative ? value.negate() : value, currency));
    }

    /** Digits, separators, signs and parentheses only: no currency marker to look for (the common case). */
    private static boolean isPlain(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-' || c == '+' || c == '(' || c == ')'
                    || c == ' ' || c == '\'')) {
                return false;
            }
        }
        return true;
    }

    /** Drops grouping characters and turns the decimal mark into a point; null if the grouping is malformed. */
    private static String normalize(String s, NumberStyle style) {
        String digits = s.replace("'", "").replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        char decimal = style == NumberStyle.COMMA_DECIMAL ? ',' : '.';
        char group = style == NumberStyle.COMMA_DECIMAL ? '.' : ',';
        int decimalAt = digits.indexOf(decimal);
        if (decimalAt != digits.lastIndexOf(decimal)) {
            return null;
        }
        String integerPart = decimalAt >= 0 ? digits.substring(0, decimalAt) : digits;
        String fraction = decimalAt >= 0 ? digits.substring(decimalAt + 1) : "";
        if (fraction.indexOf(group) >= 0) {
            return null;
        }
        if (integerPart.indexOf(group) >= 0 && !validGrouping(integerPart, group)) {
            return null;
        }
        integerPart = integerPart.replace(String.valueOf(group), "");
        if (integerPart.isEmpty() && fraction.isEmpty()) {
            return null;
        }
        return (integerPart.isEmpty() ? "0" : integerPart) + (fraction.isEmpty() ? "" : "." + fraction);
    }

    private static boolean validGrouping(String integerPart, char group) {
        return westernGrouping(integerPart, group) || group == ',' && INDIAN_GROUPING.matcher(integerPart).matches();
    }

    /** Lakh and crore grouping as Indian exports (Tally) write it: 1,23,456 and 12,34,56,789. */
    private static final Pattern INDIAN_GROUPING = Pattern.compile("^\\d{1,2}(,\\d{2})+,\\d{3}$");

    private static boolean westernGrouping(String integerPart, char group) {
        // Every group after the first has exactly three digits; the first has one to three.
        int first = integerPart.indexOf(group);
        if (first < 1 || first > 3) {
            return false;
        }
        int run = 0;
        for (int i = first + 1; i < integerPart.length(); i++) {
            if (integerPart.charAt(i) == group) {
                if (run != 3) {
                    return false;
                }
                run = 0;
            } else {
                run++;
            }
        }
        return run == 3;
    }

    /**
     * Evidence one value gives about the column's style: +1 for point decimal, -1 for comma
     * decimal, 0 when the value reads the same either way or is not a number.
     */
    public static int styleEvidence(String text) {
        if (text == null) {
            return 0;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '.' || c == ',') {
                kept.append(c);
            }
        }
        String s = kept.toString();
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastDot > lastComma ? 1 : -1;
        }
        if (lastComma >= 0) {
            int after = s.length() - lastComma - 1;
            boolean single = s.indexOf(',') == lastComma;
            // "1,5" or "12,50": a decimal comma. "1,234" alone is ambiguous; "1,234,567" is grouping.
            if (single && after != 3) {
                return -1;
            }
            return single ? 0 : 1;
        }
        if (lastDot >= 0) {
            int after = s.length() - lastDot - 1;
            boolean single = s.indexOf('.') == lastDot;
            if (single && after != 3) {
                return 1;
            }
            return single ? 0 : -1;
        }
        return 0;
    }
}
