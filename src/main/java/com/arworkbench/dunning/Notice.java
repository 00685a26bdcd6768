package com.arworkbench.dunning;

import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
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
 * @param previous        the customer's row on the previous worklist, or null
 */
public record Notice(int rank, BigDecimal score, Customer customer, String currency, CustomerProfile profile, int level,
                     String levelName, int previousLevel, boolean escalated, boolean brokenPromise,
                     boolean overCreditLimit, BigDecimal overdue, List<BigDecimal> overdueByBucket, BigDecimal interest,
                     BigDecimal fee, BigDecimal openBalance, LocalDate oldestDue, long maxDaysPastDue,
                     List<DunnedItem> items, PreviousWorklist.CustomerState previous, Letter letter) {

    public BigDecimal amountDue() {
        return overdue.add(interest).add(fee);
    }
}
