package com.arworkbench.request;

import com.arworkbench.ingest.layout.Field;

/** {@code --column FIELD=HEADER}: read one field from the named column (or 1-based position); the rest is detected. */
public record ColumnOverride(Field field, String header) {

    static ColumnOverride parse(String text, String name) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw RequestException.badParameter(name + " takes FIELD=HEADER, e.g. " + name + " openAmount=\"Balance\" (fields: "
                    + Field.known() + "), not '" + text + "'");
        }
        Field field;
        try {
            field = Field.fromKey(text.substring(0, eq).strip());
        } catch (IllegalArgumentException e) {
            throw RequestException.badParameter(name + " " + text + ": " + e.getMessage());
        }
        return new ColumnOverride(field, unquote(text.substring(eq + 1).strip()));
    }

    /** A shell may hand the quotes through: {@code openAmount="Still Owed"}. */
    private static String unquote(String s) {
        return s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))
                ? s.substring(1, s.length() - 1) : s;
    }
}
