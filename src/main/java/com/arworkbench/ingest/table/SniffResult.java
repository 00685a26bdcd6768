package com.arworkbench.ingest.table;

import java.nio.charset.Charset;

/**
 * What the sniffer found. {@code charset} and {@code delimiter} apply to text formats only
 * (delimiter 0 otherwise). {@code description} is a one-line human account for the About sheet,
 * e.g. "Delimited text, UTF-8 with BOM, ';' separated".
 */
public record SniffResult(SourceFormat format, Charset charset, char delimiter, String description) {
}
