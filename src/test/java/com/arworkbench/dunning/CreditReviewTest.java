package com.arworkbench.dunning;

import static com.arworkbench.dunning.DunningEngineTest.AS_OF;
import static com.arworkbench.dunning.DunningEngineTest.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.arworkbench.aging.BucketScheme;
import com.arworkbench.model.ContactEntry;
import com.arworkbench.model.Customer;
import com.arworkbench.model.CustomerProfile;
import com.arworkbench.model.DisputeCase;
import com.arworkbench.model.OpenItem;
import com.arworkbench.model.PreviousWorklist;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The credit-limit review on a few items whose figures are worked out by hand below (as of 2026-03-31, the default
 * rule: exposure × 1.5, −25 % per broken or partly kept promise, −25 % over 30 days beyond terms, rounded up to 1,000).
 */
class CreditReviewTest {

    static final Customer ACME = new Customer("C1", "Acme GmbH");
    static final Customer BETA = new Customer("C2", "Beta Ltd");
    static final Customer GAMMA = new Customer("C3", "Gamma Inc");

    private static DunningReport engine(DunningPolicy policy) {
        CustomerDirectory master = new CustomerDirectory(List.of(
                new CustomerProfile(2, ACME, null, null, null, null, null, null, new BigDecimal("1000.00"), null, null, null),
                new CustomerProfile(3, BETA, null, null, null, null, null, null, null, null, "legal", null)));
        DunningEngine e = new DunningEngine(new DunningParameters(AS_OF, policy, BucketScheme.standard()), master,
                PreviousWorklist.none());
        for (OpenItem i : List.of(
                item(ACME, "A", "600.00", AS_OF.minusDays(40), "EUR"),
                item(ACME, "B", "400.00", AS_OF.minusDays(10), "EUR"),
                item(ACME, "CN", "-100.00", AS_OF.minusDays(5), "EUR"),
                item(ACME, "D", "300.00", AS_OF.plusDays(10), "EUR"), // not due: 0 days beyond terms
                item(ACME, "U", "100.00", AS_OF.minusDays(1), "USD"),
                item(BETA, "E", "2000.00", AS_OF.minusDays(90), "EUR"),
                item(BETA, "F", "1000.00", AS_OF, "EUR"),
                item(GAMMA, "G", "500.00", AS_OF.minusDays(45), "USD"))) {
            e.accept(i);
        }
        DunningReport r = e.report();
        // The Contact log as a run leaves it: ACME EUR one Broken, one Partly kept, one Kept; ACME USD one Broken.
        List<ContactEntry> log = List.of(promise("C1", "EUR", "Broken"), promise("C1", "EUR", "Partly kept"),
                promise("C1", "EUR", "Kept"), promise("C1", "USD", "Broken"), promise("C9", "EUR", "Broken"));
        CollectionsMemory memory = new CollectionsMemory(log, log.size(), List.of(), Map.of(), List.of(), List.of());
        return new DunningReport(r.parameters(), r.notices(), r.excluded(), r.currencies(), r.itemsNotOverdue(),
                r.customersMatchedInMaster(), r.customersNotInMaster(), memory, r.exposures(), r.openTotals());
    }

    private static ContactEntry promise(String id, String currency, String outcome) {
        LocalDate d = AS_OF.minusDays(20);
        return new ContactEntry(d, id, null, currency, "Kim", "Phone", "", d.plusDays(5), new BigDecimal("100.00"),
                new BigDecimal("1000.00"), d, outcome, null, AS_OF, ContactEntry.FROM_COLLECTOR);
    }

    private static DisputeLogReport disputes() {
        DisputeCase c = new DisputeCase("D-1", BETA, "EUR", "E", AS_OF.minusDays(90), new BigDecimal("2000.00"),
                new BigDecimal("2000.00"), "Export", "yes", AS_OF.minusDays(20), null, null, null, null, "Open", null, null,
                null, null, null, null, null);
        return new DisputeLogReport(AS_OF, DisputeSettings.defaults(),
                List.of(new DisputeLogReport.Row(c, true, 1, AS_OF.minusDays(20), AS_OF, 15L, AS_OF, true)), List.of(),
                0, 1, 0, 0);
    }

    private static CreditReview.Row row(List<CreditReview.Row> rows, Customer c, String currency) {
        return rows.stream().filter(r -> r.account().customer().equals(c) && r.account().currency().equals(currency))
                .findFirst().orElseThrow();
    }

    @Test
    void everyCustomerWithOpenItemsWithHandComputedFigures() {
        DunningReport report = engine(DunningEngineTest.policy(3, "0", 14));
        List<CreditReview.Row> rows = CreditReview.of(report, disputes());
        assertEquals(4, rows.size(), "ACME EUR, ACME USD, BETA EUR, GAMMA USD: one row per customer and currency");

        CreditReview.Row acme = row(rows, ACME, "EUR");
        // 600 + 400 − 100 + 300
        assertEquals(new BigDecimal("1200.00"), acme.account().exposure());
        // (600 × 40 + 400 × 10 + 300 × 0) / (600 + 400 + 300) = 28,000 / 1,300 = 21.54 → 21.5
        assertEquals(new BigDecimal("21.5"), acme.account().daysBeyondTerms());
        assertTrue(acme.overLimit(), "1,200 > 1,000");
        assertEquals(2, acme.brokenPromises(), "Broken and Partly kept count; Kept and the USD promise do not");
        // 1,200 × 1.5 × (1 − 2 × 25 %) = 900 → 1,000
        assertEquals(new BigDecimal("1000.00"), acme.suggested());
        assertNull(acme.onHold());
        assertEquals("", acme.note());
        assertEquals(0, acme.openDisputes());

        CreditReview.Row acmeUsd = row(rows, ACME, "USD");
        assertEquals(1, acmeUsd.brokenPromises());
        assertEquals(new BigDecimal("1.0"), acmeUsd.account().daysBeyondTerms());
        // 100 × 1.5 × 75 % = 112.50 → 1,000; the master's limit has no currency, it is shown on each row
        assertEquals(new BigDecimal("1000.00"), acmeUsd.suggested());

        CreditReview.Row beta = row(rows, BETA, "EUR");
        assertEquals(new BigDecimal("3000.00"), beta.account().exposure());
        // (2,000 × 90 + 1,000 × 0) / 3,000 = 60.0 > 30: slow payer
        assertEquals(new BigDecimal("60.0"), beta.account().daysBeyondTerms());
        // 3,000 × 1.5 × 75 % = 3,375 → 4,000
        assertEquals(new BigDecimal("4000.00"), beta.suggested());
        assertNull(beta.limit());
        assertFalse(beta.overLimit());
        assertEquals("No credit limit in the customer master", beta.note());
        assertEquals("legal", beta.onHold());
        assertEquals(1, beta.openDisputes());
        assertEquals(new BigDecimal("2000.00"), beta.disputed());

        CreditReview.Row gamma = row(rows, GAMMA, "USD");
        assertNull(gamma.profile());
        assertEquals("Not in the customer master: no limit", gamma.note());
        // 500 × 45 / 500 = 45 > 30; 500 × 1.5 × 75 % = 562.50 → 1,000
        assertEquals(new BigDecimal("1000.00"), gamma.suggested());

        // Open items per currency, item by item: EUR 1,200 + 3,000; USD 100 + 500. Never added across currencies.
        assertEquals(0, new BigDecimal("4200.00").compareTo(report.openTotals().get("EUR")));
        assertEquals(0, new BigDecimal("600.00").compareTo(report.openTotals().get("USD")));
        // EUR rows first, by exposure (BETA 3,000, ACME 1,200), then USD (GAMMA 500, ACME 100)
        assertEquals(List.of("C2", "C1", "C3", "C1"), rows.stream().map(r -> r.account().customer().id()).toList());
    }

    @Test
    void theRuleComesFromThePolicyFileAndNeverGoesBelowZero() throws Exception {
        CreditReviewRule strict = CreditReviewRule.parse(new ObjectMapper().readTree(
                "{\"exposureFactor\": 2, \"roundTo\": 500, \"cutPercentPerBrokenPromise\": 60, \"slowPayerDays\": 20,"
                        + " \"slowPayerCutPercent\": 50}"));
        // 2 broken × 60 % + 50 % slow (21.5 > 20) = 170 % → capped at 100 %: 0, never negative
        assertEquals(new BigDecimal("0.00"), strict.suggest(new BigDecimal("1200.00"), 2, new BigDecimal("21.5")));
        // 1,200 × 2 × (1 − 60 %) = 960 → 1,000 (multiple of 500)
        assertEquals(new BigDecimal("1000.00"), strict.suggest(new BigDecimal("1200.00"), 1, new BigDecimal("20.0")));
        assertNull(strict.suggest(new BigDecimal("-50.00"), 0, BigDecimal.ZERO), "nothing owed: no suggestion");
        assertEquals(CreditReviewRule.defaults(), CreditReviewRule.parse(new ObjectMapper().readTree("{}").path("creditReview")));
        assertThrows(IllegalArgumentException.class,
                () -> CreditReviewRule.parse(new ObjectMapper().readTree("{\"roundTo\": 0}")));
        assertThrows(IllegalArgumentException.class,
                () -> CreditReviewRule.parse(new ObjectMapper().readTree("{\"exposureFactor\": \"lots\"}")));

        DunningPolicy p = PolicyFile.parse(("{\"levels\": [{\"level\": 1, \"name\": \"R\", \"minDaysPastDue\": 1, \"letters\": "
                + "{\"en\": {\"subject\": \"s\", \"body\": \"b\"}}}], \"creditReview\": {\"exposureFactor\": 1, "
                + "\"roundTo\": 100}}").getBytes(java.nio.charset.StandardCharsets.UTF_8), "p.json");
        assertEquals(new BigDecimal("1"), p.creditReview().exposureFactor());
        assertEquals(new BigDecimal("100"), p.creditReview().roundTo());
        assertEquals(30, p.creditReview().slowPayerDays(), "left out: the default");
        assertEquals("exposure × 1.5; −25 % per broken or partly kept promise; −25 % over 30 days beyond terms (cuts at "
                + "most 100 %); rounded up to 1000; never below zero; none when nothing is owed",
                CreditReviewRule.defaults().describe());
    }
}
