package com.arworkbench.model;

import java.util.Locale;

/** How document numbers and payment references compare: without case, punctuation or leading zeros. */
public final class DocumentNumbers {

    private DocumentNumbers() {
    }

    /** "inv-007" and "INV 7" give "INV7"; null gives "". No regex: this runs for every record of a million-row ledger. */
    public static String normalize(String s) {
        return s == null ? "" : withoutLeadingZeros(keep(s.toUpperCase(Locale.ROOT), true));
    }

    /** The ASCII digits of {@code s} in order, without leading zeros. */
    public static String digits(String s) {
        return s == null ? "" : withoutLeadingZeros(keep(s, false));
    }

    /** The ASCII digits of {@code s} (and, when {@code letters}, its letters A-Z), in order. */
    private static String keep(String s, boolean letters) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kept = c >= '0' && c <= '9' || letters && c >= 'A' && c <= 'Z';
            if (!kept && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (kept && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    public static String withoutLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() && digits.charAt(i) == '0') {
            i++;
        }
        return i == 0 ? digits : digits.substring(i);
    }
}
