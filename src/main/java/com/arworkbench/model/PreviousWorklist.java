package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * What the collectors recorded on last run's worklist, as they edited it. The spreadsheet is the
 * team's memory: this carries it into the next run.
 *
 * @param asOf      the previous run's as-of date (the date its notices went out); null if unknown
 * @param customers per {@link #customerKey} — level, status, promise, notes, balance at the time
 * @param items     per {@link #itemKey} — dispute flag, reason and notes on single documents
 */
public record PreviousWorklist(String sourceName, LocalDate asOf, Map<String, CustomerState> customers,
                               Map<String, ItemState> items) {

    public static PreviousWorklist none() {
        return new PreviousWorklist(null, null, Map.of(), Map.of());
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
