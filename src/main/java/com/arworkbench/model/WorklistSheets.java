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
    /** The Contact log (append-only) and its columns; the next run carries every row forward. */
    public static final String CONTACT_LOG = "Contact log";
    public static final String DATE = "Date";
    public static final String COLLECTOR = "Collector";
    public static final String CHANNEL = "Channel";
    public static final String NOTE = "Note";
    public static final String BALANCE_THEN = "Balance then";
    public static final String BALANCE_ON = "Balance on";
    public static final String OUTCOME = "Promise outcome";
    public static final String PAID = "Paid since";
    public static final String JUDGED_ON = "Judged on";
    public static final String SOURCE = "Source";
    /** Payment plans, one row per instalment, typed by collectors; the run adds the tracking columns. */
    public static final String PAYMENT_PLANS = "Payment plans";
    public static final String AGREED_ON = "Agreed on";
    public static final String BALANCE_AT_START = "Balance at start";
    public static final String INSTALMENT = "Instalment";
    public static final String DUE_DATE = "Due date";
    public static final String AMOUNT = "Amount";
    /** The About sheet line holding the run's as-of date. */
    public static final String ABOUT_AS_OF = "As-of date";

    /** Status drop-down values. */
    public static final String[] STATUSES = {"Open", "Contacted", "Promised", "Disputed", "Paid", "Escalated"};

    /** Channel drop-down values of the Contact log. */
    public static final String[] CHANNELS = {"Phone", "E-mail", "Letter", "Meeting", "Portal", "Other"};

    private WorklistSheets() {
    }
}
