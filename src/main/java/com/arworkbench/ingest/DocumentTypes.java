package com.arworkbench.ingest;

import com.arworkbench.ingest.layout.ErpProfile;
import com.arworkbench.ingest.layout.Field;
import com.arworkbench.model.DocumentType;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps the document type texts and codes ERPs use to {@link DocumentType}. Profile-specific codes
 * (Sage "SA" is a payment, SAP "SA" a G/L document) come first.
 */
public final class DocumentTypes {

    private static final Map<String, DocumentType> COMMON = new HashMap<>();

    static {
        put(DocumentType.INVOICE, "invoice", "inv", "rv", "dr", "rechnung", "ausgangsrechnung", "faktura", "sales invoice",
                "customer invoice", "customer invoices", "bill", "in", "si", "tax invoice");
        put(DocumentType.CREDIT_MEMO, "credit memo", "credit note", "credit", "cn", "cm", "dg", "gutschrift",
                "sales credit", "sales credit note", "credit notes", "refund invoice", "sc", "cr", "rtn", "return", "returns");
        put(DocumentType.PAYMENT, "payment", "pmt", "dz", "receipt", "sales receipt", "customer payment", "payment entry",
                "zahlung", "zahlungseingang", "overpayment", "prepayment", "unapplied cash", "unapplied payment",
                "deposit", "customer deposit", "cash", "pay");
        put(DocumentType.DEBIT_MEMO, "debit memo", "debit note", "dm", "sales debit", "lastschrift");
        put(DocumentType.FINANCE_CHARGE, "finance charge", "finance charge memo", "reminder", "interest", "fc",
                "mahnung", "zinsen");
        put(DocumentType.ADJUSTMENT, "journal", "journal entry", "adjustment", "ab", "sa", "general journal", "umbuchung");
        put(DocumentType.WRITE_OFF, "write off", "writeoff", "write offs", "bad debt", "bad debt write off", "abschreibung",
                "ausbuchung", "forderungsverlust", "bad debts", "written off", "bad debt expense", "debt write off",
                "uncollectible", "wertberichtigung");
    }

    private DocumentTypes() {
    }

    public static DocumentType map(String text, ErpProfile profile) {
        String key = Field.normalizeHeader(text);
        if (key.isEmpty()) {
            return DocumentType.OTHER;
        }
        DocumentType own = profile == null ? null : profile.documentTypes().get(key);
        if (own != null) {
            return own;
        }
        return COMMON.getOrDefault(key, DocumentType.OTHER);
    }

    private static void put(DocumentType type, String... keys) {
        for (String k : keys) {
            COMMON.put(k, type);
        }
    }
}
