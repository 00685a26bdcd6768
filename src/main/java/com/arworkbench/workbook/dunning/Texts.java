package com.arworkbench.workbook.dunning;

import java.math.BigDecimal;
import java.util.Locale;

/** How the dunning sheets spell amounts in text (Last action, About) and what counts as left blank. */
final class Texts {

    private Texts() {
    }

    /** "1,250.00". */
    static String money(BigDecimal v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
