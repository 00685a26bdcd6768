package com.arworkbench.aging;

import java.util.ArrayList;
import java.util.List;

/**
 * Buckets from ascending edges: {@code 30,60,90,120} gives Current (≤ 0), 1-30, 31-60, 61-90,
 * 91-120, Over 120. The first bucket is open below and the last open above, so every age lands in
 * exactly one bucket.
 */
public final class BucketScheme {

    public static final List<Integer> DEFAULT_EDGES = List.of(30, 60, 90, 120);

    private final List<Integer> edges;
    private final List<AgingBucket> buckets;

    public BucketScheme(List<Integer> edges) {
        if (edges.isEmpty()) {
            throw new IllegalArgumentException("give at least one bucket edge, e.g. 30,60,90,120");
        }
        for (int i = 0; i < edges.size(); i++) {
            if (edges.get(i) < 1) {
                throw new IllegalArgumentException("bucket edges must be positive day counts, not " + edges.get(i));
            }
            if (i > 0 && edges.get(i) <= edges.get(i - 1)) {
                throw new IllegalArgumentException("bucket edges must be strictly ascending: " + edges);
            }
        }
        this.edges = List.copyOf(edges);
        List<AgingBucket> b = new ArrayList<>();
        b.add(new AgingBucket("Current", null, 0));
        int from = 1;
        for (int edge : edges) {
            b.add(new AgingBucket(from + "-" + edge, from, edge));
            from = edge + 1;
        }
        b.add(new AgingBucket("Over " + edges.get(edges.size() - 1), from, null));
        this.buckets = List.copyOf(b);
    }

    public static BucketScheme standard() {
        return new BucketScheme(DEFAULT_EDGES);
    }

    /** Parses "30,60,90,120" (spaces allowed). */
    public static BucketScheme parse(String text) {
        if (text == null || text.isBlank()) {
            return standard();
        }
        List<Integer> edges = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                edges.add(Integer.parseInt(part.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bucket edges must be whole numbers of days, e.g. 30,60,90,120; got '"
                        + text + "'");
            }
        }
        return new BucketScheme(edges);
    }

    public List<AgingBucket> buckets() {
        return buckets;
    }

    public List<Integer> edges() {
        return edges;
    }

    public int size() {
        return buckets.size();
    }

    public int indexOf(long age) {
        if (age <= 0) {
            return 0;
        }
        for (int i = 1; i < buckets.size() - 1; i++) {
            if (age <= buckets.get(i).toDays()) {
                return i;
            }
        }
        return buckets.size() - 1;
    }

    @Override
    public String toString() {
        return String.join(",", edges.stream().map(String::valueOf).toList());
    }
}
