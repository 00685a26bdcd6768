package com.arworkbench.model;

/**
 * Sheet and header names of the dispute log that the next run reads back (with the worklist): the writer of the
 * Disputes and Closed disputes sheets and the reader of the previous ones both use these.
 */
public final class DisputeSheets {

    public static final String DISPUTES = "Disputes";
    public static final String CLOSED = "Closed disputes";
    public static final String SUMMARY = "Dispute summary";

    public static final String CASE = "Case";
    public static final String DUE_DATE = "Due date";
    public static final String AMOUNT = "Amount in dispute";
    public static final String AMOUNT_OPENED = "Amount when opened";
    public static final String IN_EXPORT = "In export";
    public static final String HELD_BACK = "Items held back";
    public static final String SOURCE = "Source";
    public static final String FLAGGED_AS = "Dispute as flagged";
    public static final String FIRST_SEEN = "First seen";
    /** Collectors' columns: the next run keeps what was typed in them. */
    public static final String OPENED = "Opened";
    public static final String OWNER = "Owner";
    public static final String REASON_CODE = "Reason code";
    public static final String ROOT_CAUSE = "Root cause";
    public static final String STATUS = "Status";
    public static final String NEXT_ACTION = "Next action";
    public static final String NEXT_ACTION_DATE = "Next action date";
    public static final String RESOLVED_DATE = "Resolved date";
    public static final String OUTCOME = "Outcome";
    public static final String CASE_NOTES = "Case notes";
    /** Written by the run. */
    public static final String BUSINESS_DAYS_OPEN = "Business days open";
    public static final String SLA_DUE = "SLA due date";
    public static final String SLA_BREACHED = "SLA breached";
    public static final String CLOSED_ON = "Closed on";
    public static final String CLOSED_BY = "Closed by";

    /** Status drop-down values; a case is closed exactly when its status is {@link #RESOLVED}. */
    public static final String RESOLVED = "Resolved";
    public static final String[] STATUSES = {"Open", "In progress", "Waiting on customer", RESOLVED};

    public static final String SOURCE_EXPORT = "Export flag";
    public static final String SOURCE_WORKLIST = "Worklist";

    private DisputeSheets() {
    }
}
