package com.arworkbench.cashapp;

import com.arworkbench.model.DocumentNumbers;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads document numbers out of a payment reference as people write them, and says which keys a document number
 * is found under. A number is found by its whole text ("INV-2026-0415", "Rg.Nr.INV-2026-0415") and by its digits
 * ("7002" for INV-7002, "90001234" for 0090001234), so "Invoices 7002 and 7003", "Inv 7002/7003", "RE 7002, 7003"
 * and "INV7002-7003" all name INV-7002 and INV-7003. Keys compare without case, punctuation or leading zeros, and
 * keys under {@link #MIN_KEY} characters are ignored: short numbers are quantities, days and house numbers.
 */
final class References {

    static final int MIN_KEY = 4;
    /** Amounts ("1.234,56", "845.00") and dates ("12.06.2026", "2026-06-12") are no document numbers. Dates
     *  come first: "12.06" of "12.06.2026" would read as an amount. */
    private static final Pattern NOT_NUMBERS = Pattern.compile(
            "\\b\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,3}(?:[.,' ]\\d{3})*[.,]\\d{2}\\b");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private References() {
    }

    /** Document numbers and references compare without case, punctuation or leading zeros. */
    static String normalize(String s) {
        return DocumentNumbers.normalize(s);
    }

    /**
     * The keys a document number is found under: its whole text, all its digits, its last group of digits. No
     * regex and at most three strings: this runs for every open item of the export.
     */
    static Set<String> documentKeys(String documentNumber) {
        String doc = documentNumber == null ? "" : documentNumber;
        String whole = normalize(doc);
        String all = DocumentNumbers.digits(doc);
        int end = doc.length();
        while (end > 0 && !isDigit(doc.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isDigit(doc.charAt(start - 1))) {
            start--;
        }
        String last = strip(doc.substring(start, end));
        Set<String> out = new LinkedHashSet<>(4);
        add(out, whole);
        add(out, all);
        add(out, last);
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The keys a reference text names: each token whole (and its pieces around '.' and ':'), and each run of digits. */
    static Set<String> referenceKeys(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null) {
            return out;
        }
        String numbers = NOT_NUMBERS.matcher(text).replaceAll(" ");
        for (String token : numbers.split("[\\s,;]+")) { // "/" stays: Odoo numbers read INV/2026/00141
            add(out, normalize(token));
            for (String piece : token.split("[.:]+")) { // "Rg.Nr.INV-2026-0415", "Invoice:4711-2"
                add(out, normalize(piece));
            }
        }
        Matcher m = DIGITS.matcher(numbers);
        while (m.find()) {
            add(out, strip(m.group()));
        }
        return out;
    }

    /**
     * How a key typed in a reference misses a document's digits by one keystroke: "two adjacent digits swapped",
     * "one digit off", or null (equal, or further apart). Only digit keys of the same length compare.
     */
    static String nearMiss(String typed, String key) {
        if (typed.length() != key.length() || typed.equals(key) || !typed.chars().allMatch(Character::isDigit)
                || !key.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int first = -1;
        int diffs = 0;
        for (int i = 0; i < typed.length(); i++) {
            if (typed.charAt(i) != key.charAt(i)) {
                first = diffs == 0 ? i : first;
                diffs++;
            }
        }
        if (diffs == 1) {
            return "one digit off";
        }
        boolean swap = diffs == 2 && first + 1 < typed.length() && typed.charAt(first) == key.charAt(first + 1)
                && typed.charAt(first + 1) == key.charAt(first);
        return swap ? "two adjacent digits swapped" : null;
    }

    private static String strip(String digits) {
        return DocumentNumbers.withoutLeadingZeros(digits);
    }

    private static void add(Set<String> out, String key) {
        if (key.length() >= MIN_KEY) {
            out.add(key);
        }
    }
}
