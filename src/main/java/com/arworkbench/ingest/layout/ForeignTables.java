package com.arworkbench.ingest.layout;

import com.arworkbench.ingest.table.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tables that are not AR documents although a few header words match ("Name", "Date", "Balance"):
 * payment-processor activity (PayPal, Stripe) and bank statements. Read as open items they would
 * age money received as money owed, so they are refused with what they look like.
 */
public final class ForeignTables {

    /** Distinctive headers of payment-processor exports: gross/fee/net and the processor's own ids. */
    private static final Set<String> PROCESSOR = Set.of("gross", "fee", "net", "transaction id", "from email address",
            "to email address", "balance impact", "time zone", "timezone", "reference txn id", "receipt id",
            "available on utc", "created utc", "payment processing fee", "item title");

    private ForeignTables() {
    }

    /** What the header row looks like when it is not a table of the kind; empty when it may be one. */
    public static Optional<String> lookalike(RawRow header, List<RawRow> head, TableKind kind) {
        if (kind != TableKind.OPEN_ITEMS && kind != TableKind.INVOICE_HISTORY) {
            return Optional.empty();
        }
        List<String> hits = new ArrayList<>();
        for (String cell : header.cells()) {
            String f = Field.normalizeHeader(cell);
            if (PROCESSOR.contains(f)) {
                hits.add(cell.strip());
            }
        }
        if (hits.size() >= 3) {
            return Optional.of("a payment-processor activity export (PayPal, Stripe or similar: " + String.join(", ", hits)
                    + "): money received, not documents owed");
        }
        Optional<LayoutDetector.HeaderMatch> bank = LayoutDetector.bestHeader(head, TableKind.BANK_STATEMENT,
                ErpProfiles.all(TableKind.BANK_STATEMENT), false);
        if (bank.isPresent() && bank.get().row() == header.rowNumber() && bank.get().signatureHits() >= 2) {
            return Optional.of("a bank statement export (" + bank.get().profile().name() + ")");
        }
        return Optional.empty();
    }
}
