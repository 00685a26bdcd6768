package com.arworkbench.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** SUMIFS / COUNTIF criteria: a file name or an account with wildcards or a leading operator still matches only itself. */
class SheetRefsCriteriaTest {

    @Test
    void exactPrefixAndSuffixCriteriaEscapeWildcardsAndLeadingOperators() {
        assertEquals("\"a~*b~?~~.csv\"", SheetRefs.exactCriterion("a*b?~.csv"));
        assertEquals("\"=<5\"", SheetRefs.exactCriterion("<5"));
        assertEquals("\"gl~*.csv row *\"", SheetRefs.prefixCriterion("gl*.csv row "));
        assertEquals("\"=>gl.csv row *\"", SheetRefs.prefixCriterion(">gl.csv row "));
        assertEquals("\"* [account 1~?00]\"", SheetRefs.suffixCriterion(" [account 1?00]"));
    }
}
