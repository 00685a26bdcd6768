package com.arworkbench.dunning;

import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One customer (in one currency) to contact today: the notice level, its items and charges, and the
 * risk score the worklist is ranked by.
 *
 * @param overdueByBucket overdue amount per days-past-due bucket (the aging buckets without Current)
 * @param profile         the customer master record, or null if the master has none
 * @param credits         the customer's open credits and unapplied payments in this currency (negative open items,
 *                        whatever their due date): the letter lists them so the customer sees the whole account
 * @param creditsDeducted how much of those credits the letter deducts from the overdue amount (positive, at most the
 *                        overdue; zero when the policy does not let credits reduce the demand)
 * @param previous        the customer's row on the previous worklist, or null
 */
public record Notice(int rank, BigDecimal score, Customer customer, String currency, CustomerProfile profile, int level,
                     String levelName, int previousLevel, boolean escalated, boolean brokenPromise,
                     boolean overCreditLimit, BigDecimal overdue, List<BigDecimal> overdueByBucket, BigDecimal interest,
                     BigDecimal fee, BigDecimal openBalance, LocalDate oldestDue, long maxDaysPastDue,
                     List<DunnedItem> items, List<OpenItem> credits, BigDecimal creditsDeducted,
                     PreviousWorklist.CustomerState previous, Letter letter) {

    /** Overdue plus interest and fee, before credits: the Worklist's Amount due. */
    public BigDecimal amountDue() {
        return overdue.add(interest).add(fee);
    }

    /** The customer's open credits and unapplied payments in this currency (zero or negative). */
    public BigDecimal openCredits() {
        return credits.stream().map(OpenItem::openAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Overdue less the credits deducted: never below zero. */
    public BigDecimal netOverdue() {
        return overdue.subtract(creditsDeducted);
    }

    /** What the letter demands: overdue less the credits deducted, plus interest and fee. */
    public BigDecimal netAmountDue() {
        return netOverdue().add(interest).add(fee);
    }
}
