package com.arworkbench.jobs;

import com.arworkbench.ingest.UnreadableFileException;
import com.arworkbench.ingest.table.FormatSniffer;
import com.arworkbench.ingest.table.RawRow;
import com.arworkbench.ingest.table.SniffResult;
import com.arworkbench.ingest.table.TableReaders;
import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A write-offs (bad debts) export has the columns of an invoice history; what gives it away is its
 * report title ("Bad Debt Write-offs") or that its documents are write-offs. Looked for in the first rows.
 */
final class WriteOffsEvidence {

    private static final Pattern WORDS = Pattern.compile("(?i)\\b(write[- ]?offs?|written off|bad[- ]debts?|"
            + "abschreibung(en)?|forderungsverlust(e)?|uncollectible)\\b");
    private static final int ROWS = 200;

    private WriteOffsEvidence() {
    }

    /** What shows the file holds write-offs, or null. */
    static String find(Path path) {
        try {
            SniffResult sniff = FormatSniffer.sniff(path);
            int[] seen = {0, 0, 0}; // rows with several cells, of them with the words, title rows with the words
            String[] title = {null};
            TableReaders.open(path, sniff).read((RawRow r) -> {
                int filled = 0;
                boolean hit = false;
                for (String c : r.cells()) {
                    if (c != null && !c.isBlank()) {
                        filled++;
                        hit |= WORDS.matcher(c).find();
                    }
                }
                if (filled >= 4) {
                    seen[0]++;
                    if (hit) {
                        seen[1]++;
                    }
                } else if (filled > 0 && seen[0] == 0 && hit && title[0] == null) {
                    title[0] = String.join(" ", java.util.Arrays.stream(r.cells())
                            .filter(c -> c != null && !c.isBlank()).toList()).strip();
                }
                return seen[0] < ROWS;
            });
            if (title[0] != null) {
                return "its title says '" + (title[0].length() > 60 ? title[0].substring(0, 60) + "…" : title[0]) + "'";
            }
            int data = seen[0] - 1; // the header row
            if (data >= 1 && seen[1] * 10 >= data * 8) {
                return seen[1] + " of its first " + data + " rows are write-offs or bad debts";
            }
            return null;
        } catch (IOException | UnreadableFileException | RuntimeException e) {
            return null;
        }
    }
}
