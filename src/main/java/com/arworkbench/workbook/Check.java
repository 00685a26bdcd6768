package com.arworkbench.workbook;

import java.math.BigDecimal;

/**
 * One line of the Checks sheet: an expected and an actual figure, each a live formula (or a
 * constant taken from the source) with the value we computed, which a recalculation must reproduce.
 * A check that cannot apply (no total row in the export) is listed with a note and no result.
 */
public record Check(String name, String expectedFormula, BigDecimal expected, String actualFormula, BigDecimal actual,
                    String note, boolean applicable, boolean isCount) {

    /** A money check. */
    public static Check of(String name, String expectedFormula, BigDecimal expected, String actualFormula,
                           BigDecimal actual, String note) {
        return new Check(name, expectedFormula, expected, actualFormula, actual, note, true, false);
    }

    /** A check of a number of rows, shown as a whole number. */
    public static Check count(String name, String expectedFormula, BigDecimal expected, String actualFormula,
                              BigDecimal actual, String note) {
        return new Check(name, expectedFormula, expected, actualFormula, actual, note, true, true);
    }

    public static Check notApplicable(String name, String note) {
        return new Check(name, null, null, null, null, note, false, false);
    }

    public boolean passes() {
        return !applicable || expected.subtract(actual).abs().compareTo(new BigDecimal("0.005")) < 0;
    }
}
