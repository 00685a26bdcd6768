package com.arworkbench.jobs;

import com.arworkbench.workbook.PackWorkbookWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The month-end pack as a table from file roles to sections: which files a section needs (any one of
 * them), which it also uses when present, and which sheets it adds. A section {@linkplain #byParameters()
 * by parameters} is in only when the request also gives its parameters (the balance confirmations'
 * thresholds). The pack job, its summary and the page (through {@code /api/health}) all read this one table.
 */
public enum PackSection {
    DASHBOARD("Dashboard", List.of("Dashboard"), EnumSet.of(PackRole.OPEN_ITEMS), EnumSet.noneOf(PackRole.class),
            "add the open items"),
    AGING("Aging", List.of("Aging"), EnumSet.of(PackRole.OPEN_ITEMS), EnumSet.noneOf(PackRole.class), "add the open items"),
    KPIS("KPIs, Forecast, Back-test", List.of("KPIs", "Forecast", "Back-test"), EnumSet.of(PackRole.INVOICE_HISTORY),
            EnumSet.of(PackRole.WRITE_OFFS, PackRole.PRIOR_OPEN_ITEMS), "add an invoice history"),
    DUNNING("Dunning worklist", List.of("Dunning worklist"), EnumSet.of(PackRole.CUSTOMER_MASTER, PackRole.PREVIOUS_WORKLIST),
            EnumSet.noneOf(PackRole.class), "add a customer master or last month\u2019s worklist"),
    RECONCILIATION("Reconciliation", List.of("Reconciliation"), EnumSet.of(PackRole.GENERAL_LEDGER),
            EnumSet.noneOf(PackRole.class), "add a general ledger export"),
    /**
     * In the pack only (as the statements): the invoice history gives the loss history, a trial balance in the GL
     * file the allowance to compare with.
     */
    ALLOWANCE("Allowance for doubtful accounts", com.arworkbench.workbook.allowance.AllowanceSection.SHEETS,
            EnumSet.of(PackRole.WRITE_OFFS), EnumSet.of(PackRole.INVOICE_HISTORY, PackRole.GENERAL_LEDGER),
            "add the write-offs (with the invoice history)"),
    CASH_APPLICATION("Cash application", List.of("Cash application"), EnumSet.of(PackRole.PAYMENTS),
            EnumSet.of(PackRole.REMITTANCE_ADVICE, PackRole.CUSTOMER_MASTER), "add payments (a bank statement)"),
    /** In the pack only (the kpi job, the same pipeline, leaves it out): see {@link PackRequest#monthEnd()}. */
    STATEMENTS("Customer statements", List.of("Statements", "Mail merge"), EnumSet.of(PackRole.OPEN_ITEMS),
            EnumSet.of(PackRole.CUSTOMER_MASTER), "add the open items"),
    /** In when its parameters are given (see {@link PackRequest#confirmations()}); the history gives the receipts. */
    CONFIRMATIONS("Balance confirmations", PackWorkbookWriter.CONFIRMATION_SHEETS.all(),
            EnumSet.of(PackRole.OPEN_ITEMS), EnumSet.of(PackRole.INVOICE_HISTORY),
            "enter a key-item threshold and a tolerable misstatement", true);

    private final String label;
    private final List<String> parts;
    private final Set<PackRole> needs;
    private final Set<PackRole> uses;
    private final String add;
    private final boolean byParameters;

    PackSection(String label, List<String> parts, Set<PackRole> needs, Set<PackRole> uses, String add) {
        this(label, parts, needs, uses, add, false);
    }

    PackSection(String label, List<String> parts, Set<PackRole> needs, Set<PackRole> uses, String add,
                boolean byParameters) {
        this.label = label;
        this.parts = parts;
        this.needs = needs;
        this.uses = uses;
        this.add = add;
        this.byParameters = byParameters;
    }

    public String label() {
        return label;
    }

    /** The names the summary and the page list for this section. */
    public List<String> parts() {
        return parts;
    }

    /** The section is in the pack when any one of these roles has a file. */
    public Set<PackRole> needs() {
        return needs;
    }

    /** Roles the section reads as well when it is in the pack. */
    public Set<PackRole> uses() {
        return uses;
    }

    /** What to add to get the section, for the page. */
    public String add() {
        return add;
    }

    /** The section needs its parameters as well as its files: it is in only when the request asks for it. */
    public boolean byParameters() {
        return byParameters;
    }

    public boolean in(Set<PackRole> roles) {
        return needs.stream().anyMatch(roles::contains);
    }

    /** The sections the files' roles give, with those by parameters that the request {@code asked} for, in pack order. */
    public static List<PackSection> of(Set<PackRole> roles, Set<PackSection> asked) {
        List<PackSection> out = new ArrayList<>();
        for (PackSection s : values()) {
            if (s.in(roles) && (!s.byParameters || asked.contains(s))) {
                out.add(s);
            }
        }
        return out;
    }
}
