package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.Field;
import java.util.Set;

/**
 * What a status column says about payment ("Paid In Full", "Closed", "Open", "Partially Paid"). A
 * status is evidence, never a date: a paid status without a paid date does not settle a document.
 */
public enum SettlementStatus {
    PAID,
    NOT_PAID,
    UNKNOWN;

    private static final Set<String> PAID_WORDS = Set.of("paid", "paid in full", "fully paid", "closed", "cleared",
            "settled", "fully applied", "applied", "complete", "completed", "bezahlt", "ausgeglichen", "erledigt", "payé", "paye");
    private static final Set<String> OPEN_WORDS = Set.of("open", "unpaid", "not paid", "partially paid", "partial",
            "partly paid", "part paid", "overdue", "due", "awaiting payment", "outstanding", "in payment", "pending",
            "offen", "teilweise bezahlt", "überfällig", "draft", "submitted", "unpaid and discounted");

    public static SettlementStatus of(String text) {
        String key = Field.normalizeHeader(text);
        if (PAID_WORDS.contains(key)) {
            return PAID;
        }
        return OPEN_WORDS.contains(key) ? NOT_PAID : UNKNOWN;
    }
}
