package com.arworkbench.recon;

/**
 * How many document references the two ledgers share. A GL of another company, another period or
 * another account shares almost none with the subledger; its whole difference is then unmatched,
 * and the reader should hear that before reading any category.
 *
 * @param shared         documents in both
 * @param subledgerDocs  distinct documents in the subledger
 * @param glDocs         distinct documents on the GL's AR lines
 */
public record DocumentOverlap(long shared, long subledgerDocs, long glDocs) {

    /** Fewer than one in ten of the smaller side's documents found in the other ledger. */
    public boolean almostNone() {
        long smaller = Math.min(subledgerDocs, glDocs);
        return smaller > 0 && shared * 10 < smaller;
    }

    public String sentence() {
        return "The two ledgers share almost no documents (" + shared + " of " + subledgerDocs + " subledger and " + glDocs
                + " GL documents): the GL is probably of another company, another period or another account, so the "
                + "difference is to investigate, not explained.";
    }
}
