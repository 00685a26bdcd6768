package com.arworkbench.dunning;

import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.PromiseOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The credit-limit review: per customer and currency with open items, the master's limit against the exposure, the
 * days beyond terms, broken promises (Broken or Partly kept in the whole Contact log), open disputes and a suggested
 * limit by the policy's {@link CreditReviewRule}. Pure: the dunning report and the dispute log in, rows out.
 */
public final class CreditReview {

    /**
     * @param brokenPromises promises in the Contact log judged Broken or Partly kept, for this customer and currency
     * @param openDisputes   open cases in the dispute log (0 when the job kept none)
     * @param disputed       their amount
     * @param suggested      the rule's limit; null when nothing is open
     */
    public record Row(CustomerExposure account, int brokenPromises, int openDisputes, BigDecimal disputed,
                      BigDecimal suggested) {

        public CustomerProfile profile() {
            return account.profile();
        }

        /** The master's limit; null when the customer is not in the master or has none. */
        public BigDecimal limit() {
            return account.profile() == null ? null : account.profile().creditLimit();
        }

        /** A positive limit the exposure exceeds (as the engine's risk score counts it). */
        public boolean overLimit() {
            return limit() != null && limit().signum() > 0 && account.exposure().compareTo(limit()) > 0;
        }

        /** The master's dunning block ("yes" or its reason); null when not on hold. */
        public String onHold() {
            return account.profile() == null ? null : account.profile().dunningBlock();
        }

        /** Why a figure is missing, or empty. */
        public String note() {
            if (account.profile() == null) {
                return "Not in the customer master: no limit";
            }
            if (limit() == null) {
                return "No credit limit in the customer master";
            }
            if (limit().signum() <= 0) {
                return "Limit of zero in the master: % used not computed";
            }
            return suggested == null ? "Nothing owed on balance (credits cover it): no suggestion" : "";
        }
    }

    private CreditReview() {
    }

    /** Rows by exposure, largest first, then customer; {@code disputes} may be null (no dispute log kept). */
    public static List<Row> of(DunningReport report, DisputeLogReport disputes) {
        CreditReviewRule rule = report.parameters().policy().creditReview();
        Map<String, Integer> broken = new HashMap<>();
        for (ContactEntry e : report.memory().contactLog()) {
            PromiseOutcome o = PromiseOutcome.of(e.outcome());
            if (e.hasPromise() && (o == PromiseOutcome.BROKEN || o == PromiseOutcome.PARTLY_KEPT)) {
                for (String key : keys(e.customerId(), e.customerName(), e.currency())) {
                    broken.merge(key, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> cases = new HashMap<>();
        Map<String, BigDecimal> disputed = new HashMap<>();
        if (disputes != null) {
            for (DisputeLogReport.Row r : disputes.active()) {
                String key = key(r.c().customer(), r.c().currency());
                cases.merge(key, 1, Integer::sum);
                disputed.merge(key, r.c().amount() == null ? BigDecimal.ZERO : r.c().amount(), BigDecimal::add);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CustomerExposure a : report.exposures()) {
            String shown = key(a.customer(), a.currency());
            String own = key(a.exportCustomer(), a.currency());
            int b = broken.getOrDefault(shown, shown.equals(own) ? 0 : broken.getOrDefault(own, 0));
            int c = cases.getOrDefault(shown, 0) + (shown.equals(own) ? 0 : cases.getOrDefault(own, 0));
            BigDecimal amount = disputed.getOrDefault(shown, BigDecimal.ZERO)
                    .add(shown.equals(own) ? BigDecimal.ZERO : disputed.getOrDefault(own, BigDecimal.ZERO));
            rows.add(new Row(a, b, c, amount, rule.suggest(a.exposure(), b, a.daysBeyondTerms())));
        }
        rows.sort(Comparator.comparing((Row r) -> r.account().currency())
                .thenComparing((Row r) -> r.account().exposure(), Comparator.reverseOrder())
                .thenComparing(r -> r.account().customer().displayName()));
        return rows;
    }

    /** A Contact log row's customer by ID, and by name (a row may carry either). */
    private static List<String> keys(String id, String name, String currency) {
        List<String> keys = new ArrayList<>(2);
        String c = currency == null ? "" : currency.strip();
        if (id != null && !id.isBlank()) {
            keys.add(key(new Customer(id, name), c));
        }
        if (name != null && !name.isBlank()) {
            keys.add(key(new Customer(null, name), c));
        }
        return keys;
    }

    private static String key(Customer customer, String currency) {
        return customer.key() + "|" + currency;
    }
}
