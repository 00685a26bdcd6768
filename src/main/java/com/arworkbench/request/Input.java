package com.arworkbench.request;

import com.arworkbench.jobs.PackRole;

/**
 * A file a job reads, by its role, declared once: the command-line option that names it (none for the export
 * itself, which is the command's argument), the API's multipart field, and what it is, for the usage text and
 * for the message when a job needs it and it is missing.
 */
public enum Input {
    OPEN_ITEMS(null, "file", "INPUT", "open-items export",
            "the open-items export from the ERP (AR aging or open items list)", PackRole.OPEN_ITEMS),
    HISTORY("history", "history", "FILE", "invoice history",
            "the invoice history (invoices with invoice date, due date, amount and paid date)", PackRole.INVOICE_HISTORY),
    PRIOR("prior", "prior", "FILE", "prior-period open items",
            "the prior period's open items: the beginning AR of the roll-forward; the KPIs show it beside the beginning AR "
                    + "rebuilt from the history", PackRole.PRIOR_OPEN_ITEMS),
    WRITE_OFFS("write-offs", "writeOffs", "FILE", "write-offs", "the period's write-offs (bad debts)", PackRole.WRITE_OFFS),
    GL("gl", "gl", "GL_FILE", "GL file", "the general ledger export (trial balance or AR account detail)",
            PackRole.GENERAL_LEDGER),
    REGISTER("register", "register", "FILE", "register",
            "the period's register of invoices and payments, for the roll-forward", null),
    PAYMENTS("payments", "payments", "FILE", "payments file",
            "the bank statement or payments file (BAI2, MT940, camt.053/054, CSV or XLSX)", PackRole.PAYMENTS),
    REMITTANCES("remittances", "remittances", "FILE", "remittance advice",
            "remittance advice: which invoices a payment settles", PackRole.REMITTANCE_ADVICE),
    CUSTOMERS("customers", "customers", "FILE", "customer master",
            "the customer master: contacts, e-mail, language, credit limit, dunning block, bank accounts",
            PackRole.CUSTOMER_MASTER),
    PREVIOUS("previous", "previous", "XLSX_FILE", "previous worklist",
            "last run's dunning worklist as the collectors edited it: its contact log, promises, payment plans, notes and dispute cases carry forward",
            PackRole.PREVIOUS_WORKLIST),
    /** The cash application's --previous: the same option and field as dunning's, another file. */
    REVIEWED("previous", "previous", "XLSX_FILE", "previous cash application",
            "the cash application workbook this tool wrote, as reviewed: Accept and Reject on Review are applied, "
            + "the reviewer's notes are kept, and nothing it applied is applied again", null),
    /** The confirmations' --previous: the same option and field as dunning's, another file. */
    PREVIOUS_CONFIRMATIONS("previous", "previous", "XLSX_FILE", "previous confirmations",
            "the confirmations workbook this tool wrote, with the replies typed on Confirmations: Reply, Amount "
            + "confirmed and Notes carry forward", null),
    /** The allowance's --previous: the same option and field as dunning's, another file. */
    PREVIOUS_ALLOWANCE("previous", "previous", "XLSX_FILE", "previous allowance",
            "the allowance workbook this tool wrote, with the outlook adjustments typed on Provision matrix and the "
            + "Specific provision and Reason typed on Allowance by customer: they carry forward", null),
    PLANS("plans", "plans", "FILE", "payment plans",
            "payment plans agreed with customers, one row per instalment (Customer ID, Currency, Agreed on, Instalment, "
            + "Due date, Amount): tracked against the export like those typed on the worklist's Payment plans sheet", null),
    POLICY("policy", "policy", "JSON_FILE", "dunning policy",
            "the dunning policy: levels, grace days, letter texts (default: workbook-templates/dunning-policy.json)", null),
    RULES("rules", "rules", "JSON_FILE", "rules file",
            "the cash application rules: tolerances, deduction reason codes, bank and GL account, unapplied-cash target", null),
    MAPPING("mapping", "mapping", "JSON_FILE", "column mapping",
            "your column mapping, complete or partial (see Reading exports in the docs); the API also takes it as JSON text",
            null);

    private final String option;
    private final String field;
    private final String label;
    private final String title;
    private final String what;
    private final PackRole packRole;

    Input(String option, String field, String label, String title, String what, PackRole packRole) {
        this.option = option;
        this.field = field;
        this.label = label;
        this.title = title;
        this.what = what;
        this.packRole = packRole;
    }

    /** The command-line option without its dashes; null for the export, the command's argument. */
    public String option() {
        return option;
    }

    /** The API's multipart field. */
    public String field() {
        return field;
    }

    /** How the usage text shows the value: {@code FILE}, {@code FILE.json}. */
    public String label() {
        return label;
    }

    /** What the file is, for the usage text. */
    public String description() {
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + ".";
    }

    /** The file's role in the month-end pack; null for a file that steers a job rather than feeding it. */
    public PackRole packRole() {
        return packRole;
    }

    RequestException missing(Surface surface) {
        return RequestException.of("No " + title, "Send " + what + " " + surface.where(this) + ".");
    }
}
