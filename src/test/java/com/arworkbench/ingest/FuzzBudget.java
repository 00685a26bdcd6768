package com.arworkbench.ingest;

/**
 * Splits the fuzzing budget over the targets. {@code -Dfuzz.seconds} (pom default 60) is the total for
 * all {@value #TARGETS} *FuzzTest classes; each one calls {@link #apply()} from {@code @BeforeAll}, which
 * sets Jazzer's {@code jazzer.max_duration} for its fork (it takes precedence over the annotation's
 * maxDuration, which is only the fallback when the property is missing, e.g. when run from an IDE).
 */
final class FuzzBudget {

    /** The number of *FuzzTest classes (one @FuzzTest each: Jazzer fuzzes one per JVM). */
    static final int TARGETS = 6;

    private FuzzBudget() {
    }

    static void apply() {
        long total = Long.getLong("fuzz.seconds", 60);
        long perTarget = Math.max(1, total / TARGETS);
        System.setProperty("jazzer.max_duration", perTarget + "s");
    }
}
