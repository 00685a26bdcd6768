package com.arworkbench.ingest.layout;

/**
 * Why a column got its field, for the About sheet and the page's mapping table.
 *
 * @param source     where the decision came from: "profile", "header words and values", "your mapping", …
 * @param confidence "high", "medium" or "low"
 * @param detail     the source and what the values looked like, in words
 */
public record ColumnEvidence(int column, String header, Field field, String source, String confidence, String detail) {
}
