package com.arworkbench.statements;

import com.arworkbench.aging.AgedItem;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import java.math.BigDecimal;
import java.util.List;

/**
 * One customer's statement in one currency (two currencies are two statements, never added): every open item,
 * credit and unapplied payment, aged; the net balance, its overdue part and the amounts per bucket; and, with a
 * history, the activity of the period.
 *
 * @param profile  the customer master's record, or null
 * @param buckets  the balance per aging bucket, in the parameters' bucket order
 * @param activity the activity of the period, or null without an invoice history
 */
public record Statement(Customer customer, String currency, CustomerProfile profile, List<AgedItem> items,
                        BigDecimal balance, BigDecimal overdue, List<BigDecimal> buckets, Activity activity) {

    public Statement {
        items = List.copyOf(items);
        buckets = List.copyOf(buckets);
    }

    /** The activity's closing balance less the open items' balance: zero when the history ties to the open items. */
    public BigDecimal activityDifference() {
        return activity == null ? BigDecimal.ZERO : activity.closing().subtract(balance);
    }
}
