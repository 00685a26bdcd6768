package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the collectors recorded on last run's worklist, as they edited it. The spreadsheet is the
 * team's memory: this carries it into the next run.
 *
 * @param asOf      the previous run's as-of date (the date its notices went out); null if unknown
 * @param customers per {@link #customerKey} — level, status, promise, notes, balance at the time
 * @param items     per {@link #itemKey} — dispute flag, reason and notes on single documents
 * @param contactLog  the Contact log's rows in their order, as the collectors left them
 * @param newContacts what collectors typed on Worklist and Excluded (status, notes, promise) that the Contact log
 *                    does not have yet: undated, the run that reads them logs them
 * @param plans       the Payment plans sheet's instalments, as the collectors left them
 * @param unreadRows  rows of the Contact log or Payment plans that could not be read, each with why
 */
public record PreviousWorklist(String sourceName, LocalDate asOf, Map<String, CustomerState> customers,
                               Map<String, ItemState> items, List<ContactEntry> contactLog,
                               List<ContactEntry> newContacts, List<PlanInstalment> plans, List<String> unreadRows) {

    public PreviousWorklist(String sourceName, LocalDate asOf, Map<String, CustomerState> customers,
                            Map<String, ItemState> items) {
        this(sourceName, asOf, customers, items, List.of(), List.of(), List.of(), List.of());
    }

    public static PreviousWorklist none() {
        return new PreviousWorklist(null, null, Map.of(), Map.of());
    }

    /** The same worklist with other document states (the dispute log's view of them); the rest kept as it is. */
    public PreviousWorklist withItems(Map<String, ItemState> otherItems) {
        return new PreviousWorklist(sourceName, asOf, customers, otherItems, contactLog, newContacts, plans, unreadRows);
    }

    /** The same worklist with more plan instalments (from a plans file) after its own. */
    public PreviousWorklist withPlans(List<PlanInstalment> more) {
        List<PlanInstalment> all = new java.util.ArrayList<>(plans);
        all.addAll(more);
        return new PreviousWorklist(sourceName, asOf, customers, items, contactLog, newContacts, List.copyOf(all),
                unreadRows);
    }

    public static String customerKey(Customer customer, String currency) {
        return customer.key() + "|" + currency;
    }

    public static String itemKey(Customer customer, String documentNumber) {
        return customer.key() + "|" + documentNumber.strip();
    }

    /**
     * @param level          the level of the customer's last notice (0 = none yet)
     * @param openBalance    the customer's whole open balance in that currency last time, to judge a promise
     * @param lastNoticeDate when that notice went out (the as-of date of the run that made it); null if none
     */
    public record CustomerState(int level, String status, LocalDate promiseDate, BigDecimal promiseAmount, String notes,
                                BigDecimal openBalance, String lastAction, LocalDate lastNoticeDate) {
    }

    public record ItemState(String dispute, String disputeReason, String notes) {
    }
}
