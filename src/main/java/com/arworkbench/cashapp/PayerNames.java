package com.arworkbench.cashapp;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Compares a payer name from the bank with customer names: accents, punctuation, case and legal
 * forms ignored; the share of words in common (Jaccard) as the score.
 */
final class PayerNames {

    private static final Set<String> LEGAL_FORMS = Set.of("gmbh", "ag", "kg", "co", "ltd", "limited", "inc", "llc", "llp",
            "plc", "sa", "sas", "sarl", "srl", "spa", "bv", "nv", "ab", "oy", "as", "corp", "corporation", "company", "the",
            "und", "and", "mbh", "ohg", "ug", "e", "k", "kgaa", "se");

    private PayerNames() {
    }

    /** Filler words, dropped like the legal forms but no legal form themselves. */
    private static final Set<String> FILLERS = Set.of("the", "und", "and", "e", "k");

    static Set<String> words(String name) {
        Set<String> out = new HashSet<>();
        for (String w : folded(name)) {
            if (!w.isEmpty() && !LEGAL_FORMS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The legal-form words of a name ("gmbh", "co", "kg" for "GmbH & Co. KG"). */
    static Set<String> legalForms(String name) {
        Set<String> out = new HashSet<>();
        for (String w : folded(name)) {
            if (LEGAL_FORMS.contains(w) && !FILLERS.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String[] folded(String name) {
        return Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip().split(" ");
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
