package com.arworkbench.ingest.layout;

import java.util.Set;

/**
 * What a table holds. Each kind has its own header profiles and its own idea of a usable header;
 * finding the header, choosing the profile and deciding value styles is the same code for all.
 */
public enum TableKind {
    OPEN_ITEMS("open-items export", "/ingest/erp-profiles.json"),
    CUSTOMER_MASTER("customer master", "/ingest/customer-master-profiles.json"),
    GENERAL_LEDGER("general ledger export", "/ingest/gl-profiles.json"),
    BANK_STATEMENT("bank statement export", "/ingest/bank-csv-profiles.json"),
    REMITTANCE_ADVICE("remittance advice", "/ingest/remittance-profiles.json"),
    INVOICE_HISTORY("invoice history", "/ingest/history-profiles.json");

    private static final Set<Field> MASTER_DETAILS = Set.of(Field.CONTACT_NAME, Field.EMAIL, Field.PHONE, Field.LANGUAGE,
            Field.PAYMENT_TERMS, Field.CREDIT_LIMIT, Field.COLLECTOR, Field.DUNNING_BLOCK, Field.PAYER_ACCOUNT);

    private final String label;
    private final String profileResource;

    TableKind(String label, String profileResource) {
        this.label = label;
        this.profileResource = profileResource;
    }

    public String label() {
        return label;
    }

    String profileResource() {
        return profileResource;
    }

    /** Whether a header row says enough to read the table by it. */
    boolean usable(ColumnMapping m) {
        boolean customer = m.hasCustomer();
        return switch (this) {
            case OPEN_ITEMS -> m.has(Field.OPEN_AMOUNT)
                    && (m.has(Field.DUE_DATE) || m.has(Field.DOCUMENT_DATE) || m.has(Field.POSTING_DATE))
                    && m.columns().size() >= 3;
            case CUSTOMER_MASTER -> customer && m.columns().keySet().stream().anyMatch(MASTER_DETAILS::contains)
                    && m.columns().size() >= 2;
            case GENERAL_LEDGER -> (m.has(Field.ACCOUNT) || m.has(Field.ACCOUNT_NAME))
                    && (m.has(Field.AMOUNT) || m.has(Field.BALANCE) || (m.has(Field.DEBIT) && m.has(Field.CREDIT)));
            case REMITTANCE_ADVICE -> m.has(Field.REFERENCE) && m.has(Field.DOCUMENT_NUMBER) && m.has(Field.AMOUNT);
            case INVOICE_HISTORY -> customer && (m.has(Field.ORIGINAL_AMOUNT) || m.has(Field.AMOUNT))
                    && m.has(Field.DOCUMENT_DATE) && m.columns().size() >= 3;
            case BANK_STATEMENT -> (m.has(Field.AMOUNT) || m.has(Field.CREDIT))
                    && (m.has(Field.POSTING_DATE) || m.has(Field.VALUE_DATE))
                    && (m.has(Field.DESCRIPTION) || m.has(Field.PAYER) || m.has(Field.REFERENCE));
        };
    }

    /** What a header of this kind must name, for the "no header found" message. */
    String expectedHeaders() {
        return switch (this) {
            case OPEN_ITEMS -> "at least an open amount (e.g. 'Open Balance', 'Amount Remaining', 'Betrag in Hauswährung') "
                    + "and a due or document date";
            case CUSTOMER_MASTER -> "a customer ID or name and at least one of contact, e-mail, phone, language, "
                    + "payment terms, credit limit, collector or dunning block";
            case GENERAL_LEDGER -> "a GL account (number or name) and an amount: a signed amount, an ending balance, "
                    + "or debit and credit columns";
            case BANK_STATEMENT -> "a booking or value date, an amount (or credit column), and a payer or remittance text";
            case REMITTANCE_ADVICE -> "a payment reference, an invoice number and the amount paid";
            case INVOICE_HISTORY -> "a customer, an invoice (document) date and the document amount (e.g. 'Amount', "
                    + "'Total', 'Betrag in Hauswährung'); a paid date ('Date Closed', 'Fully Paid On Date', "
                    + "'Ausgleichsdatum', 'Closed at Date', …) and a due date are read when present";
        };
    }
}
