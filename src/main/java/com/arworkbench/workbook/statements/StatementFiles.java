package com.arworkbench.workbook.statements;

import com.arworkbench.statements.Statement;
import java.util.Locale;

/**
 * The name of a statement's PDF: its number (so two customers whose names fold to the same text never share a
 * file), the customer's id or name with anything that could name a folder or trouble a file system replaced by
 * "_" (letters of any script stay), and the currency.
 */
public final class StatementFiles {

    private static final int MAX_NAME = 60;

    private StatementFiles() {
    }

    public static String pdfName(int number, Statement s) {
        String who = s.customer().id() != null && s.customer().name() != null
                ? s.customer().id() + " " + s.customer().name() : s.customer().displayName();
        String safe = who.replaceAll("[^\\p{L}\\p{N}]+", "_").replaceAll("^_+|_+$", "");
        if (safe.length() > MAX_NAME) {
            safe = safe.substring(0, Character.isHighSurrogate(safe.charAt(MAX_NAME - 1)) ? MAX_NAME - 1 : MAX_NAME);
        }
        String currency = s.currency().isEmpty() ? "" : "-" + s.currency().replaceAll("[^A-Za-z0-9]", "_");
        return String.format(Locale.ROOT, "statement-%05d-%s%s.pdf", number, safe.isEmpty() ? "customer" : safe, currency);
    }
}
