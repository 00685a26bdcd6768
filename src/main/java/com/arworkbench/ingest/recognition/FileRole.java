package com.arworkbench.ingest.recognition;

/** What a file given to AR Workbench is, as {@link FileRecognizer} finds it from its content. */
public enum FileRole {
    OPEN_ITEMS("Open items / AR aging"),
    INVOICE_HISTORY("Invoice history / register"),
    GENERAL_LEDGER("General ledger / trial balance"),
    PAYMENTS("Payments / bank statement"),
    REMITTANCE_ADVICE("Remittance advice"),
    CUSTOMER_MASTER("Customer master"),
    PREVIOUS_WORKLIST("Previous dunning worklist"),
    UNKNOWN("Not recognised");

    private final String label;

    FileRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
