package com.arworkbench.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One instalment of a payment plan, as a collector typed it on the Payment plans sheet or a plans file. A plan is
 * the instalments of one customer and currency agreed on one date.
 *
 * @param balanceAtStart the open balance the plan's payments are measured from; null until a run fills it
 * @param balanceOn      the date of that balance: invoices dated after it are new debt outside the plan
 * @param source         where the row came from: the previous worklist's sheet or the plans file's name
 * @param lastStatus     the instalment's status as the previous run wrote it (null from a plans file)
 */
public record PlanInstalment(String customerId, String customerName, String currency, LocalDate agreedOn,
                             BigDecimal balanceAtStart, LocalDate balanceOn, int number, LocalDate dueDate,
                             BigDecimal amount, String note, String source, String lastStatus) {

    public String accountKey() {
        String c = currency == null ? "" : currency;
        boolean named = (customerId != null && !customerId.isBlank()) || (customerName != null && !customerName.isBlank());
        return named ? PreviousWorklist.customerKey(new Customer(customerId, customerName), c) : "|" + c;
    }

    /** The plan this instalment belongs to: customer, currency and the date it was agreed. */
    public String planKey() {
        return accountKey() + "|" + agreedOn;
    }
}
