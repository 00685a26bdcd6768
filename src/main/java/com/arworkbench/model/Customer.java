package com.arworkbench.model;

import java.util.Locale;

/**
 * A customer as the export names it. Some exports carry only a name, some "Name (ID)" in one
 * column; {@link #key()} groups by id when there is one, else by the name folded for case and spaces.
 */
public record Customer(String id, String name) {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public Customer {
        id = blankToNull(id);
        name = blankToNull(name);
        if (id == null && name == null) {
            throw new IllegalArgumentException("a customer needs an id or a name");
        }
    }

    public String key() {
        return id != null ? "id:" + id : "name:" + SPACES.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return name != null ? name : id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
