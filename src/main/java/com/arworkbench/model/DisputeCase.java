package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dispute case as the Disputes (or Closed disputes) sheet holds it: the document, what the run recorded when it
 * opened the case, and what the collectors typed. A case is closed exactly when its status is
 * {@link DisputeSheets#RESOLVED}.
 *
 * @param amount        the item's open amount at the last run that saw it in the export
 * @param amountOpened  the open amount on the day the case was opened
 * @param source        what opened it: {@link DisputeSheets#SOURCE_EXPORT} or {@link DisputeSheets#SOURCE_WORKLIST}
 * @param flaggedAs     the export's dispute text or the worklist's dispute reason when the case was opened
 * @param firstSeen     the as-of date of the run that opened the case
 * @param opened        the opened date (the first run's as-of unless a collector typed another)
 * @param closedOn      the as-of date of the run that moved the case to Closed disputes; null while open
 * @param closedBy      who closed it: "Collector" or the run, with why
 */
public record DisputeCase(String caseId, Customer customer, String currency, String document, LocalDate dueDate,
                          BigDecimal amount, BigDecimal amountOpened, String source, String flaggedAs, LocalDate firstSeen,
                          TypedDate opened, String owner, String reasonCode, String rootCause, String status,
                          String nextAction, TypedDate nextActionDate, TypedDate resolved, String outcome, String notes,
                          LocalDate closedOn, String closedBy) {

    public boolean isResolved() {
        return status != null && DisputeSheets.RESOLVED.equalsIgnoreCase(status.strip());
    }

    /** The document's key, as {@link PreviousWorklist#itemKey}. */
    public String itemKey() {
        return PreviousWorklist.itemKey(customer, document);
    }

    /** The opened date used for business days: the typed one, else the run's first-seen date. */
    public LocalDate openedForCounting() {
        return opened.date() != null ? opened.date() : firstSeen;
    }

    public DisputeCase withRun(BigDecimal amountNow, LocalDate due, String currencyNow) {
        return new DisputeCase(caseId, customer, currencyNow, document, due, amountNow, amountOpened, source, flaggedAs,
                firstSeen, opened, owner, reasonCode, rootCause, status, nextAction, nextActionDate, resolved, outcome,
                notes, closedOn, closedBy);
    }

    public DisputeCase closed(String newStatus, TypedDate resolvedDate, String newOutcome, LocalDate on, String by) {
        return new DisputeCase(caseId, customer, currency, document, dueDate, amount, amountOpened, source, flaggedAs,
                firstSeen, opened, owner, reasonCode, rootCause, newStatus, nextAction, nextActionDate, resolvedDate,
                newOutcome, notes, on, by);
    }

    public DisputeCase reopened() {
        return new DisputeCase(caseId, customer, currency, document, dueDate, amount, amountOpened, source, flaggedAs,
                firstSeen, opened, owner, reasonCode, rootCause, status, nextAction, nextActionDate, resolved, outcome,
                notes, null, null);
    }
}
