package com.arworkbench.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A customer as the export names it. Some exports carry only a name, some "Name (ID)" in one
 * column; {@link #key()} groups by id when there is one, else by the name folded for case and spaces.
 * A value (equal by id and name), not a record only so that it can keep its key once worked out: the readers
 * hand the same instance for every row of one customer, and the key is asked for on every row.
 */
public final class Customer {

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private final String id;
    private final String name;
    /** {@link #key()} once worked out (a benign race: any thread computes the same string). */
    private String key;

    public Customer(String id, String name) {
        this.id = blankToNull(id);
        this.name = blankToNull(name);
        if (this.id == null && this.name == null) {
            throw new IllegalArgumentException("a customer needs an id or a name");
        }
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String key() {
        String k = key;
        if (k == null) {
            k = id != null ? "id:" + id : "name:" + SPACES.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT);
            key = k;
        }
        return k;
    }

    public String displayName() {
        return name != null ? name : id;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Customer c && Objects.equals(id, c.id) && Objects.equals(name, c.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name);
    }

    @Override
    public String toString() {
        return "Customer[id=" + id + ", name=" + name + "]";
    }
}
