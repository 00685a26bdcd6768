package com.arworkbench.ingest;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;


/**
 * Fuzz target (issue 7): AmountParser (every NumberStyle), DateParser (every DateOrder),
 * CustomerText, DocumentTypes and FlagText on arbitrary strings, half of them assembled from the
 * pieces amounts, dates and customer cells are made of so the fuzzer reaches the deep branches.
 */
class ValueParsersFuzzTest extends FuzzTarget {

    private static final String[] PIECES = {
            "0", "1", "12", "123", "1234", "9999999999", "00", ",", ".", "'", " ", "\u00A0", "\u202F", "-", "\u2212",
            "+", "(", ")", "CR", "DR", "$", "€", "£", "¥", "USD", "EUR", "CHF", "e", "E", "1e999999", "/", "-",
            "2026", "26", "31", "12", "02", "29", "30", "13", "Jan", "Feb", "März", "Dez", "T", ":", "Z", "am",
            "pm", "Inc.", "(C-100)", "Ltd", " - ", "–", "INV", "CM", "Gutschrift", "Y", "N", "yes", "X", "true",
            "\t", "\n", "\uFEFF", "\uD800", "\uDC00", "٣", "１２３", "\u0000",
    };


    @FuzzTest(maxDuration = "10s")
    void values(FuzzedDataProvider data) {
        String text;
        if (data.consumeBoolean()) {
            StringBuilder sb = new StringBuilder();
            int pieces = data.consumeInt(1, 24);
            for (int i = 0; i < pieces; i++) {
                sb.append(data.consumeBoolean() ? data.pickValue(PIECES) : data.consumeString(4));
            }
            text = sb.toString();
        } else {
            text = data.consumeRemainingAsString();
        }
        ValueChecks.check(text);
    }
}
