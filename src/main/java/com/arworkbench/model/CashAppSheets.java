package com.arworkbench.model;

/**
 * Sheet and header names of the cash application workbook that the next run reads back (--previous). The
 * writer and the reader both use these, so the round trip cannot drift apart.
 */
public final class CashAppSheets {

    public static final String APPLIED = "Applied";
    public static final String REVIEW = "Review";
    public static final String UNAPPLIED = "Unapplied";
    public static final String DEDUCTIONS = "Deductions";

    public static final String PAYMENT_ID = "Payment id";
    public static final String INVOICE = "Invoice";
    public static final String CUSTOMER_ID = "Customer ID";
    public static final String CUSTOMER_NAME = "Customer name";
    public static final String CURRENCY = "Currency";
    public static final String APPLIED_AMOUNT = "Applied amount";
    public static final String DEDUCTION = "Deduction";
    public static final String REMAINING_OPEN = "Remaining open";
    public static final String RULE = "Rule";
    public static final String CONFIDENCE = "Confidence";
    public static final String EVIDENCE = "Evidence";
    /** Review: Accept, Reject or blank, chosen by a person. */
    public static final String DECISION = "Decision";
    public static final String ACCEPT = "Accept";
    public static final String REJECT = "Reject";
    /** Applied, Review and Unapplied: what the reviewer wrote; it is carried into the next run's workbook. */
    public static final String NOTE = "Reviewer note";
    public static final String UNAPPLIED_AMOUNT = "Unapplied amount";
    public static final String REASON = "Reason";
    /** Unapplied: whether the amount went to ERP Import as cash on account, in this run or an earlier one. */
    public static final String ON_ACCOUNT = "On account";
    public static final String ON_ACCOUNT_THIS_RUN = "Yes: ERP Import";
    public static final String ON_ACCOUNT_EARLIER = "Yes: an earlier workbook's ERP Import";
    /** Deductions: the code by payment and invoice. */
    public static final String REASON_CODE = "Reason code";

    private CashAppSheets() {
    }
}
