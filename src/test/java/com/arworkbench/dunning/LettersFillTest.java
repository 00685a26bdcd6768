package com.arworkbench.dunning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders are filled in one pass: values are taken as written, unknown placeholders stay, spacing is tidied. */
class LettersFillTest {

    private static Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("items", "INV-{{total}} 100.00");
        v.put("customer", "Müller & Co");
        v.put("total", "1,234.50");
        v.put("currency", "");
        return v;
    }

    @Test
    void aValueHoldingAPlaceholderIsNotFilledAgain() {
        assertEquals("Items: INV-{{total}} 100.00, total 1,234.50", Letters.fill("Items: {{items}}, total {{total}}", values()));
    }

    @Test
    void unknownPlaceholdersStayAndNeighboursFill() {
        assertEquals("{{nobody}} Müller & Co1,234.50 {{", Letters.fill("{{nobody}} {{customer}}{{total}} {{", values()));
    }

    @Test
    void anEmptyValueLeavesNoSpaceBeforePunctuation() {
        assertEquals("Please pay 1,234.50.", Letters.fill("Please pay {{total}} {{currency}}.", values()));
    }

    /** Tidying by hand gives what the two regexes it replaced gave. */
    @Test
    void tidyingByHandEqualsTheTwoRegexes() {
        java.util.regex.Pattern twoSpaces = java.util.regex.Pattern.compile("(?<=\\S) {2,}");
        java.util.regex.Pattern beforePunctuation = java.util.regex.Pattern.compile("[ \t]+([.,;:)])");
        java.util.Random random = new java.util.Random(17);
        String alphabet = " \t.,;:)a-\n\u000B\f\r(";
        for (int n = 0; n < 300_000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            String expected = twoSpaces.matcher(beforePunctuation.matcher(text).replaceAll("$1")).replaceAll(" ");
            assertEquals(expected, Letters.tidy(text), () -> "'" + text + "'");
            assertEquals(expected, Letters.fill(text, Map.of()), () -> "'" + text + "'");
        }
    }
}
