package com.arworkbench.ingest.values;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {

    @ParameterizedTest(name = "{0} ({1}) = {2}")
    @CsvSource(delimiter = '|', value = {
        "2026-03-12              | MONTH_FIRST | 2026-03-12",
        "2026-03-12T00:00:00     | MONTH_FIRST | 2026-03-12",
        "3/12/2026               | MONTH_FIRST | 2026-03-12",
        "03/12/2026              | DAY_FIRST   | 2026-12-03",
        "12.03.2026              | DAY_FIRST   | 2026-03-12",
        "12.03.26                | DAY_FIRST   | 2026-03-12",
        "12-03-2026              | DAY_FIRST   | 2026-03-12",
        "2026/03/12              | DAY_FIRST   | 2026-03-12",
        "20260312                | MONTH_FIRST | 2026-03-12",
        "Jul 25, 2026            | MONTH_FIRST | 2026-07-25",
        "12 Mar 2026             | MONTH_FIRST | 2026-03-12",
        "1 Jan 2026              | DAY_FIRST   | 2026-01-01",
        "25-Jul-26               | MONTH_FIRST | 2026-07-25",
        "12. März 2026           | DAY_FIRST   | 2026-03-12",
        "46093                   | MONTH_FIRST | 2026-03-12",
        "46265                   | DAY_FIRST   | 2026-08-31",
        "7/25/2026 09:14:03 AM   | MONTH_FIRST | 2026-07-25",
    })
    void readsTheFormatsExportsUse(String text, DateOrder order, LocalDate expected) {
        assertEquals(expected, DateParser.parse(text, order).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "31/02/2026 | DAY_FIRST", "13/13/2026 | DAY_FIRST", "2026-02-30 | DAY_FIRST", "not a date | DAY_FIRST",
        "INV-0042 | MONTH_FIRST", "123 | MONTH_FIRST", "1000042 | MONTH_FIRST",
    })
    void rejectsImpossibleDatesAndNumbersThatAreNotSerials(String text, DateOrder order) {
        assertTrue(DateParser.parse(text, order).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"25/07/2026 | DAY_FIRST", "07/25/2026 | MONTH_FIRST"})
    void aDayAbove12DecidesTheOrder(String text, DateOrder order) {
        assertEquals(order, DateParser.orderEvidence(text));
    }

    @org.junit.jupiter.api.Test
    void ambiguousValuesGiveNoEvidence() {
        assertNull(DateParser.orderEvidence("03/04/2026"));
        assertNull(DateParser.orderEvidence("2026-03-04"));
    }
}
