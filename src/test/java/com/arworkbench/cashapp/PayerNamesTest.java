package com.arworkbench.cashapp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Payer names folded to words by hand give what the regular expressions gave, on named cases and random text. */
class PayerNamesTest {

    /** The folding as it was written first: decomposition, regular expressions, split. */
    private static List<String> byRegex(String name) {
        String[] parts = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", " ").strip().split(" ");
        return Arrays.stream(parts).filter(w -> !w.isEmpty()).toList();
    }

    @Test
    void namedCases() {
        assertEquals(List.of("muller", "sohne", "gmbh", "co", "kg"), PayerNames.folded("Müller & Söhne GmbH & Co. KG"));
        assertEquals(List.of("nova", "maschinenbau", "ltd"), PayerNames.folded("  NOVA-Maschinenbau, Ltd.  "));
        assertEquals(List.of("k", "and", "i"), PayerNames.folded("\u212A and \u0130")); // Kelvin sign, dotted capital I
        assertEquals(List.of("stra", "e", "12"), PayerNames.folded("Straße 12")); // ß is no a-z letter: a separator
        assertEquals(List.of(), PayerNames.folded(" --- "));
        assertEquals(List.of(), PayerNames.folded(null));
        PayerNames.Words w = PayerNames.of("Müller & Söhne GmbH & Co. KG");
        assertEquals(Set.of("muller", "sohne"), w.words());
        assertEquals(Set.of("gmbh", "co", "kg"), w.legalForms());
    }

    @Test
    void theSameWordsAsTheRegularExpressionsOnRandomNames() {
        String alphabet = "abcXYZ019 .,&-_/'()éÉüÜöÖßçÇñÑåÅøØ\u0301\u0308\u212A\u0130\u00A0\tŁłİıﬁ日本";
        Random random = new Random(17);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String name = sb.toString();
            assertEquals(byRegex(name), PayerNames.folded(name), () -> "'" + name + "'");
        }
    }
}
