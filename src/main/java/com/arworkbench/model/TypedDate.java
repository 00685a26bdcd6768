package com.arworkbench.model;

import java.time.LocalDate;

/**
 * A date cell a person types in: the date when it reads as one, else the text exactly as typed, so nothing typed is
 * lost on the way round. Both null: blank.
 */
public record TypedDate(LocalDate date, String text) {

    public static final TypedDate BLANK = new TypedDate(null, null);

    public static TypedDate of(LocalDate date) {
        return date == null ? BLANK : new TypedDate(date, null);
    }

    public boolean isBlank() {
        return date == null && (text == null || text.isBlank());
    }
}
