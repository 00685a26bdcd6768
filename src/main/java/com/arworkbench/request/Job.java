package com.arworkbench.request;

import static com.arworkbench.request.Input.CUSTOMERS;
import static com.arworkbench.request.Input.GL;
import static com.arworkbench.request.Input.HISTORY;
import static com.arworkbench.request.Input.PAYMENTS;
import static com.arworkbench.request.Input.PLANS;
import static com.arworkbench.request.Input.POLICY;
import static com.arworkbench.request.Input.PREVIOUS;
import static com.arworkbench.request.Input.PREVIOUS_ALLOWANCE;
import static com.arworkbench.request.Input.PREVIOUS_CONFIRMATIONS;
import static com.arworkbench.request.Input.PRIOR;
import static com.arworkbench.request.Input.REGISTER;
import static com.arworkbench.request.Input.REMITTANCES;
import static com.arworkbench.request.Input.REVIEWED;
import static com.arworkbench.request.Input.RULES;
import static com.arworkbench.request.Input.WRITE_OFFS;

import java.util.List;

/**
 * What each job takes: its parameters and its files by role, which of the files it needs, and how the export
 * arrives (one file, or for the pack any number). The command line's commands and options and the API's
 * endpoints and fields are both built from this; every job also takes the {@link Param#READING} parameters and
 * a {@link Input#MAPPING}, and every job that writes a workbook the {@link Param#TEMPLATES}.
 */
public enum Job {
    AGING("aging", "The aging schedule: each open item by customer and days past due, in buckets, with checks that "
            + "tie back to the export.", List.of(Param.AS_OF, Param.BASIS, Param.BUCKETS), List.of(), List.of()),
    DUNNING("dunning", "The dunning and collections worklist: who to contact, at which level, with the letter text.",
            List.of(Param.AS_OF), List.of(CUSTOMERS, PREVIOUS, PLANS, POLICY), List.of()),
    RECON("recon", "The reconciliation of the AR subledger to the general ledger, with the roll-forward when the "
            + "register and the prior period are given.", List.of(Param.AS_OF, Param.GL_ACCOUNTS, Param.MATERIALITY),
            List.of(GL, REGISTER, PRIOR), List.of(GL)),
    CASHAPP("cashapp", "Cash application: the payments matched to open invoices, with deductions and what is left "
            + "unapplied.", List.of(Param.AS_OF, Param.UNAPPLIED_TARGET), List.of(PAYMENTS, REMITTANCES, CUSTOMERS, RULES,
            REVIEWED), List.of(PAYMENTS)),
    KPI("kpi", "The KPIs (DSO, best possible DSO, CEI, days delinquent) and the 13-week collection forecast from the "
            + "open items and the invoice history.", List.of(Param.AS_OF), List.of(HISTORY, PRIOR, WRITE_OFFS),
            List.of(HISTORY)),
    PACK("pack", "The month-end pack from every export you have, each recognised by its content: aging, KPIs and "
            + "forecast, dunning, reconciliation, cash application and customer statements, as far as the files allow; "
            + "with --key-items and --tolerable also the balance confirmations.",
            List.of(Param.AS_OF, Param.GL_ACCOUNTS, Param.MATERIALITY, Param.KEY_ITEMS, Param.TOLERABLE,
                    Param.CONFIDENCE, Param.SEED, Param.SAMPLING, Param.NEGATIVE),
            List.of(HISTORY, PRIOR, WRITE_OFFS, GL, PAYMENTS, REMITTANCES, CUSTOMERS, PREVIOUS), List.of()),
    STATEMENTS("statements", "Customer statements: per customer and currency every open item, credit and unapplied "
            + "payment, aged, with the balance due; with the invoice history also the period's activity (opening "
            + "balance, invoices, payments, credits, closing balance). Print-ready pages, a mail-merge list and PDFs.",
            List.of(Param.AS_OF, Param.FROM, Param.PDF_DIR), List.of(CUSTOMERS, HISTORY), List.of()),
    CONFIRMATIONS("confirmations", "Balance confirmations for the auditors: every customer balance above the key-item "
            + "threshold and a monetary-unit sample of the rest per currency from a stated seed, the letters for a mail "
            + "merge, a reply tracker carried across runs, the receipts after the as-of date from the invoice history "
            + "and the projected misstatement.", List.of(Param.AS_OF, Param.KEY_ITEMS, Param.TOLERABLE,
            Param.CONFIDENCE, Param.SEED, Param.SAMPLING, Param.NEGATIVE), List.of(PREVIOUS_CONFIRMATIONS, HISTORY),
            List.of()),
    ALLOWANCE("allowance", "The allowance for doubtful accounts (IFRS 9 simplified approach / CECL provision matrix): "
            + "loss rates by aging bucket from the invoice history and the write-offs, by the loss-rate and the "
            + "roll-rate method, an outlook adjustment and specific provisions typed on the sheet, the provision "
            + "against the trial balance's allowance account and the adjusting journal entry.",
            List.of(Param.AS_OF, Param.METHOD, Param.OUTCOME_MONTHS, Param.LOOKBACK_MONTHS, Param.ALLOWANCE_ACCOUNT,
                    Param.EXPENSE_ACCOUNT), List.of(HISTORY, WRITE_OFFS, GL, PREVIOUS_ALLOWANCE), List.of(HISTORY)),
    INSPECT("inspect", "How the export is read, as JSON: format, ERP profile, header row, column mapping, the date "
            + "and number decisions, row counts, currencies, control totals and warnings.", List.of(), List.of(),
            List.of());

    private final String command;
    private final String description;
    private final List<Param<?>> params;
    private final List<Input> files;
    private final List<Input> requiredFiles;

    Job(String command, String description, List<Param<?>> params, List<Input> files, List<Input> requiredFiles) {
        this.command = command;
        this.description = description;
        this.params = params;
        this.files = files;
        this.requiredFiles = requiredFiles;
    }

    /** The command's name, and the API's endpoint below {@code /api/}. */
    public String command() {
        return command;
    }

    public String description() {
        return description;
    }

    /** The job's own parameters (the reading ones come on top). */
    public List<Param<?>> params() {
        return params;
    }

    /** The files the job reads besides the export, by role (the column mapping comes on top). */
    public List<Input> files() {
        return files;
    }

    public boolean requires(Input file) {
        return file == Input.OPEN_ITEMS && this != PACK || requiredFiles.contains(file);
    }

    /** The as-of date is required wherever a job takes it; the confirmations also need their thresholds. */
    public boolean requires(Param<?> param) {
        return param == Param.AS_OF || this == CONFIRMATIONS && (param == Param.KEY_ITEMS || param == Param.TOLERABLE);
    }

    /** The pack takes any number of exports, recognised by content; the others one export. */
    public boolean takesManyFiles() {
        return this == PACK;
    }

    public boolean writesWorkbook() {
        return this != INSPECT;
    }
}
