package com.arworkbench.ingest.layout;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** The canonical fields an open-items export can fill. Names double as keys in profile and mapping JSON. */
public enum Field {
    CUSTOMER_ID("customerId", "Customer ID"),
    CUSTOMER_NAME("customerName", "Customer name"),
    /** One column holding both, as "Name (ID)", "ID Name" or "ID - Name". */
    CUSTOMER("customer", "Customer (name and ID)"),
    DOCUMENT_NUMBER("documentNumber", "Document number"),
    DOCUMENT_TYPE("documentType", "Document type"),
    DOCUMENT_DATE("documentDate", "Document date"),
    POSTING_DATE("postingDate", "Posting date"),
    DUE_DATE("dueDate", "Due date"),
    OPEN_AMOUNT("openAmount", "Open amount"),
    /** The open amount in the company's local currency (Business Central "Remaining Amt. (LCY)"): a second view. */
    LOCAL_AMOUNT("localAmount", "Open amount in local currency"),
    ORIGINAL_AMOUNT("originalAmount", "Original amount"),
    CURRENCY("currency", "Currency"),
    DEBIT_CREDIT("debitCredit", "Debit/credit indicator"),
    /** The date a document was cleared / settled / paid; on open items it marks a row as no longer open. */
    CLEARING_DATE("clearingDate", "Clearing date"),
    /** A document's payment status as the export words it ("Paid In Full", "Open", "Closed"); on invoice histories. */
    STATUS("status", "Status"),
    ENTITY("entity", "Entity / company code"),
    REFERENCE("reference", "Reference"),
    /** A dispute flag (Y/N) or reason text; on open items. */
    DISPUTE("dispute", "Dispute"),
    /** A dunning block or hold flag/reason; on open items or in the customer master. */
    DUNNING_BLOCK("dunningBlock", "Dunning block"),
    // Customer master fields.
    CONTACT_NAME("contactName", "Contact person"),
    EMAIL("email", "E-mail"),
    CC_EMAIL("ccEmail", "Cc e-mail"),
    PHONE("phone", "Phone"),
    LANGUAGE("language", "Language"),
    PAYMENT_TERMS("paymentTerms", "Payment terms"),
    CREDIT_LIMIT("creditLimit", "Credit limit"),
    COLLECTOR("collector", "Collector"),
    // General ledger fields (trial balance or account detail lines).
    ACCOUNT("account", "GL account"),
    ACCOUNT_NAME("accountName", "GL account name"),
    DEBIT("debit", "Debit"),
    CREDIT("credit", "Credit"),
    /** A signed amount (debit positive) on a GL line. */
    AMOUNT("amount", "Amount"),
    /** An ending balance on a trial balance row. */
    BALANCE("balance", "Balance"),
    PERIOD("period", "Period"),
    DESCRIPTION("description", "Description"),
    // Bank statement fields.
    VALUE_DATE("valueDate", "Value date"),
    PAYER("payer", "Payer"),
    PAYER_ACCOUNT("payerAccount", "Payer account / IBAN"),
    BOOKING_STATUS("bookingStatus", "Booking status"),
    /** On a remittance advice: the discount or deduction the payer took on a line. */
    DEDUCTION("deduction", "Deduction");

    private final String key;
    private final String label;

    Field(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public boolean isDate() {
        return this == DOCUMENT_DATE || this == POSTING_DATE || this == DUE_DATE || this == CLEARING_DATE
                || this == VALUE_DATE;
    }

    public boolean isAmount() {
        return this == OPEN_AMOUNT || this == LOCAL_AMOUNT || this == ORIGINAL_AMOUNT || this == CREDIT_LIMIT || this == DEBIT || this == CREDIT
                || this == AMOUNT || this == BALANCE || this == DEDUCTION;
    }

    @JsonCreator
    public static Field fromKey(String key) {
        for (Field f : values()) {
            if (f.key.equalsIgnoreCase(key) || f.name().equalsIgnoreCase(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown field '" + key + "'; known: " + known());
    }

    public static String known() {
        StringBuilder sb = new StringBuilder();
        for (Field f : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(f.key);
        }
        return sb.toString();
    }

    /** Header text folded for matching: case, punctuation, BOM, camelCase and snake_case all fold to spaced words. */
    public static String normalizeHeader(String header) {
        if (header == null) {
            return "";
        }
        String s = java.text.Normalizer.normalize(header.replace("\uFEFF", ""), java.text.Normalizer.Form.NFKC);
        s = CAMEL_CASE.matcher(s).replaceAll("$1 $2");
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("([a-z])([A-Z])");
    private static final java.util.regex.Pattern NOT_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
}
