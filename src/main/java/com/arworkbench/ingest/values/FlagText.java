package com.arworkbench.ingest.values;

import java.util.Locale;
import java.util.Set;

/**
 * A flag column as exports write it: "Y"/"N", "X"/blank (SAP), "true", "Yes", "On"/"Off"/"Auto"
 * (NetSuite), or a reason or block code. Returns null when the flag is off, "yes" when it is a bare
 * yes, else the text (the reason).
 */
public final class FlagText {

    // NetSuite's customer Hold field reads Auto / On / Off ("Auto": only the credit-limit check may hold).
    private static final Set<String> OFF = Set.of("", "n", "no", "0", "false", "nein", "-", "none", "f", "off", "auto");
    private static final Set<String> ON = Set.of("y", "yes", "x", "1", "true", "ja", "j", "t", "on hold", "hold", "on");

    private FlagText() {
    }

    public static String meaning(String text) {
        String t = text == null ? "" : text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (OFF.contains(lower)) {
            return null;
        }
        return ON.contains(lower) ? "yes" : t;
    }
}
