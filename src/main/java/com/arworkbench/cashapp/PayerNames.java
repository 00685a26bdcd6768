package com.arworkbench.cashapp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares a payer name from the bank with customer names: accents, punctuation, case and legal
 * forms ignored; the share of words in common (Jaccard) as the score.
 */
final class PayerNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "ag", "kg", "co", "ltd", "limited", "inc", "llc", "llp",
            "plc", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "as", "corp", "corporation", "company", "the",
            "und", "and", "mbh", "ohg", "ug", "e", "k", "kgaa", "se");

    private PayerNames() {
    }

    /** Filler words, dropped like the legal forms but no legal form themselves. */
    private static final Set<String> FILLERS = Set.of("the", "und", "and", "e", "k");

    /**
     * A name's words without legal forms, and its legal-form words ("gmbh", "co", "kg" for "GmbH &amp; Co. KG"), from
     * one pass over the name.
     */
    record Words(Set<String> words, Set<String> legalForms) {
    }

    static Words of(String name) {
        Set<String> words = new HashSet<>();
        Set<String> forms = new HashSet<>();
        for (String w : folded(name)) {
            if (!LEGAL_FORMS.contains(w)) {
                words.add(w);
            } else if (!FILLERS.contains(w)) {
                forms.add(w);
            }
        }
        return new Words(words, forms);
    }

    /**
     * The name's runs of a-z and 0-9 after removing accents and lower-casing: "Müller & Söhne GmbH" gives müller →
     * "muller", "sohne", "gmbh". Names in plain ASCII (nearly all) take a loop by hand; the others go through
     * Unicode decomposition first. Never an empty word.
     */
    static List<String> folded(String name) {
        String text = name == null ? "" : name;
        if (!ascii(text)) {
            text = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        }
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return out;
    }

    private static boolean ascii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size();
    }
}
