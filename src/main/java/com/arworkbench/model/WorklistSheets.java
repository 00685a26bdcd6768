package com.arworkbench.model;

/**
 * Sheet and header names of the dunning worklist that the next run reads back. The worklist writer
 * and the previous-worklist reader both use these, so the round trip cannot drift apart.
 */
public final class WorklistSheets {

    public static final String WORKLIST = "Worklist";
    public static final String ITEMS = "Items";
    public static final String EXCLUDED = "Excluded";
    public static final String ABOUT = "About";

    public static final String CUSTOMER_ID = "Customer ID";
    public static final String CUSTOMER_NAME = "Customer name";
    public static final String CURRENCY = "Currency";
    public static final String LEVEL = "Level";
    public static final String OPEN_BALANCE = "Open balance";
    public static final String LAST_ACTION = "Last action";
    /** On Excluded: the customer's last notice, so a run in between does not erase the notice history. */
    public static final String LAST_NOTICE_LEVEL = "Last notice level";
    public static final String LAST_NOTICE_DATE = "Last notice date";
    public static final String DOCUMENT = "Document no.";
    /** Collectors' columns on Worklist (and repeated on Excluded so promises carry on while a customer waits). */
    public static final String STATUS = "Status";
    public static final String PROMISE_DATE = "Promise date";
    public static final String PROMISE_AMOUNT = "Promise amount";
    public static final String NOTES = "Notes";
    /** Collectors' columns on Items and Excluded, per document. */
    public static final String DISPUTE = "Dispute";
    public static final String DISPUTE_REASON = "Dispute reason";
    public static final String ITEM_NOTES = "Item notes";
    /** The About sheet line holding the run's as-of date. */
    public static final String ABOUT_AS_OF = "As-of date";

    /** Status drop-down values. */
    public static final String[] STATUSES = {"Open", "Contacted", "Promised", "Disputed", "Paid", "Escalated"};

    private WorklistSheets() {
    }
}
