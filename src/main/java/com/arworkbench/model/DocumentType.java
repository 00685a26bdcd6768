package com.arworkbench.model;

/** What an open item is, independent of how each ERP codes it (SAP RV/DG/DZ, "Credit Memo", ...). */
public enum DocumentType {
    INVOICE("Invoice"),
    DEBIT_MEMO("Debit memo"),
    CREDIT_MEMO("Credit memo"),
    PAYMENT("Payment / unapplied cash"),
    FINANCE_CHARGE("Finance charge"),
    ADJUSTMENT("Adjustment"),
    WRITE_OFF("Write-off"),
    OTHER("Other");

    private final String label;

    DocumentType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Credits and payments reduce what the customer owes; an ERP that shows them positive is normalized. */
    public boolean reducesBalance() {
        return this == CREDIT_MEMO || this == PAYMENT || this == WRITE_OFF;
    }
}
