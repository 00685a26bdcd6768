package com.arworkbench.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    @ParameterizedTest(name = "{0} ({1}) = {2} {3}")
    @CsvSource(delimiter = '|', value = {
        "1,234.56        | POINT_DECIMAL | 1234.56   |",
        "1234.56         | POINT_DECIMAL | 1234.56   |",
        "(1,234.56)      | POINT_DECIMAL | -1234.56  |",
        "-1,234.56       | POINT_DECIMAL | -1234.56  |",
        "1,250.00-       | POINT_DECIMAL | -1250.00  |",
        "1'234.56        | POINT_DECIMAL | 1234.56   |",
        "-15'000.00      | POINT_DECIMAL | -15000.00 |",
        "$1,234.56       | POINT_DECIMAL | 1234.56   | USD",
        "USD 99.10       | POINT_DECIMAL | 99.10     | USD",
        "€ 1.234,56      | COMMA_DECIMAL | 1234.56   | EUR",
        "1.234,56        | COMMA_DECIMAL | 1234.56   |",
        "1.234,56-       | COMMA_DECIMAL | -1234.56  |",
        "-5,50           | COMMA_DECIMAL | -5.50     |",
        "12.345.678,90   | COMMA_DECIMAL | 12345678.90 |",
        "1 234,56        | COMMA_DECIMAL | 1234.56   |",
        "12.00 CR        | POINT_DECIMAL | -12.00    |",
        "45250.5         | POINT_DECIMAL | 45250.5   |",
        "0.1             | POINT_DECIMAL | 0.1       |",
        "1,234           | POINT_DECIMAL | 1234      |",
        "1.234           | COMMA_DECIMAL | 1234      |",
        "+42             | POINT_DECIMAL | 42        |",
    })
    void readsTheFormatsExportsUse(String text, NumberStyle style, String expected, String currency) {
        AmountParser.Amount a = AmountParser.parse(text, style).orElseThrow();
        assertEquals(0, new BigDecimal(expected).compareTo(a.value()), text);
        assertEquals(currency, a.currency());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12,3x      | POINT_DECIMAL",
        "abc        | POINT_DECIMAL",
        "1,23,4.00  | POINT_DECIMAL",
        "1.2.3      | POINT_DECIMAL",
        "1,234.56   | COMMA_DECIMAL",
        "''         | POINT_DECIMAL",
        "-          | POINT_DECIMAL",
        "12ABC      | POINT_DECIMAL",
    })
    void rejectsWhatIsNotAnAmount(String text, NumberStyle style) {
        assertTrue(AmountParser.parse(text, style).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1,234.56 | 1", "1.234,56 | -1", "12,50 | -1", "12.50 | 1", "1,234 | 0", "1.234 | 0",
        "1,234,567 | 1", "1.234.567 | -1", "100 | 0",
    })
    void valuesGiveEvidenceOfTheColumnStyle(String text, int evidence) {
        assertEquals(evidence, AmountParser.styleEvidence(text));
    }

    @org.junit.jupiter.api.Test
    void neverLosesACentToFloatingPoint() {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.add(AmountParser.parse("0.10", NumberStyle.POINT_DECIMAL).orElseThrow().value());
        }
        assertEquals(0, sum.compareTo(BigDecimal.ONE));
    }
}
