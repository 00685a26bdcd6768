package com.arworkbench.allowance;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What the user typed on last run's allowance workbook: the outlook adjustment per currency and bucket
 * (a relative percentage as a fraction: 0.10 raises the historical rate by a tenth) and the specific provisions per
 * currency and customer key.
 */
public record UserInputs(Map<String, BigDecimal> outlook, Map<String, SpecificProvision> specific) {

    public static UserInputs none() {
        return new UserInputs(Map.of(), Map.of());
    }

    public static String outlookKey(String currency, String bucket) {
        return currency + "\u0000" + bucket;
    }

    public static String customerKey(String currency, com.arworkbench.model.Customer customer) {
        return currency + "\u0000" + customer.key();
    }
}
