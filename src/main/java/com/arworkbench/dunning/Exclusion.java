package com.arworkbench.dunning;

/** Why an overdue item is not dunned today. The order is the order the rules are applied. */
public enum Exclusion {
    DISPUTED("Disputed"),
    ITEM_BLOCKED("Item on dunning block"),
    BELOW_FIRST_LEVEL("Not yet at the first level"),
    CUSTOMER_BLOCKED("Customer on dunning block"),
    CUSTOMER_DISPUTED("Customer marked Disputed"),
    PROMISE_PENDING("Promise to pay not yet due"),
    PAYMENT_PLAN("Payment plan on track"),
    RECENTLY_NOTICED("Noticed recently"),
    CREDITS_COVER("Credits cover the overdue amount"),
    BELOW_MINIMUM("Below the minimum amount");

    private final String label;

    Exclusion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
