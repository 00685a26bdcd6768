package com.arworkbench.jobs;

import com.arworkbench.ingest.recognition.FileRole;
import java.util.Locale;

/**
 * What a file is for in the month-end pack. Most are recognised by content ({@link FileRole});
 * a prior-period export and a write-offs export look like open items and a history, so the user
 * names those.
 */
public enum PackRole {
    OPEN_ITEMS("Open items at the as-of date"),
    INVOICE_HISTORY("Invoice history"),
    PRIOR_OPEN_ITEMS("Prior-period open items"),
    WRITE_OFFS("Write-offs (bad debts)"),
    GENERAL_LEDGER("General ledger / trial balance"),
    PAYMENTS("Payments / bank statement"),
    REMITTANCE_ADVICE("Remittance advice"),
    CUSTOMER_MASTER("Customer master"),
    PREVIOUS_WORKLIST("Previous dunning worklist");

    private final String label;

    PackRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The role of a recognised file; null for one that was not recognised. */
    public static PackRole of(FileRole role) {
        return switch (role) {
            case OPEN_ITEMS -> OPEN_ITEMS;
            case INVOICE_HISTORY -> INVOICE_HISTORY;
            case GENERAL_LEDGER -> GENERAL_LEDGER;
            case PAYMENTS -> PAYMENTS;
            case REMITTANCE_ADVICE -> REMITTANCE_ADVICE;
            case CUSTOMER_MASTER -> CUSTOMER_MASTER;
            case PREVIOUS_WORKLIST -> PREVIOUS_WORKLIST;
            case UNKNOWN -> null;
        };
    }

    /** "history", "invoice-history", "INVOICE_HISTORY", "prior" … as the CLI and the API accept them. */
    public static PackRole parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (t) {
            case "OPEN", "OPEN_ITEMS", "AGING" -> OPEN_ITEMS;
            case "HISTORY", "INVOICE_HISTORY", "REGISTER" -> INVOICE_HISTORY;
            case "PRIOR", "PRIOR_OPEN_ITEMS" -> PRIOR_OPEN_ITEMS;
            case "WRITE_OFFS", "WRITEOFFS", "BAD_DEBTS" -> WRITE_OFFS;
            case "GL", "GENERAL_LEDGER", "TRIAL_BALANCE" -> GENERAL_LEDGER;
            case "PAYMENTS", "BANK", "BANK_STATEMENT" -> PAYMENTS;
            case "REMITTANCE", "REMITTANCES", "REMITTANCE_ADVICE" -> REMITTANCE_ADVICE;
            case "CUSTOMERS", "MASTER", "CUSTOMER_MASTER" -> CUSTOMER_MASTER;
            case "PREVIOUS", "WORKLIST", "PREVIOUS_WORKLIST" -> PREVIOUS_WORKLIST;
            default -> throw new IllegalArgumentException("unknown file role '" + text + "' (roles: open-items, history, "
                    + "prior, write-offs, gl, payments, remittances, customers, previous)");
        };
    }
}
