package com.arworkbench.aging;

/**
 * One aging bucket, inclusive at both ends. {@code fromDays} null means "up to and including
 * {@code toDays}" (Current: age ≤ 0, i.e. not yet due); {@code toDays} null means open-ended.
 */
public record AgingBucket(String label, Integer fromDays, Integer toDays) {

    public boolean contains(long age) {
        return (fromDays == null || age >= fromDays) && (toDays == null || age <= toDays);
    }

    public boolean isCurrent() {
        return fromDays == null;
    }
}
